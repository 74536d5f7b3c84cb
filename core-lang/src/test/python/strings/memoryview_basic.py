# memoryview over str, bytearray and buffer: views, slices, writes through to bytearray.
def show(label, f):
    try:
        print label, '->', repr(f())
    except Exception as ex:
        print label, '!!', type(ex).__name__, ex
m = memoryview('abcdef')
print m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.suboffsets, len(m), m[0], repr(m[1:3].tobytes()), m.tolist()[:3]
print m == 'abcdef', m == memoryview('abcdef'), m != 'x', m[1:3] == 'bc', m == 5, m < m, m <= m
show('step', lambda: m[::2])
show('int', lambda: memoryview(1))
show('unicode', lambda: memoryview(u'x'))
show('hash', lambda: hash(m))
show('index', lambda: m[10])
show('buffer', lambda: memoryview(buffer('xy')).tobytes())
show('list', lambda: list(m))
show('last', lambda: m[-1])
def assign():
    m[0] = 'x'
show('readonly', assign)
b = bytearray('hello')
mb = memoryview(b)
mb[0] = 'J'
mb[1:3] = 'EL'
print b, mb.readonly
def grow():
    mb[0:2] = 'abc'
show('grow', grow)
print bytearray(m), type(m), m.__class__.__name__, memoryview(m).tobytes()
print sorted(k for k in dir(memoryview) if not k.startswith('__'))
