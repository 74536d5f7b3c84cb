# Builtins behaviour found wrong by the lang-area conformance files (test_builtin, ...).

# compile() rejects NUL characters in unicode source as in str source
for src in ('a\0b', u'a\0b', unichr(0)):
    try:
        compile(src, 'f', 'exec')
    except TypeError as e:
        print 'compile', repr(src), e

# LOAD_NAME/STORE_NAME use a dict subclass' own __getitem__/__setitem__
class D(dict):
    def __getitem__(self, key):
        if key == 'a':
            return 12
        return dict.__getitem__(self, key)
    def __setitem__(self, key, value):
        print 'set', key, value
        dict.__setitem__(self, key, value)
    def keys(self):
        return list('xyz')
d = D()
print eval('a', {}, d)
print eval('dir()', {}, d)
try:
    eval('b', {}, d)
except NameError as e:
    print 'NameError', e
exec 'z = 5' in {}, d
print dict(d)

class M:
    def __getitem__(self, k):
        if k == 'a':
            return 7
        raise KeyError(k)
    def keys(self):
        return ['q']
print eval('a + 1', {}, M()), eval('dir()', {}, M())

# intern() returns the string itself the first time, the first one afterwards
s = "never interned before " + str(42)
print intern(s) is s
s2 = s.swapcase().swapcase()
print s2 is s, intern(s2) is s
try:
    intern()
except TypeError as e:
    print e

# range() compares a long-range step with 0 through its own __cmp__
import sys
a = long(10 * sys.maxint)
class badzero(int):
    def __cmp__(self, other):
        raise RuntimeError('cmp called')
    __hash__ = None
try:
    range(a, a + 1, badzero(1))
except RuntimeError as e:
    print 'RuntimeError', e
print range(a, a + 5, 2), range(a + 2, a, -1L)

# object.__format__ needs a str or unicode spec
for spec in (3, object(), None):
    try:
        object().__format__(spec)
    except TypeError as e:
        print 'TypeError', e
print format(object(), '')[:8], format(object(), u'')[:8]
