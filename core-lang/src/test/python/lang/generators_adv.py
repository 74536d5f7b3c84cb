# Generators: yield inside expressions, try/except/finally, with, loops; send/throw/close.
def expr_yields():
    x = 1 + (yield 'first')
    y = [(yield 'second'), x]
    z = (yield 'a') or (yield 'b')
    w = 'yes' if (yield 'cond') else 'no'
    print 'values', x, y, z, w
    yield f((yield 'arg1'), (yield 'arg2'))
def f(a, b):
    return 'f(%s, %s)' % (a, b)
g = expr_yields()
print g.next()
print g.send(10)
print g.send(20)
print g.send(0)
print g.send('B')
print g.send(True)
print g.send('A1')
print g.send('A2')
try:
    g.next()
except StopIteration:
    print 'done'
def try_gen():
    try:
        yield 1
        raise ValueError('inside')
    except ValueError, e:
        yield 'caught %s' % e
        try:
            yield 'nested'
        finally:
            yield 'nested finally'
    else:
        yield 'else'
    finally:
        yield 'outer finally'
    yield 'end'
print list(try_gen())
class CM(object):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print 'enter', self.name
        return self.name
    def __exit__(self, *a):
        print 'exit', self.name, a[0].__name__ if a[0] else None
        return False
def with_gen():
    with CM('a') as a:
        yield a
        with CM('b') as b:
            yield b
    yield 'after'
print list(with_gen())
def loops():
    for i in range(3):
        j = 0
        while j < i:
            yield (i, j)
            j += 1
        else:
            yield ('while-else', i)
    else:
        yield 'for-else'
print list(loops())
def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == 'reset':
            i = 0
        else:
            i += 1
c = counter(5)
print c.next(), c.next(), c.send('reset'), c.next(), c.next()
def closer():
    try:
        while True:
            yield 1
    finally:
        print 'closed!'
c = closer()
c.next()
c.close()
c.close()
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_closer()
b.next()
try:
    b.close()
except RuntimeError, e:
    print 'RuntimeError:', e
def thrower():
    while True:
        try:
            yield
        except KeyError, e:
            print 'got KeyError', e
t = thrower()
t.next()
t.throw(KeyError, 'k')
t.throw(KeyError('k2'))
try:
    t.throw(ValueError, 'unhandled')
except ValueError, e:
    print 'propagated', e
def gen_return():
    yield 1
    return
    yield 2
print list(gen_return())
g2 = (x * x for x in range(5) if x % 2)
print g2.next(), list(g2)
print sorted(set(x for x in 'hello'))
def recursive(n):
    if n:
        for x in recursive(n - 1):
            yield x
        yield n
print list(recursive(4))
def running():
    yield g3.gi_running
g3 = running()
print g3.next(), g3.gi_running
try:
    g4 = (i for i in range(3))
    print g4.send(None), g4.send(1)
    g5 = (i for i in range(3))
    g5.send(1)
except TypeError, e:
    print 'TypeError:', e
def yield_in_dict():
    d = {(yield 'k'): (yield 'v')}
    print d
g = yield_in_dict()
print g.next(), g.send('VALUE'), 
try:
    g.send('KEY')
except StopIteration:
    pass
def aug():
    total = 0
    while True:
        total += yield total
a = aug()
a.next()
print a.send(5), a.send(10)
def chain_cmp():
    print 1 < (yield 'x') < 10
c = chain_cmp()
c.next()
try:
    c.send(5)
except StopIteration:
    pass
