# cStringIO: input and output objects, their errors, iteration, seek/truncate.
import cStringIO as c


def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

print c.InputType, c.OutputType, type(c.StringIO)
print sorted(x for x in dir(c) if not x.startswith('_') and x != 'cStringIO_CAPI')
i = c.StringIO('abc\ndef\n')
print sorted(x for x in dir(i) if not x.startswith('__'))
o = c.StringIO()
print sorted(x for x in dir(o) if not x.startswith('__'))
print type(i) is c.InputType, type(o) is c.OutputType
t(lambda: c.StringIO(u'abc').getvalue())
t(lambda: c.StringIO(u'\xe9'))
o.write(u'abc')
t(lambda: o.write(u'\xe9'))
t(lambda: o.write(3))
t(lambda: c.StringIO(3))
print o.softspace, o.closed
o.seek(10)
o.write('x')
print repr(o.getvalue())
o.seek(-1)
o.truncate(2)
print repr(o.getvalue()), o.tell()
t(lambda: o.truncate(-1))
o.close()
t(lambda: o.write('a'))
t(lambda: o.getvalue())
print o.closed
i = c.StringIO('abc\ndef\n')
print repr(i.getvalue(True)), repr(i.read(2)), repr(i.getvalue(True)), repr(i.readline()), i.readlines(), i.isatty()
i.reset()
print list(i)
i.seek(0)
print repr(i.next())
i.truncate()
print repr(i.getvalue())

o = c.StringIO('hello\nworld\nxx')
t(lambda: o.seek(0, 3))
t(lambda: o.seek('a'))
t(lambda: o.read('a'))
t(lambda: o.read(None))
t(lambda: o.read(-5))
t(lambda: o.seek(2) or o.readline(-1))
t(lambda: o.readline(2))
t(lambda: o.readline(0))
t(lambda: o.seek(0) or o.readlines(3))
t(lambda: o.seek(0, 2) or o.tell())
t(lambda: o.seek(-100, 1) or o.tell())
t(lambda: o.next())
t(lambda: o.seek(100) or o.read())
t(lambda: o.tell())
t(lambda: o.write)
w = c.StringIO()
t(lambda: w.writelines(['a', 'b', 3]))
t(lambda: w.writelines(3))
t(lambda: w.getvalue())
t(lambda: w.write(buffer('xyz')))
t(lambda: w.write(bytearray('q')))
t(lambda: w.truncate(100) or w.getvalue())
t(lambda: w.seek(1) or w.write('Z') or w.getvalue())
t(lambda: w.tell())
t(lambda: w.read())
t(lambda: c.StringIO('a', 'b'))
t(lambda: c.StringIO(s='a'))
t(lambda: c.StringIO(bytearray('ab')).read())
t(lambda: c.StringIO(buffer('abcdef', 2)).read())
t(lambda: c.StringIO(None))
t(lambda: c.InputType('x'))
t(lambda: c.OutputType())
t(lambda: w.softspace)
w.softspace = 1
t(lambda: w.softspace)
t(lambda: setattr(w, 'softspace', 'x'))
t(lambda: setattr(w, 'foo', 'x'))
t(lambda: w.isatty())
t(lambda: w.flush())
t(lambda: iter(w) is w)
w.close()
for name in ['close', 'tell', 'isatty', 'flush', 'read', 'truncate', 'next',
             'reset', 'readline', 'readlines', 'getvalue']:
    t(getattr(w, name))
t(lambda: w.seek(0))
t(lambda: w.writelines([]))
t(lambda: list(w))
i = c.StringIO('ab')
i.close()
t(lambda: i.read())
t(lambda: i.closed)
t(lambda: c.StringIO('a').readline(None))
t(lambda: c.StringIO('a').getvalue(None))
t(lambda: c.StringIO('a\nb\nc').readlines(None))
t(lambda: c.StringIO('a\nb\nc').readlines(-2))
t(lambda: c.StringIO('a\nb\nc').readlines(0))
t(lambda: c.StringIO('a\nb\nc').readlines('x'))
t(lambda: c.StringIO('a').seek(1.5))
t(lambda: c.StringIO('a').truncate('x'))
t(lambda: c.StringIO('a').truncate(None))
t(lambda: repr(c.StringIO('a'))[:24])
t(lambda: c.StringIO().write())
t(lambda: c.StringIO('abc').truncate(5))
i = c.StringIO('abcdef')
i.seek(3)
i.truncate()
t(lambda: i.getvalue())
t(lambda: i.tell())
i.seek(1)
i.truncate()
t(lambda: i.read())

# print >> and softspace
o = c.StringIO()
print >> o, 'a', 1,
print >> o, 'b'
print >> o
print repr(o.getvalue()), o.softspace

# iteration and readlines on output
o = c.StringIO()
o.writelines(['x\n', u'y\n', 'z'])
o.seek(0)
print [l for l in o]
o.seek(0)
print o.readlines(), repr(o.read())
o.reset()
print repr(o.read(3)), o.tell()

# big writes
o = c.StringIO()
for k in range(1000):
    o.write('%d,' % k)
v = o.getvalue()
print len(v), v[:20], v[-20:]
print len(c.StringIO(v).readlines()), c.StringIO(v * 2).read(5)
