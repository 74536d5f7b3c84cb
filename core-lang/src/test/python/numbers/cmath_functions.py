import cmath
inf = float('inf'); nan = float('nan')
parts = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -3.5, 1e-300, 1e300, 710.0, -710.0, inf, -inf, nan, 1e-320]
for name in ['acos','acosh','asin','asinh','atan','atanh','cos','cosh','exp','log','log10','sin','sinh','sqrt','tan','tanh','phase','polar','isinf','isnan']:
    f = getattr(cmath, name)
    for re in parts:
        for im in parts[::3]:
            z = complex(re, im)
            try: r = f(z)
            except Exception as e: r = type(e).__name__ + ' ' + str(e)
            print name, repr(z), repr(r)
for a in [(1,1),(0,),(0,2),(1j,0),(2,0j),(8,2),(100,10j)]:
    try: print cmath.log(*a)
    except Exception as e: print a, type(e).__name__, e
for r in [0.0, -0.0, 1.0, -2.0, inf, -inf, nan]:
    for p in [0.0, -0.0, 1.0, -2.0, inf, nan]:
        try: print 'rect', r, p, repr(cmath.rect(r, p))
        except Exception as e: print 'rect', r, p, type(e).__name__, e
def t(f, *a):
    try: print repr(f(*a))
    except Exception as e: print type(e).__name__, e
t(cmath.sqrt, 'x'); t(cmath.sqrt); t(cmath.sqrt, 1, 2); t(cmath.phase); t(cmath.polar, 1, 2); t(cmath.rect, 1); t(cmath.rect, 1j, 1); t(cmath.log); t(cmath.log, 1, 2, 3)
class C(object):
    def __complex__(self): return 2j
class F(object):
    def __float__(self): return 4.0
print cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(-4), cmath.sqrt(4L), cmath.pi, cmath.e
t(cmath.polar, complex(1e308, 1e308))
