# decimal: every Context operation over pseudo-random operands in contexts of
# varied precision, rounding, exponent limits and clamping; results and the
# flags they raise (traps off).
import decimal
from decimal import Decimal, Context

state = [20261125]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n

def choice(seq):
    return seq[rnd(len(seq))]

SPECIALS = ['NaN', '-NaN7', 'sNaN', 'Inf', '-Inf', '0', '-0', '0E+5', '0E-7']

def operand():
    if rnd(20) == 0:
        return choice(SPECIALS)
    nd = choice([1, 1, 2, 3, 5, 9, 15, 30])
    digits = ''.join([str(rnd(10)) for i in range(nd)])
    e = choice([0, 0, -1, -2, 1, 3, -5, -10, 10, rnd(801) - 400])
    return choice(['', '-']) + digits + 'E' + str(e)

ROUNDINGS = ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
             'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']
BINARY = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder',
          'remainder_near', 'power', 'compare', 'compare_signal', 'max', 'min',
          'max_mag', 'min_mag', 'quantize', 'compare_total', 'compare_total_mag',
          'next_toward', 'same_quantum', 'copy_sign', 'scaleb', 'rotate', 'shift',
          'divmod', 'logical_and', 'logical_or', 'logical_xor']
UNARY = ['sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'plus', 'minus', 'abs',
         'next_plus', 'next_minus', 'to_integral_exact', 'to_integral_value',
         'number_class', 'to_eng_string', 'to_sci_string', 'is_normal',
         'is_subnormal', 'copy_abs', 'copy_negate', 'logical_invert', 'create_decimal']

for i in range(400):
    prec = choice([1, 3, 5, 9, 16, 28, 34])
    emax = choice([999999999, 384, 99])
    c = Context(prec=prec, rounding=getattr(decimal, choice(ROUNDINGS)),
                Emax=emax, Emin=-emax, traps=[])
    c._clamp = choice([0, 0, 1])
    if rnd(2):
        op = choice(UNARY)
        args = [operand()]
        if op == 'exp' and rnd(5):
            args = [choice(['', '-']) + str(rnd(1000)) + 'E' + str(-rnd(6))]
        if op == 'logical_invert' or rnd(4) == 0 and op.startswith('logical'):
            args = [''.join([choice('01') for k in range(rnd(prec) + 1)])]
    else:
        op = choice(BINARY)
        args = [operand(), operand()]
        if op == 'power' and rnd(5) < 3:
            args = [str(rnd(201)) + 'E' + str(rnd(5) - 3),
                    choice(['', '-']) + str(rnd(41)) + 'E' + str(-rnd(3))]
        if op in ('scaleb', 'rotate', 'shift') and rnd(5):
            args[1] = str(rnd(2 * prec + 1) - prec)
        if op.startswith('logical') and rnd(4):
            args = [''.join([choice('01') for k in range(rnd(prec) + 1)])
                    for j in range(2)]
    if op == 'create_decimal':
        values = args
    else:
        values = [Decimal(a) for a in args]
    try:
        result = getattr(c, op)(*values)
    except Exception as e:
        result = '%s: %s' % (type(e).__name__, e)
    flags = sorted([k.__name__ for k, v in c.flags.items() if v])
    print i, op, prec, c.rounding, emax, c._clamp, ' '.join(args), '->', result, flags

# Operators on the current context with the default traps.
decimal.setcontext(Context(prec=12))
for i in range(120):
    a, b = Decimal(operand()), Decimal(operand())
    if a.is_snan() or b.is_snan():
        continue
    row = []
    for expr in ['a + b', 'a - b', 'a * b', 'a / b', 'a // b', 'a % b', '-a', 'abs(b)',
                 'a < b', 'a == b', 'divmod(a, b)', 'a.compare(b)', 'str(a)', 'a.to_eng_string()']:
        try:
            row.append(str(eval(expr)))
        except Exception as e:
            row.append(type(e).__name__)
    print i, ' | '.join(row)
