# More semantics found wrong by the lang-area conformance files (test_enumerate, test_exceptions, test_str, test_bool, test_builtin, test_slice, test_xrange).

# ---- an old-style instance is always an iterator (PyIter_Check) ----
class N:
    def __init__(self, s): pass
    def __iter__(self): return self
e = enumerate(N('abc'))
try: list(e)
except TypeError as x: print 'TypeError', x
it = iter(N(1))
try: next(it)
except TypeError as x: print 'TypeError', x
class Q:
    def __iter__(self): return 3
try: iter(Q())
except TypeError as x: print 'TypeError', x

# ---- exceptions: failing __subclasscheck__, unicode() with overridden __str__, message ----
import sys
class Meta(type):
    def __subclasscheck__(cls, subclass):
        raise ValueError()
class MyException(Exception):
    __metaclass__ = Meta
try:
    raise KeyError()
except MyException, e:
    print 'wrong'
except KeyError:
    print 'KeyError'
class ExcWithOverriddenStr(Exception):
    def __init__(self, *args, **kw):
        Exception.__init__(self, *args)
        self.msg = kw.get('msg')
    def __str__(self):
        return self.msg
for e in (ExcWithOverriddenStr(msg='foo'), ExcWithOverriddenStr('arg', msg=u'f\xf6\xf6'), ExcWithOverriddenStr('a', 'b', msg='x')):
    print repr(unicode(e))
try:
    eval('2+*3')
except SyntaxError as e:
    print repr(str(e)), repr(unicode(e))
e = BaseException('foo')
e.message = 'bar'; print e.message; del e.message
try: e.message
except AttributeError as x: print 'AttributeError', x
del e.message
print repr(BaseException('a', 'b').message), repr(KeyError(1).message)

# ---- str.__mul__ index check, __nonzero__ result, range() with __int__, slice.indices overflow ----
for f in (lambda: 'abc' * '', lambda: 'abc'.__mul__(''), lambda: u'abc'.__mul__(''), lambda: 'ab'.__rmul__(1.5), lambda: slice(None).indices(1L<<100)):
    try: print f()
    except Exception as e: print type(e).__name__, e
print 'ab'.__mul__(3), u'x'.__rmul__(2L), 'ab' * True
class Baz(int):
    def __nonzero__(self): return self
try: bool(Baz())
except TypeError as e: print e
class I0:
    def __init__(self, n): self.n = int(n)
    def __int__(self): return self.n
import sys
print range(I0(2*sys.maxint), I0(2*sys.maxint + 1)), range(I0(3), I0(5))
class IN(object):
    def __int__(self): return "x"
try: range(IN())
except TypeError as e: print e
try: range(0, 1.0)
except TypeError as e: print e

print len(xrange(sys.maxint)), len(xrange(0, sys.maxint, 2))

# ---- isinstance() of a new-style object and a classic base; unicode() of str subclasses ----
class M:
    def f(self): return 'M.f'
class T(object, M):
    pass
class U(T): pass
t = U()
print isinstance(t, M), issubclass(U, M), M.f(t)
class Foo9(object):
    def __str__(self): return "string"
    def __unicode__(self): return "not unicode"
print repr(unicode(Foo9())), repr(str(Foo9()))
class Foo9(str):
    def __str__(self): return "string"
    def __unicode__(self): return "not unicode"
print repr(unicode(Foo9("foo"))), repr(str(Foo9("foo")))
class Foo10(unicode):
    def __unicode__(self): return u"xx"
print repr(unicode(Foo10(u"foo")))
class S(str): pass
class S2(str):
    def __str__(self): return 'other'
print repr(unicode(S('abc'))), repr(unicode(S2('abc'))), repr(u'x' + S('y')), repr(unicode(S('\xe9'), 'latin-1'))
try: unicode(S('\xe9'))
except UnicodeDecodeError as e: print 'UnicodeDecodeError', e

# ---- property subclasses keep the getter's docstring in their instance __dict__ ----
class PropertySub(property):
    """This is a subclass of property"""
class PropertySubSlots(property):
    """This is a subclass of property that defines __slots__"""
    __slots__ = ()
class Foo(object):
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return 1
print Foo.spam.__doc__, Foo().spam
try:
    class Bar(object):
        @PropertySubSlots
        def spam(self):
            """doc"""
            return 1
except AttributeError as e:
    print 'AttributeError', e
class Baz(object):
    @property
    def spam(self):
        """plain"""
print Baz.spam.__doc__

# ---- complex divmod(), // and % warn (DeprecationWarning) ----
import warnings
a = 5+1j
for f in (lambda: divmod(a, 2), lambda: a % 2, lambda: 2 % a):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = f()
    print r, len(w), w[0].category.__name__, w[0].message
