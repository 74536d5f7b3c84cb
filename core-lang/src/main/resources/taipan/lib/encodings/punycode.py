"""The 'punycode' codec (RFC 3492): unicode to an ASCII string and back.

The basic (ASCII) code points come first, then '-', then the others encoded
as generalized variable-length integers describing where to insert them.
"""
# Taipan's own codec module, written from RFC 3492.

import codecs

_BASE = 36
_TMIN = 1
_TMAX = 26
_SKEW = 38
_DAMP = 700
_INITIAL_BIAS = 72
_INITIAL_N = 0x80
_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _adapt(delta, numpoints, first):
    if first:
        delta //= _DAMP
    else:
        delta //= 2
    delta += delta // numpoints
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    t = k - bias
    if t < _TMIN:
        return _TMIN
    if t > _TMAX:
        return _TMAX
    return t


def punycode_encode(text):
    """Encode a unicode string; returns a str."""
    basic = [c for c in text if ord(c) < 0x80]
    out = [str(c) for c in basic]
    h = b = len(basic)
    if b:
        out.append('-')
    n = _INITIAL_N
    delta = 0
    bias = _INITIAL_BIAS
    codes = [ord(c) for c in text]
    while h < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (h + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, h + 1, h == b)
                delta = 0
                h += 1
        delta += 1
        n += 1
    return ''.join(out)


def _digit_value(extended, j, errors):
    c = extended[j]
    if 'A' <= c <= 'Z':
        return ord(c) - ord('A')
    if '0' <= c <= '9':
        return ord(c) - ord('0') + 26
    if errors == 'strict':
        # 2.7 names the character after the bad one (IndexError if none)
        raise UnicodeError("Invalid extended code point '%s'" % extended[j + 1])
    return None


def punycode_decode(text, errors):
    """Decode a str; returns unicode."""
    if isinstance(text, unicode):
        text = text.encode('ascii')
    pos = text.rfind('-')
    if pos == -1:
        base = u''
        extended = text.upper()
    else:
        base = unicode(text[:pos], 'ascii', errors)
        extended = text[pos + 1:].upper()
    result = list(base)
    n = _INITIAL_N
    i = 0
    bias = _INITIAL_BIAS
    j = 0
    while j < len(extended):
        old_i = i
        w = 1
        k = _BASE
        while True:
            if j >= len(extended):
                if errors == 'strict':
                    raise UnicodeError("incomplete punicode string")
                return u''.join(result)
            digit = _digit_value(extended, j, errors)
            j += 1
            if digit is None:
                return u''.join(result)
            i += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            k += _BASE
        bias = _adapt(i - old_i, len(result) + 1, old_i == 0)
        n += i // (len(result) + 1)
        i %= len(result) + 1
        if n > 0x10FFFF:
            if errors == 'strict':
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord('?')
        result.insert(i, unichr(n))
        i += 1
    return u''.join(result)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return (punycode_encode(input), len(input))

    def decode(self, input, errors='strict'):
        if errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError("Unsupported error handling " + errors)
        return (punycode_decode(input, errors), len(input))


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError("Unsupported error handling " + self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='punycode',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
