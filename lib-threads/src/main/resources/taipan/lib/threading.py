"""Thread module emulating a subset of Java's threading model."""

# Taipan's threading: the classes of Python 2.7's threading module built on the
# low-level thread module (real platform threads, no global interpreter lock).

import sys as _sys
import thread

from time import time as _time, sleep as _sleep

__all__ = ['activeCount', 'active_count', 'Condition', 'currentThread',
           'current_thread', 'enumerate', 'Event',
           'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Timer', 'setprofile', 'settrace', 'local', 'stack_size']

_start_new_thread = thread.start_new_thread
_allocate_lock = thread.allocate_lock
_get_ident = thread.get_ident
ThreadError = thread.error
del thread

# Debug support: _VERBOSE switches the messages of the synchronization objects on.
_VERBOSE = False


class _Verbose(object):
    """Base of the classes that can print debugging notes (off unless asked for)."""

    def __init__(self, verbose=None):
        if verbose is None:
            verbose = _VERBOSE
        self.__verbose = verbose

    def _note(self, format, *args):
        if self.__verbose:
            text = format % args
            text = "%s: %s\n" % (current_thread().name, text)
            _sys.stderr.write(text)

# Hooks installed in every thread started by this module.
_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock."""
    return _RLock(*args, **kwargs)


class _RLock(_Verbose):
    """A lock that the thread holding it may acquire again; it must release it as often."""

    def __init__(self, verbose=None):
        _Verbose.__init__(self, verbose)
        self.__block = _allocate_lock()
        self.__owner = None
        self.__count = 0

    def __repr__(self):
        owner = self.__owner
        try:
            owner = _active[owner].name
        except KeyError:
            pass
        return "<%s owner=%r count=%d>" % (self.__class__.__name__, owner, self.__count)

    def acquire(self, blocking=1):
        me = _get_ident()
        if self.__owner == me:
            self.__count = self.__count + 1
            self._note("%s.acquire(%s): recursive success", self, blocking)
            return 1
        rc = self.__block.acquire(blocking)
        if rc:
            self.__owner = me
            self.__count = 1
            self._note("%s.acquire(%s): initial success", self, blocking)
        else:
            self._note("%s.acquire(%s): failure", self, blocking)
        return rc

    __enter__ = acquire

    def release(self):
        if self.__owner != _get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self.__count = count = self.__count - 1
        if not count:
            self.__owner = None
            self.__block.release()
            self._note("%s.release(): final release", self)
        else:
            self._note("%s.release(): non-final release", self)

    def __exit__(self, t, v, tb):
        self.release()

    # Used by Condition: give the lock up completely while waiting, then take it back.
    def _acquire_restore(self, state):
        self.__block.acquire()
        self.__count, self.__owner = state
        self._note("%s._acquire_restore()", self)

    def _release_save(self):
        self._note("%s._release_save()", self)
        state = (self.__count, self.__owner)
        self.__count = 0
        self.__owner = None
        self.__block.release()
        return state

    def _is_owned(self):
        return self.__owner == _get_ident()


def Condition(*args, **kwargs):
    """Factory function that returns a new condition variable object."""
    return _Condition(*args, **kwargs)


class _Condition(_Verbose):
    """A condition variable: threads wait on it until another one notifies them."""

    def __init__(self, lock=None, verbose=None):
        _Verbose.__init__(self, verbose)
        if lock is None:
            lock = RLock()
        self.__lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Use the lock's own save/restore/ownership test when it has them (an RLock).
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            try:
                setattr(self, name, getattr(lock, name))
            except AttributeError:
                pass
        self.__waiters = []

    def __enter__(self):
        return self.__lock.__enter__()

    def __exit__(self, *args):
        return self.__lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self.__lock, len(self.__waiters))

    def _release_save(self):
        self.__lock.release()

    def _acquire_restore(self, x):
        self.__lock.acquire()

    def _is_owned(self):
        # a plain lock: owned (by someone) if it can't be acquired now
        if self.__lock.acquire(0):
            self.__lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self.__waiters.append(waiter)
        saved = self._release_save()
        try:
            if timeout is None:
                waiter.acquire()
                self._note("%s.wait(): got it", self)
            else:
                # The lock has no timed acquire in 2.7: poll with a growing delay.
                end = _time() + timeout
                delay = 0.0005
                while True:
                    got = waiter.acquire(0)
                    if got:
                        break
                    remaining = end - _time()
                    if remaining <= 0:
                        break
                    delay = min(delay * 2, remaining, .05)
                    _sleep(delay)
                if not got:
                    self._note("%s.wait(%s): timed out", self, timeout)
                    try:
                        self.__waiters.remove(waiter)
                    except ValueError:
                        pass
                else:
                    self._note("%s.wait(%s): got it", self, timeout)
        finally:
            self._acquire_restore(saved)

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self.__waiters[:n]
        if not waiters:
            self._note("%s.notify(): no waiters", self)
            return
        self._note("%s.notify(): notifying %d waiter%s", self, n, n != 1 and "s" or "")
        for waiter in waiters:
            waiter.release()
            try:
                self.__waiters.remove(waiter)
            except ValueError:
                pass

    def notifyAll(self):
        self.notify(len(self.__waiters))

    notify_all = notifyAll


def Semaphore(*args, **kwargs):
    """A factory function that returns a new semaphore."""
    return _Semaphore(*args, **kwargs)


class _Semaphore(_Verbose):
    """A counter that acquire() decrements (waiting at zero) and release() increments."""

    def __init__(self, value=1, verbose=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        _Verbose.__init__(self, verbose)
        self.__cond = Condition(Lock())
        self.__value = value

    def acquire(self, blocking=1):
        rc = False
        with self.__cond:
            while self.__value == 0:
                if not blocking:
                    break
                self._note("%s.acquire(%s): blocked waiting, value=%s", self, blocking, self.__value)
                self.__cond.wait()
            else:
                self.__value = self.__value - 1
                self._note("%s.acquire: success, value=%s", self, self.__value)
                rc = True
        return rc

    __enter__ = acquire

    def release(self):
        with self.__cond:
            self.__value = self.__value + 1
            self._note("%s.release: success, value=%s", self, self.__value)
            self.__cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


def BoundedSemaphore(*args, **kwargs):
    """A factory function that returns a new bounded semaphore."""
    return _BoundedSemaphore(*args, **kwargs)


class _BoundedSemaphore(_Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1, verbose=None):
        _Semaphore.__init__(self, value, verbose)
        self._initial_value = value

    def release(self):
        if self._Semaphore__value >= self._initial_value:
            raise ValueError("Semaphore released too many times")
        return _Semaphore.release(self)


def Event(*args, **kwargs):
    """A factory function that returns a new event."""
    return _Event(*args, **kwargs)


class _Event(_Verbose):
    """A flag threads can wait for: set() wakes them all, clear() resets it."""

    def __init__(self, verbose=None):
        _Verbose.__init__(self, verbose)
        self.__cond = Condition(Lock())
        self.__flag = False

    def _reset_internal_locks(self):
        # after a fork: the condition's lock may have been held by a thread now gone
        self.__cond.__init__(Lock())

    def isSet(self):
        return self.__flag

    is_set = isSet

    def set(self):
        with self.__cond:
            self.__flag = True
            self.__cond.notify_all()

    def clear(self):
        with self.__cond:
            self.__flag = False

    def wait(self, timeout=None):
        with self.__cond:
            if not self.__flag:
                self.__cond.wait(timeout)
            return self.__flag

# Thread names: "Thread-1", "Thread-2", ...
_counter = 0


def _newname(template="Thread-%d"):
    global _counter
    with _active_limbo_lock:
        _counter = _counter + 1
        return template % _counter

# Threads that are running (_active, by ident) or starting (_limbo).
_active_limbo_lock = _allocate_lock()
_active = {}
_limbo = {}


def _format_exc():
    import traceback
    return traceback.format_exc()


class Thread(_Verbose):
    """A thread of control; subclasses override run(), or pass a target."""

    __initialized = False
    # Keep a reference to sys.exc_clear: at interpreter exit the module globals may be gone.
    __exc_clear = _sys.exc_clear

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, verbose=None):
        assert group is None, "group argument must be None for now"
        _Verbose.__init__(self, verbose)
        if kwargs is None:
            kwargs = {}
        self.__target = target
        self.__name = str(name or _newname())
        self.__args = args
        self.__kwargs = kwargs
        self.__daemonic = self._set_daemon()
        self.__ident = None
        self.__started = Event()
        self.__stopped = False
        self.__block = Condition(Lock())
        self.__initialized = True
        self.__stderr = _sys.stderr

    def _reset_internal_locks(self):
        if hasattr(self, '_Thread__block'):
            self.__block.__init__()
        self.__started._reset_internal_locks()

    @property
    def _block(self):
        return self.__block

    def _set_daemon(self):
        # a new thread is a daemon if the thread creating it is one
        return current_thread().daemon

    def __repr__(self):
        assert self.__initialized, "Thread.__init__() was not called"
        status = "initial"
        if self.__started.is_set():
            status = "started"
        if self.__stopped:
            status = "stopped"
        if self.__daemonic:
            status += " daemon"
        if self.__ident is not None:
            status += " %s" % self.__ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self.__name, status)

    def start(self):
        if not self.__initialized:
            raise RuntimeError("thread.__init__() not called")
        if self.__started.is_set():
            raise RuntimeError("threads can only be started once")
        self._note("%s.start(): starting thread", self)
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self.__bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self.__started.wait()

    def run(self):
        try:
            if self.__target:
                self.__target(*self.__args, **self.__kwargs)
        finally:
            # don't keep the target and its arguments alive after the thread is done
            del self.__target, self.__args, self.__kwargs

    def __bootstrap(self):
        try:
            self.__bootstrap_inner()
        except:
            if self.__daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self.__ident = _get_ident()

    def __bootstrap_inner(self):
        try:
            self._set_ident()
            self.__started.set()
            with _active_limbo_lock:
                _active[self.__ident] = self
                del _limbo[self]
            self._note("%s.__bootstrap(): thread started", self)
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except SystemExit:
                pass
            except:
                self._note("%s.__bootstrap(): unhandled exception", self)
                if _sys and _sys.stderr is not None:
                    print >>_sys.stderr, ("Exception in thread %s:\n%s" %
                                          (self.name, _format_exc()))
                elif self.__stderr is not None:
                    print >>self.__stderr, ("Exception in thread %s:\n%s" %
                                            (self.name, _format_exc()))
            else:
                self._note("%s.__bootstrap(): normal return", self)
            finally:
                self.__exc_clear()
        finally:
            with _active_limbo_lock:
                self.__stop()
                try:
                    del _active[_get_ident()]
                except KeyError:
                    pass

    def __stop(self):
        if not hasattr(self, '_Thread__block'):
            return
        self.__block.acquire()
        self.__stopped = True
        self.__block.notify_all()
        self.__block.release()

    def __delete(self):
        try:
            with _active_limbo_lock:
                del _active[_get_ident()]
        except KeyError:
            if 'dummy_threading' not in _sys.modules:
                raise

    def join(self, timeout=None):
        if not self.__initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self.__started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if not self.__stopped:
            self._note("%s.join(): waiting until thread stops", self)
        self.__block.acquire()
        try:
            if timeout is None:
                while not self.__stopped:
                    self.__block.wait()
                self._note("%s.join(): thread stopped", self)
            else:
                deadline = _time() + timeout
                while not self.__stopped:
                    delay = deadline - _time()
                    if delay <= 0:
                        self._note("%s.join(): timed out", self)
                        break
                    self.__block.wait(delay)
                else:
                    self._note("%s.join(): thread stopped", self)
        finally:
            self.__block.release()

    @property
    def name(self):
        assert self.__initialized, "Thread.__init__() not called"
        return self.__name

    @name.setter
    def name(self, name):
        assert self.__initialized, "Thread.__init__() not called"
        self.__name = str(name)

    @property
    def ident(self):
        assert self.__initialized, "Thread.__init__() not called"
        return self.__ident

    def isAlive(self):
        assert self.__initialized, "Thread.__init__() not called"
        return self.__started.is_set() and not self.__stopped

    is_alive = isAlive

    @property
    def daemon(self):
        assert self.__initialized, "Thread.__init__() not called"
        return self.__daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self.__initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self.__started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self.__daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


def Timer(*args, **kwargs):
    """Factory function to create a Timer object."""
    return _Timer(*args, **kwargs)


class _Timer(Thread):
    """Calls a function after a number of seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=[], kwargs={}):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported threading first."""

    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self._Thread__started.set()
        self._set_ident()
        with _active_limbo_lock:
            _active[_get_ident()] = self

    def _set_daemon(self):
        return False

    def _exitfunc(self):
        # at interpreter exit: this thread stops, then every non-daemon thread is waited for
        self._Thread__stop()
        t = _pickSomeNonDaemonThread()
        if t:
            self._note("%s: waiting for other threads", self)
        while t:
            t.join()
            t = _pickSomeNonDaemonThread()
        self._note("%s: exiting", self)
        self._Thread__delete()


def _pickSomeNonDaemonThread():
    for t in enumerate():
        if not t.daemon and t.is_alive():
            return t
    return None


class _DummyThread(Thread):
    """Stands for a thread not started by this module (it is always alive and a daemon)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"))
        # no __block: a dummy thread is never joined, and __stop must find nothing to do
        del self._Thread__block
        self._Thread__started.set()
        self._set_ident()
        with _active_limbo_lock:
            _active[_get_ident()] = self

    def _set_daemon(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def currentThread():
    """Return the current Thread object, for the caller's thread of control."""
    try:
        return _active[_get_ident()]
    except KeyError:
        return _DummyThread()

current_thread = currentThread


def activeCount():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)

active_count = activeCount


def _enumerate():
    # without the lock: for callers that already hold it
    return _active.values() + _limbo.values()


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return _active.values() + _limbo.values()

from thread import stack_size

# The main thread object; the interpreter calls _shutdown at exit (as Py_Finalize does).
_shutdown = _MainThread()._exitfunc

try:
    from thread import _local as local
except ImportError:
    from _threading_local import local


def _after_fork():
    # In the child of a fork only the forking thread survives: forget the others and
    # give the survivor fresh locks.
    global _active_limbo_lock
    _active_limbo_lock = _allocate_lock()
    new_active = {}
    current = current_thread()
    with _active_limbo_lock:
        for thread in _enumerate():
            if hasattr(thread, '_reset_internal_locks'):
                thread._reset_internal_locks()
            if thread is current:
                ident = _get_ident()
                thread._Thread__ident = ident
                new_active[ident] = thread
            else:
                thread._Thread__stopped = True
        _limbo.clear()
        _active.clear()
        _active.update(new_active)
        assert len(_active) == 1
