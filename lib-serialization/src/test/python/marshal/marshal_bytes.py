# marshal: bytes of dumps() for every supported type and version, and the values loads() gives back.
import marshal

def show(x):
    for v in (0, 1, 2):
        s = marshal.dumps(x, v)
        back = marshal.loads(s)
        print v, repr(s), repr(back), type(back).__name__
        assert marshal.dumps(back, v) == s

xyz = intern('xyz')
values = [
    None, True, False, StopIteration, Ellipsis,
    0, 1, -1, 255, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**40, -2**40, 2**63 - 1, -2**63,
    0L, 1L, -1L, 2**15, 2**15 - 1, 2**30, 2**64, -2**64, 2**100 + 12345, -(2**200) - 7, 123456789012345678901234567890L,
    0.0, -0.0, 0.1, 1.5, -2.25, 1e100, 1.5e-300, 3.0, 1e16, 123456789.0, 1e308 * 10, -1e308 * 10,
    float('nan'), 5e-324, 1.7976931348623157e308,
    0j, 1j, 2 + 3j, -1.5 - 0.25j, complex(float('inf'), -0.0),
    '', 'a', 'hello world', '\x00\xff\x80', 'x' * 300,
    xyz,
    u'', u'abc', u'\u20ac', u'\U00010000', u'\ud800', u'caf\xe9 \u4e2d\u6587',
    (), (1,), (1, 'two', 3.0), [], [1, [2, [3, []]]],
    {}, {1: 2}, {'k': [1, 2], 3: (4,), 'n': {5: 6}},
    set(), set([1, 2, 3]), frozenset(), frozenset(['a', 'b']),
    (xyz, xyz, [xyz, 'other', xyz], {xyz: xyz}),
    [intern('alpha'), intern('beta'), intern('alpha'), intern('beta'), intern('gamma')],
]
for x in values:
    show(x)

# interned strings come back interned and shared
back = marshal.loads(marshal.dumps((xyz, xyz), 1))
print back[0] is back[1], back[0] is xyz

# str subclasses, bytearray and buffer use the buffer fallback
class S(str):
    pass
print repr(marshal.dumps(S('ab'))), repr(marshal.dumps(bytearray('cd'))), repr(marshal.dumps(buffer('efg')))

def err(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print type(e).__name__, e
    else:
        print 'ok', repr(r)

class C(object):
    pass
class I(int):
    pass
err(marshal.dumps, object())
err(marshal.dumps, C())
err(marshal.dumps, I(3))
err(marshal.dumps, [1, 2, len])
err(marshal.dumps, memoryview('ab'))

# nesting limit
x = []
for i in range(1999):
    x = [x]
print len(marshal.dumps(x))
x = [x]
err(marshal.dumps, x)
err(marshal.dumps, [x, object()])
err(marshal.dumps, [object(), x])
y = marshal.loads('[\x01\x00\x00\x00' * 1999 + 'i\x07\x00\x00\x00')
n = 0
while isinstance(y, list):
    y = y[0]
    n += 1
print n, y
err(marshal.loads, '[\x01\x00\x00\x00' * 2000 + 'N')

# bad input
for data in ['', '0', 'Z', 's\x05\x00\x00\x00ab', 's\xff\xff\xff\xffab', 'i\x01\x00', 'I\x01\x00',
             '(\x02\x00\x00\x00N0', '[\x02\x00\x00\x00N0', '<\x02\x00\x00\x00N0', '{N0', '{NN0', '{NNNN',
             '{[\x00\x00\x00\x00N0', '>\x02\x00\x00\x00[\x00\x00\x00\x00N',
             'R\x00\x00\x00\x00', 't\x03\x00\x00\x00abcR\x00\x00\x00\x00',
             '(\x02\x00\x00\x00t\x03\x00\x00\x00abcR\x00\x00\x00\x00', '(\x02\x00\x00\x00t\x03\x00\x00\x00abcR\x01\x00\x00\x00',
             'l\x01\x00\x00\x00\xff\xff', 'l\x01\x00\x00\x00\x00\x00', 'l\x02\x00\x00\x00\x00\x00', 'l\x01\x00',
             'l\x00\x00\x00\x80', 'l\x00\x00\x00\x00', 'l\x01\x00\x00\x00\x01\x00', 'l\xfe\xff\xff\xff\x01\x00\x02\x00',
             'f\x03abc', 'f\x05abc', 'f\x02 1', 'f\x021 ', 'f\x08Infinity', 'f\x04-inf', 'f\x03NaN', 'f\x021.', 'f\x02.1',
             'f\x041_00', 'f\x02+1', 'f\x051e+10', 'f', 'x\x031.0', 'x\x031.0\x032.0', 'y' + '\x00' * 16, 'y' + '\x00' * 15,
             'g\x00', 'g\x00\x00\x00\x00\x00\x00\xf0\x7f',
             'u\x02\x00\x00\x00\xff\xfe', 'u\x03\x00\x00\x00\xe2\x82\xac', 'u\x00\x00\x00\x80',
             '(\xff\xff\xff\xff', '[\x00\x00\x00\x80', '<\xff\xff\xff\xff', 't\x00\x00\x00\x80',
             '(\x00\x00\x00\x10NN', 'NNN', 'S', '.', 'T', 'F']:
    err(marshal.loads, data)

err(marshal.loads, u'N')
err(marshal.loads, buffer('iabcd'))
err(marshal.loads, bytearray('N'))
err(marshal.loads, memoryview('N'))
err(marshal.loads, 3)
err(marshal.loads)
err(marshal.loads, 'N', 'N')
err(lambda: marshal.dumps(1, version=1))
err(lambda: marshal.loads(string='N'))
err(marshal.dumps)
err(marshal.dumps, 1, 'a')
err(marshal.dumps, 1, 2, 3)
err(marshal.load, 3)
err(marshal.dump, 3, 3)
err(marshal.load, 'file')
print marshal.version
