# list.sort: CPython 2.7's timsort, comparison for comparison.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)

def mycmp(a, b):
    if a < b:
        return -1
    if a > b:
        return 1
    return 0

def sorted_copy(l, **kw):
    l = list(l)
    l.sort(**kw)
    return l

seed = [12345]
def rand(n):
    x = seed[0]
    x = (x * 1103515245 + 12345) % 2147483648
    seed[0] = x
    return x % n

t('ints', lambda: sorted_copy([5, 3, 9, 1, 5, 0, -2]))
t('strs', lambda: sorted_copy(['pear', 'apple', 'fig', 'Apple', '', 'a']))
t('tuples', lambda: sorted_copy([(2, 'b'), (1, 'z'), (2, 'a'), (1,)]))
t('lists', lambda: sorted_copy([[2], [1, 5], [1], []]))
t('mixed types', lambda: sorted_copy([1, 'a', (1,), [1], 2, 'b', (0,), [0]]))
t('empty', lambda: sorted_copy([]))
t('one', lambda: sorted_copy([1]))
t('reverse', lambda: sorted_copy([3, 1, 2], reverse=True))
t('reverse int', lambda: sorted_copy([3, 1, 2], reverse=5))
t('key', lambda: sorted_copy(['bb', 'a', 'ccc', 'dd'], key=len))
t('key reverse', lambda: sorted_copy(['bb', 'a', 'ccc', 'dd', 'e'], key=len, reverse=True))
t('cmp', lambda: sorted_copy([3, 1, 2], cmp=lambda a, b: mycmp(b, a)))
t('cmp positional', lambda: sorted_copy([3, 1, 2], lambda a, b: mycmp(a, b)))
t('cmp and key', lambda: sorted_copy(['b3', 'a2', 'c1'], cmp=mycmp, key=lambda s: s[1]))
t('None args', lambda: sorted_copy([2, 1], cmp=None, key=None, reverse=False))
t('cmp bool result', lambda: sorted_copy([1, 2, 3], lambda a, b: a < b))
t('cmp str result', lambda: sorted_copy([1, 2], lambda a, b: 'x'))
t('cmp long result', lambda: sorted_copy([1, 2], lambda a, b: 1L))
t('cmp None result', lambda: sorted_copy([1, 2], lambda a, b: None))
t('cmp float result', lambda: sorted_copy([1, 2], lambda a, b: 1.0))
t('cmp not callable', lambda: sorted_copy([1, 2], 1))
t('cmp not callable, one item', lambda: sorted_copy([1], 1))
t('key not callable', lambda: sorted_copy([1], key=1))
t('reverse str', lambda: [].sort(reverse='a'))
t('reverse huge', lambda: [].sort(reverse=1267650600228229401496703205376))
t('bad kw', lambda: [].sort(foo=1))
t('too many', lambda: [].sort(1, 2, 3, 4))
t('given twice', lambda: [].sort(None, cmp=None))
t('returns None', lambda: [2, 1].sort())

# stability, also with reverse
data = [(i % 4, i) for i in range(20)]
t('stable', lambda: sorted_copy(data, key=lambda p: p[0]))
t('stable reverse', lambda: sorted_copy(data, key=lambda p: p[0], reverse=True))
t('stable cmp reverse', lambda: sorted_copy(data, cmp=lambda a, b: mycmp(a[0], b[0]), reverse=True))

# the exact sequence of comparisons
def logged(data):
    log = []
    def c(a, b):
        log.append((a, b))
        return mycmp(a, b)
    l = list(data)
    l.sort(c)
    return l, log
print logged([3, 1, 2])
print logged([5, 4, 3, 2, 1, 6, 7, 8, 0])
print logged([1, 1, 0, 0, 2, 2])

# comparison counts over many shapes and sizes (runs, galloping, merges)
class Counted(object):
    count = [0]
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        Counted.count[0] += 1
        return self.v < o.v

def count_sort(vals):
    Counted.count[0] = 0
    l = [Counted(v) for v in vals]
    l.sort()
    ok = True
    for i in range(1, len(l)):
        if l[i - 1].v > l[i].v:
            ok = False
    return Counted.count[0], ok

