# list: every method, operator and error of CPython 2.7.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)

class I(object):
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Old:
    pass
class N(object):
    def __int__(self):
        return 1

# construction
t('list()', lambda: list())
t('list(tuple)', lambda: list((1, 2)))
t('list(str)', lambda: list('abc'))
t('list(xrange)', lambda: list(xrange(3)))
t('list(gen)', lambda: list(x for x in 'ab'))
t('list(int)', lambda: list(1))
t('list 2 args', lambda: list(1, 2))
t('list kw', lambda: list(x=1))
t('list sequence kw', lambda: list(sequence=[1]))
t('list kw and pos', lambda: list([], sequence=1))
l = [1, 2]
l.__init__([7])
t('reinit', lambda: l)
l.__init__(l)
t('reinit self', lambda: l)

# indexing
l = [10, 20, 30]
t('l[0]', lambda: l[0])
t('l[-1]', lambda: l[-1])
t('l[-3]', lambda: l[-3])
t('l[3]', lambda: l[3])
t('l[-4]', lambda: l[-4])
t('l[True]', lambda: l[True])
t('l[1L]', lambda: l[1L])
t('l[I(2)]', lambda: l[I(2)])
t('l[str]', lambda: l['a'])
t('l[float]', lambda: l[1.0])
t('l[None]', lambda: l[None])
t('l[huge]', lambda: l[1267650600228229401496703205376])
t('l[-huge]', lambda: l[-1267650600228229401496703205376])
t('l[N()]', lambda: l[N()])
t('l.__getitem__(1)', lambda: l.__getitem__(1))
def setitem(i, v):
    l[i] = v
    return l
def delitem(i):
    del l[i]
    return l
t('set 0', lambda: setitem(0, 'a'))
t('set -1', lambda: setitem(-1, 'z'))
t('set 3', lambda: setitem(3, 1))
t('set -4', lambda: setitem(-4, 1))
t('set str', lambda: setitem('x', 1))
t('set huge', lambda: setitem(1267650600228229401496703205376, 1))
t('set I', lambda: setitem(I(1), 'i'))
t('del 5', lambda: delitem(5))
t('del str', lambda: delitem('x'))
t('del 1', lambda: delitem(1))
t('del -1', lambda: delitem(-1))
t('del 0', lambda: delitem(0))
t('del empty', lambda: delitem(0))

# append, extend, insert
l = []
l.append(1)
l.append([2])
l.append(l)
t('append', lambda: l)
t('append none', lambda: l.append())
l = [1]
t('extend list', lambda: (l.extend([2, 3]), l)[1])
t('extend tuple', lambda: (l.extend((4,)), l)[1])
t('extend str', lambda: (l.extend('ab'), l)[1])
t('extend gen', lambda: (l.extend(x for x in [5, 6]), l)[1])
t('extend self', lambda: (l.extend(l), l)[1])
t('extend dict', lambda: (lambda m: (m.extend({1: 2}), m)[1])([]))
t('extend int', lambda: l.extend(1))
t('extend none', lambda: l.extend(None))
l = ['a', 'b', 'c']
t('insert 0', lambda: (l.insert(0, 'x'), l)[1])
t('insert end', lambda: (l.insert(100, 'y'), l)[1])
t('insert neg', lambda: (l.insert(-1, 'n'), l)[1])
t('insert very neg', lambda: (l.insert(-100, 'm'), l)[1])
t('insert long', lambda: (l.insert(2L, 'L'), l)[1])
t('insert str', lambda: l.insert('a', 1))
t('insert float', lambda: l.insert(1.5, 1))
t('insert huge', lambda: l.insert(1267650600228229401496703205376, 1))
t('insert I', lambda: l.insert(I(1), 1))
t('insert N', lambda: (l.insert(N(), 'N'), l)[1])
t('insert 1 arg', lambda: l.insert(1))
t('insert in empty', lambda: (lambda m: (m.insert(-5, 1), m)[1])([]))

