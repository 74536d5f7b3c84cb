"""Common string operations on byte strings (the deprecated 2.7 strop module).

The string module takes its maketrans, lowercase, uppercase and whitespace
from here.  Arguments are str (unicode is converted with the default
encoding) and results are str.
"""
# Taipan's own implementation of the 2.7 strop module.

import sys as _sys

whitespace = '\t\n\x0b\x0c\r '
lowercase = 'abcdefghijklmnopqrstuvwxyz'
uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

_INT_MAX = 2147483647


def _text(fname, argno, s):
    """A 's#'/'t#' argument: str as is, unicode through the default encoding."""
    if isinstance(s, str):
        return s
    if isinstance(s, unicode):
        return str(s)
    if isinstance(s, buffer):
        return str(s)
    raise TypeError("%s() argument %d must be string or read-only character "
                    "buffer, not %s" % (fname, argno, _tname(s)))


def _single(fname, args):
    """The one string argument of upper, lower, strip... ('t#' via PyArg_Parse)."""
    if len(args) != 1:
        raise TypeError("%s() takes exactly one argument (%d given)"
                        % (fname, len(args)))
    s = args[0]
    if isinstance(s, str):
        return s
    if isinstance(s, unicode):
        return str(s)
    raise TypeError("expected string or Unicode object, %s found"
                    % type(s).__name__)


def _tname(o):
    if o is None:
        return 'None'
    return type(o).__name__


def _number_text(fname, s):
    if isinstance(s, unicode):
        s = str(s)
    if not isinstance(s, str):
        raise TypeError("%s() argument 1 must be string, not %s"
                        % (fname, _tname(s)))
    if '\0' in s:
        raise TypeError("%s() argument 1 must be string without null bytes, "
                        "not str" % fname)
    return s


def _parse_int(fname, s, base):
    """PyOS_strtol-style parsing: optional sign, then the digits (prefix by base)."""
    text = s.strip(whitespace)
    sign = ''
    if text[:1] in ('+', '-'):
        sign = text[0]
        text = text[1:].lstrip(whitespace)
    if not text:
        raise ValueError("invalid literal for %s(): %s" % (fname, s))
    try:
        value = int(sign + text, base)
    except ValueError:
        raise ValueError("invalid literal for %s(): %s" % (fname, s))
    return value


def atoi(s, base=10):
    """atoi(s [,base]) -> int: the integer s spells in the given base."""
    s = _number_text('atoi', s)
    if base != 0 and not 2 <= base <= 36:
        raise ValueError("invalid base for atoi()")
    value = _parse_int('atoi', s, base)
    if not -_sys.maxint - 1 <= value <= _sys.maxint:
        raise ValueError("atoi() literal too large: %s" % s)
    return int(value)


def atol(s, base=10):
    """atol(s [,base]) -> long: the long integer s spells in the given base."""
    s = _number_text('atol', s)
    if base != 0 and not 2 <= base <= 36:
        raise ValueError("invalid base for atol()")
    if not s.strip(whitespace):
        raise ValueError("empty string for atol()")
    return long(s, base)


def atof(s):
    """atof(s) -> float: the floating point number s spells."""
    s = _number_text('atof', s)
    text = s.strip(whitespace)
    if not text:
        raise ValueError("empty string for atof()")
    try:
        value = float(text)
    except ValueError:
        raise ValueError("invalid literal for atof(): %s" % s)
    low = text.lower().lstrip('+-')
    if value in (float('inf'), float('-inf')) and low not in ('inf', 'infinity'):
        raise OverflowError("value too large to convert to float: %s" % s)
    return value


def capitalize(*args):
    """capitalize(s) -> s with its first character upper case, the rest lower."""
    s = _single('capitalize', args)
    return s[:1].upper() + s[1:].lower()


def lower(*args):
    """lower(s) -> s in lower case."""
    return _single('lower', args).lower()


def upper(*args):
    """upper(s) -> s in upper case."""
    return _single('upper', args).upper()


def swapcase(*args):
    """swapcase(s) -> s with upper and lower case swapped."""
    return _single('swapcase', args).swapcase()


def strip(*args):
    """strip(s) -> s without leading and trailing whitespace."""
    return _single('strip', args).strip(whitespace)


def lstrip(*args):
    """lstrip(s) -> s without leading whitespace."""
    return _single('lstrip', args).lstrip(whitespace)


def rstrip(*args):
    """rstrip(s) -> s without trailing whitespace."""
    return _single('rstrip', args).rstrip(whitespace)


def _bounds(n, start, end):
    if end > n:
        end = n
    elif end < 0:
        end = max(end + n, 0)
    if start < 0:
        start = max(start + n, 0)
    return start, end


