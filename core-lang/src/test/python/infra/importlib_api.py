# importlib.import_module: absolute, dotted and relative names
import sys
import importlib

m = importlib.import_module("infra_pkg.mod")
print m.__name__, m.value, "infra_pkg.mod" in sys.modules
print importlib.import_module("infra_pkg").value
print importlib.import_module(".sub", "infra_pkg").value
print importlib.import_module("..mod", "infra_pkg.sub").__name__
print importlib.import_module(".leaf", "infra_pkg.sub").value
print importlib.import_module("..sub.leaf", "infra_pkg.sub").__name__
print importlib.import_module("keyword").__name__
for args in [(".mod",), (".mod", None), (".mod", ""), ("...mod", "infra_pkg.sub"),
             (".mod", 5), ("no_such_module_xyz",), ("infra_pkg.nope",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print args, type(e).__name__, e
print importlib.__name__, hasattr(importlib, "import_module")
