#! /usr/bin/env python

"""Conversions to/from quoted-printable transport encoding as per RFC 1521."""

# Taipan's quopri: binascii does the work; the line-by-line Python coding below is
# used when a2b_qp/b2a_qp are set to None (as Python 2.7's module allows).

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = '='
MAXLINESIZE = 76
HEX = '0123456789ABCDEF'
EMPTYSTRING = ''

try:
    from binascii import a2b_qp, b2a_qp
except ImportError:
    a2b_qp = None
    b2a_qp = None


def needsquoting(c, quotetabs, header):
    """Decide whether a particular character needs to be quoted.

    The 'quotetabs' flag indicates whether embedded tabs and spaces should be
    quoted.  Note that line-ending tabs and spaces are always encoded, as per
    RFC 1521.
    """
    if c in ' \t':
        return quotetabs
    if c == '_':
        return header
    return c == ESCAPE or not (' ' <= c <= '~')


def quote(c):
    """Quote a single character."""
    return ESCAPE + HEX[ord(c) >> 4] + HEX[ord(c) & 15]


def _finish_line(s, end):
    # a line may not end in whitespace, nor be a lone '.'
    if s and s[-1] in ' \t':
        return s[:-1] + quote(s[-1]) + end
    if s == '.':
        return quote(s) + end
    return s + end


def encode(input, output, quotetabs, header=0):
    """Read 'input', apply quoted-printable encoding, and write to 'output'.

    'input' and 'output' are files with readline() and write() methods.
    The 'quotetabs' flag indicates whether embedded tabs and spaces should be
    quoted.  Note that line-ending tabs and spaces are always encoded, as per
    RFC 1521.
    The 'header' flag indicates whether we are encoding spaces as _ as per
    RFC 1522.
    """
    if b2a_qp is not None:
        output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))
        return
    previous = None
    last_end = ''
    while True:
        line = input.readline()
        if not line:
            break
        last_end = ''
        if line.endswith('\n'):
            line = line[:-1]
            last_end = '\n'
        coded = []
        for c in line:
            if needsquoting(c, quotetabs, header):
                coded.append(quote(c))
            elif header and c == ' ':
                coded.append('_')
            else:
                coded.append(c)
        if previous is not None:
            output.write(_finish_line(previous, '\n'))
        current = EMPTYSTRING.join(coded)
        # soft line breaks: each piece plus its '=' fits in MAXLINESIZE
        while len(current) > MAXLINESIZE:
            output.write(_finish_line(current[:MAXLINESIZE - 1], '=\n'))
            current = current[MAXLINESIZE - 1:]
        previous = current
    if previous is not None:
        output.write(_finish_line(previous, last_end))


def encodestring(s, quotetabs=0, header=0):
    if b2a_qp is not None:
        return b2a_qp(s, quotetabs=quotetabs, header=header)
    from cStringIO import StringIO
    infp = StringIO(s)
    outfp = StringIO()
    encode(infp, outfp, quotetabs, header)
    return outfp.getvalue()


def decode(input, output, header=0):
    """Read 'input', apply quoted-printable decoding, and write to 'output'.
    'input' and 'output' are files with readline() and write() methods.
    If 'header' is true, decode underscore as space (per RFC 1522)."""
    if a2b_qp is not None:
        output.write(a2b_qp(input.read(), header=header))
        return
    pending = []
    while True:
        line = input.readline()
        if not line:
            break
        n = len(line)
        partial = not line.endswith('\n')
        if not partial:
            n -= 1
            while n > 0 and line[n - 1] in ' \t\r':
                n -= 1
        i = 0
        while i < n:
            c = line[i]
            if c == '_' and header:
                pending.append(' ')
                i += 1
            elif c != ESCAPE:
                pending.append(c)
                i += 1
            elif i + 1 == n and not partial:
                partial = True      # soft line break
                break
            elif i + 1 < n and line[i + 1] == ESCAPE:
                pending.append(ESCAPE)
                i += 2
            elif i + 2 < n and ishex(line[i + 1]) and ishex(line[i + 2]):
                pending.append(chr(unhex(line[i + 1:i + 3])))
                i += 3
            else:
                # a bad escape sequence is kept as it is
                pending.append(c)
                i += 1
        if not partial:
            output.write(EMPTYSTRING.join(pending) + '\n')
            pending = []
    if pending:
        output.write(EMPTYSTRING.join(pending))


def decodestring(s, header=0):
    if a2b_qp is not None:
        return a2b_qp(s, header=header)
    from cStringIO import StringIO
    infp = StringIO(s)
    outfp = StringIO()
    decode(infp, outfp, header=header)
    return outfp.getvalue()


def ishex(c):
    """Return true if the character 'c' is a hexadecimal digit."""
    return '0' <= c <= '9' or 'a' <= c <= 'f' or 'A' <= c <= 'F'


def unhex(s):
    """Get the integer value of a hexadecimal number."""
    value = 0
    for c in s:
        if '0' <= c <= '9':
            digit = ord('0')
        elif 'a' <= c <= 'f':
            digit = ord('a') - 10
        elif 'A' <= c <= 'F':
            digit = ord('A') - 10
        else:
            break
        value = value * 16 + (ord(c) - digit)
    return value


def main():
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error, msg:
        sys.stdout = sys.stderr
        print msg
        print "usage: quopri [-t | -d] [file] ..."
        print "-t: quote tabs"
        print "-d: decode; default encode"
        sys.exit(2)
    deco = 0
    tabs = 0
    for o, a in opts:
        if o == '-t': tabs = 1
        if o == '-d': deco = 1
    if tabs and deco:
        sys.stdout = sys.stderr
        print "-t and -d are mutually exclusive"
        sys.exit(2)
    if not args: args = ['-']
    sts = 0
    for file in args:
        if file == '-':
            fp = sys.stdin
        else:
            try:
                fp = open(file)
            except IOError, msg:
                sys.stderr.write("%s: can't open (%s)\n" % (file, msg))
                sts = 1
                continue
        if deco:
            decode(fp, sys.stdout)
        else:
            encode(fp, sys.stdout, tabs)
        if fp is not sys.stdin:
            fp.close()
    if sts:
        sys.exit(sts)


if __name__ == '__main__':
    main()