# pop, remove, index, count, reverse
l = [1, 2, 3, 2, 1]
t('pop', lambda: (l.pop(), l))
t('pop 0', lambda: (l.pop(0), l))
t('pop -2', lambda: (l.pop(-2), l))
t('pop 10', lambda: l.pop(10))
t('pop -10', lambda: l.pop(-10))
t('pop str', lambda: l.pop('a'))
t('pop float', lambda: l.pop(1.5))
t('pop huge', lambda: l.pop(1267650600228229401496703205376))
t('pop 2 args', lambda: l.pop(1, 2))
t('pop empty', lambda: [].pop())
t('pop empty idx', lambda: [].pop(5))
l = [1, 'a', 2, 'a', (1,)]
t('remove', lambda: (l.remove('a'), l)[1])
t('remove missing', lambda: l.remove('zz'))
t('remove tuple', lambda: (l.remove((1,)), l)[1])
l = [0, 1, 2, 1, 0, 'x']
t('index', lambda: l.index(1))
t('index start', lambda: l.index(1, 2))
t('index start stop', lambda: l.index(1, 2, 3))
t('index stop excl', lambda: l.index(1, 2, 3) if False else l.index(0, 1, 4))
t('index neg start', lambda: l.index(0, -3))
t('index very neg', lambda: l.index(0, -100))
t('index neg stop', lambda: l.index('x', 0, -1))
t('index huge start', lambda: l.index(0, 1267650600228229401496703205376))
t('index None start', lambda: l.index(0, None))
t('index str start', lambda: l.index(0, 'a'))
t('index float start', lambda: l.index(0, 1.0))
t('index I start', lambda: l.index(1, I(2)))
t('index missing', lambda: l.index(9))
t('index missing str', lambda: l.index('q'))
t('index missing tuple', lambda: l.index((1, 2)))
t('index no args', lambda: l.index())
t('index 4 args', lambda: l.index(1, 2, 3, 4))
t('count', lambda: (l.count(0), l.count(1), l.count('x'), l.count(7)))
t('count no arg', lambda: l.count())
l = [1, 2, 3, 4]
t('reverse', lambda: (l.reverse(), l)[1])
t('reverse arg', lambda: l.reverse(1))
t('reverse empty', lambda: (lambda m: (m.reverse(), m)[1])([]))

# operators
a, b = [1, 2], [3]
t('a + b', lambda: a + b)
t('a + tuple', lambda: a + (3,))
t('a + int', lambda: a + 1)
t('a + str', lambda: a + 'x')
t('a * 2', lambda: a * 2)
t('2 * a', lambda: 2 * a)
t('a * 0', lambda: a * 0)
t('a * -1', lambda: a * -1)
t('a * True', lambda: a * True)
t('a * 2L', lambda: a * 2L)
t('a * I(3)', lambda: a * I(3))
t('I(2) * a', lambda: I(2) * a)
t('a * str', lambda: a * 'x')
t('a * float', lambda: a * 1.5)
t('float * a', lambda: 1.5 * a)
t('a * None', lambda: a * None)
t('a * list', lambda: a * a)
t('a * huge', lambda: a * 1267650600228229401496703205376)
t('a * -huge', lambda: a * -1267650600228229401496703205376)
t('[] * huge', lambda: [] * 1267650600228229401496703205376)
t('a * big', lambda: a * 4611686018427387904)
class RM(object):
    def __rmul__(self, o):
        return 'rmul'
    def __radd__(self, o):
        return 'radd'
t('a * RM', lambda: a * RM())
t('a + RM', lambda: a + RM())
def iadd(x, y):
    x += y
    return x
def imul(x, y):
    x *= y
    return x
c = [1]
t('+= list', lambda: iadd(c, [2]) is c)
t('+= tuple', lambda: (iadd(c, (3,)), c)[1])
t('+= str', lambda: (iadd(c, 'z'), c)[1])
t('+= int', lambda: iadd(c, 1))
t('+= self', lambda: (iadd(c, c), c)[1])
c = [1, 2]
t('*= 2', lambda: imul(c, 2) is c)
t('after *=', lambda: c)
t('*= 1', lambda: imul(c, 1))
t('*= 0', lambda: imul(c, 0))
t('*= str', lambda: imul([1], 'a'))
t('*= float', lambda: imul([1], 1.5))
t('*= I', lambda: imul([1], I(3)))
t('*= RM', lambda: imul([1], RM()))
t('+= RM', lambda: iadd([1], RM()))
class RMList(list):
    def __radd__(self, o):
        return 'radd of list subclass'
