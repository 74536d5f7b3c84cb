# Language semantics found wrong by the lang-area conformance files (test_class, test_compare, test_index, test_scope).

# ---- old-style slices (instance_slice) ----
class A:
    def __getitem__(s, k): return k
a = A()
print a[:42], a[:], a[3:], a[None:4]
try: print a[-1:]
except Exception as e: print type(e).__name__, e
class B(A):
    def __len__(s): return 10
b = B()
print b[-1:], b[-3:-1], b[1:2:3]
class C:
    def __getslice__(s, i, j): return i, j
    def __len__(s): return 10
print C()[-1:], C()[:]
try: C()[None:3]
except AttributeError as e: print 'AttributeError', e

# ---- half_richcompare ignores an AttributeError from the method lookup ----
def booh(self):
    raise AttributeError("booh")
class A:
    a = property(booh)
try:
    A().a
except AttributeError, x:
    print x
class E:
    __eq__ = property(booh)
print E() == E(), E() != E()
class I:
    __init__ = property(booh)
try:
    I()
except AttributeError as e:
    print 'AttributeError', e

# ---- instance_compare coerces first ----
class Coerce:
    def __init__(self, arg):
        self.arg = arg
    def __repr__(self):
        return '<Coerce %s>' % self.arg
    def __coerce__(self, other):
        if isinstance(other, Coerce):
            return self.arg, other.arg
        else:
            return self.arg, other
class Cmp:
    def __init__(self,arg):
        self.arg = arg
    def __repr__(self):
        return '<Cmp %s>' % self.arg
    def __cmp__(self, other):
        return cmp(self.arg, other)
class Empty: pass
s = [2, 2.0, 2L, 2+0j, Coerce(2), Cmp(2.0), [1], (3,), None]
for a in s:
    print a, [a == b for b in s], [a != b for b in s]
print 2 in [Coerce(2)], Coerce(2) in [2], cmp(2, Coerce(2)), cmp(Coerce(3), 2)
print Coerce(2) < 3, 3 < Coerce(2), 2j == Coerce(2j)

# ---- __index__ must return an int or long ----
class O(object):
    def __index__(self): return self.ind
class N:
    def __index__(self): return self.ind
o = O(); n = N(); o.ind = 'dumb'; n.ind = 'bad'
import operator
for x in (o, n):
    for f in (operator.index, lambda x: [1,2][x], lambda x: [1,2][x:], lambda x: slice(x).indices(0), lambda x: 'ab'[x], lambda x: (1,2)[x], lambda x: 'ab'*x):
        try: f(x)
        except Exception as e: print type(e).__name__, e

# ---- exec in a function, del of a closure variable ----
def t():
    exec """\
def makeAddPair((a, b)):
    def addPair((c, d)):
        return (a + c, b + d)
    return addPair
""" in locals()
    return makeAddPair((1, 2))((100, 200))
print t()
def u():
    exec "len = lambda x: 42" in locals()
    return len('ab')
print u()
for src in ['def error(y):\n    exec "a = 1"\n    def f(x):\n        return x + y\n    return f\n',
            'def f(x):\n    def g():\n        return x\n    del x\n',
            'def f(y):\n    exec "a" in {}\n    def g(): return y\n']:
    try:
        compile(src, 's', 'exec'); print 'ok'
    except SyntaxError as e:
        print e

def f(x):
    return lambda: x + 1
for ns in ({}, None):
    try:
        if ns is None:
            eval(f(3).func_code)
        else:
            exec f(3).func_code in ns
    except TypeError as e:
        print 'TypeError', e

# ---- len() up to sys.maxsize ----
import sys
class Big(object):
    def __len__(self):
        return sys.maxsize
    def __getslice__(self, i, j):
        return i, j
    def __getitem__(self, k):
        return k
class BigOld:
    def __len__(self):
        return sys.maxint
    def __getslice__(self, i, j):
        return i, j
print len(Big()), len(BigOld())
print Big()[-2**100:2**100], BigOld()[-2**100:2**100], Big()[-5:-1]
try:
    bool(Big()) and len([]) + Big().__len__()
except OverflowError as e:
    print 'OverflowError', e
