# decimal: construction, arithmetic, contexts, signals, rounding, the
# mathematical functions, formatting and conversions.
import decimal
from decimal import *

print decimal.__all__
D = Decimal

def show(f, *args):
    try:
        r = f(*args)
        print repr(r)
    except Exception as e:
        print type(e).__name__, e

# Construction
for v in ['3.14', '-0', '1e5', '1E+5', '-1.50e-3', '  7  ', '.5', '5.', 'inf', '-Infinity',
          'nan', 'NaN123', '-sNaN45', '0e-20', '123456789012345678901234567890.5',
          (0, (3, 1, 4), -2), (1, [1, 0], 3), (0, (), 'F'), (1, (1, 2), 'n'),
          12, -7L, 10**30, True, 0.1, -2.5, float('inf'), D('8.8'), u'\u0661\u0662']:
    show(D, v)
for v in ['abc', '1e', '', '1.2.3', '- 1', (2, (1,), 0), (0, (10,), 0), (0, (1,)),
          (0, (1,), 'x'), [], None, 1j]:
    show(D, v)
show(D.from_float, 0.1)
show(D.from_float, -0.0)
show(D.from_float, 5)
show(D.from_float, 'x')
print D('1.30').as_tuple(), D('-inf').as_tuple(), D('nan5').as_tuple()

getcontext().traps[InvalidOperation] = 0
show(D, 'junk')
getcontext().traps[InvalidOperation] = 1

# Arithmetic (default context, prec 28)
a, b = D('1.30'), D('-2.5')
for x, y in [(a, b), (a, 3), (7, b), (D(1), D(3)), (D('10'), D('0.3')),
             (D('-7'), D('2')), (D('7.5'), D('-2')), (D('1E+10'), D('1E-10'))]:
    print repr(x), repr(y)
    for op in ['+', '-', '*', '/', '//', '%', '**']:
        try:
            print '  ', op, repr(eval('x %s y' % op))
        except Exception as e:
            print '  ', op, type(e).__name__, e
