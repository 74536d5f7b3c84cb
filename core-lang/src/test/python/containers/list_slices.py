# list slicing: simple slices (dispatched to __getslice__ & co. in 2.7), extended slices,
# assignment and deletion.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)

class I(object):
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

L = range(10)
t('[:]', lambda: L[:])
t('[2:5]', lambda: L[2:5])
t('[-3:]', lambda: L[-3:])
t('[:-3]', lambda: L[:-3])
t('[5:2]', lambda: L[5:2])
t('[-100:100]', lambda: L[-100:100])
t('[huge:]', lambda: L[1267650600228229401496703205376:])
t('[-huge:2]', lambda: L[-1267650600228229401496703205376:2])
t('[I:I]', lambda: L[I(2):I(4)])
t('[None:3]', lambda: L[None:3])
t('[str:]', lambda: L['a':])
t('[1.0:]', lambda: L[1.0:])
t('[::2]', lambda: L[::2])
t('[::-1]', lambda: L[::-1])
t('[::-3]', lambda: L[::-3])
t('[8:2:-2]', lambda: L[8:2:-2])
t('[2:8:-1]', lambda: L[2:8:-1])
t('[-1:-11:-1]', lambda: L[-1:-11:-1])
t('[::0]', lambda: L[::0])
t('[::huge]', lambda: L[::1267650600228229401496703205376])
t('[::-huge]', lambda: L[::-1267650600228229401496703205376])
t('[1:9:I(3)]', lambda: L[1:9:I(3)])
t('[::"a"]', lambda: L[::'a'])
t('slice obj', lambda: L[slice(1, 3)])
t('slice obj step', lambda: L[slice(None, None, 4)])
t('__getslice__', lambda: L.__getslice__(2, 4))
t('__getslice__ neg', lambda: L.__getslice__(-1, 4))
t('__getslice__ str', lambda: L.__getslice__('a', 4))
t('__getslice__ float', lambda: L.__getslice__(1.5, 4))
t('__getslice__ huge', lambda: L.__getslice__(1267650600228229401496703205376, 4))
t('slice is copy', lambda: L[:] is L)

def setslice(lst, i, j, v):
    lst[i:j] = v
    return lst
def setext(lst, sl, v):
    lst[sl] = v
    return lst
def delslice(lst, i, j):
    del lst[i:j]
    return lst
def delext(lst, sl):
    del lst[sl]
    return lst

t('assign grow', lambda: setslice([1, 2, 3], 1, 2, 'abc'))
t('assign shrink', lambda: setslice([1, 2, 3, 4], 1, 3, [9]))
t('assign empty', lambda: setslice([1, 2, 3], 0, 3, []))
t('assign insert', lambda: setslice([1, 2, 3], 1, 1, (7, 8)))
t('assign reversed bounds', lambda: setslice([1, 2, 3, 4, 5], 4, 1, ['x']))
t('assign neg', lambda: setslice([1, 2, 3], -2, None, ['t']))
t('assign all', lambda: setslice([1, 2, 3], None, None, xrange(2)))
t('assign beyond', lambda: setslice([1, 2], 10, 20, [3]))
t('assign self', lambda: (lambda x: setslice(x, 1, 2, x))([1, 2, 3]))
t('assign gen', lambda: setslice([1, 2, 3], 0, 1, (i * 2 for i in range(3))))
t('assign dict', lambda: setslice([1, 2, 3], 0, 1, {'k': 1}))
t('assign set', lambda: setslice([0], 1, 1, set([5])))
t('assign int', lambda: setslice([1, 2], 0, 1, 5))
t('assign None', lambda: setslice([1, 2], 0, 1, None))
t('assign str idx', lambda: setslice([1, 2], 'a', 1, []))
t('__setslice__', lambda: (lambda x: (x.__setslice__(0, 1, 'ab'), x)[1])([1, 2]))
t('__setslice__ neg', lambda: (lambda x: (x.__setslice__(-1, 1, 'ab'), x)[1])([1, 2]))

t('ext assign', lambda: setext(range(6), slice(None, None, 2), 'abc'))
t('ext assign neg', lambda: setext(range(6), slice(None, None, -2), 'abc'))
t('ext assign self', lambda: (lambda x: setext(x, slice(None, None, -1), x))([1, 2, 3]))
t('ext assign size', lambda: setext(range(6), slice(None, None, 2), [1, 2]))
t('ext assign size 2', lambda: setext([1, 2, 3], slice(None, None, 2), [1, 2, 3]))
t('ext assign int', lambda: setext(range(6), slice(None, None, 2), 5))
t('ext assign empty', lambda: setext(range(6), slice(5, 1, 2), []))
t('ext assign empty bad', lambda: setext(range(6), slice(5, 1, 2), [1]))
t('step 1 slice obj', lambda: setext(range(6), slice(1, 3, 1), 'xyz'))
t('step 1 int', lambda: setext(range(6), slice(1, 3, 1), 5))
t('step None reversed', lambda: setext(range(6), slice(4, 1), ['q']))
t('step -1 assign', lambda: setext(range(6), slice(4, 1, -1), 'abc'))
t('ext assign gen', lambda: setext(range(4), slice(None, None, 2), (x for x in 'pq')))

t('del simple', lambda: delslice(range(6), 1, 3))
t('del neg', lambda: delslice(range(6), -2, None))
t('del all', lambda: delslice(range(6), None, None))
t('del empty range', lambda: delslice(range(6), 4, 2))
t('del beyond', lambda: delslice(range(6), 10, 20))
t('__delslice__', lambda: (lambda x: (x.__delslice__(1, 2), x)[1])(range(4)))
t('del ext', lambda: delext(range(10), slice(None, None, 3)))
t('del ext neg', lambda: delext(range(10), slice(None, None, -3)))
t('del ext mid', lambda: delext(range(10), slice(1, 8, 2)))
t('del ext neg mid', lambda: delext(range(10), slice(8, 1, -2)))
t('del ext empty', lambda: delext(range(10), slice(8, 1, 2)))
t('del ext huge step', lambda: delext(range(10), slice(3, None, 1267650600228229401496703205376)))
t('del ext -1', lambda: delext(range(5), slice(None, None, -1)))
t('del step 1', lambda: delext(range(5), slice(1, 3, 1)))

# slices of subclasses are plain lists; __getslice__ is used by simple slices
class LS(list):
    def __getslice__(self, i, j):
        return ('getslice', i, j)
    def __setslice__(self, i, j, v):
        print 'setslice', i, j, v
    def __delslice__(self, i, j):
        print 'delslice', i, j
ls = LS(range(5))
t('subclass getslice', lambda: ls[1:3])
t('subclass getslice neg', lambda: ls[-2:])
t('subclass getslice open', lambda: ls[:])
t('subclass ext slice', lambda: ls[1:3:1])
t('subclass setslice', lambda: setslice(ls, -1, 2, 'x') and None)
t('subclass delslice', lambda: delslice(ls, 1, -1) and None)
t('subclass del None', lambda: delslice(ls, None, -1))
t('subclass set None', lambda: setslice(ls, 0, None, 'ab'))
class G(object):
    def __getslice__(self, i, j):
        return (i, j)
    def __getitem__(self, k):
        return k
t('object getslice', lambda: (G()[:], G()[1:], G()[-1:-2], G()[1:2:3], G()['a':], G()[None:1], G()[2:None]))

# sizes after slice operations
m = range(20)
m[2:18] = []
print m, m.__sizeof__()
m[1:1] = range(30)
print len(m), m.__sizeof__()
del m[::2]
print m, m.__sizeof__()
