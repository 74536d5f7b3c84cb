"""RFC 3548: Base16, Base32, Base64 Data Encodings"""

# Taipan's base64: the codings themselves are binascii's; this module adds the
# alternative alphabets, Base32/Base16 and the file helpers of Python 2.7.

import binascii
import string

__all__ = [
    # Legacy interface exports traditional RFC 1521 Base64 encodings
    'encode', 'decode', 'encodestring', 'decodestring',
    # Generalized interface for other encodings
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b16encode', 'b16decode',
    # Standard Base64 encoding
    'standard_b64encode', 'standard_b64decode',
    # Some common Base64 alternatives.  As referenced by RFC 3458, see thread
    # starting at:
    #
    # http://zgp.org/pipermail/p2p-hackers/2001-September/000316.html
    'urlsafe_b64encode', 'urlsafe_b64decode',
    ]

EMPTYSTRING = ''


# ---- Base64 ---------------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Encode a string using Base64.

    s is the string to encode.  Optional altchars must be a string of at least
    length 2 (additional characters are ignored) which specifies an
    alternative alphabet for the '+' and '/' characters.  This allows an
    application to e.g. generate url or filesystem safe Base64 strings.

    The encoded string is returned.
    """
    out = binascii.b2a_base64(s)[:-1]   # without the newline
    if altchars is None:
        return out
    return out.translate(string.maketrans('+/', altchars[:2]))


def b64decode(s, altchars=None):
    """Decode a Base64 encoded string.

    s is the string to decode.  Optional altchars must be a string of at least
    length 2 (additional characters are ignored) which specifies the
    alternative alphabet used instead of the '+' and '/' characters.

    The decoded string is returned.  A TypeError is raised if s is
    incorrectly padded.  Characters that are neither in the normal base-64
    alphabet nor the alternative alphabet are discarded prior to the padding
    check.
    """
    if altchars is not None:
        s = s.translate(string.maketrans(altchars[:2], '+/'))
    try:
        return binascii.a2b_base64(s)
    except binascii.Error, e:
        # base64 reports bad data as a TypeError
        raise TypeError(e)


def standard_b64encode(s):
    """Encode a string using the standard Base64 alphabet.

    s is the string to encode.  The encoded string is returned.
    """
    return b64encode(s)


def standard_b64decode(s):
    """Decode a string encoded with the standard Base64 alphabet.

    Argument s is the string to decode.  The decoded string is returned.  A
    TypeError is raised if the string is incorrectly padded.  Characters that
    are not in the standard alphabet are discarded prior to the padding
    check.
    """
    return b64decode(s)


_urlsafe_encode = string.maketrans('+/', '-_')
_urlsafe_decode = string.maketrans('-_', '+/')


def urlsafe_b64encode(s):
    """Encode a string using the URL- and filesystem-safe Base64 alphabet.

    Argument s is the string to encode.  The encoded string is returned.  The
    alphabet uses '-' instead of '+' and '_' instead of '/'.
    """
    return b64encode(s).translate(_urlsafe_encode)


def urlsafe_b64decode(s):
    """Decode a string using the URL- and filesystem-safe Base64 alphabet.

    Argument s is the string to decode.  The decoded string is returned.  A
    TypeError is raised if the string is incorrectly padded.  Characters that
    are not in the URL-safe base-64 alphabet, and are not a plus '+' or slash
    '/', are discarded prior to the padding check.

    The alphabet uses '-' instead of '+' and '_' instead of '/'.
    """
    return b64decode(s.translate(_urlsafe_decode))


# ---- Base32 ---------------------------------------------------------------------------

_b32alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32values = dict((c, i) for i, c in enumerate(_b32alphabet))

# characters kept of the last 8-character group, by number of input bytes left over
_b32kept = {1: 2, 2: 4, 3: 5, 4: 7}
# bytes kept of the last 5-byte group, by number of pad characters
_b32bytes = {0: 0, 1: 4, 3: 3, 4: 2, 6: 1}


def b32encode(s):
    """Encode a string using Base32.

    s is the string to encode.  The encoded string is returned.
    """
    leftover = len(s) % 5
    if leftover:
        s += '\0' * (5 - leftover)
    out = []
    for start in xrange(0, len(s), 5):
        group = int(binascii.hexlify(s[start:start + 5]), 16)
        for shift in xrange(35, -1, -5):
            out.append(_b32alphabet[(group >> shift) & 31])
    encoded = EMPTYSTRING.join(out)
    if leftover:
        keep = _b32kept[leftover]
        encoded = encoded[:len(encoded) - 8 + keep] + '=' * (8 - keep)
    return encoded


def b32decode(s, casefold=False, map01=None):
    """Decode a Base32 encoded string.

    s is the string to decode.  Optional casefold is a flag specifying whether
    a lowercase alphabet is acceptable as input.  For security purposes, the
    default is False.

    RFC 3548 allows for optional mapping of the digit 0 (zero) to the letter O
    (oh), and for optional mapping of the digit 1 (one) to either the letter I
    (eye) or letter L (el).  The optional argument map01 when not None,
    specifies which letter the digit 1 should be mapped to (when map01 is not
    None, the digit 0 is always mapped to the letter O).  For security
    purposes the default is None, so that 0 and 1 are not allowed in the
    input.

    The decoded string is returned.  A TypeError is raised if s were
    incorrectly padded or if there are non-alphabet characters present in the
    string.
    """
    if len(s) % 8:
        raise TypeError('Incorrect padding')
    if map01:
        s = s.translate(string.maketrans('01', 'O' + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip('=')
    padchars = len(s) - len(body)
    out = []
    group = 0
    count = 0
    for c in body:
        value = _b32values.get(c)
        if value is None:
            raise TypeError('Non-base32 digit found')
        group = (group << 5) | value
        count += 1
        if count == 8:
            out.append(binascii.unhexlify('%010x' % group))
            group = 0
            count = 0
    # the padded last group: its characters were shifted in from the left
    group <<= 5 * (8 - count) if count else 0
    if padchars not in _b32bytes:
        raise TypeError('Incorrect padding')
    keep = _b32bytes[padchars]
    out.append(binascii.unhexlify('%010x' % group)[:keep])
    return EMPTYSTRING.join(out)


# ---- Base16 ---------------------------------------------------------------------------

_b16digits = frozenset('0123456789ABCDEF')


def b16encode(s):
    """Encode a string using Base16.

    s is the string to encode.  The encoded string is returned.
    """
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode a Base16 encoded string.

    s is the string to decode.  Optional casefold is a flag specifying whether
    a lowercase alphabet is acceptable as input.  For security purposes, the
    default is False.

    The decoded string is returned.  A TypeError is raised if s is
    incorrectly padded or if there are non-alphabet characters present in the
    string.
    """
    if casefold:
        s = s.upper()
    for c in s:
        if c not in _b16digits:
            raise TypeError('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- the legacy interface (RFC 1521 lines of 76 characters) --------------------------

MAXLINESIZE = 76  # Excluding the CRLF
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Encode a file."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        # fill the line even if the file returns short reads
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode a file."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def encodestring(s):
    """Encode a string into multiple lines of base-64 data."""
    return EMPTYSTRING.join([binascii.b2a_base64(s[i:i + MAXBINSIZE])
                             for i in xrange(0, len(s), MAXBINSIZE)])


def decodestring(s):
    """Decode a string."""
    return binascii.a2b_base64(s)


def main():
    """Small main program"""
    import sys, getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'deut')
    except getopt.error, msg:
        sys.stdout = sys.stderr
        print msg
        print """usage: %s [-d|-e|-u|-t] [file|-]
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'""" % sys.argv[0]
        sys.exit(2)
    func = encode
    for o, a in opts:
        if o == '-e': func = encode
        if o == '-d': func = decode
        if o == '-u': func = decode
        if o == '-t': test(); return
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            func(f, sys.stdout)
    else:
        func(sys.stdin, sys.stdout)


def test():
    s0 = "Aladdin:open sesame"
    s1 = encodestring(s0)
    s2 = decodestring(s1)
    print s0, repr(s1), s2


if __name__ == '__main__':
    main()
