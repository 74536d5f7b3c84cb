# New-style and old-style classes, special methods, descriptors, metaclasses.
class Old:
    cv = 'class var'
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Old(%r)' % (self.v,)
    def __add__(self, other):
        return Old(self.v + other.v)
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
    def __cmp__(self, other):
        return cmp(self.v, other.v)
o = Old(1) + Old(2)
print o, len(o), list(o), o[1], Old(1) < Old(2), Old.cv, o.cv
print type(o), type(Old), o.__class__.__name__, isinstance(o, Old)
class New(object):
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
n = New()
try:
    n.c = 3
except AttributeError, e:
    print 'AttributeError:', e
try:
    n.b
except AttributeError, e:
    print 'AttributeError:', e
class Desc(object):
    def __get__(self, obj, typ=None):
        return 'got from %s' % (typ.__name__,)
    def __set__(self, obj, value):
        obj.__dict__['stored'] = value
class HasDesc(object):
    d = Desc()
h = HasDesc()
h.d = 5
print h.d, h.stored, HasDesc.d
class Prop(object):
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
p = Prop()
p.x = 21
print p.x
try:
    del p.x
except AttributeError, e:
    print 'AttributeError:', e
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        return super(Meta, mcs).__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        obj = super(Meta, cls).__call__(*a)
        obj.made_by_meta = True
        return obj
class Tagged(object):
    __metaclass__ = Meta
    def __init__(self, v):
        self.v = v
t = Tagged(3)
print Tagged.tag, t.v, t.made_by_meta, type(Tagged).__name__
class A(object):
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super(B, self).who()
class C(A):
    def who(self):
        return 'C>' + super(C, self).who()
class D(B, C):
    def who(self):
        return 'D>' + super(D, self).who()
print D().who(), [k.__name__ for k in D.__mro__]
class Getattr(object):
    def __getattr__(self, name):
        return 'missing ' + name
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value.upper())
g = Getattr()
g.x = 'abc'
print g.x, g.y
class Num(object):
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __neg__(self):
        return Num(-self.v)
    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return 'Num(%d)' % self.v
    def __nonzero__(self):
        return self.v != 0
    def __call__(self, x):
        return self.v * x
    def __contains__(self, x):
        return x == self.v
    def __iter__(self):
        return iter(range(self.v))
n = Num(3)
n += 4
print n + 1, 1 + n, -n, n == Num(7), n != Num(7), sorted([Num(3), Num(1), Num(2)])
print bool(Num(0)), n(2), 7 in n, list(Num(3)), {Num(1): 'one'}[Num(1)]
class WithClassAttr(object):
    count = 0
    def __init__(self):
        WithClassAttr.count += 1
WithClassAttr(); WithClassAttr()
print WithClassAttr.count
class Sub(list):
    def total(self):
        return sum(self)
s = Sub([1, 2, 3])
s.append(4)
print s, s.total(), len(s), type(s).__name__, isinstance(s, list)
class DSub(dict):
    def __missing__(self, key):
        return 'default for %s' % key
ds = DSub(a=1)
print ds['a'], ds['b']
class ISub(int):
    def __add__(self, o):
        return 'ISub add'
print ISub(3) + 1, 1 + ISub(3), ISub(5) * 2
class StrRepr(object):
    def __str__(self):
        return 'str!'
    def __repr__(self):
        return 'repr!'
print StrRepr(), str(StrRepr()), repr(StrRepr()), [StrRepr()], `StrRepr()`
print hasattr(New, 'a'), getattr(n, 'zz', 'dflt')
class Ctx(object):
    def __enter__(self):
        print 'enter'
        return 'value'
    def __exit__(self, t, v, tb):
        print 'exit', t.__name__ if t else None
        return True
with Ctx() as v:
    print 'inside', v
    raise ValueError('swallowed')
print 'after with'
class Static(object):
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.__name__, x
print Static.s(2), Static().s(3), Static.c(1), Static().c(2)
print Old.__init__, New.__init__ is object.__init__
class Unbound(object):
    def m(self):
        return 'm'
try:
    Unbound.m()
except TypeError, e:
    print 'TypeError:', e
try:
    Unbound.m(3)
except TypeError, e:
    print 'TypeError:', e
print Unbound.m(Unbound())
