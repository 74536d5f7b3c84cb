#!/usr/bin/env python2.7
# Generates float-formatting cases from CPython 2.7 for FloatFormatTest:
#   <hex bits> <kind> <precision> <alt> <result>
# kinds: r (repr), s (str), and the % conversions e f g E F G.
# Usage: gen_float_cases.py COUNT SEED > cases.txt
import random, struct, sys

def bits(x):
    return struct.unpack('>Q', struct.pack('>d', x))[0]

def value(b):
    return struct.unpack('>d', struct.pack('>Q', b))[0]

def interesting(rnd):
    k = rnd.randrange(8)
    if k == 0:   # any bit pattern (all magnitudes)
        return value(rnd.getrandbits(64))
    if k == 1:   # short decimals
        return float('%d.%de%d' % (rnd.randrange(1000), rnd.randrange(1000), rnd.randrange(-30, 30)))
    if k == 2:   # integers and halves
        return rnd.randrange(-10**6, 10**6) / rnd.choice([1.0, 2.0, 4.0, 8.0, 1000.0, 3.0])
    if k == 3:   # around powers of two and ten
        b = bits(rnd.choice([2.0, 10.0]) ** rnd.randrange(-1074 if rnd.random() < 0.5 else -300, 300))
        return value(max(0, b + rnd.randrange(-2, 3)))
    if k == 4:   # subnormals
        return value(rnd.getrandbits(52 if rnd.random() < 0.5 else rnd.randrange(1, 53)))
    if k == 5:   # moderate magnitudes
        return rnd.uniform(-1, 1) * 10 ** rnd.randrange(-8, 20)
    if k == 6:   # decimal ties at some digit
        return float('%d5e%d' % (rnd.randrange(10 ** rnd.randrange(1, 16)), rnd.randrange(-25, 25)))
    return rnd.choice([0.0, -0.0, 1.0, 0.1, 0.5, 1e16, 1e-5, 5e-324, 1.7976931348623157e308,
                       2.2250738585072014e-308, 9007199254740993.0, 0.3, 2.5, 1e22, 1e23])

def main():
    count = int(sys.argv[1])
    rnd = random.Random(int(sys.argv[2]))
    out = sys.stdout
    for _ in range(count):
        x = interesting(rnd)
        if x != x or x in (float('inf'), float('-inf')):
            continue
        h = '%016x' % bits(x)
        out.write('%s r 0 0 %s\n' % (h, repr(x)))
        out.write('%s s 0 0 %s\n' % (h, str(x)))
        for _ in range(3):
            kind = rnd.choice('efgEFG')
            if kind in 'fF':
                p = rnd.choice([0, 1, 2, 3, 6, 10, 17, 20, rnd.randrange(0, 40)])
            else:
                p = rnd.choice([0, 1, 2, 5, 6, 12, 15, 16, 17, 18, 25, rnd.randrange(0, 40)])
            alt = rnd.random() < 0.2
            fmt = '%' + ('#' if alt else '') + '.' + str(p) + kind
            out.write('%s %s %d %d %s\n' % (h, kind, p, int(alt), fmt % x))

main()
