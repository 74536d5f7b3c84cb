# set and frozenset: every method, operator, comparison and error.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)

s = set([1, 2, 3])
f = frozenset([2, 3, 4])

# construction
t('set()', lambda: set())
t('set(list)', lambda: set([3, 1, 2, 1]))
t('set(int)', lambda: set(1))
t('set(unhashable)', lambda: set([[1]]))
t('set kw', lambda: set([1], x=1))
t('set 2 args', lambda: set([1], [2]))
t('frozenset 2 args', lambda: frozenset([1], [2]))
t('frozenset kw', lambda: frozenset(x=1))
t('frozenset()', lambda: frozenset())
t('frozenset() is frozenset()', lambda: frozenset() is frozenset())
t('frozenset([]) is frozenset()', lambda: frozenset([]) is frozenset())
t('frozenset(f) is f', lambda: frozenset(f) is f)
t('f.copy() is f', lambda: f.copy() is f)
t('empty result not singleton', lambda: (f - f) is frozenset())
t('set(f)', lambda: set(f))
t('reinit', lambda: (lambda x: (x.__init__([7, 8]), x)[1])(set([1, 2])))
t('reinit empty', lambda: (lambda x: (x.__init__(), x)[1])(set([1, 2])))

# add / remove / discard / pop / clear
x = set()
x.add(1)
x.add(1)
x.add('a')
t('add', lambda: x)
t('add unhashable', lambda: x.add([]))
t('add set', lambda: x.add(set()))
t('add frozenset', lambda: (x.add(frozenset([1])), x)[1])
t('add no arg', lambda: x.add())
t('add 2 args', lambda: x.add(1, 2))
t('remove', lambda: (x.remove('a'), x)[1])
t('remove missing', lambda: x.remove('zz'))
t('remove missing tuple', lambda: x.remove((1, 2)))
t('remove unhashable', lambda: x.remove([]))
t('remove set key', lambda: (x.remove(set([1])), x)[1])
t('remove set key missing', lambda: x.remove(set([2])))
t('discard', lambda: (x.discard(1), x)[1])
t('discard missing', lambda: (x.discard(99), x)[1])
t('discard unhashable', lambda: x.discard({}))
t('discard set key', lambda: (x.add(frozenset([5])), x.discard(set([5])), x)[2])
t('pop empty', lambda: set().pop())
t('pop arg', lambda: set([1]).pop(1))
y = set([10, 20])
t('pop', lambda: (y.pop(), y.pop(), y))
t('clear', lambda: (lambda z: (z.clear(), z)[1])(set([1, 2])))
t('frozenset has no add', lambda: frozenset().add(1))
t('descriptor wrong self', lambda: set.add(frozenset(), 1))
t('descriptor no self', lambda: set.union())

# membership
t('in', lambda: 2 in s)
t('not in', lambda: 5 not in s)
t('unhashable in', lambda: [] in s)
t('set in set of frozensets', lambda: set([1]) in set([frozenset([1])]))
t('set in frozenset', lambda: set() in frozenset([frozenset()]))
t('dict in set', lambda: {} in s)
t('__contains__', lambda: s.__contains__(3))

# set algebra methods
t('union', lambda: s.union(f, [9], 'ab'))
t('union none', lambda: s.union())
t('union bad', lambda: s.union(3))
t('intersection', lambda: s.intersection(f))
t('intersection multi', lambda: s.intersection([1, 2], (2,)))
t('intersection none', lambda: s.intersection())
t('intersection bad', lambda: s.intersection(3))
t('intersection unhashable', lambda: s.intersection([[]]))
t('difference', lambda: s.difference(f))
t('difference multi', lambda: s.difference([1], [2]))
t('difference none', lambda: s.difference())
t('difference bad', lambda: s.difference(3))
t('difference unhashable', lambda: s.difference([[]]))
t('symmetric_difference', lambda: s.symmetric_difference(f))
t('symmetric_difference iter', lambda: s.symmetric_difference([1, 7]))
t('symmetric_difference bad', lambda: s.symmetric_difference(3))
t('symmetric_difference 2', lambda: s.symmetric_difference([1], [2]))
t('f.union', lambda: f.union(s))
t('f.intersection', lambda: f.intersection(s))
t('f.difference', lambda: f.difference(s))
t('f.symmetric_difference', lambda: f.symmetric_difference(s))
t('issubset', lambda: set([2]).issubset(s))
t('issubset iter', lambda: set([2]).issubset([2, 5]))
t('issubset false', lambda: s.issubset([1]))
t('issubset bad', lambda: s.issubset(3))
t('issubset unhashable', lambda: s.issubset([[]]))
t('issuperset', lambda: s.issuperset([1, 2]))
t('issuperset set', lambda: s.issuperset(f))
t('issuperset bad', lambda: s.issuperset(3))
t('isdisjoint', lambda: s.isdisjoint([7, 8]))
t('isdisjoint false', lambda: s.isdisjoint(f))
t('isdisjoint self', lambda: s.isdisjoint(s))
t('isdisjoint empty self', lambda: set().isdisjoint(set()))
t('isdisjoint bad', lambda: s.isdisjoint(3))
t('isdisjoint unhashable', lambda: s.isdisjoint([[]]))

