# dir(): no argument (the local names), modules, classes (new- and old-style, MROs,
# metaclasses), instances (__dict__, __members__, __methods__, __class__), __dir__.
import types

print dir()
x = 1
print dir()


def f(a, b=2):
    c = 3
    print dir()
    def g():
        return c
    print dir()
f(1)


class K(object):
    y = 2
    print dir()

print dir(object)


class A(object):
    a = 1

    def m(self):
        pass


class B(A):
    b = 2


class C(A):
    c = 3


class D(B, C):
    d = 4

print dir(A)
print dir(D)
print dir(D())
inst = D()
inst.z = 26
inst.__dict__['zz'] = 27
print dir(inst)


class Old:
    o = 1

    def om(self):
        pass


class Old2(Old):
    o2 = 2

print dir(Old)
print dir(Old2)
print dir(Old2())
oi = Old2()
oi.attr = 5
print dir(oi)


class Mixed(A, Old):
    pass

print dir(Mixed)


class Slots(object):
    __slots__ = ('s1', 's2')

print dir(Slots)


class Meta(type):
    def meta_method(cls):
        pass


class WithMeta(object):
    __metaclass__ = Meta
    w = 1

print dir(WithMeta)
print 'meta_method' in dir(Meta)


class Dir(object):
    def __dir__(self):
        return ['b', 'a', 'c']

print dir(Dir())
print 'a' in dir(Dir)


class OldDir:
    def __dir__(self):
        return ['y', 'x']

print dir(OldDir())


class BadDir(object):
    def __dir__(self):
        return ('a', 'b')

try:
    dir(BadDir())
except TypeError as e:
    print 'TypeError', e


class Members(object):
    __members__ = ['mem1', 'mem2', 3]
    __methods__ = ['meth1']

print dir(Members())


class BadDict(object):
    @property
    def __dict__(self):
        raise RuntimeError('no dict')

print dir(BadDict())


class DictNotDict(object):
    __dict__ = 5

print dir(DictNotDict())

m = types.ModuleType('mymod')
m.alpha = 1
m.beta = 2
print dir(m)
m2 = types.ModuleType('withdoc', 'the doc')
print dir(m2)

print dir(None)
print dir(3) == dir(int)
print dir(types.ModuleType)

try:
    dir(1, 2)
except TypeError as e:
    print 'TypeError', e
try:
    dir(x=1)
except TypeError as e:
    print 'TypeError', e


class Mapping(object):
    def __init__(self):
        self.d = {'q': 1, 'p': 2}

    def keys(self):
        return self.d.keys()

    def __getitem__(self, k):
        return self.d[k]

exec "print dir()" in {}, Mapping()
exec "print dir()" in {'g': 1}


class TupleKeys(object):
    def keys(self):
        return ('a',)

    def __getitem__(self, k):
        raise KeyError(k)

try:
    exec "dir()" in {}, TupleKeys()
except TypeError as e:
    print 'TypeError', e

print vars(inst) == inst.__dict__
print sorted(vars(Old2).keys())
print vars(m) is m.__dict__
try:
    vars(1)
except TypeError as e:
    print 'TypeError', e
try:
    vars(1, 2)
except TypeError as e:
    print 'TypeError', e


def h(p):
    q = 1
    return sorted(vars().keys()), sorted(locals().keys())
print h(0)
print sorted(globals().keys())
print globals() is vars()


class L(object):
    inside = 1
    names = sorted(locals().keys())
print L.names
