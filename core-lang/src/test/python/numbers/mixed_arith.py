# Mixed-type arithmetic tables: every binary operator over ints, longs, bools, floats and
# complex numbers, with the result's type, or the exception.
import sys

values = [0, 1, -7, 3, 12, sys.maxint, -sys.maxint - 1, 2 ** 40, 2 ** 64, -3L, 0L, 5L,
          True, False, 2.5, -0.0, 0.0, -1.75, 1e308, 1e-300, float('inf'), float('-inf'), float('nan'),
          1 + 2j, 0j, -1.5j, complex(3, 0)]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('**', lambda a, b: a ** b), ('<<', lambda a, b: a << b), ('>>', lambda a, b: a >> b),
       ('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b),
       ('divmod', divmod), ('cmp', cmp), ('<', lambda a, b: a < b), ('<=', lambda a, b: a <= b),
       ('==', lambda a, b: a == b), ('!=', lambda a, b: a != b), ('>', lambda a, b: a > b),
       ('>=', lambda a, b: a >= b), ('coerce', coerce)]
unary = [('-', lambda a: -a), ('+', lambda a: +a), ('abs', abs), ('~', lambda a: ~a), ('hash', hash),
         ('bool', bool), ('int', int), ('long', long), ('float', float), ('complex', complex),
         ('hex', hex), ('oct', oct)]


def small(x):
    return isinstance(x, (int, long)) and -200 <= x <= 200


def show(a, op, b, f):
    try:
        if b is None:
            r = f(a)
        else:
            r = f(a, b)
    except Exception as e:
        print repr(a), op, repr(b), '!!', type(e).__name__, e
    else:
        print repr(a), op, repr(b), '->', repr(r), type(r).__name__


for op, fn in ops:
    for a in values:
        for b in values:
            if op == '**' and not (small(b) or isinstance(b, (float, complex))):
                continue
            if op == '**' and isinstance(b, complex) and isinstance(a, (int, long)) and abs(a) > 10 ** 10:
                continue
            if op in ('<<', '>>') and isinstance(b, (int, long)) and b > 1000:
                continue
            if op == 'cmp' and type(a) is float and type(b) is float and (a != a or b != b):
                continue  # CPython orders such floats by their addresses
            show(a, op, b, fn)

for op, fn in unary:
    for a in values:
        show(a, op, None, fn)
