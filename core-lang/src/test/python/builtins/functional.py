# map, filter, reduce, zip, apply, all, any, sum, min, max, sorted: results, the order of
# the calls they make, and their errors.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '!!', type(e).__name__, e
    else:
        print label, repr(r)


def add(a, b):
    return a + b


calls = []


def trace(name, value):
    calls.append(name)
    return value


class Seq(object):
    """A sequence through __getitem__ only."""
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


class Gen(object):
    """An iterator that counts its next() calls."""
    def __init__(self, items):
        self.items = list(items)
        self.nexts = 0

    def __iter__(self):
        return self

    def next(self):
        self.nexts += 1
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


class Sized(object):
    def __init__(self, n, exc=None):
        self.n = n
        self.exc = exc

    def __len__(self):
        if self.exc:
            raise self.exc
        return self.n

    def __iter__(self):
        return iter(range(self.n))


print '--- map'
show('map None 2', lambda: map(None, [1, 2], [3]))
show('map None 1', lambda: map(None, [1, 2]))
show('map None tuple', lambda: map(None, (1, 2)))
show('map None str', lambda: map(None, 'abc'))
show('map None 3', lambda: map(None, 'ab', [1], (7, 8, 9)))
show('map f', lambda: map(lambda x: x * 2, [1, 2, 3]))
show('map f 2', lambda: map(lambda x, y: (x, y), [1], [2, 3]))
show('map f seq', lambda: map(lambda x: x + 1, Seq(3)))
show('map f dict', lambda: sorted(map(lambda k: k, {'a': 1, 'b': 2})))
show('map str', lambda: map(str, [1, 'a', None]))
show('map len', lambda: map(len, ['', 'ab', [1, 2, 3]]))
show('map gen', lambda: map(add, (x for x in [1, 2]), (y for y in [10, 20, 30])))
g1, g2 = Gen([1, 2]), Gen([5])
show('map counts', lambda: map(None, g1, g2))
print g1.nexts, g2.nexts
show('map None 5', lambda: map(None, 5))
show('map len 5', lambda: map(len, 5))
show('map third', lambda: map(len, [], 5))
show('map one', lambda: map(None))
show('map none', lambda: map())
show('map kw', lambda: map(len, [], x=1))
show('map raising', lambda: map(lambda x: 1 / x, [1, 0]))
show('map bad len', lambda: map(None, Sized(2, ValueError('len!')), [1]))
show('map type len', lambda: map(None, Sized(2, TypeError('len!')), [1]))
show('map empty', lambda: map(None, [], []))

print '--- filter'
show('filter None list', lambda: filter(None, [0, 1, 2, '', 'a', None, [], [0]]))
show('filter None str', lambda: filter(None, 'ab\0c'))
show('filter f str', lambda: filter(lambda c: c != 'a', 'abcabc'))
show('filter None tuple', lambda: filter(None, (0, 1, 2)))
show('filter f tuple', lambda: filter(lambda x: x > 1, (0, 1, 2, 3)))
show('filter unicode', lambda: filter(lambda c: c != u'b', u'abc'))
show('filter None unicode', lambda: filter(None, u'xy'))
show('filter empty str', lambda: filter(None, ''))
show('filter empty tuple', lambda: filter(None, ()))
show('filter empty unicode', lambda: filter(None, u''))
show('filter dict', lambda: filter(None, {0: 'a', 1: 'b'}))
show('filter bool', lambda: filter(bool, [0, 1, 2]))
show('filter gen', lambda: filter(lambda x: x % 2, (x for x in range(7))))
show('filter seq', lambda: filter(None, Seq(3)))
show('filter set', lambda: sorted(filter(lambda x: x > 1, set([1, 2, 3]))))
show('filter 5', lambda: filter(None, 5))
show('filter notcallable', lambda: filter(5, [1]))
show('filter one', lambda: filter(None))
show('filter three', lambda: filter(None, [], []))
show('filter kw', lambda: filter(None, [], x=1))
show('filter result type', lambda: type(filter(None, xrange(3))).__name__)


class MyStr(str):
    pass


class WeirdStr(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i) * 2


class BadStr(str):
    def __getitem__(self, i):
        return 5


