# Scopes, closures, globals, nested functions, class bodies, lambdas.
x = 'global x'
def f():
    return x
print f()
def g():
    x = 'local x'
    def h():
        return x
    return h()
print g()
def counter():
    n = [0]
    def inc():
        n[0] = n[0] + 1
        return n[0]
    return inc
c = counter()
print c(), c(), c()
def set_global():
    global x
    x = 'changed'
set_global()
print x
def unbound():
    try:
        print y
    except UnboundLocalError, e:
        print 'UnboundLocalError:', e
    y = 1
unbound()
def freevar():
    def inner():
        return z
    try:
        inner()
    except NameError, e:
        print 'NameError:', e
    z = 1
freevar()
class K:
    a = 1
    b = a + 1
    def m(self):
        try:
            return a
        except NameError, e:
            return 'NameError: %s' % e
print K.b, K().m()
def make_adders():
    return [lambda y, i=i: i + y for i in range(3)]
print [f(10) for f in make_adders()]
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print late()
print [i for i in range(3)], i
def gen_scope():
    return list(j * 2 for j in range(3))
print gen_scope()
try:
    j
except NameError, e:
    print 'NameError:', e
def outer():
    v = 1
    class C(object):
        w = v + 1
        def get(self):
            return v
    return C
C = outer()
print C.w, C().get()
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print deep()
def params(a, b=2, *args, **kw):
    return a, b, args, sorted(kw.items())
print params(1)
print params(1, 3, 4, 5, x=6, y=7)
print params(b=9, a=8)
def sub((a, b), c):
    return a, b, c
print sub((1, 2), 3)
def defaults_eval(l=[]):
    l.append(1)
    return l
print defaults_eval(), defaults_eval()
print (lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3)
def exec_in_function():
    exec "q = 42"
    return q
print exec_in_function()
ns = {}
exec "a = 1\nb = a + 1" in ns
print ns['a'], ns['b']
print eval("x + '!'"), eval("k * 2", {'k': 21})
print locals() is globals()
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print loc()
