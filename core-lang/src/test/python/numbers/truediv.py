# True division (from __future__ import division) and the division methods called directly.
from __future__ import division
import sys

values = [0, 1, -7, 3, sys.maxint, -sys.maxint - 1, 2 ** 53 + 1, 2 ** 64, 10 ** 30, -3L, 0L,
          10 ** 400, True, 2.5, -0.0, 1e308, float('inf'), float('nan'), 1 + 2j, 0j]


def show(a, op, b, f):
    try:
        r = f(a, b)
    except Exception as e:
        print repr(a), op, repr(b), '!!', type(e).__name__, e
    else:
        print repr(a), op, repr(b), '->', repr(r), type(r).__name__


for a in values:
    for b in values:
        show(a, '/', b, lambda a, b: a / b)
for a in values:
    for b in values:
        show(a, '__truediv__', b, lambda a, b: a.__truediv__(b))
        show(a, '__div__', b, lambda a, b: a.__div__(b))
        show(a, '__floordiv__', b, lambda a, b: a.__floordiv__(b))
        show(a, '__rtruediv__', b, lambda a, b: a.__rtruediv__(b))
x = 5
x /= 2
print x
y = 10 ** 20
y /= 3
print repr(y)
# correctly rounded big quotients
print repr((2 ** 60 + 1) / 3), repr((10 ** 200 + 7) / (10 ** 199)), repr(1 / (10 ** 300)), repr(-(10 ** 300) / 3)
try:
    print -(10 ** 320) / 3
except OverflowError as e:
    print 'OverflowError', e
print repr((2 ** 1100) / (2 ** 1000 + 1)), repr(1 / 2 ** 1074), repr(1 / 2 ** 1075), repr(3 / 2 ** 1076)
print repr(9007199254740993 / 1), repr(-9007199254740995 / 1), repr(2 ** 1023 * 3 // 2 / 1)
