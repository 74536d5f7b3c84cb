# Operations on closed files, with-statement, close() twice, fileno/isatty, flush, the
# methods' argument checking, subclasses of file.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '!!', type(e).__name__, e

P = '/tmp/taipan-files-test-closed_and_misc'
w = open(P, 'w')
w.write('one\ntwo\n')
w.close()

print '-- a closed file'
f = open(P)
t('close', lambda: f.close())
t('close again', lambda: f.close())
ops = [('read()', lambda: f.read()), ('read(1, 2)', lambda: f.read(1, 2)), ('readline()', lambda: f.readline()),
       ('readlines()', lambda: f.readlines()), ('readinto(None)', lambda: f.readinto(None)), ('next()', lambda: f.next()),
       ('write("")', lambda: f.write('')), ('write()', lambda: f.write()), ('writelines([])', lambda: f.writelines([])),
       ('writelines(5)', lambda: f.writelines(5)), ('seek(0)', lambda: f.seek(0)), ('seek()', lambda: f.seek()),
       ('tell()', lambda: f.tell()), ('truncate()', lambda: f.truncate()), ('flush()', lambda: f.flush()),
       ('fileno()', lambda: f.fileno()), ('isatty()', lambda: f.isatty()), ('__enter__()', lambda: f.__enter__()),
       ('__exit__()', lambda: f.__exit__()), ('__exit__(1, 2, 3)', lambda: f.__exit__(1, 2, 3)),
       ('xreadlines()', lambda: f.xreadlines()), ('__iter__()', lambda: f.__iter__()), ('iter()', lambda: iter(f)),
       ('list()', lambda: list(f)), ('closed', lambda: f.closed), ('name', lambda: f.name), ('mode', lambda: f.mode),
       ('encoding', lambda: f.encoding), ('newlines', lambda: f.newlines), ('softspace', lambda: f.softspace),
       ('errors', lambda: f.errors)]
for name, op in ops:
    t(name, op)
try:
    print >>f, 'x'
except Exception as e:
    print 'print >>', type(e).__name__, e

print '-- argument counts of the no-argument methods'
f = open(P)
t('close(1)', lambda: f.close(1))
t('tell(1)', lambda: f.tell(1))
t('flush(1)', lambda: f.flush(1))
t('fileno(1)', lambda: f.fileno(1))
t('isatty(1)', lambda: f.isatty(1))
t('next(1)', lambda: f.next(1))
t('xreadlines(1)', lambda: f.xreadlines(1))
t('__enter__(1)', lambda: f.__enter__(1))
t('readinto()', lambda: f.readinto())
t('readinto(str)', lambda: f.readinto('abc'))
t('readinto(None)', lambda: f.readinto(None))
t('writelines()', lambda: f.writelines())
t('fileno type', lambda: type(f.fileno()))
t('fileno > 2', lambda: f.fileno() > 2)
t('isatty', lambda: f.isatty())
t('flush', lambda: f.flush())
t('closed', lambda: f.closed)
f.close()

print '-- read-only and write-only'
f = open(P)
t('write', lambda: f.write('x'))
t('writelines', lambda: f.writelines(['x']))
t('truncate', lambda: f.truncate())
try:
    print >>f, 'x'
except Exception as e:
    print 'print >> read-only', type(e).__name__, e
f.close()
f = open(P, 'a')
t('read', lambda: f.read())
t('readline', lambda: f.readline())
t('readlines', lambda: f.readlines())
t('readinto', lambda: f.readinto(None))
t('next', lambda: f.next())
t('read check first', lambda: f.read('bad', 'args'))
f.close()

print '-- with'
with open(P) as f:
    print f.closed, f.readline(),
print f.closed
try:
    with open(P) as f:
        raise ValueError('inside')
except ValueError as e:
    print 'caught', e, f.closed
with open(P, 'a') as f:
    f.write('three\n')
with open(P) as f:
    print repr(f.read())
f = open(P)
f.close()
try:
    with f:
        pass
except ValueError as e:
    print 'with closed file:', e
t('__exit__ returns', lambda: open(P).__exit__(None, None, None))

print '-- print to files and softspace'
f = open(P, 'w')
print >>f, 'a', 1,
t('softspace after print', lambda: f.softspace)
f.write('b')
t('softspace after write', lambda: f.softspace)
print >>f, 'c', 7L, None, [1, 'x'], (2,)
print >>f, 'd\t',
t('softspace after tab', lambda: f.softspace)
print >>f, 'e'
print >>f, u'unicode', u'text'
try:
    print >>f, u'\xe9'
except Exception as e:
    print 'print non-ascii unicode:', type(e).__name__, e
print >>f
f.writelines(['w', 'l'])
t('softspace after writelines', lambda: f.softspace)
f.close()
f = open(P)
print repr(f.read())
f.close()

print '-- subclasses'
class F(file):
    def __init__(self, name, mode='r'):
        file.__init__(self, name, mode)
        self.extra = 'x'
    def readline(self, *a):
        return 'sub:' + file.readline(self, *a)

f = F(P)
print type(f).__name__, isinstance(f, file), f.extra, repr(f.name), repr(f.mode)
print repr(f.readline())
print repr(f.read())
print repr(f)[:22]
f.close()
print f.closed
f.foo = 5
print f.foo

class G(file):
    pass
g = G(P, 'r')
print type(g).__name__, repr(g.readline()), list(g)
g.close()

class H(file):
    def __init__(self):
        pass
h = H()
print h.closed, repr(h.name)
t('read uninitialised subclass', lambda: h.read())

class W(file):
    def write(self, s):
        file.write(self, '<' + s + '>')
w = W(P, 'w')
w.write('lower ')
print >>w, 'print bypasses write',
w.close()
print repr(open(P).read())

class Slots(file):
    __slots__ = ('a',)
s = Slots(P)
s.a = 1
print s.a, s.read()
s.close()
t('no dict', lambda: setattr(s, 'b', 2))

w = open(P, 'w')
w.close()
