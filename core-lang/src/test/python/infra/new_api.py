# new: building classic classes, instances, methods, functions and modules
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    import new
print [str(x.message) for x in w]
print sorted(n for n in dir(new) if not n.startswith("_") and n != "code")


class C:
    def m(self):
        return "m", self.__class__.__name__

X = new.classobj("X", (C,), {"y": 1})
print X.__name__, X.y, X().m()
i = new.instance(C, {"z": 3})
print i.z, i.m(), new.instance(C).__dict__, new.instance(C, None).__dict__
for args in [(), (1, 2, 3), (int,), (C, 5)]:
    try:
        new.instance(*args)
    except TypeError as e:
        print "TypeError:", e


def f(a, b=2):
    return a + b
print new.instancemethod(f, 1, int)(), new.instancemethod(f, None, int)
m = new.module("mm", "doc")
print m, m.__doc__, m.__name__
g = new.function(f.func_code, {}, "renamed", (10,))
print g(1), g.__name__, g.func_defaults


def outer():
    x = 5

    def inner():
        return x
    return inner
inn = outer()
print new.function(inn.func_code, {}, None, None, inn.func_closure)()


def f2(x):
    def g(y):
        return x + y
    return g
g = f2(4)
print new.function(g.func_code, {}, "blah", (2,), g.func_closure)()
for fn, cl, extra in [(g, None, {}), (g, (1,), {}), (g, (1, 1), {}), (f2, g.func_closure, {}),
                      (f2, 5, {}), (f2, None, {"name": 5}), (f2, None, {"argdefs": [1]})]:
    try:
        kw = dict(name="", argdefs=None)
        kw.update(extra)
        new.function(fn.func_code, {}, kw["name"], kw["argdefs"], cl)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
