"""Faux ``threading`` version using ``dummy_thread`` instead of ``thread``.

The module ``_dummy_threading`` is added to ``sys.modules`` in order
to not have ``threading`` considered imported.  Had ``threading`` been
directly imported it would have made all subsequent imports succeed
regardless of whether ``thread`` was available which is not desired.

"""

# Taipan's dummy_threading: a second copy of the threading module, imported while
# sys.modules maps "thread" to dummy_thread, kept as "_dummy_threading".

from sys import modules as sys_modules

import dummy_thread

_MISSING = object()
_saved = {}
for _name in ('thread', 'threading', '_threading_local'):
    _saved[_name] = sys_modules.pop(_name, _MISSING)
try:
    sys_modules['thread'] = dummy_thread
    import threading
    sys_modules['_dummy_threading'] = sys_modules.pop('threading')
    if '_threading_local' in sys_modules:
        sys_modules['_dummy__threading_local'] = sys_modules.pop('_threading_local')
    from _dummy_threading import *
    from _dummy_threading import __all__
finally:
    for _name, _module in _saved.items():
        if _module is _MISSING:
            sys_modules.pop(_name, None)
        else:
            sys_modules[_name] = _module
    del _name, _module, _saved, _MISSING
    del threading, sys_modules
