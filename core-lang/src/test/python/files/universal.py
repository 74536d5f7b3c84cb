# Universal newline mode ('U'): translation of \r and \r\n, the newlines attribute, tell()
# looking past a pending \r, and the same data read without 'U'.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '!!', type(e).__name__, e

import random as _r
P = '/tmp/taipan-files-test-universal-%d' % _r.Random().getrandbits(40)  # unique: test runs may overlap

def put(data):
    w = open(P, 'wb')
    w.write(data)
    w.close()

put('a\r\nb\rc\nd\r')
for m in ['U', 'rU', 'rbU', 'rb', 'r']:
    print '-- mode', repr(m)
    f = open(P, m)
    t('newlines', lambda: f.newlines)
    t('read(2)', lambda: f.read(2))
    t('newlines', lambda: f.newlines)
    t('tell', lambda: f.tell())
    t('newlines', lambda: f.newlines)
    t('read(1)', lambda: f.read(1))
    t('read()', lambda: f.read())
    t('newlines', lambda: f.newlines)
    f.seek(0)
    t('readlines', lambda: f.readlines())
    f.seek(0)
    t('list', lambda: list(f))
    f.seek(0)
    t('readlines', lambda: (f.readline(), f.readline(), f.readline(), f.readline(), f.readline()))
    t('newlines', lambda: f.newlines)
    f.close()

print '-- newlines seen'
for data in ['a\n', 'a\r', 'a\r\n', 'a\rb\n', 'a\r\nb\n', 'a\rb\r\n', 'a\r\nb\rc\n', '', 'abc',
             'a\r\r', 'a\r\r\n', '\r', '\r\n', '\n\r', 'x\r\ry\r\n']:
    put(data)
    f = open(P, 'U')
    r = f.read()
    print repr(data), repr(r), repr(f.newlines)
    f.close()
    f = open(P, 'U')
    lines = []
    while 1:
        l = f.readline()
        if not l:
            break
        lines.append(l)
    print '   readline', lines, repr(f.newlines)
    f.close()
    f = open(P, 'U')
    print '   iteration', list(f), repr(f.newlines)
    f.close()
    f = open(P, 'U')
    print '   read(1)s', [f.read(1), f.read(1), f.read(1), f.read(1), f.read(1)], repr(f.newlines)
    f.close()

print '-- tell consumes the \\n of a pending \\r\\n'
put('ab\r\ncd\r')
f = open(P, 'U')
t('readline', lambda: f.readline())
t('newlines', lambda: f.newlines)
t('tell', lambda: f.tell())
t('newlines', lambda: f.newlines)
t('read', lambda: f.read())
t('tell', lambda: f.tell())
t('newlines', lambda: f.newlines)
t('seek', lambda: f.seek(2))
t('read(1)', lambda: f.read(1))
t('tell', lambda: f.tell())
t('seek resets the pending \\r', lambda: (f.seek(3), f.read())[1])
t('newlines', lambda: f.newlines)
f.close()

print '-- readline limits in U mode'
put('abc\r\ndef\rghi')
f = open(P, 'U')
t('readline(2)', lambda: f.readline(2))
t('readline(2)', lambda: f.readline(2))
t('readline(2)', lambda: f.readline(2))
t('readline(1)', lambda: f.readline(1))
t('readline(10)', lambda: f.readline(10))
t('readline(10)', lambda: f.readline(10))
t('newlines', lambda: f.newlines)
f.close()

print '-- U mode with +'
put('one\r\ntwo\r')
f = open(P, 'U+')
t('mode', lambda: f.mode)
t('read', lambda: f.read())
t('write', lambda: f.write('three\r\n'))
t('seek', lambda: f.seek(0))
t('read', lambda: f.read())
t('newlines', lambda: f.newlines)
f.close()
f = open(P, 'rb')
t('raw', lambda: f.read())
f.close()

print '-- long lines with \\r only'
line = ''
for i in range(500):
    line += 'abcdefghij'
data = ''
for i in range(5):
    data += line + '\r'
put(data)
f = open(P, 'U')
n = 0
for l in f:
    n += 1
    print n, len(l), repr(l[-3:]), f.tell()
t('newlines', lambda: f.newlines)
f.seek(0)
t('readlines lengths', lambda: [len(x) for x in f.readlines()])
f.close()
put('')