# update methods
u = set([1])
t('update', lambda: (u.update([2], (3,), 'a'), u)[1])
t('update none', lambda: (u.update(), u)[1])
t('update bad', lambda: u.update([5], 3))
t('after bad update', lambda: u)
t('intersection_update', lambda: (u.intersection_update([1, 2, 3, 5]), u)[1])
t('intersection_update multi', lambda: (u.intersection_update([1, 2], [2]), u)[1])
t('difference_update', lambda: (lambda v: (v.difference_update([1], [2]), v)[1])(set([1, 2, 3])))
t('difference_update self', lambda: (lambda v: (v.difference_update(v), v)[1])(set([1, 2, 3])))
t('difference_update bad', lambda: set([1]).difference_update([[]]))
t('symmetric_difference_update', lambda: (lambda v: (v.symmetric_difference_update([3, 4]), v)[1])(set([1, 2, 3])))
t('symmetric_difference_update self', lambda: (lambda v: (v.symmetric_difference_update(v), v)[1])(set([1, 2, 3])))
t('symmetric_difference_update dict', lambda: (lambda v: (v.symmetric_difference_update({3: 0, 4: 0}), v)[1])(set([1, 2, 3])))

# operators need sets on both sides
t('s | f', lambda: s | f)
t('f | s', lambda: f | s)
t('s & f', lambda: s & f)
t('f & s', lambda: f & s)
t('s - f', lambda: s - f)
t('f - s', lambda: f - s)
t('s ^ f', lambda: s ^ f)
t('f ^ s', lambda: f ^ s)
t('s | list', lambda: s | [1])
t('list | s', lambda: [1] | s)
t('s & list', lambda: s & [1])
t('s - list', lambda: s - [1])
t('s ^ list', lambda: s ^ [1])
t('s + s', lambda: s + s)
t('s.__or__(3)', lambda: s.__or__(3))
t('s.__ror__(f)', lambda: s.__ror__(f))
t('s.__rsub__(f)', lambda: s.__rsub__(f))

def inplace(op, a, b):
    if op == '|':
        a |= b
    elif op == '&':
        a &= b
    elif op == '-':
        a -= b
    else:
        a ^= b
    return a

for op in '|&-^':
    a = set([1, 2, 3])
    r = inplace(op, a, set([3, 4]))
    print 'set', op + '=', r, r is a
    a = frozenset([1, 2, 3])
    r = inplace(op, a, set([3, 4]))
    print 'frozenset', op + '=', r, r is a
    t('set %s= list' if False else 'inplace with list', lambda: inplace(op, set([1]), [1]))

# comparisons: subset semantics
a, b, c = set([1, 2]), set([1, 2, 3]), frozenset([1, 2])
print a < b, a <= b, a > b, a >= b, a == b, a != b
print b < a, b <= a, b > a, b >= a
print a < c, a <= c, a == c, a != c, c == a, a >= c, a > c
print set([1, 4]) < b, set([1, 4]) > b, set([1, 4]) == b
print set() < a, set() <= set(), set() < set()
t('set < 3', lambda: set() < 3)
t('set == 3', lambda: set() == 3)
t('set != 3', lambda: set() != 3)
t('3 < set', lambda: 3 < set())
t('list < set', lambda: [] < set())
t('set.__lt__(3)', lambda: set([1]).__lt__(3))
t('set.__eq__(3)', lambda: set([1]).__eq__(3))
t('cmp sets', lambda: set().__cmp__(set()))
t('cmp frozensets', lambda: frozenset().__cmp__(frozenset([1])))
t('sort sets', lambda: (lambda l: (l.sort(), l)[1])([set([1, 2]), set([1]), set()]))

