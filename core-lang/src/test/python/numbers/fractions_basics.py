# fractions.Fraction: construction, arithmetic with int/long/float/complex,
# comparisons, hashing, limit_denominator, copy.
import copy
import fractions
from fractions import Fraction as F, gcd

def show(f, *args):
    try:
        r = f(*args)
        print type(r).__name__, repr(r)
    except Exception as e:
        print type(e).__name__, e

print fractions.__all__
for args in [(), (7,), (-7, 3), (6, -4), (0, 5), (10L**20, 6), (F(1, 2), F(3, 4)),
             (F(1, 3),), ('3/7',), ('  -3/4 ',), ('1e-3',), ('-.125',), ('2E3',),
             ('+5',), ('7.',), (1.5,), (0.1,), (-2.0,), (True, 3)]:
    show(F, *args)
for args in [('abc',), ('1/0',), ('1/-2',), ('',), ('. 5',), ([],), (1.5, 2),
             ('1/2', 3), (1, 0), (0, 0), (float('nan'),), (float('-inf'),),
             (1j,), (None,)]:
    show(F, *args)
print F.from_float(0.5), F.from_float(3), F.from_float(-1e-5)
show(F.from_float, 'x')
show(F.from_float, float('inf'))
show(F.from_decimal, 'x')
show(F.from_decimal, 1.5)
print gcd(12, 18), gcd(-4, 6), gcd(4, -6), gcd(0, 0), gcd(5, 0), gcd(10L**20, 15)

a, b = F(3, 4), F(-5, 6)
for x, y in [(a, b), (a, 2), (3, b), (a, 2L), (a, 0.5), (1.5, b), (a, 1j), (2j, b)]:
    print repr(x), repr(y)
    for op in ['+', '-', '*', '/', '//', '%']:
        try:
            print '  ', op, repr(eval('x %s y' % op))
        except Exception as e:
            print '  ', op, type(e).__name__, e
print repr(divmod(a, b)), repr(divmod(7, F(2, 3))), repr(divmod(F(7, 2), 1.5))
print repr(a ** 2), repr(a ** -3), repr(b ** 0), repr(F(4, 9) ** F(1, 2)), repr(a ** 0.5)
print repr(2 ** F(3)), repr(2 ** F(-2)), repr(F(1, 2) ** F(-2)), repr(4 ** F(1, 2)), repr(2.0 ** F(2))
print repr(F(1, 4) ** F(1, 2)), repr(F(2) ** 1j)
show(F(0).__pow__, -1)
show(lambda: F(1, 2) / 0)
show(lambda: F(1, 2) // 0)
show(lambda: F(1, 2) / F(0))
print repr(-a), repr(+a), repr(abs(b)), int(b), long(F(7, 2)), float(a), complex(a)
print a.__trunc__(), b.__trunc__(), F(-7, 2).__trunc__(), round(float(F(7, 2)))
print bool(F(0)), bool(a), a.numerator, a.denominator, a.real, a.imag, a.conjugate()

print a == F(6, 8), a == 0.75, a == 0.75 + 0j, a == 1j, a != 0.75, F(2) == 2, F(2) == 2L
print a < b, a > b, a <= 0.75, a >= 1, a < 1, 0.5 < a, 2 > a, a < float('inf'), a > float('-inf')
print a == float('nan'), a < float('nan'), a > float('nan')
print F(10**23) > 1e23, F(10**23 + 1) > 1e23
show(lambda: a < 1j)
print sorted([F(1, 3), 0.25, 1, F(-1, 2), 0.3])
print hash(F(5)) == hash(5), hash(F(10**30)) == hash(10**30), hash(F(1, 2)) == hash(0.5)
print hash(F(1, 3)) == hash((1, 3)), hash(F(-1)) == hash(-1)
print len(set([F(1, 2), 0.5, F(2, 4), F(2), 2, 2.0]))
print str(F(3, 1)), str(F(-1, 3)), repr(F(-1, 3))

pi = F('3.141592653589793')
for n in [1, 2, 7, 10, 100, 1000, 10**6]:
    print n, repr(pi.limit_denominator(n))
print repr(F(1, 3).limit_denominator(3)), repr(F(-13, 10).limit_denominator(2)), repr(F(0).limit_denominator(1))
show(pi.limit_denominator, 0)

class MyF(F):
    pass
m = MyF(1, 2)
print type(m).__name__, repr(m), type(m + 1).__name__, type(+m).__name__
print copy.copy(a) is a, copy.deepcopy(a) is a, type(copy.copy(m)).__name__, copy.copy(m) == m
print a.__reduce__(), F(5).__reduce__()
f = F(1, 2)
try:
    f.x = 1
except AttributeError as e:
    print 'AttributeError'
print isinstance(a, fractions.Rational), isinstance(a, fractions.numbers.Real)
