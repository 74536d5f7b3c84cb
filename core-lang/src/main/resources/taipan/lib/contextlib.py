"""Utilities for with-statement contexts.  See PEP 343."""

# Taipan's contextlib, written for Taipan.

import sys
from functools import wraps
from warnings import warn

__all__ = ["contextmanager", "nested", "closing"]


class GeneratorContextManager(object):
    """Helper for @contextmanager decorator."""

    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return self.gen.next()
        except StopIteration:
            raise RuntimeError("generator didn't yield")

    def __exit__(self, type, value, traceback):
        if type is None:
            try:
                self.gen.next()
            except StopIteration:
                return
            raise RuntimeError("generator didn't stop")
        if value is None:
            # a bare exception class was raised: throw() needs an instance
            value = type()
        try:
            self.gen.throw(type, value, traceback)
        except StopIteration, exc:
            # the generator swallowed the exception unless it is this one
            return exc is not value
        except:
            # re-raise anything but the exception passed in, which the
            # with statement re-raises itself
            if sys.exc_info()[1] is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Turns a generator function yielding once into a context manager
    factory: the code before the yield is __enter__, the code after it
    __exit__ (an exception in the block is raised at the yield)."""
    @wraps(func)
    def helper(*args, **kwds):
        return GeneratorContextManager(func(*args, **kwds))
    return helper


@contextmanager
def nested(*managers):
    """Deprecated: enters several context managers, as
    "with a, b:" does; yields the list of their __enter__ results."""
    warn("With-statements now directly support multiple context managers",
         DeprecationWarning, 3)
    exits = []
    vars = []
    exc = (None, None, None)
    try:
        for mgr in managers:
            exit = mgr.__exit__
            enter = mgr.__enter__
            vars.append(enter())
            exits.append(exit)
        yield vars
    except:
        exc = sys.exc_info()
    finally:
        # leave the managers innermost first; each sees the exception the
        # inner ones left (or None if one of them swallowed it)
        while exits:
            exit = exits.pop()
            try:
                if exit(*exc):
                    exc = (None, None, None)
            except:
                exc = sys.exc_info()
        if exc != (None, None, None):
            raise exc[0], exc[1], exc[2]


class closing(object):
    """Calls thing.close() when the with block is left; "as" gets thing."""
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()