t('+= list subclass with __radd__', lambda: iadd([1], RMList([2])))
t('+ list subclass with __radd__', lambda: [1] + RMList([2]))
t('*= huge', lambda: imul([1], 1267650600228229401496703205376))
t('-= ', lambda: (lambda x: x.__isub__(1))([1]))
t('unary', lambda: -[1])

# containment (the searched value is compared on the left)
class E(object):
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print 'eq', self.n, getattr(o, 'n', o)
        return False
    def __lt__(self, o):
        print 'lt', self.n, getattr(o, 'n', o)
        return True
    def __repr__(self):
        return 'E(' + self.n + ')'
    __hash__ = object.__hash__
ea, eb = E('a'), E('b')
t('in', lambda: ea in [eb])
t('count order', lambda: [eb].count(ea))
t('index order', lambda: [eb].index(ea))
t('remove order', lambda: [eb].remove(ea))
t('in identity', lambda: ea in [ea])
t('in list', lambda: (2 in [1, 2], 3 in [1, 2], [] in [[]]))

# comparison
t('eq', lambda: ([1, 2] == [1, 2], [1, 2] == [1, 3], [1] == [1, 2], [] == []))
t('lt', lambda: ([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] < [1, 9], [] < [0]))
t('le ge gt', lambda: ([1] <= [1], [2] >= [1, 5], [1, 2] > [1]))
t('ne', lambda: ([1] != [1], [1] != [2], [1] != [1, 2]))
t('list vs tuple', lambda: ([1] == (1,), [1] != (1,)))
t('list vs int', lambda: ([] == 0, [] > 0))
t('list.__eq__(tuple)', lambda: [].__eq__(()))
t('list.__lt__(int)', lambda: [].__lt__(1))
# EQ/NE stop at the lengths; ordering compares items
t('eq lengths first', lambda: [E('x')] == [E('y'), 1])
t('lt compares', lambda: [E('x')] < [E('y'), 1])
t('nested', lambda: ([[1, 2], [3]] == [[1, 2], [3]], [[1, 2], [3]] < [[1, 2], [4]]))

# hashing, truth, len, repr
t('hash', lambda: hash([]))
t('list.__hash__', lambda: list.__hash__)
t('truth', lambda: (not [], not [0], 1 if [] else 2))
t('len', lambda: (len([]), len([1, [2, 3]])))
r = [1, 'a', (2,)]
r.append(r)
t('recursive repr', lambda: r)
r2 = [[r]]
t('nested recursive repr', lambda: r2)
t('repr empty', lambda: repr([]))
t('str', lambda: str([1, 'a']))

# __sizeof__ follows CPython's over-allocation
sz = []
m = []
for i in range(20):
    sz.append(m.__sizeof__())
    m.append(i)
print 'sizes', sz
print 'literal sizes', [].__sizeof__(), [1, 2, 3].__sizeof__(), list(range(10)).__sizeof__()
print 'extend sizes', (lambda x: (x.extend(xrange(5)), x.__sizeof__())[1])([]), (lambda x: (x.extend(iter([1, 2, 3])), x.__sizeof__())[1])([])
print 'gen size', list(x for x in range(5)).__sizeof__()
m = list(range(100))
del m[10:]
print 'shrunk', m.__sizeof__()
m = [1, 2, 3]
m.pop()
m.pop()
print 'popped', m.__sizeof__()
print 'repeat', ([0] * 10).__sizeof__(), (lambda x: (imul(x, 5), x.__sizeof__())[1])([1, 2])

# subclasses
class L(list):
    def __len__(self):
        return 0
ll = L([1, 2])
t('subclass truth uses __len__', lambda: 'yes' if ll else 'no')
t('subclass repr', lambda: ll)
t('subclass + list', lambda: type(ll + [3]))
t('subclass * 2', lambda: type(ll * 2))
t('subclass slice', lambda: type(ll[:]))
t('subclass eq', lambda: ll == [1, 2])
class L2(list):
    def __init__(self, *args):
        list.__init__(self, *args)
        self.extra = 1
t('subclass init', lambda: (L2('ab'), L2('ab').extra))
t('list has no __nonzero__', lambda: hasattr(list, '__nonzero__'))
t('list methods', lambda: [k for k in ('append', 'extend', 'insert', 'pop', 'remove', 'index', 'count', 'reverse', 'sort', '__reversed__', '__sizeof__', '__getslice__', '__setslice__', '__delslice__', '__iadd__', '__imul__', '__rmul__') if k in list.__dict__])
