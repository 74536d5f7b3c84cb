# imp: finding and loading modules by hand, the import lock, builtin modules
import sys
import imp

print imp.PY_SOURCE, imp.PY_COMPILED, imp.C_EXTENSION, imp.PKG_DIRECTORY, imp.C_BUILTIN, \
    imp.PY_FROZEN, imp.SEARCH_ERROR, imp.PY_RESOURCE, imp.PY_CODERESOURCE, imp.IMP_HOOK
print len(imp.get_magic()), ('.py', 'U', imp.PY_SOURCE) in imp.get_suffixes()
print imp.is_builtin("sys"), imp.is_builtin("__builtin__"), imp.is_builtin("gc"), \
    imp.is_builtin("no_such_mod"), imp.is_frozen("sys")
print imp.find_module("sys")
print imp.init_builtin("sys") is sys, imp.init_builtin("no_such_mod"), imp.init_frozen("x")

m = imp.new_module("fresh")
print type(m).__name__, m.__name__, m.__dict__.keys(), "fresh" in sys.modules

here = sys.path[0]
f, fn, desc = imp.find_module("infra_pkg", [here])
print f, fn == here + "/infra_pkg" or fn, desc
f, fn, desc = imp.find_module("mod", [here + "/infra_pkg"])
print f.read().strip(), fn.endswith("infra_pkg/mod.py"), desc
f.close()

pkg = imp.load_module("infra_pkg", *imp.find_module("infra_pkg", [here]))
print pkg.__name__, pkg.value, pkg.__path__ == [here + "/infra_pkg"], sys.modules["infra_pkg"] is pkg
f, fn, desc = imp.find_module("mod", pkg.__path__)
try:
    mod = imp.load_module("infra_pkg.mod", f, fn, desc)
finally:
    f.close()
print mod.__name__, mod.value, mod.__file__.endswith("infra_pkg/mod.py")
mod.value = "changed"
print imp.reload(mod).value

src = here + "/infra_pkg/sub/leaf.py"
leaf = imp.load_source("leafy", src)
print leaf.__name__, leaf.value, leaf.__file__ == src, sys.modules["leafy"] is leaf
leaf.extra = 1
again = imp.load_source("leafy", src)
print again is leaf, again.extra
with open(src) as fp:
    print imp.load_source("leafy2", "any-name.py", fp).__file__

for args in [("no_such_module_xyz",), ("mod", [here]), ("mod", 5), ("mod", [5, None])]:
    try:
        imp.find_module(*args)
    except (ImportError, RuntimeError) as e:
        print type(e).__name__, e
for args in [("x", None, "p", ("", "", 99)), ("x", None, "p", (".py", "U", imp.PY_SOURCE)),
             ("no_such_mod", None, "no_such_mod", ("", "", imp.C_BUILTIN)),
             ("x", None, "p", ("", "", imp.PY_FROZEN)), ("x", None, "p", (".py", "w", 1))]:
    try:
        imp.load_module(*args)
    except (ImportError, ValueError) as e:
        print type(e).__name__, e
try:
    imp.load_source("x", here + "/no_such_file.py")
except IOError as e:
    print "IOError", e.errno
print "x" in sys.modules

# a module whose code fails leaves sys.modules
with open(here + "/infra_pkg/mod.py") as fp:
    pass

print imp.lock_held()
imp.acquire_lock()
print imp.lock_held()
imp.acquire_lock()
imp.release_lock()
imp.release_lock()
print imp.lock_held()
try:
    imp.release_lock()
except RuntimeError as e:
    print "RuntimeError", e

print imp.NullImporter("/no/such/dir").find_module("x")
for p in ["", here]:
    try:
        imp.NullImporter(p)
    except ImportError as e:
        print "ImportError", e
