# pprint: wrapping, dict key sorting, depth, indent, sets, recursion, readability.
import pprint
from cStringIO import StringIO

data = {'zeta': range(30), 'alpha': ('a' * 30, 'b' * 30, 'c' * 30),
        'mid': {'x': [1, 2, {'deep': ['q'] * 12}], 'y': None, 3: 4.5},
        (1, 2): set([5, 3, 9, 1]), 'fs': frozenset(['k', 'j']),
        u'uni': u'\xe9t\xe9', 'long': 10 ** 30, 'empty': [[], (), {}, set()]}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=30)
print pprint.pformat(data, width=200)
print pprint.pformat(range(50), indent=3)
print pprint.pformat([(1,), ('a' * 80,)])
print pprint.pformat(set(range(40)))
print pprint.pformat(frozenset(range(40)), indent=2)
print pprint.pformat(set())
print pprint.pformat((range(25), range(25)), width=20)
print pprint.pformat({'a': {'b': {'c': {'d': range(30)}}}}, width=30)
print pprint.pformat([[[[[1]]]]], depth=3)
print pprint.pformat({'k': {'k': {'k': 1}}}, depth=2)
print pprint.pformat(((((1,),),),), depth=2)
print pprint.saferepr({'b': [1, 2], 'a': (3,)})
print pprint.saferepr("it's")
print pprint.saferepr('say "hi"')

class L(list):
    pass

class R(list):
    def __repr__(self):
        return 'R!'

print pprint.pformat(L(range(40)))
print pprint.pformat(R(range(40)))
print pprint.pformat([R(), L()])

a = [1, 2]
a.append(a)
print pprint.isrecursive(a), pprint.isreadable(a)
d = {'self': None}
d['self'] = d
print pprint.isrecursive(d), pprint.isreadable(d)
print pprint.isreadable([1, 'x', (2.5, None)]), pprint.isreadable([object])
print pprint.isrecursive([1, [2]]), pprint.isreadable(object())
out = pprint.saferepr(a)
print out[:4], 'Recursion on list with id=' in out
pp = pprint.PrettyPrinter(indent=2, width=30)
print pp.isreadable((1, 2)), pp.isrecursive(a), pp.isreadable(a)
s = StringIO()
pp = pprint.PrettyPrinter(stream=s, width=20)
pp.pprint(range(10))
pp.pprint('x' * 30)
print repr(s.getvalue())
print pp.pformat({'key': 'v' * 30, 'other': 1})
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except AssertionError as e:
        print 'AssertionError', e

class MyPP(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, int):
            return '<%d>' % obj, True, False
        return pprint.PrettyPrinter.format(self, obj, context, maxlevels, level)

MyPP(width=20).pprint([1, 2, 3, 'x' * 10, {4: 5}])
print MyPP().pformat(range(3))
import sys
sys.modules['locale'] = type(sys)('locale')  # pprint escapes str per character then
print pprint.saferepr('a\tb\'c"d\xe9')
print pprint.saferepr("a'b")
print pprint.pformat({'x\n': 'y\0'})
