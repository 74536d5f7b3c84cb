# Long lines across buffer boundaries, with every buffering, through readline(n),
# readline(), read(n), readlines and iteration.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '!!', type(e).__name__, e

import random as _r
P = '/tmp/taipan-files-test-big_lines-%d' % _r.Random().getrandbits(40)  # unique: test runs may overlap
piece = '0123456789'
long1 = ''
for i in range(1000):
    long1 += piece
w = open(P, 'wb')
w.write('short\n' + long1 + '\n' + long1 + long1 + '\r\n' + 'x\n' + long1)
w.close()

for b in [-1, 0, 1, 3, 4096, 10000]:
    print '-- buffering', b
    f = open(P, 'rb', b)
    l = f.readline()
    print len(l), repr(l), f.tell()
    l = f.readline(5000)
    print len(l), repr(l[-3:]), f.tell()
    l = f.readline(5000)
    print len(l), repr(l[-3:]), f.tell()
    l = f.readline(5000)
    print len(l), repr(l), f.tell()
    l = f.readline()
    print len(l), repr(l[-3:]), f.tell()
    l = f.read(3)
    print len(l), repr(l), f.tell()
    l = f.readline()
    print len(l), repr(l[-3:]), f.tell()
    l = f.readline()
    print len(l), repr(l[-3:]), f.tell()
    l = f.readline()
    print len(l), repr(l), f.tell()
    f.seek(0)
    print [len(x) for x in f.readlines()]
    f.seek(0)
    print [len(x) for x in f]
    f.close()
    f = open(P, 'U', b)
    print 'U', [len(x) for x in f.readlines()], f.newlines
    f.close()

print '-- writes with every buffering'
for b in [-1, 0, 1, 3, 4096, 10000]:
    w = open(P, 'wb', b)
    w.write(long1)
    w.write('\n')
    w.write(long1 + long1)
    r = open(P, 'rb')
    seen = len(r.read())
    w.close()
    print b, seen, len(r.read())
    r.close()

w = open(P, 'w')
w.close()
