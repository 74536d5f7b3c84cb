"""Functions to call when the program ends normally (at the end of the
main program or through sys.exit): register(func, *args, **kwargs)."""

# Taipan's atexit, written for Taipan: the handlers run from sys.exitfunc,
# which the interpreter calls when the program ends (also by sys.exit).

import sys

__all__ = ["register"]

_exithandlers = []


def _run_exitfuncs():
    """Runs the registered handlers, last registered first.  A failing
    handler is reported on stderr and the others still run; the last
    exception is raised again at the end."""
    exc_info = None
    while _exithandlers:
        func, targs, kargs = _exithandlers.pop()
        try:
            func(*targs, **kargs)
        except SystemExit:
            exc_info = sys.exc_info()
        except:
            import traceback
            print >>sys.stderr, "Error in atexit._run_exitfuncs:"
            traceback.print_exc()
            exc_info = sys.exc_info()
    if exc_info is not None:
        raise exc_info[0], exc_info[1], exc_info[2]


def register(func, *targs, **kargs):
    """Registers func to be called as func(*targs, **kargs) at exit; returns
    func, so that register can be used as a decorator."""
    _exithandlers.append((func, targs, kargs))
    return func

# A handler installed the old way runs last.
if hasattr(sys, "exitfunc"):
    register(sys.exitfunc)
sys.exitfunc = _run_exitfuncs
