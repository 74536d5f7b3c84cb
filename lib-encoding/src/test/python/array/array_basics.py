import sys
from array import array
import array as A
print A.ArrayType is array, array.__name__, array.__module__, type(array('i'))
print sorted(x for x in dir(array('i')) if not x.startswith('__'))
def t(f, *a):
    try: print repr(f(*a))
    except Exception as e: print type(e).__name__, e
for tc, vals in [('b',[128,-129,'x',1.5,2**70]),('B',[256,-1]),('h',[2**15,-2**15-1]),('H',[2**16,-1]),('i',[2**31,-2**31-1]),('I',[2**32,-1, 2**31]),('l',[2**63,-2**63-1]),('L',[2**64,-1,2**63]),('f',['x', 1e300, 2**2000]),('d',['x']),('c',['ab', 1, u'a']),('u',['a', u'ab', 1])]:
    for v in vals: t(array, tc, [v])
t(array, 'x'); t(array, 'q'); t(array); t(array, 'i', 5); t(array, 'i', u'abc'); t(array, 'u', 'abc'); t(array, 'ii'); t(array, 1)
t(array, 'i', 'abcd'); t(array, 'i', 'abc'); t(array, 'c', 'abc'); t(array, 'u', u'abc'); t(array, 'd', [1, 2.5]); t(array, 'f', [0.1]); t(array, 'i'); t(array, 'i', array('b',[1,2])); t(array, 'b', (1,2)); t(array, 'b', iter([1,2])); t(array, 'c', ['a','b'])
a = array('i', [1,2,3,4,5])
print a[1], a[-1], a[1:3], a[::2], a[::-1], len(a), 3 in a, a.index(3), a.count(2), a.itemsize, a.typecode, a.tolist(), repr(a.tostring()), a + array('i', [9]), a * 2, 2 * a
t(a.__getitem__, 10); t(a.__setitem__, 10, 1); t(a.index, 99); t(a.remove, 99); t(a.__add__, array('b')); t(a.__add__, [1]); t(a.__setitem__, slice(1,2), [1]); t(a.__setitem__, slice(0,5,2), array('i',[1])); t(a.__setitem__, 0, 'x'); t(a.pop, 10); t(array('i').pop)
a[1:3] = array('i', [7,8,9]); print a; del a[0]; print a; del a[::2]; print a; a.append(4); a.extend([5,6]); a.extend(array('i',[7])); a.insert(0, 100); a.insert(-100, -1); a.insert(100, 99); print a, a.pop(), a.pop(0), a
t(a.extend, array('b',[1])); t(a.extend, 5); t(a.fromlist, [1, 'x']); print a
a.reverse(); print a; a.byteswap(); print a; a.byteswap(); a.fromstring('\x01\x00\x00\x00'); print a; t(a.fromstring, 'abc'); t(a.fromunicode, u'x'); t(a.tounicode)
u = array('u', u'hello'); print u, u.tounicode(), u.itemsize, repr(u.tostring()[:8]); u.fromunicode(u'!'); print u
c = array('c', 'hi'); print c, c.tostring(), c[0], c.tolist()
print array('i',[1,2]) == array('i',[1,2]), array('i',[1,2]) < array('i',[1,3]), array('i',[1]) == array('d',[1.0]), array('i',[1,2]) != [1,2], cmp(array('b',[1]), array('b',[2]))
print array('d', [1.5, 2.5]), array('f', [0.1, 1e10]), array('b'), array('c'), array('u'), array('B', [1,2]).buffer_info()[1]
t(hash, array('i'))
print repr(str(buffer(array('h',[1,2])))), bytearray(array('B',[65,66]))
x = array('i', [1,2,3]); x += array('i',[4]); x *= 2; print x; x *= 0; print x
print array('i', [1,2,3]).__reduce__()
import copy; print copy.copy(array('b',[1])), copy.deepcopy(array('b',[2]))
t(array('i',[1,2,3]).__getitem__, 'x'); t(array('i',[1]).__setitem__, slice(0,1), 5)
print array('L', [2**64-1]), array('I', [2**32-1]), array('l', [-2**63]), array('H', [65535]), array('b', [True])
print repr(array('I',[1])[0]), repr(array('L',[1])[0]), repr(array('l',[1])[0]), repr(array('H',[1])[0]), repr(array('c','a')[0]), repr(array('u',u'a')[0]), repr(array('f',[1])[0])
t(array, 'I', ['x']); t(array, 'L', ['x']); t(array, 'I', [1.5]); t(array, 'L', [1.5]); t(array, 'l', [1.5]); t(array, 'd', [1j])
a = array('i', [1,2,3])
t(a.tofile, 5); t(a.fromfile, 5, 1); t(a.fromfile, open('/dev/null'), 1); t(a.write, 5); t(a.read, 5, 1)
print array('i',[1,2]) < array('i',[1,2,0]), array('i',[2]) > array('d',[1.5]), array('i',[1]) == [1]
t(array('i').fromlist, 5); t(array('i',[1]).__iadd__, [1]); t(array('i',[1]).__mul__, 'x')
x = array('b', [1,2,3,4,5,6]); x[1:5:2] = array('b',[9,9]); print x; x[::-1] = array('b', range(6)); print x; del x[1:4]; print x
print x.buffer_info()[1], array('c', 'abc').count('a'), array('c','abc').index('c')
print [e for e in array('h', [5, 6])], list(reversed(array('b',[1,2])))
print array('i', [1,2,3])[1:1], array('b',[1,2])*-1
a = array('i', range(5)); a[1:3] = a; print a
a = array('c', 'abc'); a[0] = 'z'; print a; t(a.__setitem__, 0, 'zz')
print array('u', u'\U0001F600').itemsize, len(array('u', u'\U0001F600'))
class MyArray(array):
    pass
m = MyArray('i', [1, 2]); m.extra = 5; print m, m.extra, type(m).__name__, isinstance(m, array), m.__reduce__()[0].__name__, m[0:1]
import struct
buf = array('b', [0]*8); struct.pack_into('<hi', buf, 1, 258, -1); print buf, struct.unpack_from('<hi', buf, 1), struct.unpack('<h', array('b', [1, 2]))
s = array('b', range(10)); print s.__getslice__(-5, 3), s.__getslice__(2, 100); s.__setslice__(1, 3, array('b', [7])); print s; s.__delslice__(0, 2); print s
del s[9::1 << 333]; print s; print s[::1 << 70], s[::-(1 << 70)]
class Kw(array):
    def __init__(self, typecode, newarg=None):
        array.__init__(self, typecode)
        self.newarg = newarg
k = Kw('b', newarg=1); print k, k.newarg
t(array, 'b', [1], 2); t(lambda: array(typecode='b')); t(memoryview, array('b'))
big = array('d', [1.0] * 3)
try:
    big * (sys.maxsize // 3 + 1)
except MemoryError:
    print 'MemoryError'
import weakref
w = weakref.ref(s); print w() is s