print divmod(D(17), 5), divmod(D('-17'), 5), divmod(17, D('-5'))
print -a, +a, abs(b), pow(D(3), 4, 7), pow(D(-3), 5, D(7))
show(lambda: D(1) / 0)
show(lambda: D(0) / 0)
show(lambda: D('inf') - D('inf'))
show(lambda: D(1) + 1.5)
show(lambda: D('sNaN') + 1)
show(lambda: D(-1).sqrt())
show(lambda: D(2) ** D('0.5') ** 2)
show(lambda: D(0) ** 0)
show(lambda: D(10) // 0)

# Comparisons and hashing
print D(1) == 1, D('1.0') == 1, D(1) == 1.0, D('0.1') == 0.1, D(1) < 2, D(2) > 1.5, D(1) != D(1)
print D('nan') == D('nan'), D('nan') != 1, sorted([D(3), D('-1'), D('2.5'), D(0)])
show(lambda: D('nan') < 1)
show(lambda: D('snan') == 1)
print hash(D(5)) == hash(5), hash(D('5.0')) == hash(5), hash(D('0.5')) == hash(0.5), hash(D(10**30)) == hash(10**30)
print hash(D('1.1')) == hash(D('1.10')), hash(D('inf')), hash(D('nan'))
show(hash, D('snan'))
print max(D(1), D(2)), min(D(1), D('0.5')), D(3).max(D('nan')), D(3).min(D(-4))
print D(1).compare(D(2)), D(2).compare(D(2)), D(-3).compare_total(D(3)), D('1.0').compare_total(D('1.00'))

# Conversions
print int(D('7.9')), int(D('-7.9')), long(D('1e3')), float(D('1.5')), float(D('-nan')), complex(D('2.5'))
print D('1.234').__trunc__(), round(D('2.5')), str(D('1e-7')), str(D('123e3')), D('0.00001').to_eng_string()
print D('123e3').to_eng_string(), D('-0E+2').to_eng_string(), repr(D('1.50').normalize()), D('100').normalize()
show(int, D('nan'))
show(int, D('-inf'))
show(float, D('snan'))
print D(3).real, D(3).imag, D(3).conjugate(), D('2.5').adjusted(), D('0.001').adjusted()

# Quantize and rounding
for r in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
          ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print r, [str(D(v).quantize(D('0.1'), rounding=r)) for v in
              ['1.25', '1.35', '-1.25', '1.21', '-1.29', '1.05', '1.0', '-0.01']]
print D('7.325').quantize(D('.01'), rounding=ROUND_DOWN), D('7.325').quantize(D('1.'), rounding=ROUND_UP)
show(D('1e30').quantize, D('1e-10'))
print D('2.5').to_integral(), D('3.5').to_integral_value(), D('-2.7').to_integral_exact(ROUND_DOWN)
print D('1.2345').__round__ if hasattr(D, '__round__') else 'no __round__'

# Contexts
c = getcontext()
print c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.Etiny(), c.Etop()
print repr(c.flags[InvalidOperation]), sorted(k.__name__ for k, v in c.traps.items() if v)
c.clear_flags()
print repr(Context(prec=5, traps=[], flags=[Inexact]))
ctx = Context(prec=5, rounding=ROUND_HALF_UP, traps=[])
print ctx.add(D('1.23456'), D('1')), ctx.divide(1, 7), ctx.sqrt(2), ctx.power(2, 100), ctx.exp(1)
print sorted(k.__name__ for k, v in ctx.flags.items() if v)
print ctx.divide(1, 0), ctx.divide(0, 0), ctx.ln(-1), ctx.multiply(D('9e999999999'), 10)
print sorted(k.__name__ for k, v in ctx.flags.items() if v)
show(ctx.add, 1.5, 2)
print ctx.create_decimal('3.14159265'), ctx.create_decimal_from_float(0.1), ctx.create_decimal(' 1')
ctx.traps[Inexact] = 1
show(ctx.divide, 1, 3)
try:
    ctx.divide(1, 3)
except Inexact as e:
    print 'caught', type(e).__name__, isinstance(e, ArithmeticError), isinstance(e, DecimalException)
print issubclass(DivisionByZero, ZeroDivisionError), issubclass(Overflow, Inexact), issubclass(Underflow, Subnormal)
print issubclass(InvalidOperation, ArithmeticError), Overflow.__mro__[1].__name__

with localcontext() as lc:
    lc.prec = 4
    print D(1) / 7, getcontext() is lc
print D(1) / 7
with localcontext(ExtendedContext) as lc:
    print D(1) / 0, D(0) / 0, lc.prec
old = getcontext()
setcontext(BasicContext)
print getcontext() is BasicContext, getcontext().prec, D(2) / 3
setcontext(old)
print getcontext() is old
c2 = getcontext().copy()
c2.prec = 3
print getcontext().prec, c2.prec

# Mathematical functions
for v in ['2', '0.5', '100', '1e-5', '12345.6789', '1']:
    x = D(v)
    print v, x.sqrt(), x.exp(), x.ln(), x.log10(), x.logb()
print D(0).ln(), D('inf').exp(), D('-inf').exp(), D(0).log10(), D(0).sqrt(), D('-0').sqrt()
print D(2) ** D('0.5'), D(4) ** D('0.5'), D('0.5') ** 10, D(2) ** -3, D(10) ** 20, D('1.1') ** 100
print D('-2') ** 3, D('-8') ** D('1') / 3, D('1.000') ** 5, D(1) ** D('0.5')
print D('3').fma(4, 5), D('1.5').scaleb(3), D('12.5').logb(), D('1e500').ln()
print D(10).remainder_near(6), D(10).remainder_near(4), D(-10) % 3, D(10) % D('-3')
print D('1.1').next_plus(), D('1.1').next_minus(), D('1').next_toward(2), D('1').next_toward(0)
print D('1101').logical_and(D('0111')), D('1101').logical_or(D('0011')), D('1101').logical_xor(D('0111'))
print D('101').logical_invert(), D('123456').rotate(2), D('123456').shift(-2), D('12').shift(3)
show(D('12').logical_and, D('3'))
print D(1).same_quantum(D('1.0')), D('1.0').same_quantum(D('2.0')), D('nan').same_quantum(D('snan'))
for v in ['1', '-1', '0', '-0', '1e-1000000000', 'inf', '-inf', 'nan', 'snan']:
    print v, D(v).number_class(), D(v).is_finite(), D(v).is_nan(), D(v).is_signed(), D(v).is_zero(), D(v).is_normal(), D(v).is_subnormal()
print D(1).copy_sign(D(-2)), D(-1).copy_abs(), D(1).copy_negate(), D('1.5').max_mag(D('-2')), D('1.5').min_mag(D('-2'))
print D(5).radix(), D(5).canonical(), D(5).is_canonical(), D('-1e3').compare_total_mag(D(1))

# Formatting
for spec in ['', 'f', '.2f', ',.2f', '10.3e', '<10', '^12.1%', 'g', '.3g', '+.1f', ' .0f', '012.2f', 'E', '08,.1f', 'n']:
    for v in ['1234.5678', '-0.000012', '1e10', '0', 'nan', '-inf']:
        try:
            print repr(spec), v, repr(format(D(v), spec))
        except Exception as e:
            print repr(spec), v, type(e).__name__
print '{0:.3f} {1:>8} {2:e}'.format(D('3.14159'), D('2.5'), D('12345'))
show(format, D(1), 'z')

# Pickling support, copying, subclassing
import copy
x = D('-1.5e-7')
print x.__reduce__(), copy.copy(x) is x, copy.deepcopy(x) is x
class MyDecimal(Decimal):
    def double(self):
        return self * 2
m = MyDecimal('1.5')
print type(m).__name__, repr(m), m.double(), type(m + 1).__name__, type(copy.copy(m)).__name__
print isinstance(D(1), decimal._numbers.Number), isinstance(D(1), decimal._numbers.Real)
print D(1) in [1.0, 'a'], D(10) in set([10]), {D(2): 'two'}[2]

# Hashes of integral values written with fractional digits; 'n' formats.
print hash(D('998998155977739644951165914700E-1')) == hash(99899815597773964495116591470)
print hash(D('12.000')) == hash(12), hash(D('-0.250')) == hash(-0.25), hash(D('1E+22')) == hash(10**22)
for spec in ['.0n', ',n', '.3n', '10n']:
    try:
        print repr(format(D('1234.5'), spec))
    except ValueError as e:
        print 'ValueError', e
print repr(Context(flags=[Inexact, Rounded]).flags[Rounded]), Context(traps={Inexact: 1}).traps == {Inexact: 1}
