"""Drop-in replacement for the thread module.

Meant to be used as a brain-dead substitute so that threaded code does
not need to be rewritten for when the thread module is not present.

Suggested usage is::

    try:
        import thread
    except ImportError:
        import dummy_thread as thread

"""

# Taipan's dummy_thread: "threads" run to completion inside start_new_thread, and locks
# only record their state (with nothing else running, waiting would never end).

__all__ = ['error', 'start_new_thread', 'exit', 'get_ident', 'allocate_lock',
           'interrupt_main', 'LockType']

import traceback as _traceback


class error(Exception):
    """Dummy implementation of thread.error."""

    def __init__(self, *args):
        self.args = args


def start_new_thread(function, args, kwargs={}):
    """Call function(*args, **kwargs) now, in the calling thread.

    SystemExit ends the call silently; any other exception is printed. A
    KeyboardInterrupt requested by interrupt_main() during the call is raised
    when it returns.
    """
    if type(args) != type(tuple()):
        raise TypeError("2nd arg must be a tuple")
    if type(kwargs) != type(dict()):
        raise TypeError("3rd arg must be a dict")
    global _main
    _main = False
    try:
        function(*args, **kwargs)
    except SystemExit:
        pass
    except:
        _traceback.print_exc()
    _main = True
    global _interrupt
    if _interrupt:
        _interrupt = False
        raise KeyboardInterrupt


def exit():
    """Dummy implementation of thread.exit()."""
    raise SystemExit


def get_ident():
    """Dummy implementation of thread.get_ident(): there is only one thread, -1."""
    return -1


def allocate_lock():
    """Dummy implementation of thread.allocate_lock()."""
    return LockType()


def stack_size(size=None):
    """Dummy implementation of thread.stack_size()."""
    if size is not None:
        raise error("setting thread stack size not supported")
    return 0


class LockType(object):
    """A lock that only records whether it is held.

    Acquiring a held lock with blocking would wait forever with no other
    thread to release it, so a blocking acquire simply succeeds.
    """

    def __init__(self):
        self.locked_status = False

    def acquire(self, waitflag=None):
        if waitflag is None or waitflag:
            self.locked_status = True
            return True
        if not self.locked_status:
            self.locked_status = True
            return True
        return False

    __enter__ = acquire

    def __exit__(self, typ, val, tb):
        self.release()

    def release(self):
        """Release the dummy lock."""
        if not self.locked_status:
            raise error
        self.locked_status = False
        return True

    def locked(self):
        return self.locked_status

# interrupt_main() inside a "thread" is remembered and raised when the thread returns.
_interrupt = False
# Whether code runs in the main thread (not inside start_new_thread).
_main = True


def interrupt_main():
    """Raise KeyboardInterrupt in the main thread (at once when called from it)."""
    if _main:
        raise KeyboardInterrupt
    else:
        global _interrupt
        _interrupt = True