def find(s, sub, start=0, end=_INT_MAX):
    """find(s, sub [,start [,end]]) -> lowest index of sub in s[start:end], or -1."""
    s = _text('find', 1, s)
    sub = _text('find', 2, sub)
    start, end = _bounds(len(s), start, end)
    if not sub and start <= end:
        return start
    i = s.find(sub, start, end)
    return i


def rfind(s, sub, start=0, end=_INT_MAX):
    """rfind(s, sub [,start [,end]]) -> highest index of sub in s[start:end], or -1."""
    s = _text('rfind', 1, s)
    sub = _text('rfind', 2, sub)
    start, end = _bounds(len(s), start, end)
    if not sub and start <= end:
        return end
    return s.rfind(sub, start, end)


def count(s, sub, start=0, end=_INT_MAX):
    """count(s, sub [,start [,end]]) -> occurrences of sub in s[start:end]."""
    s = _text('count', 1, s)
    sub = _text('count', 2, sub)
    start, end = _bounds(len(s), start, end)
    if not sub:
        return max(end - start, 0) + 1
    if start > end:
        return 0
    return s.count(sub, start, end)


def split(s, sep=None, maxsplit=0):
    """split(s [,sep [,maxsplit]]) -> list of words.

    Words are separated by whitespace runs, or by sep; a non-zero maxsplit
    limits the number of splits (a negative one means one split).
    """
    s = _text('split', 1, s)
    words = []
    if sep is None:
        n = len(s)
        i = 0
        while i < n:
            while i < n and s[i] in whitespace:
                i += 1
            j = i
            while i < n and s[i] not in whitespace:
                i += 1
            if j < i:
                words.append(s[j:i])
                while i < n and s[i] in whitespace:
                    i += 1
                if maxsplit and len(words) >= maxsplit:
                    if i < n:
                        words.append(s[i:])
                    break
        return words
    sep = _text('split', 2, sep)
    if not sep:
        raise ValueError("empty separator")
    start = 0
    splits = 0
    while True:
        i = s.find(sep, start)
        if i < 0:
            break
        words.append(s[start:i])
        start = i + len(sep)
        splits += 1
        if maxsplit and splits >= maxsplit:
            break
    words.append(s[start:])
    return words

splitfields = split


def join(words, sep=' '):
    """join(list [,sep]) -> the strings of list joined with sep (a space by default)."""
    sep = _text('join', 2, sep)
    n = len(words)
    parts = []
    for i in range(n):
        item = words[i]
        if not isinstance(item, str):
            raise TypeError("first argument must be sequence of strings")
        parts.append(item)
    return sep.join(parts)

joinfields = join


def replace(s, old, new, maxreplace=-1):
    """replace(s, old, new [,maxsplit]) -> s with old replaced by new.

    A maxsplit of zero or less replaces every occurrence.
    """
    s = _text('replace', 1, s)
    old = _text('replace', 2, old)
    new = _text('replace', 3, new)
    if not old:
        raise ValueError("empty pattern string")
    if maxreplace <= 0:
        maxreplace = -1
    return s.replace(old, new, maxreplace)


def expandtabs(s, tabsize=8):
    """expandtabs(s [,tabsize]) -> s with tabs expanded to spaces."""
    s = _text('expandtabs', 1, s)
    if tabsize < 1:
        raise ValueError("tabsize must be at least 1")
    out = []
    column = 0
    for ch in s:
        if ch == '\t':
            pad = tabsize - column % tabsize
            out.append(' ' * pad)
            column += pad
        else:
            out.append(ch)
            column = 0 if ch == '\n' else column + 1
    return ''.join(out)


def maketrans(fromstr, tostr):
    """maketrans(frm, to) -> a 256-character table for translate()."""
    fromstr = _text('maketrans', 1, fromstr)
    tostr = _text('maketrans', 2, tostr)
    if len(fromstr) != len(tostr):
        raise ValueError("maketrans arguments must have same length")
    table = [chr(i) for i in xrange(256)]
    for a, b in zip(fromstr, tostr):
        table[ord(a)] = b
    return ''.join(table)


def translate(s, table, deletechars=''):
    """translate(s, table [,deletechars]) -> s mapped through table without deletechars."""
    if not isinstance(s, str):
        raise TypeError("translate() argument 1 must be string, not %s" % _tname(s))
    table = _text('translate', 2, table)
    deletechars = _text('translate', 3, deletechars)
    if len(table) != 256:
        raise ValueError("translation table must be 256 characters long")
    return s.translate(table, deletechars)
