# xrange, enumerate and reversed.

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
class N(object):
    def __int__(self):
        return 4

MAX = 9223372036854775807
MIN = -9223372036854775808

# xrange construction and repr normalisation
for args in [(5,), (0,), (-3,), (2, 8), (8, 2), (1, 10, 2), (1, 10, 3), (10, 1, -3), (1, 10, -1),
             (0, 5, 1), (3, 3), (-5, 5, 3), (5, -5, -3), (0, 10, 20), (True, 3L), (MIN, MAX, 4611686018427387904),
             (1, MIN, MIN), (MAX - 2, MAX), (MIN, MIN + 3), (0, MAX, MAX), (MAX, MIN, MIN)]:
    t('xrange' + repr(args), lambda: xrange(*args))
for i, args in enumerate([(), (1, 2, 3, 4), ('a',), (1.5,), (1, 2.0), (18446744073709551616,), (1, 2, 0),
                          (0, 4611686018427387904), (MIN, MAX), (0, MAX, 1), (None,), (N(),), (I(3),)]):
    t('bad xrange ' + repr(i), lambda: xrange(*args))
t('xrange kw', lambda: xrange(stop=3))

x = xrange(1, 20, 3)
t('list', lambda: list(x))
t('len', lambda: (len(x), len(xrange(0)), len(xrange(10, 0, -1))))
t('truth', lambda: (not xrange(0), not xrange(1)))
t('x[0]', lambda: x[0])
t('x[-1]', lambda: x[-1])
t('x[-7]', lambda: x[-7])
t('x[7]', lambda: x[7])
t('x[-8]', lambda: x[-8])
t('x[True]', lambda: x[True])
t('x[I]', lambda: x[I(2)])
t('x[huge]', lambda: x[1267650600228229401496703205376])
t('x[str]', lambda: x['a'])
t('x[float]', lambda: x[1.0])
t('x[slice]', lambda: x[1:3])
t('x[ext slice]', lambda: x[::2])
t('x.__getitem__', lambda: x.__getitem__(2))
t('big item', lambda: xrange(MIN, MAX, 4611686018427387904)[3])
t('in', lambda: (4 in x, 5 in x, 19 in x))
t('iter type', lambda: type(iter(x)).__name__)
it = iter(x)
t('iter next', lambda: (it.next(), it.next(), it.__length_hint__()))
t('iter rest', lambda: list(it))
t('iter exhausted', lambda: (it.__length_hint__(), list(it)))
t('reversed', lambda: list(reversed(x)))
t('reversed type', lambda: type(reversed(x)).__name__)
t('__reversed__', lambda: list(x.__reversed__()))
t('reversed empty', lambda: list(reversed(xrange(0))))
t('reversed extreme', lambda: list(reversed(xrange(MIN, MAX, 4611686018427387904))))
t('reversed min step', lambda: list(reversed(xrange(1, MIN, MIN))))
t('extreme list', lambda: list(xrange(MAX - 2, MAX)))
t('reduce', lambda: (x.__reduce__(), xrange(5).__reduce__(), xrange(1099511627776).__reduce__(), xrange(MIN, MAX, 4611686018427387904).__reduce__()))
t('no compare', lambda: (xrange(3) == xrange(3), x == x))
t('hashable', lambda: hash(x) == hash(x))
t('* 2', lambda: xrange(3) * 2)
t('+', lambda: xrange(3) + xrange(2))
t('sizeof', lambda: x.__sizeof__())
t('subclass', lambda: type('X', (xrange,), {}))
t('no count', lambda: hasattr(x, 'count'))
t('attrs', lambda: [k for k in ('__getitem__', '__iter__', '__len__', '__reduce__', '__repr__', '__reversed__', '__contains__', '__eq__', '__getslice__') if k in xrange.__dict__])

