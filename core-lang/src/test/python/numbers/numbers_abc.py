# The numbers ABCs: registration of the builtins, abstract methods, mixins.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

for v in [1, 2L, 1.5, 1j, True]:
    print repr(v), [c.__name__ for c in (Number, Complex, Real, Rational, Integral)
                    if isinstance(v, c)]
print issubclass(bool, Integral), issubclass(str, Number), isinstance('1', Number)
print numbers.__all__
for c in (Number, Complex, Real, Rational, Integral):
    print c.__name__, sorted(c.__abstractmethods__)
    try:
        c()
    except TypeError as e:
        print 'TypeError:', e
print Number.__hash__

class MyInt(Integral):
    """A minimal concrete Integral built from a long."""
    def __init__(self, v): self.v = long(v)
    def __long__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, long(e), m))
    def __rpow__(self, b): return MyInt(b ** self.v)
    def __lshift__(self, o): return MyInt(self.v << long(o))
    def __rlshift__(self, o): return MyInt(o << self.v)
    def __rshift__(self, o): return MyInt(self.v >> long(o))
    def __rrshift__(self, o): return MyInt(o >> self.v)
    def __and__(self, o): return MyInt(self.v & long(o))
    __rand__ = __and__
    def __xor__(self, o): return MyInt(self.v ^ long(o))
    __rxor__ = __xor__
    def __or__(self, o): return MyInt(self.v | long(o))
    __ror__ = __or__
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + long(o))
    __radd__ = __add__
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * long(o))
    __rmul__ = __mul__
    def __div__(self, o): return MyInt(self.v // long(o))
    def __rdiv__(self, o): return MyInt(long(o) // self.v)
    __truediv__ = __div__
    __rtruediv__ = __rdiv__
    def __floordiv__(self, o): return MyInt(self.v // long(o))
    def __rfloordiv__(self, o): return MyInt(long(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % long(o))
    def __rmod__(self, o): return MyInt(long(o) % self.v)
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == long(o)
    def __lt__(self, o): return self.v < long(o)
    def __le__(self, o): return self.v <= long(o)
    def __trunc__(self): return self.v
    def __repr__(self): return 'MyInt(%d)' % self.v

a = MyInt(7)
print a - 2, 10 - a, divmod(a, 2), divmod(20, a)
print float(a), a.numerator, a.denominator, a.real, a.imag, a.conjugate()
print complex(a), bool(a), bool(MyInt(0)), a != 7, a != 8
print range(10)[a], [1, 2, 3, 4, 5, 6, 7, 8][a:], a.__index__()

class Half(Rational):
    """Rational mixins: __float__ from numerator/denominator."""
    numerator = 1
    denominator = 2
for name in sorted(Half.__abstractmethods__)[:3]:
    print name
class Plain(object):
    numerator = 1
    denominator = 2
print Rational.__dict__['__float__'](Plain()), Integral.__dict__['__float__'](7L)

class R(Real):
    pass
print sorted(R.__abstractmethods__) == sorted(Real.__abstractmethods__)
Complex.register(MyInt)
print issubclass(MyInt, Complex)
