# super(): all forms, lookup along the MRO after the given class, descriptors, errors.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '!!', type(e).__name__, e
    else:
        print label, r


class A(object):
    x = 'A.x'

    def f(self):
        return 'A.f'

    @classmethod
    def c(cls):
        return 'A.c(' + cls.__name__ + ')'

    @staticmethod
    def s():
        return 'A.s'

    @property
    def p(self):
        return 'A.p of ' + type(self).__name__


class B(A):
    def f(self):
        return 'B.f>' + super(B, self).f()

    @classmethod
    def c(cls):
        return 'B.c>' + super(B, cls).c()


class C(A):
    x = 'C.x'

    def f(self):
        return 'C.f>' + super(C, self).f()


class D(B, C):
    def f(self):
        return 'D.f>' + super(D, self).f()


d = D()
print [k.__name__ for k in D.__mro__]
print d.f()
print D.c()
print super(D, d).x, super(B, d).x, super(C, d).x
print super(D, d).s(), super(D, D).s()
print super(D, d).p
print super(C, d).c(), super(D, D).c()
print repr(super(D, d))
print repr(super(D, D))
print repr(super(D))
print repr(super(B, d))
print repr(super(int, True))
print super(D, d).__thisclass__, super(D, d).__self_class__, super(D, d).__self__ is d
print super(D, D).__self__, super(D, D).__self_class__
u = super(D)
print u.__self__, u.__self_class__, u.__thisclass__
print u.__get__(d).f()
print u.__get__(None, D) is u
print super(D, d).__get__(C()) .__self__ is d
print type(super(B, D).f).__name__, super(B, D).f.__name__
print super(B, d).f.__self__ is d
print super(D, d).__class__
print super(D, d).__doc__
show('unbound attr', lambda: u.f)
show('missing', lambda: super(D, d).nope)
show('not instance', lambda: super(D, 1))
show('not instance 2', lambda: super(B, A()))
show('not a type', lambda: super(1, 1))
show('None type', lambda: super(None))
show('no args', lambda: super())
show('3 args', lambda: super(D, d, 3))
show('keywords', lambda: super(D, obj=d))
show('after object', lambda: super(object, d).f)


def assign():
    s = super(D, d)
    s.x = 5
show('assign', assign)

print super(int, 5).__hash__() == hash(5)
print super(D, None).__self__


# the __class__ of a proxy makes super() accept it
class Proxy(object):
    def __init__(self, target):
        self._t = target

    @property
    def __class__(self):
        return type(self._t)

print isinstance(Proxy(d), D)
print super(B, Proxy(d)).__self_class__


# an unbound super stored in a class is a descriptor
class E(A):
    def f(self):
        return 'E.f>' + self.__super.f()
E._E__super = super(E)
print E().f()


# a subclass of super
class MySuper(super):
    def __repr__(self):
        return 'MySuper!' + super(MySuper, self).__repr__()

ms = MySuper(D, d)
print ms.f(), type(ms).__name__
print repr(ms)
print type(MySuper(D).__get__(d)).__name__
ms.extra = 1
print ms.extra


# old-style classes in the MRO
class Old:
    def g(self):
        return 'Old.g'

    def f(self):
        return 'Old.f'


class N(A, Old):
    def g(self):
        return 'N.g>' + super(N, self).g()

print N().g(), super(A, N()).f()


# __getattr__ of a class in the MRO is not consulted by super
class G(object):
    y = 1

    def __getattr__(self, name):
        return 'getattr:' + name


class H(G):
    pass

show('G getattr', lambda: super(H, H()).z)
print super(H, H()).y
print H().z


# super in a metaclass method and with a metaclass
class Meta(type):
    def describe(cls):
        return 'Meta.describe(' + cls.__name__ + ')'


class SubMeta(Meta):
    def describe(cls):
        return 'SubMeta>' + super(SubMeta, cls).describe()


class K(object):
    __metaclass__ = SubMeta

print K.describe()
print super(SubMeta, K).describe()


# __init__ chains
class Base(object):
    def __init__(self):
        self.log = ['Base']


class Left(Base):
    def __init__(self):
        super(Left, self).__init__()
        self.log.append('Left')


class Right(Base):
    def __init__(self):
        super(Right, self).__init__()
        self.log.append('Right')


class Bottom(Left, Right):
    def __init__(self):
        super(Bottom, self).__init__()
        self.log.append('Bottom')

print Bottom().log

# super of builtin types
class MyList(list):
    def append(self, x):
        super(MyList, self).append(x)
        super(MyList, self).append(x)

ml = MyList()
ml.append(3)
print ml


class MyDict(dict):
    def __getitem__(self, k):
        return ('got', super(MyDict, self).__getitem__(k))

md = MyDict(a=1)
print md['a']
print super.__doc__
print sorted(k for k in super.__dict__)
