# tuple: every method, operator and error of CPython 2.7.

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

T = (10, 20, 30, 20)
t('tuple()', lambda: tuple())
t('tuple() is ()', lambda: tuple() is ())
t('tuple(list)', lambda: tuple([1, 2]))
t('tuple(str)', lambda: tuple('ab'))
t('tuple(T) is T', lambda: tuple(T) is T)
t('tuple(int)', lambda: tuple(1))
t('tuple 2 args', lambda: tuple(1, 2))
t('tuple kw', lambda: tuple(x=1))
t('tuple sequence kw', lambda: tuple(sequence='ab'))
t('T[0]', lambda: T[0])
t('T[-1]', lambda: T[-1])
t('T[4]', lambda: T[4])
t('T[-5]', lambda: T[-5])
t('T[I]', lambda: T[I(1)])
t('T[huge]', lambda: T[1267650600228229401496703205376])
t('T[str]', lambda: T['a'])
t('T[float]', lambda: T[1.0])
t('T[1:3]', lambda: T[1:3])
t('T[::-1]', lambda: T[::-1])
t('T[::2]', lambda: T[::2])
t('T[5:1]', lambda: T[5:1])
t('T[:] is T', lambda: T[:] is T)
t('T[0:4] is T', lambda: T[0:4] is T)
t('T[-100:100] is T', lambda: T[-100:100] is T)
t('T[::1] is T', lambda: T[::1] is T)
t('__getslice__', lambda: T.__getslice__(1, 3))
t('__getslice__ neg', lambda: T.__getslice__(-1, 3))
t('__getslice__ all is T', lambda: T.__getslice__(0, 100) is T)
t('__getnewargs__', lambda: T.__getnewargs__())
t('__getnewargs__ same', lambda: T.__getnewargs__()[0] is T)
t('count', lambda: (T.count(20), T.count(99), (1, 1.0, True).count(1) if False else T.count(10)))
t('count no arg', lambda: T.count())
t('index', lambda: T.index(20))
t('index start', lambda: T.index(20, 2))
t('index start stop', lambda: T.index(20, 2, 3))
t('index neg', lambda: T.index(20, -1))
t('index missing', lambda: T.index(99))
t('index None', lambda: T.index(20, None))
t('index huge', lambda: T.index(20, 1267650600228229401496703205376))
t('index I', lambda: T.index(20, I(2)))
t('item assign', lambda: T.__setitem__(0, 1))
def assign():
    x = (1, 2)
    x[0] = 5
t('setitem', assign)
def delete():
    x = (1, 2)
    del x[0]
t('delitem', delete)

# operators
t('+', lambda: (1, 2) + (3,))
t('+ list', lambda: (1,) + [2])
t('+ empty', lambda: () + ())
t('() + T is T', lambda: () + T is T)
t('* 2', lambda: (1, 2) * 2)
t('2 *', lambda: 2 * (1, 2))
t('* 0', lambda: (1, 2) * 0)
t('* -3', lambda: (1,) * -3)
t('* 1 is same', lambda: T * 1 is T)
t('() * 5 is ()', lambda: () * 5 is ())
t('* I', lambda: (1,) * I(2))
t('* str', lambda: (1,) * 'a')
t('* float', lambda: (1,) * 2.5)
t('* huge', lambda: (1,) * 1267650600228229401496703205376)
t('* big', lambda: (1, 2) * 4611686018427387904)
def iadd(x, y):
    x += y
    return x
def imul(x, y):
    x *= y
    return x
t('+=', lambda: iadd((1,), (2,)))
t('+= list', lambda: iadd((1,), [2]))
t('*=', lambda: imul((1,), 3))
t('*= str', lambda: imul((1,), 'a'))

# containment compares the searched value on the left
class E(object):
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print 'eq', self.n, getattr(o, 'n', o)
        return False
    __hash__ = object.__hash__
ea, eb = E('a'), E('b')
t('in', lambda: ea in (eb,))
t('count order', lambda: (eb,).count(ea))
t('index order', lambda: (eb,).index(ea))

# comparison and hashing
t('eq', lambda: ((1, 2) == (1, 2), (1,) == (1, 2), () == ()))
t('lt', lambda: ((1, 2) < (1, 3), (1,) < (1, 0), (2,) < (1, 5)))
t('vs list', lambda: ((1,) == [1], () < []))
t('hash', lambda: (hash(()), hash((1,)), hash((1, 2)), hash(('a', (1, 2))), hash((-1,)), hash((1, -1))))
t('unhashable member', lambda: hash((1, [])))
t('as dict key', lambda: {(1, 2): 'v'}[(1, 2)])
t('repr', lambda: ((), (1,), (1, 2), ('a', (), [()])))
t('len', lambda: (len(()), len(T)))
t('truth', lambda: (not (), not (0,)))
t('sizeof', lambda: ((), (1,), T).__sizeof__() if False else (().__sizeof__(), (1,).__sizeof__(), T.__sizeof__()))
t('tuple has no __nonzero__', lambda: hasattr(tuple, '__nonzero__'))
t('tuple has no __sizeof__', lambda: '__sizeof__' in tuple.__dict__)

# iterators
it = iter(T)
t('iter type', lambda: type(it).__name__)
t('length_hint', lambda: it.__length_hint__())
t('next', lambda: (it.next(), it.next()))
t('length_hint after', lambda: it.__length_hint__())
t('rest', lambda: list(it))
t('exhausted hint', lambda: it.__length_hint__())
t('next exhausted', lambda: it.next())

# subclasses
class TT(tuple):
    pass
tt = TT([1, 2])
t('subclass repr', lambda: tt)
t('subclass slice type', lambda: (type(tt[:]), type(tt[0:2]), tt[:] is tt))
t('subclass + type', lambda: type(tt + (3,)))
t('subclass * 1', lambda: (type(tt * 1), tt * 1 is tt))
t('subclass getnewargs', lambda: (tt.__getnewargs__(), type(tt.__getnewargs__()[0])))
t('subclass hash', lambda: hash(tt) == hash((1, 2)))
class Pt(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def __len__(self):
        return 0
p = Pt(3, 4)
t('subclass new', lambda: (p, p[0], len(p), 'y' if p else 'n'))