# hashing
t('hash set', lambda: hash(set()))
t('set.__hash__', lambda: set.__hash__)
t('hash frozenset()', lambda: hash(frozenset()))
t('hash frozenset ints', lambda: hash(frozenset([1, 2, 3])))
t('hash frozenset strs', lambda: hash(frozenset(['a', 'b'])))
t('hash order independent', lambda: hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])))
t('hash nested', lambda: hash(frozenset([frozenset([1]), (2, 3)])))
t('frozenset as key', lambda: {frozenset([1]): 'x'}[frozenset([1])])
t('set key lookup', lambda: {frozenset([1]): 'x'}[set([1])])

# repr, recursion, subclasses
class S(set):
    pass
class F(frozenset):
    pass
class R(object):
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return 'R(' + repr(self.s) + ')'
    def __hash__(self):
        return 7
rs = set()
rs.add(R(rs))
t('recursive repr', lambda: rs)
t('subclass repr', lambda: S([1, 2]))
t('frozen subclass repr', lambda: F([1]))
t('empty reprs', lambda: (set(), frozenset(), S(), F()))
t('subclass ops type', lambda: (type(S([1]) | set([2])), type(set([2]) | S([1])), type(S([1]) - set()), type(S([1]) & set([1])), type(S([1]) ^ set([3]))))
t('subclass method types', lambda: (type(S([1]).copy()), type(S([1]).union()), type(S([1]).intersection([1])), type(S([1]).difference()), type(S([1]).symmetric_difference([]))))
t('frozen subclass types', lambda: (type(F([1]) | set([2])), type(F([1]).copy()), F([1]).copy() is F([1])))
t('frozen subclass empty', lambda: F() is frozenset())
t('subclass eq', lambda: S([1]) == set([1]))
t('subclass kw', lambda: S([1], x=2))
t('subclass 2 args', lambda: S([1], [2]))

class S2(set):
    def __init__(self, x, flag=False):
        set.__init__(self, x)
        self.flag = flag
t('subclass init kw', lambda: (S2([1], flag=True), S2([1], flag=True).flag))
class F2(frozenset):
    def __new__(cls, *args):
        return frozenset.__new__(cls, args)
t('frozen subclass new', lambda: F2(3, 1, 2))
class H(S):
    def __hash__(self):
        return 1
t('hashable set subclass in set', lambda: H([1]) in set([H([1])]))

# pickling support
t('reduce set', lambda: set([1, 2]).__reduce__())
t('reduce frozenset', lambda: frozenset(['a']).__reduce__())
t('reduce empty', lambda: frozenset().__reduce__())
sub = S([3])
sub.attr = 5
t('reduce subclass', lambda: sub.__reduce__())

# sizes
t('sizeof', lambda: (set().__sizeof__(), set(range(5)).__sizeof__(), set(range(6)).__sizeof__(), set(range(100)).__sizeof__(), frozenset().__sizeof__()))
t('len', lambda: (len(set()), len(s), len(f)))
t('bool', lambda: (not set(), not s, not frozenset(), 1 if set() else 0, 1 if s else 0))

# iteration and mutation
it = iter(set([1, 2, 3]))
t('iter type', lambda: type(it).__name__)
t('length_hint', lambda: it.__length_hint__())
t('next', lambda: it.next())
t('length_hint after', lambda: it.__length_hint__())
t('iter is iter', lambda: iter(it) is it)
def mutate():
    z = set([1, 2, 3])
    for e in z:
        z.add(e + 10)
t('changed size', mutate)
def mutate2():
    z = set([1, 2, 3])
    it = iter(z)
    it.next()
    z.discard(3)
    try:
        it.next()
    except RuntimeError as e:
        print 'first', e
    print it.__length_hint__()
    return list(it)
t('changed size sticky', mutate2)
def same_size():
    z = set([1, 2, 3])
    out = []
    for e in z:
        out.append(e)
        if e == 1:
            z.discard(3)
            z.add(4)
    return out
t('same size mutation', same_size)
t('exhausted', lambda: list(iter(set())))

# __eq__ and __hash__ of members are used
class K(object):
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
    def __repr__(self):
        return 'K' + repr(self.v)
ks = set([K(i) for i in range(10)])
t('colliding keys', lambda: ks)
t('colliding lookup', lambda: (K(4) in ks, K(11) in ks))
ks.discard(K(4))
t('colliding discard', lambda: ks)
class Bad(object):
    def __hash__(self):
        raise ValueError('no hash')
t('hash error', lambda: set([Bad()]))
t('hash error in', lambda: Bad() in set([1]))
class BadEq(object):
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise KeyError('eq')
t('eq error', lambda: set([BadEq(), BadEq()]))
t('eq error identical', lambda: (lambda b: len(set([b, b])))(BadEq()))
