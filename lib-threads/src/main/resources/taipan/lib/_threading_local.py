"""Thread-local objects.

(Note that this module provides a Python version of the threading.local
 class.  Depending on the version of Python you're using, there may be a
 faster one available.  You should always import the `local` class from
 `threading`.)

Thread-local objects support the management of thread-local data.
If you have data that you want to be local to a thread, simply create
a thread-local object and use its attributes:

  >>> mydata = local()
  >>> mydata.number = 42
  >>> mydata.number
  42

What's important about thread-local objects is that their data are
local to a thread: an attribute set in one thread is not seen in another.
A subclass's __init__ runs again, with the constructor's arguments, the
first time each thread uses the object.
"""

# Taipan's pure-Python local: each thread keeps the instance's dict in its Thread
# object; every attribute access swaps the right dict in, under the instance's lock.

__all__ = ["local"]


class _localbase(object):
    __slots__ = '_local__key', '_local__args', '_local__lock'

    def __new__(cls, *args, **kw):
        self = object.__new__(cls)
        key = '_local__key', 'thread.local.' + str(id(self))
        object.__setattr__(self, '_local__key', key)
        object.__setattr__(self, '_local__args', (args, kw))
        object.__setattr__(self, '_local__lock', RLock())
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        # the creating thread's dict; __init__ follows as for any object
        d = object.__getattribute__(self, '__dict__')
        current_thread().__dict__[key] = d
        return self


def _patch(self):
    # Put the calling thread's dict in place (making it, and running __init__, at first use).
    key = object.__getattribute__(self, '_local__key')
    d = current_thread().__dict__.get(key)
    if d is None:
        d = {}
        current_thread().__dict__[key] = d
        object.__setattr__(self, '__dict__', d)
        cls = type(self)
        if cls.__init__ is not object.__init__:
            args, kw = object.__getattribute__(self, '_local__args')
            cls.__init__(self, *args, **kw)
    else:
        object.__setattr__(self, '__dict__', d)


class local(_localbase):

    def __getattribute__(self, name):
        lock = object.__getattribute__(self, '_local__lock')
        with lock:
            _patch(self)
            return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        lock = object.__getattribute__(self, '_local__lock')
        with lock:
            _patch(self)
            return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        lock = object.__getattribute__(self, '_local__lock')
        with lock:
            _patch(self)
            return object.__delattr__(self, name)

    def __del__(self):
        import threading
        key = object.__getattribute__(self, '_local__key')
        try:
            threads = list(threading.enumerate())
        except Exception:
            # at interpreter exit the module may be half gone
            return
        for thread in threads:
            try:
                __dict__ = thread.__dict__
            except AttributeError:
                continue
            if key in __dict__:
                try:
                    del __dict__[key]
                except KeyError:
                    pass

from threading import current_thread, RLock
