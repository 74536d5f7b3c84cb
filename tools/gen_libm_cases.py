#!/usr/bin/env python2.7
# libm results of CPython 2.7 on Linux (glibc) for CRMathTest: "<fn> <args hex...> <result hex>".
# Usage: gen_libm_cases.py COUNT > libm-cases.txt
import math, random, struct, sys
def h(x): return '%016x' % struct.unpack('>Q', struct.pack('>d', x))[0]
rnd = random.Random(5)
for i in range(int(sys.argv[1])):
    x = rnd.uniform(0, 100) if i % 2 else math.exp(rnd.uniform(-700, 700))
    y = rnd.uniform(-10, 10) if i % 3 else rnd.uniform(-300, 300)
    try: p = x ** y
    except OverflowError: continue
    a = rnd.uniform(-20, 20)
    print 'pow', h(x), h(y), h(p)
    print 'exp', h(a), h(math.exp(a))
    print 'log', h(x), h(math.log(x))
    print 'sin', h(a), h(math.sin(a))
    print 'cos', h(a), h(math.cos(a))
    print 'atan2', h(a), h(y), h(math.atan2(a, y))
    print 'hypot', h(a), h(y), h(math.hypot(a, y))
# extreme hypot arguments
for i in range(int(sys.argv[1])):
    a = math.ldexp(rnd.random(), rnd.randrange(-1074, 1024))
    b = a * math.ldexp(rnd.random(), rnd.randrange(-80, 5)) if i % 2 else math.ldexp(rnd.random(), rnd.randrange(-1074, 1024))
    try: r = math.hypot(a, b)
    except OverflowError: continue
    print 'hypot', h(a), h(b), h(r)
