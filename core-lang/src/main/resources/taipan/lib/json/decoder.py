"""Implementation of JSONDecoder
"""
# Taipan's JSON decoder.
import re
import sys


from json import scanner
try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder']

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


def linecol(doc, pos):
    lineno = doc.count('\n', 0, pos) + 1
    if lineno == 1:
        colno = pos + 1
    else:
        colno = pos - doc.rindex('\n', 0, pos)
    return lineno, colno


def errmsg(msg, doc, pos, end=None):
    lineno, colno = linecol(doc, pos)
    if end is None:
        return '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
    endlineno, endcolno = linecol(doc, end)
    return '%s: line %d column %d - line %d column %d (char %d - %d)' % (
        msg, lineno, colno, endlineno, endcolno, pos, end)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

BACKSLASH = {
    '"': u'"', '\\': u'\\', '/': u'/',
    'b': u'\b', 'f': u'\f', 'n': u'\n', 'r': u'\r', 't': u'\t',
}

DEFAULT_ENCODING = "utf-8"


STRINGCHUNK = re.compile(r'(.*?)(["\\\x00-\x1f])', FLAGS)


def _decode_uXXXX(s, pos):
    """The value of the four hex digits after the 'u' at pos."""
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in 'xX':
        try:
            return int(esc, 16)
        except ValueError:
            pass
    raise ValueError(errmsg("Invalid \\uXXXX escape", s, pos))


def py_scanstring(s, end, encoding=None, strict=True,
                  _b=BACKSLASH, _m=STRINGCHUNK.match):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Unescapes all valid JSON string escape sequences and raises ValueError
    on attempt to decode an invalid string. If strict is False then literal
    control characters are allowed in the string.

    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    if encoding is None:
        encoding = DEFAULT_ENCODING
    if end > sys.maxsize:
        raise OverflowError("Python int too large to convert to C ssize_t")
    chunks = []
    begin = end - 1
    while True:
        chunk = _m(s, end)
        if chunk is None:
            raise ValueError(errmsg("Unterminated string starting at", s, begin))
        end = chunk.end()
        content, terminator = chunk.groups()
        if content:
            if not isinstance(content, unicode):
                content = unicode(content, encoding)
            chunks.append(content)
        if terminator == '"':
            break
        if terminator != '\\':
            if strict:
                raise ValueError(errmsg("Invalid control character %r at" % (terminator,),
                                        s, end))
            chunks.append(terminator)
            continue
        try:
            esc = s[end]
        except IndexError:
            raise ValueError(errmsg("Unterminated string starting at", s, begin))
        if esc != 'u':
            try:
                chunks.append(_b[esc])
            except KeyError:
                raise ValueError(errmsg("Invalid \\escape: " + repr(esc), s, end))
            end += 1
            continue
        uni = _decode_uXXXX(s, end)
        end += 5
        # an escaped surrogate pair is one character
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _decode_uXXXX(s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(unichr(uni))
    return u''.join(chunks), end


scanstring = c_scanstring or py_scanstring

WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'


def _ws(s, idx, n):
    while idx < n and s[idx] in WHITESPACE_STR:
        idx += 1
    return idx


def JSONObject(s_and_end, encoding, strict, scan_once, object_hook,
               object_pairs_hook, memo=None, _w=WHITESPACE.match, _ws_str=WHITESPACE_STR):
    s, end = s_and_end
    if memo is None:
        memo = {}
    is_str = isinstance(s, str)
    n = len(s)
    last = n - 1
    pairs = []
    idx = _ws(s, end, n)
    if idx <= last and s[idx] != '}':
        while idx <= last:
            if s[idx] != '"':
                raise ValueError(errmsg(is_str and "Expecting property name" or
                                        "Expecting property name enclosed in double quotes",
                                        s, idx))
            key, idx = scanstring(s, idx + 1, encoding, strict)
            key = memo.setdefault(key, key)
            idx = _ws(s, idx, n)
            if idx > last or s[idx] != ':':
                raise ValueError(errmsg(is_str and "Expecting : delimiter" or
                                        "Expecting ':' delimiter", s, idx))
            idx = _ws(s, idx + 1, n)
            value, idx = scan_once(s, idx)
            pairs.append((key, value))
            idx = _ws(s, idx, n)
            if idx > last or s[idx] == '}':
                break
            if s[idx] != ',':
                raise ValueError(errmsg(is_str and "Expecting , delimiter" or
                                        "Expecting ',' delimiter", s, idx))
            idx = _ws(s, idx + 1, n)
    if idx > last or s[idx] != '}':
        raise ValueError(errmsg("Expecting object", s, last))
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), idx + 1
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, idx + 1


def JSONArray(s_and_end, scan_once, _w=WHITESPACE.match, _ws_str=WHITESPACE_STR):
    s, end = s_and_end
    is_str = isinstance(s, str)
    n = len(s)
    last = n - 1
    values = []
    idx = _ws(s, end, n)
    if idx <= last and s[idx] != ']':
        while idx <= last:
            value, idx = scan_once(s, idx)
            values.append(value)
            idx = _ws(s, idx, n)
            if idx > last or s[idx] == ']':
                break
            if s[idx] != ',':
                raise ValueError(errmsg(is_str and "Expecting , delimiter" or
                                        "Expecting ',' delimiter", s, idx))
            idx = _ws(s, idx + 1, n)
    if idx > last or s[idx] != ']':
        raise ValueError(errmsg("Expecting object", s, last))
    return values, idx + 1


class JSONDecoder(object):
    """Simple JSON <http://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | unicode           |
    +---------------+-------------------+
    | number (int)  | int, long         |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.

    """

    def __init__(self, encoding=None, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        """``encoding`` determines the encoding used to interpret any ``str``
        objects decoded by this instance (utf-8 by default).

        ``object_hook``, if specified, will be called with the result of
        every JSON object decoded and its return value will be used in
        place of the given ``dict``.

        ``object_pairs_hook``, if specified will be called with the result of
        every JSON object decoded with an ordered list of pairs.

        ``parse_float``, ``parse_int`` and ``parse_constant``, if specified,
        are called with the text of every JSON float, int and constant
        (-Infinity, Infinity, NaN).

        If ``strict`` is false (true is the default), then control
        characters will be allowed inside strings.
        """
        self.encoding = encoding
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """Return the Python representation of ``s`` (a ``str`` or ``unicode``
        instance containing a JSON document)
        """
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise ValueError(errmsg("Extra data", s, end, len(s)))
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` or ``unicode``
        beginning with a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration:
            raise ValueError("No JSON object could be decoded")
        return obj, end
