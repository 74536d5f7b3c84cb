# Iteration order (and so repr) of sets: CPython 2.7's table, probe sequence and resizes.

def show(label, s):
    print label, s, len(s)

show('empty', set())
show('ints', set([1, 2, 3]))
show('ints rev', set([3, 2, 1]))
show('neg', set([-1, -2, -3, 0]))
show('collide', set([8, 16, 0, 24, 32]))
show('collide2', set([32, 24, 16, 8, 0]))
show('strs', set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']))
show('words', set(['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'the', 'lazy', 'dog']))
show('chars', set('abracadabra'))
show('mixed', set([1, 'a', (1, 2), True, 'b', (), 3, ('x', ('y', 2))]))
show('tuples', set([(i, j) for i in range(3) for j in range(3)]))
show('frozen', frozenset(['x', 'y', 'z']))
show('literal', {5, 3, 9, 1, 7})
show('comp', {x * 7 for x in range(12)})

# growth across resizes: 8 -> 32 -> 128 -> 512 ...
s = set()
for i in range(0, 200, 7):
    s.add(i)
    if len(s) in (5, 6, 20, 21, 22, 28, 29):
        show('grow %d' if False else 'grow', s)
show('grown', s)

# reverse insertion order of the same keys gives a different layout when keys collide
a = set(range(0, 64, 8))
b = set(range(56, -1, -8))
show('a', a)
show('b', b)
print a == b

# deletions leave dummies; re-adding reuses them
s = set(range(10))
for i in (3, 5, 7):
    s.remove(i)
show('after remove', s)
s.add(13)
s.add(19)
show('after add', s)
s.discard(0)
s.add(16)
show('dummy reuse', s)

# pop order and the search finger in slot 0
s = set([0, 8, 16, 1, 9, 2])
out = []
while s:
    out.append(s.pop())
print 'pops', out
s = set([5, 13, 21, 6])
print s.pop(), s.pop(), s
s.add(29)
print s, s.pop(), s

# big sets crossing several resizes
big = set()
for i in range(3000):
    big.add((i * 7919) % 10007)
l = list(big)
print len(big), l[:20], l[-20:]
big2 = set(l)
print list(big2)[:20] == l[:20], list(big2)[:20]
strs = set()
for i in range(600):
    strs.add('k' + repr(i))
print list(strs)[:30]
print list(strs)[-30:]

# constructors: from a set, a frozenset, a dict (its hashes and order), any iterable
d = {}
for w in ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']:
    d[w] = len(w)
show('from dict', set(d))
show('from dict keys', set(d.keys()))
show('from set', set(set(d)))
show('frozen from dict', frozenset(d))
show('from iter', set(iter(d)))
show('from gen', set(x for x in d))
show('from tuple', set(tuple(d)))
show('from str', set('mississippi'))

# presizing in update from a set: same keys, different table sizes
small = set([1, 2, 3])
small.update(set(range(100, 130)))
show('merge', small)
m = set(range(20))
m.update(range(40, 45))
show('update iter', m)
m.update({50: 1, 51: 2, 58: 3})
show('update dict', m)
m.update(set([60, 61]), [70], 'ab')
show('update multi', m)

# operators
x = set(range(0, 30, 3))
y = set(range(0, 30, 2))
show('or', x | y)
show('ror', y | x)
show('and', x & y)
show('rand', y & x)
show('sub', x - y)
show('rsub', y - x)
show('xor', x ^ y)
show('rxor', y ^ x)
show('union', x.union(range(40, 30, -1), 'xyz'))
show('intersection', x.intersection(range(30), y))
show('intersection iter', x.intersection([27, 3, 100, 9]))
show('difference', x.difference([0, 3], (6,)))
show('difference dict', x.difference({0: 1, 9: 2}))
show('symdiff', x.symmetric_difference(range(10)))
show('symdiff dict', x.symmetric_difference({1: 0, 3: 0}))
z = set(x)
z |= y
show('ior', z)
z = set(x)
z &= y
show('iand', z)
z = set(x)
z -= y
show('isub', z)
z = set(x)
z ^= y
show('ixor', z)
z = set(x)
z.intersection_update(y, range(0, 30, 4))
show('intersection_update', z)
z = set(x)
z.difference_update(range(10), [12, 15])
show('difference_update', z)
z = set(x)
z.symmetric_difference_update([100, 3, 6, 200])
show('symmetric_difference_update', z)

# difference_update resizes away dummies when more than 1/5 of the table
z = set(range(100))
z.difference_update(range(0, 100, 2))
show('du resized', z)
z = set(range(100))
z -= set(range(10))
show('isub resized', z)

# intersection iterates the smaller set: which object is kept
a = set([1, 2, 3])
b = set([3.0, 2.0]) if False else set([(3,), (2,)])
print a & b
print set([1]) & set([1, 2]), set([1, 2]) & set([1])

# copy keeps layout only via reinsertion
c = set(range(0, 80, 8))
c.discard(0)
c.discard(8)
print c, c.copy(), set(c), frozenset(c)

# clear and reuse
c.clear()
show('cleared', c)
c.update([3, 1, 2])
show('reused', c)
