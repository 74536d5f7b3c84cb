# warnings: filters, registries, formatting, catch_warnings, -W option parsing
import sys
import warnings

print [(a, m, c.__name__, mo, l) for (a, m, c, mo, l) in warnings.filters]
print warnings.defaultaction, warnings.onceregistry
sys.stderr = sys.stdout  # show the default showwarning's output in order

warnings.warn("plain")
warnings.warn("plain")          # same line: shown once ("default")
for i in range(3):
    warnings.warn("in a loop")  # shown once
warnings.warn("deprecated", DeprecationWarning)  # ignored by default
warnings.warn(RuntimeWarning("an instance"))


def deep():
    warnings.warn("from the caller", stacklevel=2)
deep()
warnings.warn("off the stack", stacklevel=50)

print sorted((k[0], k[1].__name__, k[2]) for k in __warningregistry__)

print repr(warnings.formatwarning("msg", UserWarning, "file.py", 10))
print repr(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  some line  "))
print repr(warnings.formatwarning(u"uni", FutureWarning, "<x>", 3, ""))
print repr(warnings.formatwarning(u"uni\xe9", FutureWarning, "<x>", 3, "li\xe9ne"))


class Out(object):
    def write(self, s):
        print "OUT:", repr(s)
warnings.showwarning("shown", SyntaxWarning, "f.py", 7, Out())
warnings.showwarning("shown", SyntaxWarning, "f.py", 7, Out(), "src")

# actions
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print warnings.filters
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("always")
    print len(log), [str(w.message) for w in log]
    del log[:]
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once1")
        warnings.warn("once1")
    print len(log)
    del log[:]
    warnings.simplefilter("module")
    warnings.warn("mod")
    warnings.warn("mod")
    print len(log)
    del log[:]
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("ignored")
    warnings.warn("not ignored", RuntimeWarning)
    print [(str(w.message), w.category.__name__) for w in log]
    del log[:]
    warnings.filterwarnings("error", "bad.*", UserWarning)
    try:
        warnings.warn("Bad thing")
    except UserWarning as e:
        print "raised", repr(e)
    warnings.warn("good thing")
    print len(log)
    warnings.filterwarnings("error", category=RuntimeWarning, module="other")
    warnings.warn("rt", RuntimeWarning)
    warnings.filterwarnings("error", category=RuntimeWarning, module="__main__")
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print "raised", e
    warnings.resetwarnings()
    warnings.simplefilter("error", lineno=1)
    warnings.simplefilter("always", append=1)
    del log[:]
    warnings.warn("lineno")
    print len(log), log[0].lineno > 1, log[0].filename == __file__
    w = log[0]
    print w.message, w.category, w.file, w.line
    print str(w).replace(repr(w.filename), "FILE").replace(" : %d," % w.lineno, " : N,")

print [(a, c.__name__) for (a, m, c, mo, l) in warnings.filters]

# bad arguments
for args in [("bogus",), ("error", 5), ("error", "", int), ("error", "", Warning, 3),
             ("error", "", Warning, "", -1), ("error", "", "notaclass")]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print "AssertionError:", e
try:
    warnings.simplefilter("always", lineno="x")
except AssertionError as e:
    print "AssertionError:", e
try:
    warnings.warn("x", int)
except ValueError as e:
    print "ValueError:", e
try:
    warnings.warn("x", 5)
except TypeError as e:
    print "TypeError:", e

# warn_explicit
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    reg = {}
    warnings.warn_explicit("explicit", UserWarning, "spam.py", 12, registry=reg)
    warnings.warn_explicit("explicit", UserWarning, "spam.py", 12, registry=reg)
    warnings.warn_explicit(UserWarning("inst"), None, "eggs.py", 13)
    try:
        warnings.warn_explicit("x", UserWarning, "eggs.py", "13")
    except TypeError as e:
        print "TypeError:", e
    print [(str(w.message), w.filename, w.lineno) for w in log]
    print sorted(reg.items())
    warnings.filterwarnings("error", module="spam")
    try:
        warnings.warn_explicit("to module", UserWarning, "spam.py", 1)
    except UserWarning as e:
        print "module from filename:", e
    warnings.showwarning = None
    try:
        warnings.warn("nocall")
    except TypeError as e:
        print "TypeError:", e
print warnings.showwarning is warnings._show_warning
print repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True))

cw = warnings.catch_warnings()
try:
    cw.__exit__()
except RuntimeError as e:
    print e
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print e
cw.__exit__()

# -W options
for opt in ["error", "ignore::DeprecationWarning", "a", "i:msg:UserWarning:mod:10",
            "bogus", "error:::::", "d::NoSuchWarning", "d::exceptions.Warning",
            "d::nosuchmod.X", "d::int", "d::warnings.nosuch", "d:::m:x", "d:::m:-2"]:
    with warnings.catch_warnings():
        warnings.resetwarnings()
        try:
            warnings._setoption(opt)
        except warnings._OptionError as e:
            print opt, "->", "error", e
        else:
            a, m, c, mo, l = warnings.filters[0]
            print opt, "->", a, m.pattern, c.__name__, mo.pattern, l
with warnings.catch_warnings():
    warnings._processoptions(["ignore", "nonsense"])
    print warnings.filters[0][0]

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warnpy3k("py3k")
    print len(log)
print warnings.__all__