class MyTuple(tuple):
    pass


class WeirdTuple(tuple):
    def __getitem__(self, i):
        return tuple.__getitem__(self, i) * 10


show('filter MyStr', lambda: (lambda r: (type(r).__name__, r))(filter(None, MyStr('ab'))))
show('filter empty MyStr', lambda: (lambda r: (type(r).__name__, r))(filter(None, MyStr(''))))
show('filter WeirdStr', lambda: filter(None, WeirdStr('ab')))
show('filter BadStr', lambda: filter(lambda x: True, BadStr('ab')))
show('filter BadStr None', lambda: filter(None, BadStr('ab')))
show('filter MyTuple', lambda: (lambda r: (type(r).__name__, r))(filter(None, MyTuple((0, 1)))))
show('filter WeirdTuple', lambda: filter(None, WeirdTuple((0, 1, 2))))

print '--- reduce'
show('reduce', lambda: reduce(add, [1, 2, 3, 4]))
show('reduce init', lambda: reduce(add, [1, 2], 10))
show('reduce empty init', lambda: reduce(add, [], 'init'))
show('reduce empty', lambda: reduce(add, []))
show('reduce one', lambda: reduce(add, [7]))
show('reduce str', lambda: reduce(add, 'abc'))
show('reduce tuples', lambda: reduce(lambda a, b: (a, b), range(4)))
show('reduce 5', lambda: reduce(add, 5))
show('reduce None f', lambda: reduce(None, [1, 2]))
show('reduce None f one', lambda: reduce(None, [1]))
show('reduce args', lambda: reduce(add))
show('reduce 4 args', lambda: reduce(add, [], 1, 2))
show('reduce kw', lambda: reduce(add, [], initial=1))
show('reduce gen', lambda: reduce(add, (x * x for x in range(4))))

print '--- zip'
show('zip', lambda: zip())
show('zip 1', lambda: zip([1, 2]))
show('zip 2', lambda: zip([1, 2], [3]))
show('zip 3', lambda: zip('ab', (1, 2, 3), [None] * 5))
show('zip seq', lambda: zip(Seq(2), 'xyz'))
show('zip 1 bad', lambda: zip(1))
show('zip 2 bad', lambda: zip([1], 1))
show('zip kw', lambda: zip([1], x=1))
show('zip len error', lambda: zip(Sized(2, ValueError('len!'))))
show('zip type len', lambda: zip(Sized(2, TypeError('len!'))))
g1, g2 = Gen([1, 2, 3]), Gen([5])
show('zip counts', lambda: zip(g1, g2))
print g1.nexts, g2.nexts

print '--- apply'
show('apply', lambda: apply(add, (1, 2)))
show('apply list', lambda: apply(add, [1, 2]))
show('apply str', lambda: apply(add, 'ab'))
show('apply kw', lambda: apply(lambda a, b=0: (a, b), (1,), {'b': 5}))
show('apply no args', lambda: apply(lambda: 'none'))
show('apply 5 args', lambda: apply(add, 5))
show('apply None args', lambda: apply(add, None))
show('apply gen args', lambda: apply(add, (x for x in [1, 2])))
show('apply 5 kw', lambda: apply(add, (1,), 5))
show('apply None kw', lambda: apply(add, (1, 2), None))
show('apply not callable', lambda: apply(5))
show('apply nothing', lambda: apply())
show('apply 4', lambda: apply(add, (), {}, 1))
show('apply kwargs', lambda: apply(add, (), {}, x=1))
show('apply dup', lambda: apply(lambda a: a, (1,), {'a': 2}))
show('apply unicode kw', lambda: apply(lambda a: a, (), {u'a': 3}))
show('apply bad kw', lambda: apply(lambda a: a, (), {1: 3}))
show('apply class', lambda: apply(Seq, (2,)).n)

print '--- all / any'
show('all []', lambda: all([]))
show('any []', lambda: any([]))
show('all', lambda: all([1, 'a', [0]]))
show('all false', lambda: all([1, 0, 1]))
show('any', lambda: any([0, '', None, 3]))
show('any false', lambda: any([0, '', None]))
show('all 5', lambda: all(5))
show('any 5', lambda: any(5))
show('all none', lambda: all())
show('all kw', lambda: all([], x=1))
g = Gen([1, 0, 1, 1])
show('all stops', lambda: all(g))
print g.nexts
g = Gen([0, 2, 0])
show('any stops', lambda: any(g))
print g.nexts

