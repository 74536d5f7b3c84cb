# Extreme indices and sizes: Python exceptions only, as CPython raises them.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)

MAX = 9223372036854775807
MIN = -9223372036854775808
HUGE = 1267650600228229401496703205376
NHUGE = -1267650600228229401496703205376

def L():
    return range(10)

def setit(l, k, v):
    l[k] = v
    return l

def delit(l, k):
    del l[k]
    return l

for name, sl in [('MAX:MIN:-1', slice(MAX, MIN, -1)), ('::MIN', slice(None, None, MIN)),
                 ('MIN::MAX', slice(MIN, None, MAX)), ('-MAX:', slice(-MAX, None)),
                 ('::-MAX', slice(None, None, -MAX)), ('HUGE:NHUGE:-1', slice(HUGE, NHUGE, -1)),
                 ('::HUGE', slice(None, None, HUGE)), ('NHUGE::NHUGE', slice(NHUGE, None, NHUGE)),
                 ('MIN:MAX', slice(MIN, MAX)), ('5:MIN:-2', slice(5, MIN, -2)), ('::-1', slice(None, None, -1))]:
    t('get ' + name, lambda: L()[sl])
    t('tuple get ' + name, lambda: tuple(L())[sl])
    t('del ' + name, lambda: delit(L(), sl))
    t('set ' + name, lambda: setit(L(), sl, [0] * len(L()[sl])))
    t('set wrong ' + name, lambda: setit(L(), sl, [0] * (len(L()[sl]) + 1)))

for i in (MAX, MIN, HUGE, NHUGE, MAX - 1, MIN + 1):
    t('getslice ' + repr(i), lambda: (L().__getslice__(i, 5), L().__getslice__(3, i)))
    t('setslice ' + repr(i), lambda: (lambda l: (l.__setslice__(i, i, [1]), l)[1])(L()))
    t('delslice ' + repr(i), lambda: (lambda l: (l.__delslice__(0, i), l)[1])(L()))
    t('simple slices ' + repr(i), lambda: (L()[i:], L()[:i], L()[i:i], tuple(L())[i:]))
    t('insert ' + repr(i), lambda: (lambda l: (l.insert(i, 'x'), l)[1])(L()))
    t('index ' + repr(i), lambda: (L().index(9, i), L().index(0, -10, i)))
    t('pop ' + repr(i), lambda: L().pop(i))
    t('getitem ' + repr(i), lambda: L()[i])
    t('tuple getitem ' + repr(i), lambda: tuple(L())[i])
    t('xrange getitem ' + repr(i), lambda: xrange(10)[i])
    t('mul ' + repr(i), lambda: len([] * i))
    t('enumerate ' + repr(i), lambda: list(enumerate('ab', i)))

t('[1] * MAX', lambda: [1] * MAX)
t('(1,) * MAX', lambda: (1,) * MAX)
t('[1, 2] * (MAX // 2)', lambda: [1, 2] * (MAX // 2))
t('imul MAX', lambda: (lambda l: l.__imul__(MAX))([1]))
t('xrange MIN MAX', lambda: xrange(MIN, MAX, MAX))
t('xrange len', lambda: (list(xrange(MIN, MAX, MAX)), list(reversed(xrange(MIN, MAX, MAX)))))
t('xrange MAX MIN', lambda: list(xrange(MAX, MIN, MIN)))
t('xrange -1 step MIN', lambda: list(xrange(-1, MIN, MIN)))
