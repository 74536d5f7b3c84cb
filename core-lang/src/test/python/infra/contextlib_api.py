# contextlib: contextmanager, nested, closing
import sys
import warnings
from contextlib import contextmanager, nested, closing

log = []


@contextmanager
def tag(name, swallow=()):
    """A documented context manager."""
    log.append("enter " + name)
    try:
        yield name.upper()
    except swallow as e:
        log.append("swallowed %r" % (e,))
    finally:
        log.append("exit " + name)

print tag.__name__, tag.__doc__

with tag("a") as v:
    log.append("body " + v)
print log
del log[:]

with tag("b", ZeroDivisionError):
    1 / 0
print log
del log[:]

try:
    with tag("c", ZeroDivisionError):
        raise KeyError("k")
except KeyError as e:
    print "KeyError propagated", e
print log
del log[:]


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield


@contextmanager
def translate():
    try:
        yield
    except KeyError:
        raise ValueError("translated")


@contextmanager
def reraise():
    try:
        yield
    except Exception:
        raise

for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print "RuntimeError:", e
try:
    with yields_after_throw():
        raise KeyError
except RuntimeError as e:
    print "RuntimeError:", e
try:
    with translate():
        raise KeyError("x")
except ValueError as e:
    print "ValueError:", e
try:
    with reraise():
        raise IndexError("same")
except IndexError as e:
    print "IndexError:", e
# a bare exception class (no instance) raised inside the block
try:
    with reraise():
        raise StopIteration
except StopIteration as e:
    print "StopIteration", repr(e)


@contextmanager
def stopiter():
    yield

try:
    with stopiter():
        raise StopIteration("in body")
except StopIteration as e:
    print "StopIteration propagated:", e

g = tag("direct")
print type(g).__name__, g.__enter__()
print g.__exit__(None, None, None), log
del log[:]


class Closeable(object):
    def __init__(self, name):
        self.name = name

    def close(self):
        print "close", self.name

with closing(Closeable("x")) as c:
    print "using", c.name
try:
    with closing(Closeable("y")):
        raise ValueError("inside")
except ValueError as e:
    print "ValueError:", e

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    with nested(tag("n1"), tag("n2")) as (x, y):
        log.append("body %s %s" % (x, y))
    print log, [str(m.message) for m in w], w[0].category.__name__
del log[:]

warnings.simplefilter("ignore")
with nested(tag("o1"), tag("o2", ZeroDivisionError)):
    1 / 0
print log
del log[:]
try:
    with nested(tag("p1"), tag("p2")):
        raise KeyError("p")
except KeyError as e:
    print "KeyError", e
print log
del log[:]
with nested(tag("q1", KeyError), tag("q2")):
    raise KeyError("q")
print log
del log[:]


class Bad(object):
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        pass

try:
    with nested(tag("r1"), Bad()):
        pass
except RuntimeError as e:
    print "RuntimeError:", e
print log
with nested() as empty:
    print empty
