# Indexing, slicing, unpacking, comprehensions.
s = 'abcdefg'
l = list(s)
t = tuple(s)
print s[0], s[-1], s[1:3], s[:2], s[5:], s[::2], s[::-1], s[-3:-1], s[10:], s[1:100]
print l[1:3], t[::3], l[-2:], l[:-5]
l[1:3] = ['X', 'Y', 'Z']
print l
del l[0]
print l
del l[::2]
print l
l[:] = []
print l
a, b, c = 1, 2, 3
print a, b, c
(a, b), c = [1, 2], 3
print a, b, c
a, b = b, a
print a, b
[x, y] = 'xy'
print x, y
try:
    a, b = 1, 2, 3
except ValueError, e:
    print 'ValueError:', e
try:
    a, b, c = (1, 2)
except ValueError, e:
    print 'ValueError:', e
try:
    a, b = 1
except TypeError, e:
    print 'TypeError:', e
for i, (k, v) in enumerate(sorted({'a': 1, 'b': 2}.items())):
    print i, k, v
print [(i, j) for i in range(3) for j in range(i)]
print {k: v for k, v in [('a', 1), ('b', 2)]}
print sorted({x % 3 for x in range(10)})
print [[row[i] for row in [[1, 2], [3, 4]]] for i in range(2)]
m = [[0] * 2 for _ in range(2)]
m[0][1] = 5
print m
print range(10)[2:8:3], range(5)[::-1]
d = {}
d['a'] = d.get('a', 0) + 1
d.setdefault('b', []).append(2)
print sorted(d.items())
print 'a,b,,c'.split(','), ' x y '.split(), '-'.join(['1', '2'])
print len('hello'), len([1, 2]), len({}), max([3, 1, 2]), min('bca'), sum([1, 2, 3])
print list(reversed([1, 2, 3])), sorted([3, 1, 2], reverse=True), zip('ab', [1, 2])
print map(lambda x: x * 2, [1, 2]), filter(None, [0, 1, '', 'a']), reduce(lambda a, b: a + b, [1, 2, 3])
print list(enumerate('ab')), dict(zip('ab', range(2))), any([0, 1]), all([1, 0])
print 'x'.join('abc'), 'abc'.upper(), 'Hello'.lower(), 'a-b'.replace('-', '+'), 'abc'.find('c')
print str([1, 'a']), repr((1, 'a')), `[1]`
