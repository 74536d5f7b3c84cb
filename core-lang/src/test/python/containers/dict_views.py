# dict views (viewkeys/viewvalues/viewitems): set operations, comparisons, repr, liveness.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.viewkeys(), d.viewvalues(), d.viewitems()
t('types', lambda: (type(k).__name__, type(v).__name__, type(i).__name__))
t('repr', lambda: (k, v, i))
t('empty repr', lambda: ({}.viewkeys(), {}.viewvalues(), {}.viewitems()))
t('len', lambda: (len(k), len(v), len(i)))
t('truth', lambda: (not k, not {}.viewkeys(), not {}.viewvalues()))
t('list', lambda: (list(k), list(v), list(i)))
t('contains', lambda: ('a' in k, 'z' in k, 2 in v, 9 in v, ('a', 1) in i, ('a', 2) in i, ('z', 1) in i))
t('contains odd', lambda: ('a' in i, ('a',) in i, ('a', 1, 2) in i, ['a', 1] in i))
t('contains unhashable key', lambda: [] in k)
t('contains unhashable item', lambda: ([], 1) in i)
t('contains unhashable value', lambda: [] in v)

# live views
d['d'] = 4
t('live', lambda: (k, len(v), ('d', 4) in i))
del d['d']

# set operations with any iterable, on either side; the result is a set
t('k & set', lambda: k & set(['a', 'z']))
t('k | list', lambda: k | ['z'])
t('k - tuple', lambda: k - ('a',))
t('k ^ str', lambda: k ^ 'az')
t('list & k', lambda: ['a', 'q'] & k)
t('str | k', lambda: 'x' | k)
t('list - k', lambda: ['a', 'q'] - k)
t('tuple ^ k', lambda: ('a', 'q') ^ k)
t('set - k', lambda: set(['a', 'q']) - k)
t('set & k', lambda: set(['a', 'q']) & k)
t('k - k', lambda: k - k)
t('k & i', lambda: k & i)
t('i & set', lambda: i & set([('a', 1), ('b', 5)]))
t('i | k', lambda: i | k)
t('i - list', lambda: i - [('a', 1)])
t('k & int', lambda: k & 1)
t('int & k', lambda: 1 & k)
t('k - int', lambda: k - 1)
t('v & set', lambda: v & set([1]))
t('v - v', lambda: v - v)
t('k + k', lambda: k + k)
t('k & dict', lambda: k & {'a': 0, 'x': 1})
t('i with unhashable values', lambda: {'a': []}.viewitems() & set())
def iand(x, y):
    x &= y
    return x
t('k &= set', lambda: iand(d.viewkeys(), set(['a'])))

# comparisons: with sets and set-like views only
t('k == set', lambda: k == set(['a', 'b', 'c']))
t('set == k', lambda: set(['a', 'b', 'c']) == k)
t('k == frozenset', lambda: k == frozenset(['a', 'b', 'c']))
t('k != set', lambda: k != set(['a']))
t('k < set', lambda: (k < set(['a', 'b', 'c', 'd']), k <= set(['a', 'b', 'c']), k > set(['a']), k >= set(['a', 'b', 'c'])))
t('k < k', lambda: (k < k, k <= k, k == k))
t('k vs other dict keys', lambda: (k == {'a': 0, 'b': 0, 'c': 0}.viewkeys(), k < {'a': 0, 'b': 0, 'c': 0, 'd': 0}.viewkeys()))
t('k == list', lambda: k == ['a', 'b', 'c'])
t('k != list', lambda: k != ['a', 'b', 'c'])
t('k == i', lambda: k == i)
t('i == set', lambda: i == set([('a', 1), ('b', 2), ('c', 3)]))
t('i > set', lambda: i > set([('a', 1)]))
t('v == v', lambda: (v == v, v == d.viewvalues(), v != d.viewvalues()))
t('k.__eq__(list)', lambda: k.__eq__([]))

# hashing
t('hash k', lambda: hash(k))
t('hash i', lambda: hash(i))
t('hash v', lambda: hash(v) == hash(v))

# iteration detects size changes
def grow():
    dd = {1: 1}
    for x in dd.viewkeys():
        dd[x + 1] = 1
t('changed size', grow)
t('iterator types', lambda: (type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__))
t('attributes', lambda: ([a for a in ('__and__', '__or__', '__sub__', '__xor__', '__eq__', '__lt__', '__contains__', '__iter__', '__len__', 'isdisjoint') if hasattr(k, a)], [a for a in ('__and__', '__eq__', '__contains__', '__iter__', '__len__') if a in type(v).__dict__]))
