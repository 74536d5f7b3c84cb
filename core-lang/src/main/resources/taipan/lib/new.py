"""Deprecated: names for the types whose calls create classic classes,
functions, instances, methods and modules (use the types module)."""

# Taipan's new module, written for Taipan: the types themselves build the
# objects.
from warnings import warnpy3k
warnpy3k("The 'new' module has been removed in Python 3.0; use the 'types' "
         "module instead.", stacklevel=2)
del warnpy3k

from types import ClassType as classobj
from types import FunctionType as function
from types import InstanceType as instance
from types import MethodType as instancemethod
from types import ModuleType as module
