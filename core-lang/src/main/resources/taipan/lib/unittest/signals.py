"""Control-C during a test run (the -c / catchbreak option).

The first SIGINT asks every registered result to stop after the current test; a second
one is handled the way it would have been without unittest. The signal module belongs to
lib-os: it is imported only when a handler is installed, so unittest itself works with
core-lang alone.
"""

import weakref
from functools import wraps

__unittest = True

# the results to stop on Control-C; weak, so that finished runs are not kept alive
_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


class _InterruptHandler(object):
    def __init__(self, previous):
        import signal
        self.called = False
        self.original_handler = previous
        if previous == signal.SIG_DFL:
            fallback = signal.default_int_handler
        elif previous == signal.SIG_IGN:
            fallback = lambda signum, frame: None
        elif callable(previous):
            fallback = previous
        else:
            raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                            "signal.SIG_DFL, or a callable object")
        self.default_handler = fallback

    def __call__(self, signum, frame):
        import signal
        # replaced by someone else since, or a second Control-C: behave as before us
        if signal.getsignal(signal.SIGINT) is not self or self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results.keys()):
            result.stop()


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is None:
        import signal
        _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Restore the handler unittest replaced; as a decorator, for the call only."""
    import signal
    if method is not None:
        @wraps(method)
        def without_handler(*args, **kwargs):
            saved = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, saved)
        return without_handler
    if _interrupt_handler is not None:
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
