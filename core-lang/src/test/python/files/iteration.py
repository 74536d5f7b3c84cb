# Iteration: next(), the read-ahead buffer and "Mixing iteration and read methods",
# tell() during iteration, readlines(sizehint), xreadlines, and when end of file sticks.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '!!', type(e).__name__, e

import random as _r
P = '/tmp/taipan-files-test-iteration-%d' % _r.Random().getrandbits(40)  # unique: test runs may overlap

def put(data):
    w = open(P, 'wb')
    w.write(data)
    w.close()

data = ''
for i in range(3000):
    data += 'line ' + repr(i) + '\n'
put(data)

print '-- mixing'
f = open(P)
t('next', lambda: f.next())
t('tell', lambda: f.tell())
t('read', lambda: f.read(3))
t('readline', lambda: f.readline())
t('readlines', lambda: f.readlines()[:1])
t('readinto', lambda: f.readinto(None))
t('write is fine to try', lambda: f.write('x'))
t('seek', lambda: f.seek(0))
t('read', lambda: f.read(3))
t('next', lambda: f.next())
t('tell', lambda: f.tell())
t('iter is self', lambda: iter(f) is f)
t('xreadlines is self', lambda: f.xreadlines() is f)
t('next builtin', lambda: next(f))
k = iter(range(1399))
for line in f:
    if next(k, None) is None:
        break
t('line', lambda: line)
t('tell', lambda: f.tell())
t('next', lambda: f.next())
for line in f:
    pass
t('last line', lambda: line)
t('tell', lambda: f.tell())
t('read at end', lambda: f.read(3))
t('next at end', lambda: f.next())
t('next again', lambda: f.next())
t('seek', lambda: f.seek(-8, 2))
t('next after seek', lambda: f.next())
f.close()
t('next closed', lambda: f.next())
t('iter closed', lambda: iter(f))

print '-- iteration of write-only files'
f = open(P + '-w', 'w')
t('next', lambda: f.next())
t('list', lambda: list(f))
t('iter', lambda: iter(f) is f)
f.close()

print '-- readlines(sizehint)'
f = open(P)
t('readline', lambda: f.readline())
t('readline', lambda: f.readline(3))
t('readline', lambda: f.readline(10))
x = f.readlines(1)
t('readlines(1)', lambda: (len(x), x[0], x[-1]))
t('tell', lambda: f.tell())
x = f.readlines(10000)
t('readlines(10000)', lambda: (len(x), x[0], x[-1]))
t('tell', lambda: f.tell())
x = f.readlines(100000)
t('readlines(100000)', lambda: (len(x), x[0], x[-1]))
t('tell', lambda: f.tell())
f.seek(0)
x = f.readlines()
t('readlines()', lambda: (len(x), x[0], x[-1]))
f.close()

print '-- lines longer than the read-ahead buffer'
long1 = ''
for i in range(1200):
    long1 += 'abcdefghij'
put('short\n' + long1 + '\nshort again\n' + long1 + long1 + '\n' + long1)
f = open(P)
for line in f:
    print len(line), repr(line[-2:]), f.tell()
f.seek(0)
t('readlines lengths', lambda: [len(x) for x in f.readlines(5)])
t('tell', lambda: f.tell())
f.close()

print '-- a read-ahead buffer starting with a NUL byte does not refuse reads'
put('\0abc\ndef\nghi\n')
f = open(P)
t('next', lambda: f.next())
t('read', lambda: f.read())
f.close()
put('xabc\ndef\nghi\n')
f = open(P)
t('next', lambda: f.next())
t('read', lambda: f.read())
f.close()

print '-- end of file: what the next operation sees after the file grows'
def next_or_stop(f):
    try:
        return f.next()
    except StopIteration:
        return 'StopIteration'
ops = [('read()', lambda f: f.read()), ('read(5)', lambda f: f.read(5)), ('readline()', lambda f: f.readline()),
       ('readlines()', lambda f: f.readlines()), ('next()', next_or_stop), ('tell()', lambda f: f.tell()),
       ('seek(0,1)', lambda f: f.seek(0, 1)), ('flush()', lambda f: f.flush())]
reads = ops[:5]
for a in reads:
    for b in reads:
        put('abc\n')
        f = open(P)
        w = open(P, 'a')
        f.read()
        a[1](f)
        w.write('def\n')
        w.flush()
        print a[0], b[0], repr(b[1](f))
        f.close()
        w.close()
    for b in ops[5:]:
        put('abc\n')
        f = open(P)
        w = open(P, 'a')
        f.read()
        a[1](f)
        w.write('def\n')
        w.flush()
        b[1](f)
        print a[0], b[0], 'then read()', repr(f.read())
        f.close()
        w.close()

print '-- a reader following a growing file'
put('')
w = open(P, 'a')
f = open(P)
t('read', lambda: f.read())
w.write('one\n')
w.flush()
t('read', lambda: f.read())
t('read', lambda: f.read())
w.write('two\nthr')
w.flush()
t('readline', lambda: f.readline())
t('readline', lambda: f.readline())
t('readline', lambda: f.readline())
w.write('ee\n')
w.flush()
t('readline', lambda: f.readline())
f.close()
w.close()
put('')
