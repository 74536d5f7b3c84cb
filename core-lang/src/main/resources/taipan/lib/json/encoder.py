"""Implementation of JSONEncoder
"""
# Taipan's JSON encoder.
import re

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
HAS_UTF8 = re.compile(r'[\x80-\xff]')
ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u%04x' % _i)
del _i

INFINITY = float('inf')
FLOAT_REPR = float.__repr__


def encode_basestring(s):
    """Return a JSON representation of a Python string

    """
    def replace(match):
        return ESCAPE_DCT[match.group(0)]
    return '"' + ESCAPE.sub(replace, s) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string

    """
    if isinstance(s, str) and HAS_UTF8.search(s) is not None:
        s = s.decode('utf-8')

    def replace(match):
        ch = match.group(0)
        try:
            return ESCAPE_DCT[ch]
        except KeyError:
            n = ord(ch)
            if n < 0x10000:
                return '\\u%04x' % n
            n -= 0x10000
            return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))
    return '"' + str(ESCAPE_ASCII.sub(replace, s)) + '"'


encode_basestring_ascii = (c_encode_basestring_ascii or
                           py_encode_basestring_ascii)


class JSONEncoder(object):
    """Extensible JSON <http://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str, unicode      | string        |
    +-------------------+---------------+
    | int, long, float  | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, encoding='utf-8', default=None):
        """Constructor for JSONEncoder, with sensible defaults.

        If skipkeys is false, then it is a TypeError to attempt
        encoding of keys that are not str, int, long, float or None.  If
        skipkeys is True, such items are simply skipped.

        If *ensure_ascii* is true (the default), all non-ASCII
        characters in the output are escaped with \\uXXXX sequences,
        and the results are str instances consisting of ASCII
        characters only.  If ensure_ascii is False, a result may be a
        unicode instance.  This usually happens if the input contains
        unicode strings or the *encoding* parameter is used.

        If check_circular is true, then lists, dicts, and custom encoded
        objects will be checked for circular references during encoding to
        prevent an infinite recursion (which would cause an OverflowError).
        Otherwise, no such check takes place.

        If allow_nan is true, then NaN, Infinity, and -Infinity will be
        encoded as such.  This behavior is not JSON specification compliant,
        but is consistent with most JavaScript based encoders and decoders.
        Otherwise, it will be a ValueError to encode such floats.

        If sort_keys is true, then the output of dictionaries will be
        sorted by key; this is useful for regression tests to ensure
        that JSON serializations can be compared on a day-to-day basis.

        If indent is a non-negative integer, then JSON array
        elements and object members will be pretty-printed with that
        indent level.  An indent level of 0 will only insert newlines.
        None is the most compact representation.  Since the default
        item separator is ', ',  the output might include trailing
        whitespace when indent is specified.  You can use
        separators=(',', ': ') to avoid this.

        If specified, separators should be a (item_separator, key_separator)
        tuple.  The default is (', ', ': ').  To get the most compact JSON
        representation you should specify (',', ':') to eliminate whitespace.

        If specified, default is a function that gets called for objects
        that can't otherwise be serialized.  It should return a JSON encodable
        version of the object or raise a ``TypeError``.

        If encoding is not None, then all input strings will be
        transformed into unicode using that encoding prior to JSON-encoding.
        The default is UTF-8.

        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default
        self.encoding = encoding

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).

        For example, to support arbitrary iterators, you could
        implement default like this::

            def default(self, o):
                try:
                    iterable = iter(o)
                except TypeError:
                    pass
                else:
                    return list(iterable)
                # Let the base class default method raise the TypeError
                return JSONEncoder.default(self, o)

        """
        raise TypeError(repr(o) + " is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, basestring):
            if isinstance(o, str):
                enc = self.encoding
                if enc is not None and enc != 'utf-8':
                    o = o.decode(enc)
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        markers = {} if self.check_circular else None
        if self.ensure_ascii:
            quote = encode_basestring_ascii
        else:
            quote = encode_basestring
        if self.encoding != 'utf-8':
            plain_quote = quote
            encoding = self.encoding

            def quote(s):
                if isinstance(s, str):
                    s = s.decode(encoding)
                return plain_quote(s)

        allow_nan = self.allow_nan
        # CPython does a one-shot compact encoding in C, whose messages are terser.
        c_style = _one_shot and self.indent is None

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return FLOAT_REPR(o)
            if not allow_nan:
                if c_style:
                    raise ValueError("Out of range float values are not JSON compliant")
                raise ValueError("Out of range float values are not JSON compliant: "
                                 + repr(o))
            return text

        if c_make_encoder is not None and (
                c_style or (_one_shot and type(self.indent) in (int, long))):
            # Taipan's _json also indents (with the Python encoder's messages)
            args = (markers, self.default, quote, self.indent, self.key_separator,
                    self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)
            if not c_style:
                args += (True,)     # the Python encoder's messages
            return c_make_encoder(*args)(o, 0)
        return _make_iterencode(markers, self.default, quote, self.indent, floatstr,
                                self.key_separator, self.item_separator,
                                self.sort_keys, self.skipkeys, c_style)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys, c_style=False):

    def enter(o):
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError("Circular reference detected")
            markers[key] = o

    def leave(o):
        if markers is not None:
            del markers[id(o)]

    def scalar(value):
        """The JSON text of a simple value, or None for containers and others."""
        if isinstance(value, basestring):
            return _encoder(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, (int, long)):
            return str(value)
        if isinstance(value, float):
            return _floatstr(value)
        return None

    def newline(level):
        return '\n' + ' ' * (_indent * level)

    def encode_list(lst, level):
        if not lst:
            yield '[]'
            return
        enter(lst)
        buf = '['
        if _indent is not None:
            level += 1
            separator = _item_separator + newline(level)
            buf += newline(level)
        else:
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = scalar(value)
            if text is not None:
                yield buf + text
                continue
            yield buf
            for chunk in encode_value(value, level):
                yield chunk
        if _indent is not None:
            level -= 1
            yield newline(level)
        yield ']'
        leave(lst)

    def encode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        enter(dct)
        yield '{'
        if _indent is not None:
            level += 1
            item_separator = _item_separator + newline(level)
            yield newline(level)
        else:
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items(), key=lambda kv: kv[0])
        else:
            items = dct.iteritems()
        for key, value in items:
            if isinstance(key, basestring):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, (int, long)):
                key = str(key)
            elif _skipkeys:
                continue
            elif c_style:
                raise TypeError("keys must be a string")
            else:
                raise TypeError("key " + repr(key) + " is not a string")
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            text = scalar(value)
            if text is not None:
                yield text
            else:
                for chunk in encode_value(value, level):
                    yield chunk
        if _indent is not None:
            level -= 1
            yield newline(level)
        yield '}'
        leave(dct)

    def encode_value(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            for chunk in encode_list(o, level):
                yield chunk
        elif isinstance(o, dict):
            for chunk in encode_dict(o, level):
                yield chunk
        else:
            enter(o)
            replacement = _default(o)
            for chunk in encode_value(replacement, level):
                yield chunk
            leave(o)

    return encode_value
