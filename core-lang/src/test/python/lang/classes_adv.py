# More class machinery: old-style MI and coercion, __slots__, class decorators, metaclasses.
class A:
    x = 'A.x'
    def m(self):
        return 'A.m'
class B(A):
    pass
class C(A):
    x = 'C.x'
    def m(self):
        return 'C.m'
class D(B, C):
    pass
print D.x, D().m()   # old-style: depth first, A before C
class NA(object):
    x = 'A.x'
class NB(NA):
    pass
class NC(NA):
    x = 'C.x'
class ND(NB, NC):
    pass
print ND.x, [k.__name__ for k in ND.__mro__]
class Coerce:
    def __init__(self, v):
        self.v = v
    def __coerce__(self, other):
        return self.v, other
print Coerce(5) + 3, 3 * Coerce(4), Coerce(10) - 1
class GA:
    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return name.upper()
ga = GA()
print ga.hello, hasattr(ga, '__len__')
def decorate(cls):
    cls.decorated = True
    return cls
@decorate
class Deco(object):
    pass
print Deco.decorated
class Slotted(object):
    __slots__ = ['a', '__private']
    def __init__(self):
        self.a = 1
        self.__private = 2
    def get(self):
        return self.__private
s = Slotted()
print s.a, s.get(), hasattr(s, '__dict__'), sorted(k for k in Slotted.__dict__ if not k.startswith('__'))
class Singleton(type):
    instances = {}
    def __call__(cls, *args):
        if cls not in cls.instances:
            cls.instances[cls] = super(Singleton, cls).__call__(*args)
        return cls.instances[cls]
class One(object):
    __metaclass__ = Singleton
print One() is One()
class Counted(object):
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        return object.__new__(cls)
    def __init__(self, v):
        self.v = v
c1, c2 = Counted(1), Counted(2)
print Counted.count, c2.v
class Attrs(object):
    def __init__(self):
        self.__dict__['hidden'] = 1
    def __setattr__(self, k, v):
        self.__dict__[k] = v * 2
    def __delattr__(self, k):
        print 'deleting', k
        del self.__dict__[k]
a = Attrs()
a.x = 5
print a.x, a.hidden
del a.x
print hasattr(a, 'x')
class Cmp(object):
    def __init__(self, v):
        self.v = v
    def __cmp__(self, o):
        return cmp(self.v, o.v)
print sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c) == None, [c.v for c in sorted([Cmp(3), Cmp(1)])]
print Cmp(1) < Cmp(2), Cmp(2) == Cmp(2), max(Cmp(5), Cmp(7)).v
class Len(object):
    def __len__(self):
        return 0
print bool(Len()), not Len()
class Idx(object):
    def __index__(self):
        return 2
print range(10)[Idx()], 'abcdef'[Idx():], [1, 2, 3][Idx()]
class Iter(object):
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def next(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print list(Iter()), sum(Iter()), [x for x in Iter()]
class GetItem(object):
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print list(GetItem()), 20 in GetItem()
class Slices(object):
    def __getitem__(self, k):
        return k
    def __getslice__(self, i, j):
        return ('getslice', i, j)
s = Slices()
print s[1:2], s[1:2:3], s[:], s[..., 1], s[1:]
print type(A), type(NA), type(Deco), isinstance(A(), A), issubclass(D, A), issubclass(ND, object)
print A.__name__, A.__bases__, D.__bases__ == (B, C), A.__module__
class Prop(object):
    def _get(self):
        return 'got'
    p = property(_get, doc='a prop')
print Prop().p, Prop.p.__doc__
class WithDoc(object):
    """class doc"""
    def m(self):
        """method doc"""
print WithDoc.__doc__, WithDoc.m.__doc__, WithDoc().m.__name__