print '--- sum'
show('sum', lambda: sum([1, 2, 3]))
show('sum start', lambda: sum([1, 2], 10))
show('sum floats', lambda: sum([0.1] * 10))
show('sum mixed', lambda: sum([1, 2.5, 3]))
show('sum int then float', lambda: sum([1, 2, 0.5, 1]))
show('sum float start', lambda: sum([1, 2], 0.5))
show('sum long', lambda: sum([2 ** 62, 2 ** 62, 1]))
show('sum overflow', lambda: sum([9223372036854775807, 1]))
show('sum negative overflow', lambda: sum([-9223372036854775807, -2]))
show('sum lists', lambda: sum([[1], [2, 3]], []))
show('sum tuples', lambda: sum([(1,), (2,)], ()))
show('sum strs', lambda: sum(['a', 'b']))
show('sum str start', lambda: sum([1], 'a'))
show('sum unicode start', lambda: sum([], u''))
show('sum empty', lambda: sum([]))
show('sum empty start', lambda: sum([], [5]))
show('sum 5', lambda: sum(5))
show('sum none', lambda: sum())
show('sum 3', lambda: sum([], 1, 2))
show('sum kw', lambda: sum([], start=1))
show('sum complex', lambda: sum([1j, 2]))
show('sum bool', lambda: sum([True, True, False]))
show('sum float inf', lambda: sum([1e308, 1e308, -1e308]))
show('sum gen', lambda: sum(x * x for x in range(5)))
empty = []
sum([[1], [2]], empty)
print empty

print '--- min / max'
show('max 2', lambda: max(1, 2))
show('max list', lambda: max([3, 1, 2]))
show('min str', lambda: min('hello'))
show('max key', lambda: max([1, -5, 3], key=abs))
show('min key', lambda: min(1, -5, 3, key=abs))
show('max ties', lambda: max([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
show('min ties', lambda: min([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
show('max empty', lambda: max([]))
show('min empty key', lambda: min([], key=abs))
show('max 1', lambda: max(1))
show('max none', lambda: max())
show('max kw only', lambda: max(key=abs))
show('max foo', lambda: max([1], foo=1))
show('max key foo', lambda: max([1], key=abs, foo=1))
show('max key None', lambda: max([1, 2], key=None))
show('max key 1', lambda: max([1], key=1))
show('max mixed', lambda: max(1, 'a', None, [2]))
show('min mixed', lambda: min(1, 'a', None, [2]))
show('max gen', lambda: max(x % 4 for x in range(10)))
show('max dict', lambda: max({'a': 1, 'z': 0}))
show('max nan', lambda: max(float('nan'), 1))

print '--- sorted'
show('sorted', lambda: sorted([3, 1, 2]))
show('sorted reverse', lambda: sorted([3, 1, 2], reverse=True))
show('sorted str', lambda: sorted('cba'))
show('sorted positional', lambda: sorted([3, 1, 2], None, None, True))
show('sorted cmp', lambda: sorted([3, 1, 2], lambda a, b: cmp(b, a)))
show('sorted key', lambda: sorted(['bb', 'a', 'ccc'], key=len))
show('sorted iterable kw', lambda: sorted(iterable=[3, 1]))
show('sorted 5', lambda: sorted(5))
show('sorted reverse x', lambda: sorted([1], reverse='x'))
show('sorted foo', lambda: sorted([1], foo=1))
show('sorted none', lambda: sorted())
show('sorted 5 args', lambda: sorted([1], None, None, False, 1))
show('sorted stable', lambda: sorted([(1, 'b'), (0, 'x'), (1, 'a')], key=lambda t: t[0]))
show('sorted gen', lambda: sorted(x % 3 for x in range(7)))
show('sorted dict', lambda: sorted({'b': 1, 'a': 2}))
orig = [2, 1]
s = sorted(orig)
print orig, s, s is orig
