# Deep recursion raises RuntimeError at the recursion limit, catchable at any level.
import sys
def f(n):
    try:
        return f(n + 1)
    except RuntimeError, e:
        return n, e
n, e = f(0)
print n, e
print sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print f(0)[0]
sys.setrecursionlimit(1000)
def g():
    return g()
try:
    g()
except RuntimeError, e:
    print 'caught', e
class R(object):
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RuntimeError, e:
    print 'repr recursion:', e