shapes = []
for n in (0, 1, 2, 3, 10, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 3000):
    shapes.append(('random', n, [rand(1000000) for i in range(n)]))
    shapes.append(('few', n, [rand(4) for i in range(n)]))
    shapes.append(('sorted', n, range(n)))
    shapes.append(('reversed', n, range(n, 0, -1)))
    shapes.append(('saw', n, [i % 37 for i in range(n)]))
    shapes.append(('runs', n, [(i // 50) * 1000 - i for i in range(n)]))
    shapes.append(('asc+rand', n, range(n // 2) + [rand(n + 1) for i in range(n - n // 2)]))
    shapes.append(('blocks', n, [rand(100) for i in range(n // 3)] + range(n // 3) + range(n - 2 * (n // 3), 0, -1)))
for name, n, vals in shapes:
    print name, n, count_sort(vals)

big = [rand(1000) for i in range(5000)]
check = sorted_copy(big)
print check[:10], check[-10:], check[2500]
keyed = sorted_copy([(rand(10), i) for i in range(2000)], key=lambda p: p[0])
print keyed[:8], keyed[-8:]
rk = sorted_copy([(rand(10), i) for i in range(2000)], key=lambda p: p[0], reverse=True)
print rk[:8], rk[-8:]

# an exception mid-sort leaves a permutation, in CPython's exact state
class Boom(Exception):
    pass
def failing(vals, after):
    calls = [0]
    def c(a, b):
        calls[0] += 1
        if calls[0] == after:
            raise Boom('at ' + repr(after))
        return mycmp(a, b)
    l = list(vals)
    try:
        l.sort(c)
    except Boom as e:
        print 'raised', e
    return l
vals = [rand(100) for i in range(80)]
for after in (1, 5, 40, 100, 200, 300, 400):
    print failing(vals, after)
def failing_rev(vals, after):
    calls = [0]
    def c(a, b):
        calls[0] += 1
        if calls[0] == after:
            raise Boom('at ' + repr(after))
        return mycmp(a, b)
    l = list(vals)
    try:
        l.sort(c, reverse=True)
    except Boom as e:
        print 'raised', e
    return l
print failing_rev(vals[:20], 30)
def failing_key(vals, after):
    calls = [0]
    def k(x):
        calls[0] += 1
        if calls[0] == after:
            raise Boom('key ' + repr(after))
        return -x
    l = list(vals)
    try:
        l.sort(key=k, reverse=True)
    except Boom as e:
        print 'raised', e
    return l
print failing_key(vals[:10], 4)

# the list is empty while it is sorted; mutating it is an error
l = [3, 1, 2]
def peek(a, b):
    print 'during sort:', l, len(l)
    return mycmp(a, b)
l.sort(peek)
print l
def keypeek(x):
    print 'key', x, l
    return x
l.sort(key=keypeek)
def appending(a, b):
    l.append(9)
    return mycmp(a, b)
l = [3, 1, 2]
t('append during sort', lambda: l.sort(appending))
print l
def popping(a, b):
    l.append(9)
    l.pop()
    return mycmp(a, b)
l = [3, 1, 2]
t('append+pop during sort', lambda: l.sort(popping))
print l
def clearing(a, b):
    l[:] = []
    return mycmp(a, b)
l = [3, 1, 2]
t('clear during sort', lambda: l.sort(clearing))
print l
def extending(a, b):
    l.extend([])
    return mycmp(a, b)
l = [3, 1, 2]
t('extend empty during sort', lambda: l.sort(extending))
print l
def nested(a, b):
    l.sort()
    return mycmp(a, b)
l = [3, 1, 2]
t('nested sort', lambda: l.sort(nested))
print l
def key_appending(x):
    l.append(x)
    return x
l = [3, 1, 2]
t('append in key', lambda: l.sort(key=key_appending))
print l
def raising_both(a, b):
    l.append(1)
    raise Boom('both')
l = [3, 1, 2]
t('mutate and raise', lambda: l.sort(raising_both))
print l
t('sizeof during sort', lambda: (lambda m: (m.sort(key=lambda x: m.__sizeof__()), m)[1])([1, 2, 3]))

# rich comparison results are tested for truth; errors propagate
class Weird(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3:
            raise Boom('weird')
        return [1] if self.v < o.v else []
    def __repr__(self):
        return 'W' + repr(self.v)
t('truthy lt', lambda: sorted_copy([Weird(2), Weird(1), Weird(0)]))
w = [Weird(2), Weird(1), Weird(3), Weird(0)]
t('raising lt', lambda: w.sort())
print w
