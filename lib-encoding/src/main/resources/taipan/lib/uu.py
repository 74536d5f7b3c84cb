#! /usr/bin/env python

"""Implementation of the UUencode and UUdecode functions.

encode(in_file, out_file [,name, mode])
decode(in_file [, out_file, mode])
"""

import binascii
import sys

__all__ = ["Error", "encode", "decode"]


class Error(Exception):
    pass


def _open(f, stdio, how, opened):
    # a file name, '-' for the standard stream, or a file object used as it is
    if f == '-':
        return stdio
    if isinstance(f, basestring):
        f = open(f, how)
        opened.append(f)
    return f


def encode(in_file, out_file, name=None, mode=None):
    """Uuencode file"""
    opened = []
    try:
        if isinstance(in_file, basestring) and in_file != '-':
            import os   # lib-os; only file names need it
            if name is None:
                name = os.path.basename(in_file)
            if mode is None:
                try:
                    mode = os.stat(in_file).st_mode
                except AttributeError:
                    pass
        in_file = _open(in_file, sys.stdin, 'rb', opened)
        out_file = _open(out_file, sys.stdout, 'wb', opened)
        if name is None:
            name = '-'
        if mode is None:
            mode = 0666
        out_file.write('begin %o %s\n' % ((mode & 0777), name))
        while True:
            chunk = in_file.read(45)
            if not chunk:
                break
            out_file.write(binascii.b2a_uu(chunk))
        out_file.write(' \nend\n')
    finally:
        for f in opened:
            f.close()


def decode(in_file, out_file=None, mode=None, quiet=0):
    """Decode uuencoded file"""
    opened = []
    in_file = _open(in_file, sys.stdin, 'r', opened)
    try:
        # find a 'begin <octal mode> <name>' line
        while True:
            header = in_file.readline()
            if not header:
                raise Error('No valid begin line found in input file')
            if not header.startswith('begin'):
                continue
            fields = header.split(' ', 2)
            if len(fields) == 3 and fields[0] == 'begin':
                try:
                    int(fields[1], 8)
                    break
                except ValueError:
                    pass
        if out_file is None:
            import os   # lib-os; only file names need it
            out_file = fields[2].rstrip()
            if os.path.exists(out_file):
                raise Error('Cannot overwrite existing file: %s' % out_file)
        if mode is None:
            mode = int(fields[1], 8)
        # Python 2.7 does not apply the mode to the file it creates (its chmod call
        # never runs), so neither does this module.
        out_file = _open(out_file, sys.stdout, 'wb', opened)
        line = in_file.readline()
        while line and line.strip() != 'end':
            try:
                data = binascii.a2b_uu(line)
            except binascii.Error, e:
                # some encoders write garbage after the data: decode just the
                # characters the length byte announces
                nchars = (((ord(line[0]) - 32) & 63) * 4 + 5) // 3
                data = binascii.a2b_uu(line[:nchars])
                if not quiet:
                    sys.stderr.write("Warning: %s\n" % e)
            out_file.write(data)
            line = in_file.readline()
        if not line:
            raise Error('Truncated input file')
    finally:
        for f in opened:
            f.close()


def test():
    """uuencode/uudecode main program"""
    import optparse
    parser = optparse.OptionParser(usage='usage: %prog [-d] [-t] [input [output]]')
    parser.add_option('-d', '--decode', dest='decode', help='Decode (instead of encode)?',
                      default=False, action='store_true')
    parser.add_option('-t', '--text', dest='text', help='data is text, encoded format unix-compatible text?',
                      default=False, action='store_true')
    (options, args) = parser.parse_args()
    if len(args) > 2:
        parser.error('incorrect number of arguments')
        sys.exit(1)
    input = sys.stdin
    output = sys.stdout
    if len(args) > 0:
        input = args[0]
    if len(args) > 1:
        output = args[1]
    if options.decode:
        if options.text:
            if isinstance(output, basestring):
                output = open(output, 'w')
            else:
                print sys.argv[0], ': cannot do -t to stdout'
                sys.exit(1)
        decode(input, output)
    else:
        if options.text:
            if isinstance(input, basestring):
                input = open(input, 'r')
            else:
                print sys.argv[0], ': cannot do -t from stdin'
                sys.exit(1)
        encode(input, output)


if __name__ == '__main__':
    test()
