# A class whose methods were called through a call site is not kept alive by that call
# site's cache (test_abc.test_cache_leak) (fixer2).
import weakref, gc, abc

def check(label, body):
    r = body()
    gc.collect()
    print label, r() is None

def plain():
    class C(object):
        def f(self):
            pass
    r = weakref.ref(C)
    C().f()
    return r

def closure_refers_to_class():
    class C(object):
        def f(self):
            return C
    r = weakref.ref(C)
    C().f()
    return r

def with_abc():
    class A(object):
        __metaclass__ = abc.ABCMeta
        @abc.abstractmethod
        def f(self):
            pass
    class C(A):
        def f(self):
            A.f(self)
    r = weakref.ref(C)
    C().f()
    return r

for fn in (plain, closure_refers_to_class, with_abc):
    check(fn.__name__, fn)

# the cache still follows changes of the class
class K(object):
    def m(self):
        return 'first'
k = K()
for i in range(3):
    print k.m()
    K.m = lambda self, i=i: 'replaced %d' % i
