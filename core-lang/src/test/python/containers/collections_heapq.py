import collections, heapq
P = collections.namedtuple('Point', 'x y')
p = P(1, y=2)
print p, p._asdict(), p._replace(x=5), P._make([3,4]), p.x, P.__doc__, P.x.__doc__
try: P(1)
except TypeError as e: print e
try: collections.namedtuple('A', 'def x')
except ValueError as e: print e
print collections.namedtuple('A', 'a a def', rename=True)._fields
o = collections.OrderedDict([('b',1),('a',2)])
o['c'] = 3; del o['b']; print o, o.keys(), o.popitem(), o.popitem(last=False), o
c = collections.Counter('abracadabra')
print c, c.most_common(2), sorted(c.elements()), c + collections.Counter('aaz'), c - collections.Counter('aaaaaaaab')
print c | collections.Counter('zz'), c & collections.Counter('aab')
print isinstance({}, collections.Mapping), issubclass(list, collections.Sequence), isinstance(o, collections.MutableMapping)
h = []
for x in [5,3,8,1,9,2,7]: heapq.heappush(h, x)
print h, heapq.heappop(h), h
r = random.Random(1) if False else None
l = [9,8,7,6,5,4,3,2,1,0,11,23,4,5]; heapq.heapify(l); print l
print heapq.nlargest(3, l), heapq.nsmallest(3, l), heapq.nlargest(2, ['a','bb','cc','d'], key=len), heapq.nsmallest(2, iter([3,1,2,1]))
print list(heapq.merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
import bisect
a = [1,2,2,3]; bisect.insort(a, 2); print a, bisect.bisect_left(a, 2), bisect.bisect(a, 2)
print repr(collections.OrderedDict()), collections.Counter()
