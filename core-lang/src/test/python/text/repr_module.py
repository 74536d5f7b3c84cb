# The repr module: size-limited representations.
import repr as reprmod
from repr import Repr, aRepr, repr as r
from collections import deque

print reprmod.__all__
print r('x' * 10), r('x' * 100), r('abc' + 'y' * 40 + "'\n")
print r(u'u' * 100), r(2 ** 200), r(12345), r(2 ** 20 + 0L), r(1.5)
print r(range(3)), r(range(20)), r(tuple(range(10))), r((1,)), r(()), r([])
print r([[[[[[[1]]]]]]]), r(((((((((1,),),),),),),),))
print r({}), r({'a': 1}), r(dict.fromkeys(range(10))), r({'k': {'k': {'k': {'k': {'k': {'k': {}}}}}}})
print r(set(range(20))), r(frozenset('abc')), r(set()), r(frozenset())
print r(set([1, 'a', 2.5])), r({1j: 1, 2j: 2})
print r(deque(range(10))), r(deque())
print r(xrange(100)), r(len), r(None), r(True)

class Old:
    def __repr__(self):
        return 'Old' * 20

class Bad:
    def __repr__(self):
        raise ValueError('no')

print r(Old()), r(Bad())[:14]

class New(object):
    def __repr__(self):
        return 'N' * 30

print r(New())
a = Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
a.maxother = 5
a.maxlong = 8
print a.repr(range(5)), a.repr('abcdefghijklmnop'), a.repr([[[1]]]), a.repr(3.14159265), a.repr(10 ** 20)
print a.repr1([1, 2], 0), a.repr1({'a': 1}, 0), a.repr1((1,), 0), a.repr1((), 0)

class MyRepr(Repr):
    def repr_int(self, x, level):
        return '<int %d>' % x

    def repr_method_wrapper(self, x, level):
        return 'mw'

print MyRepr().repr([1, (2, 3), {4: 5}])
print aRepr.maxlevel, aRepr.maxtuple, aRepr.maxlist, aRepr.maxarray, aRepr.maxdict, aRepr.maxset
print aRepr.maxfrozenset, aRepr.maxdeque, aRepr.maxstring, aRepr.maxlong, aRepr.maxother
