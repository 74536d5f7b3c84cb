# The container iterators: types, length hints, behaviour under mutation.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)

l = [1, 2, 3]
it = iter(l)
t('type', lambda: type(it).__name__)
t('hint', lambda: it.__length_hint__())
t('next', lambda: it.next())
l.append(4)
t('sees append', lambda: list(it))
l.append(5)
t('exhausted stays exhausted', lambda: list(it))
t('hint exhausted', lambda: it.__length_hint__())
l = [1, 2, 3, 4, 5, 6]
out = []
for x in l:
    out.append(x)
    if x == 2:
        l.remove(x)
t('remove while iterating', lambda: (out, l))
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
t('append while iterating', lambda: (out, l))
l = [1, 2, 3]
it = iter(l)
it.next()
del l[:]
t('cleared', lambda: (it.__length_hint__(), list(it)))
l = [1, 2, 3]
it = iter(l)
l[:] = []
l.extend([7, 8])
t('replaced', lambda: list(it))
t('no iter of int', lambda: iter(5))
t('list iter has no len', lambda: len(iter([])))
t('next on list', lambda: [].next())
t('listiterator not subclassable', lambda: type('X', (type(iter([])),), {}))
t('iter of iter', lambda: (lambda i: iter(i) is i)(iter([])))
t('setiterator', lambda: type(iter(frozenset())).__name__)
t('tupleiterator', lambda: type(iter(())).__name__)
t('rangeiterator', lambda: type(iter(xrange(0))).__name__)
t('listreverseiterator', lambda: type(reversed([])).__name__)
t('unpack list', lambda: (lambda (a, b): a + b)([1, 2]))
t('unpack set', lambda: (lambda (a,): a)(set([5])))
t('unpack xrange', lambda: (lambda (a, b, c): c)(xrange(3)))
t('list(list iterator) hint', lambda: list(iter([1, 2, 3])))
class Hinted(object):
    def __init__(self):
        self.n = 3
    def __iter__(self):
        return self
    def next(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self):
        return 1000
t('length hint object', lambda: (lambda x: (x, x.__sizeof__()))(list(Hinted())))
class BadLen(object):
    def __iter__(self):
        return iter([1])
    def __len__(self):
        raise ValueError('len')
t('len error propagates', lambda: list(BadLen()))
class TypeLen(object):
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        raise TypeError('len')
t('len TypeError ignored', lambda: list(TypeLen()))
class BadHint(object):
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        raise KeyError('hint')
t('hint error propagates', lambda: list(BadHint()))
t('tuple len error propagates', lambda: tuple(BadLen()))
t('tuple len TypeError ignored', lambda: tuple(TypeLen()))
t('tuple hint error propagates', lambda: tuple(BadHint()))
t('tuple of hinted', lambda: tuple(Hinted()))
class LI(list):
    def __iter__(self):
        return iter('xyz')
class TI(tuple):
    def __iter__(self):
        return iter('xyz')
t('tuple(list subclass) uses __iter__', lambda: tuple(LI([1, 2])))
t('list(list subclass) uses __iter__', lambda: list(LI([1, 2])))
t('tuple(tuple subclass) uses __iter__', lambda: tuple(TI([1, 2])))
t('list(tuple subclass) uses __iter__', lambda: list(TI([1, 2])))
t('extend list subclass', lambda: (lambda m: (m.extend(LI([1])), m)[1])([0]))
t('set(list subclass) uses __iter__', lambda: set(LI([1])))
t('slice assign list subclass', lambda: (lambda m: (m.__setslice__(0, 0, LI([1])), m)[1])([0]))
t('+= list subclass', lambda: (lambda m: m.__iadd__(LI([5])))([0]))