# enumerate
t('enumerate', lambda: list(enumerate('abc')))
t('start', lambda: list(enumerate('abc', 5)))
t('start kw', lambda: list(enumerate('ab', start=-3)))
t('sequence kw', lambda: list(enumerate(sequence='ab', start=True)))
t('start long', lambda: list(enumerate('ab', 7L)))
t('start I', lambda: list(enumerate('ab', I(4))))
t('start near max', lambda: list(enumerate('abc', MAX - 1)))
t('start max', lambda: list(enumerate('ab', MAX)))
t('start huge', lambda: list(enumerate('ab', 1267650600228229401496703205376)))
t('start -huge', lambda: list(enumerate('ab', -1267650600228229401496703205376)))
t('no args', lambda: enumerate())
t('wrong kw', lambda: enumerate(iterable='ab'))
t('extra kw', lambda: enumerate('ab', x=1))
t('twice', lambda: enumerate('ab', sequence='ab'))
t('not iterable', lambda: enumerate(1))
t('start str', lambda: enumerate([], 'a'))
t('start float', lambda: enumerate([], 1.5))
t('start N', lambda: enumerate([], N()))
t('too many', lambda: enumerate([], 1, 2))
e = enumerate(iter([10, 20]))
t('iter is self', lambda: iter(e) is e)
t('next', lambda: e.next())
t('next 2', lambda: e.next())
t('next end', lambda: e.next())
t('type', lambda: type(e).__name__)
t('no length_hint', lambda: hasattr(e, '__length_hint__'))
t('dict', lambda: list(enumerate({'k': 1})))
def gen():
    yield 'g'
    raise ValueError('in gen')
t('error propagates', lambda: list(enumerate(gen())))
class E(enumerate):
    def extra(self):
        return 'extra'
t('subclass', lambda: (list(E('xy', 5)), E('a').extra(), type(E('a')).__name__))
t('enumerate of xrange', lambda: list(enumerate(xrange(3), start=-1)))

# reversed
t('list', lambda: list(reversed([1, 2, 3])))
t('list type', lambda: type(reversed([1, 2])).__name__)
t('tuple', lambda: list(reversed((1, 2, 3))))
t('tuple type', lambda: type(reversed((1, 2))).__name__)
t('str', lambda: list(reversed('abc')))
t('empty', lambda: list(reversed([])))
t('length_hint', lambda: (reversed([1, 2, 3]).__length_hint__(), reversed((1, 2)).__length_hint__(), reversed('abcd').__length_hint__()))
t('no args', lambda: reversed())
t('2 args', lambda: reversed([], 1))
t('kw', lambda: reversed(seq=[]))
t('int', lambda: reversed(1))
t('dict', lambda: reversed({}))
t('set', lambda: reversed(set()))
t('gen', lambda: reversed(x for x in 'a'))
class Seq(object):
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return 4
t('sequence protocol', lambda: list(reversed(Seq())))
class Seq6(Seq):
    def __len__(self):
        return 6
t('len beyond items', lambda: list(reversed(Seq6())))
class NoLen(object):
    def __getitem__(self, i):
        return i
t('no len', lambda: reversed(NoLen()))
class Stop(object):
    def __getitem__(self, i):
        if i == 1:
            raise StopIteration
        return i
    def __len__(self):
        return 3
t('StopIteration ends', lambda: list(reversed(Stop())))
class Err(object):
    def __getitem__(self, i):
        raise KeyError(i)
    def __len__(self):
        return 2
t('other errors propagate', lambda: list(reversed(Err())))
class R(object):
    def __reversed__(self):
        return iter('zyx')
t('__reversed__', lambda: list(reversed(R())))
class RN(object):
    __reversed__ = None
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 1
t('__reversed__ None', lambda: reversed(RN()))
class Old:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 3
t('old-style', lambda: list(reversed(Old())))
class OldRev:
    def __reversed__(self):
        return 'rev'
t('old-style __reversed__', lambda: reversed(OldRev()))
r = reversed([1, 2, 3])
t('next', lambda: (r.next(), r.__length_hint__()))
t('rest', lambda: (list(r), r.__length_hint__()))
l = [1, 2, 3, 4]
r = reversed(l)
r.next()
del l[1:]
t('list shrank', lambda: (r.__length_hint__(), list(r)))
l = [1, 2, 3]
r = reversed(l)
l.append(4)
t('list grew', lambda: list(r))
class RS(reversed):
    pass
t('subclass', lambda: (list(RS((1, 2))), type(RS([1])).__name__, type(RS((1,))).__name__))
s = Seq()
r = reversed(s)
t('seq hint', lambda: (r.next(), r.__length_hint__()))
