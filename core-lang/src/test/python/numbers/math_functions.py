import math
def t(f, *a):
    try: r = f(*a); print f.__name__, a, repr(r)
    except Exception as e: print f.__name__, a, type(e).__name__, e
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 0.1, 1e-10, 1e-300, 3.7, -3.7, 10.0, 100.0, 700.0, 710.0, 1e10, 1e300, float('inf'), float('-inf'), float('nan'), 5, 2**70, -2**70, 0.9999999999, 1.0000001, 22.5, 1.5, 4.5e15, 1e-320]
for name in ['acos','acosh','asin','asinh','atan','atanh','ceil','floor','cos','cosh','sin','sinh','tan','tanh','exp','expm1','fabs','log1p','sqrt','erf','erfc','gamma','lgamma','degrees','radians','isinf','isnan','frexp','modf','log','log10','trunc']:
    for v in vals:
        t(getattr(math, name), v)
for a, b in [(1,2),(0.0,-0.0),(-0.0,-1),(float('inf'),1),(1,float('inf')),(float('nan'),0),(0,0),(2,1e308),(-8,1.0/3),(0,-1),(0,-2.5),(1e308,1e308),(-1,float('inf')),(0,float('-inf')),(2.5,-3),(-2,3),(10,-400),(3,0.5)]:
    for name in ['atan2','copysign','fmod','hypot','pow']:
        t(getattr(math, name), a, b)
for a, b in [(1,2),(1.5,1024),(1.5,1025),(0.75,-1074),(0.75,-1080),(1,2**100),(1,-2**100),(0.0,2**100),(3, 2.0)]:
    t(math.ldexp, a, b)
for args in [(100,10),(8,2),(2**1000,2),(10**400,10),(1,1),(0,),(-1,),(10**400,),(2L,),(0L,),(-5L,)]:
    t(math.log, *args)
t(math.log10, 10**400); t(math.log10, 1000); t(math.log10, 2**1023); t(math.log1p, -1)
print math.pi, math.e, repr(math.pi), repr(math.e)
print math.fsum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(x/7.0 for x in range(1000))
t(math.fsum, [float('inf'), float('-inf')]); t(math.fsum, [1e308, 1e308]); t(math.fsum, [float('inf'), 1.0]); t(math.fsum, [float('nan')]); t(math.fsum, ['a'])
t(math.factorial, 20); t(math.factorial, 30); t(math.factorial, 5.0); t(math.factorial, 5.5); t(math.factorial, -1); t(math.factorial, 'a'); t(math.factorial, 0)
t(math.sqrt, 'x'); t(math.sqrt); t(math.pow, 1); t(math.ldexp, 1, 2.0); t(math.trunc, 2.7); t(math.trunc, -2.7); t(math.trunc, 'x'); t(math.log, 10, 1); t(math.log, 2, 0.5)
class F(object):
    def __float__(self): return 4.0
    def __trunc__(self): return 99
print math.sqrt(F()), math.trunc(F()), math.factorial(100)
