# Exceptions, try/except/else/finally, with, generators, control flow.
import sys
def f(n):
    try:
        if n == 0:
            raise ValueError('zero')
        elif n == 1:
            raise KeyError('one')
        return 'normal %d' % n
    except ValueError, e:
        return 'ValueError %s' % e
    except (KeyError, IndexError), e:
        return 'lookup %r' % (e,)
    finally:
        print 'finally', n
print f(0); print f(1); print f(2)
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print g()
def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print 'body', i
        finally:
            print 'fin', i
    else:
        print 'no else'
h()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print 'caught, re-raising'
        raise
except ZeroDivisionError, e:
    print 'outer', e
try:
    raise TypeError, 'old style raise'
except TypeError, e:
    print e.args, e.message
class MyError(Exception):
    def __init__(self, value):
        self.value = value
    def __str__(self):
        return 'MyError(%s)' % self.value
try:
    raise MyError(42)
except Exception, e:
    print e, e.value, type(e).__name__, isinstance(e, MyError)
try:
    raise MyError, 7
except MyError, e:
    print e
try:
    {}['k']
except LookupError, e:
    print 'KeyError str:', str(e), repr(e)
try:
    [].pop()
except IndexError, e:
    print e
try:
    None.attr
except AttributeError, e:
    print e
try:
    int('x')
except ValueError, e:
    print e
try:
    'a' + 1
except TypeError, e:
    print e
try:
    undefined()
except NameError, e:
    print e
def info():
    try:
        raise RuntimeError('info')
    except RuntimeError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), tb is not None
print info()
print sys.exc_info()[0]
for i in range(3):
    pass
else:
    print 'for-else ran'
n = 0
while n < 3:
    n += 1
else:
    print 'while-else ran', n
def gen():
    yield 1
    try:
        yield 2
    except GeneratorExit:
        print 'closing'
        raise
    yield 3
g = gen()
print g.next(), g.next()
g.close()
def gen2():
    try:
        yield 'a'
    except ValueError, e:
        yield 'caught %s' % e
    yield 'end'
g = gen2()
print g.next(), g.throw(ValueError('boom')), g.next()
try:
    g.next()
except StopIteration:
    print 'StopIteration'
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print [x for x, _ in zip(fib(), range(10))]
def echo():
    received = None
    while True:
        received = yield received
        if received == 'stop':
            return
e = echo()
print e.next(), e.send('hi'), e.send('there')
try:
    e.send('stop')
except StopIteration:
    print 'echo stopped'
print list((x, y) for x in range(3) for y in 'ab' if x != 1)
print sum(x * x for x in range(10))
assert True, 'never'
try:
    assert 1 == 2, 'one is not two'
except AssertionError, e:
    print 'AssertionError:', e
try:
    raise SystemExit(3)
except SystemExit, e:
    print 'SystemExit', e.code
