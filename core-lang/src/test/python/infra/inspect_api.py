# inspect: predicates, members, source, signatures, frames
import sys
import types
import inspect
import inspect_fodder as mod

print [name for name in sorted(dir(inspect)) if name.startswith("is")]
objs = [mod, mod.spam, mod.Plain, mod.NewStyle, mod.Plain.method, mod.Plain().method, len, [].append,
        str.join, int.__add__, mod.NewStyle.__dict__["prop"], mod.spam.func_code, sys._getframe(),
        (x for x in []), mod.Plain().gen, mod.Plain.gen, type.__dict__["__name__"], 5]
for pred in [inspect.ismodule, inspect.isclass, inspect.ismethod, inspect.isfunction, inspect.isbuiltin,
             inspect.isroutine, inspect.iscode, inspect.isframe, inspect.isgenerator,
             inspect.isgeneratorfunction, inspect.isdatadescriptor, inspect.ismethoddescriptor,
             inspect.isgetsetdescriptor, inspect.ismemberdescriptor, inspect.istraceback, inspect.isabstract]:
    print pred.__name__, [i for i, o in enumerate(objs) if pred(o)]

print [n for n, v in inspect.getmembers(mod.NewStyle) if not n.startswith("__")]
print [n for n, v in inspect.getmembers(mod, inspect.isclass)]
print [(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(mod.Child)
       if not a.name.startswith("__")]
print [c.__name__ for c in inspect.getmro(mod.Child)]
print [c.__name__ for c in inspect.getmro(mod.Plain)], inspect.getmro(int)


class A:
    pass


class B(A):
    pass


class C(B, A):
    pass
print [c.__name__ for c in inspect.getmro(C)]

print repr(inspect.getdoc(mod.spam))
print repr(inspect.cleandoc("  first\n    second\n      third\n\n"))
print inspect.getdoc(5), repr(inspect.getdoc(mod.Plain.method))
print inspect.indentsize("    x"), inspect.indentsize("\tx")

print inspect.getfile(mod).endswith("inspect_fodder.py"), inspect.getsourcefile(mod.spam).endswith(".py")
print inspect.getmodule(mod.spam) is mod, inspect.getmodule(mod.Plain) is mod, inspect.getmodule(5)
print inspect.getmodule(mod.spam.func_code) is mod
for bad in [len, 5, int]:
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print "TypeError", str(e)[:30]
print inspect.getmoduleinfo("/a/b/c.py"), inspect.getmodulename("x/y.py"), inspect.getmodulename("x/y.txt")

print inspect.getsource(mod.spam)
print inspect.getsourcelines(mod.Plain.method)
print inspect.getsource(mod.decorated)
print inspect.getsource(mod.NewStyle)
print repr(inspect.getsource(mod.lam))
print repr(inspect.getsource(mod.oneliner))
print repr(inspect.getcomments(mod.spam)), repr(inspect.getcomments(mod))
print inspect.getsourcelines(mod)[1], len(inspect.getsource(mod).splitlines())
print inspect.findsource(mod.Child)[1]
try:
    inspect.getsource(len)
except TypeError as e:
    print "TypeError", e

print inspect.getargspec(mod.spam)
print inspect.getargspec(mod.Plain.method), inspect.getargspec(mod.lam)
print inspect.formatargspec(*inspect.getargspec(mod.spam))
print inspect.formatargspec(["a", "b"], "args", None, (1,), formatvalue=lambda v: "=<%s>" % v)
print inspect.getargs(mod.spam.func_code)
try:
    inspect.getargspec(len)
except TypeError as e:
    print "TypeError", e


def f(a, b=1, *args, **kw):
    return inspect.getargvalues(sys._getframe())
info = f(1, 2, 3, x=4)
print info.args, info.varargs, info.keywords, sorted(info.locals)
print inspect.formatargvalues(*info)

print sorted(inspect.getcallargs(f, 1).items())
print sorted(inspect.getcallargs(f, 1, 2, 3, z=5).items())
print sorted(inspect.getcallargs(mod.Plain().method, 7).items())[1:]
for args, kw in [((), {}), ((1,), {"a": 2}), ((1, 2), {"q": 1})]:
    try:
        inspect.getcallargs(mod.Plain.method, *args, **kw)
    except TypeError as e:
        print "TypeError", e

fr = mod.frames()
print inspect.isframe(fr), fr.f_code.co_name, inspect.getlineno(fr) > 0
info = inspect.getframeinfo(fr)
print info.function, info.filename.endswith("inspect_fodder.py"), info.code_context, info.index
cur, st = mod.current()
print cur.f_code.co_name, [s[3] for s in st]
print [len(s) for s in st][:1], st[0][4]
try:
    mod.raiser()
except ValueError:
    tr = inspect.trace()
    print [(t[3], t[4][0].strip()) for t in tr]
    print [t[3] for t in inspect.getinnerframes(sys.exc_info()[2], 0)]
print [x.__name__ for x in (inspect.ArgSpec, inspect.ArgInfo, inspect.Arguments, inspect.Attribute, inspect.Traceback)]
print inspect.CO_GENERATOR, inspect.CO_VARARGS, inspect.TPFLAGS_IS_ABSTRACT
tree = inspect.getclasstree([mod.Child, mod.NewStyle, B, C])


def names(t):
    if isinstance(t, list):
        return [names(x) for x in t]
    return (t[0].__name__, [b.__name__ for b in t[1]])
print names(tree)
print names(inspect.getclasstree([mod.Child, mod.NewStyle, B, C], 1))
