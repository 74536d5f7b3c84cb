# StringIO (pure Python): reading, writing, seeking past the end, unicode mixing.
import StringIO
from StringIO import StringIO as S


def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

print StringIO.__all__
f = S('line1\nline2\nlast')
print repr(f.read(3)), f.tell(), repr(f.readline()), repr(f.readline(2)), repr(f.readline())
print f.readlines(), repr(f.read())
f.seek(0)
print list(f)
f.seek(0)
print f.readlines(7)
f.seek(-3, 2)
print repr(f.read())
f.seek(-100, 1)
print f.tell()
t(lambda: f.truncate(-1))
f.truncate(5)
print repr(f.getvalue()), f.tell()
f.seek(0, 2)
f.write('!')
f.seek(10)
f.write('end')
print repr(f.getvalue()), f.tell(), f.len
f.seek(2)
f.write('XY')
print repr(f.getvalue()), f.tell()
f.seek(12)
f.write('ABCDEFG')
print repr(f.getvalue())
f.write(42)
f.write('')
print repr(f.getvalue())
print f.isatty(), f.flush(), f.softspace
f.close()
f.close()
print f.closed
for name in ['read', 'readline', 'getvalue', 'tell', 'isatty', 'flush', 'next', 'truncate']:
    t(getattr(f, name))
t(lambda: f.write('x'))
t(lambda: f.seek(0))

u = S(u'\u20ac abc')
u.seek(0, 2)
u.write('def')
print repr(u.getvalue())
m = S()
m.write('abc')
m.write(u'd\xe9')
print repr(m.getvalue())
bad = S()
bad.write('\xff')
bad.write(u'x')
t(bad.getvalue)
print repr(S(12).getvalue()), repr(S(None).getvalue())
w = S()
w.writelines(['a\n', 'b\n'])
print >> w, 'c', 1,
print >> w, 'd'
print repr(w.getvalue()), w.softspace
w.seek(0)
print [x for x in w]
print repr(S('abc').read(None)), repr(S('abc').readline(None)), repr(S('ab\ncd').readline(-1))
