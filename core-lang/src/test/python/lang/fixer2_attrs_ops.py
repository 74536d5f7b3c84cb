# Read-only attributes of functions and methods, sequence-repeat wrappers, weakref proxies
# in-place operators (fixer2).
class F(object):
    def a(self):
        "doc"
class O:
    def a(self):
        pass
def b():
    pass
def mk():
    x = 1
    def f():
        return x
    return f
cases = [(F().a, '__doc__'), (F.a, '__doc__'), (O().a, '__doc__'), (F().a, 'im_class'),
         (F().a, 'im_func'), (F().a, 'im_self'), (F().a, '__func__'), (F().a, '__self__'),
         (F.a, 'im_self'), (O().a, 'im_class'), (F().a, 'unknown'), (F().a, '__name__'),
         (b, 'func_globals'), (b, '__globals__'), (mk(), 'func_closure'),
         (mk(), '__closure__'), (b, '__dict__'), (b, 'func_dict'), (b, 'func_name'),
         (b, '__name__')]
for obj, name in cases:
    for op in ('set', 'del'):
        try:
            if op == 'set':
                setattr(obj, name, None)
            else:
                delattr(obj, name)
            print op, name, 'ok'
        except Exception as e:
            print op, name, type(e).__name__, e
b.func_doc = 'x'
print b.__doc__
del b.__doc__
print b.__doc__

# str/unicode/list/tuple/bytearray __mul__ & co. take an index only
for o in ('abc', u'abc', [1], (1,), bytearray('a')):
    for m in ('__mul__', '__rmul__', '__imul__'):
        if not hasattr(o, m):
            continue
        for a in ('', 2.0, None, 2L, True, 0):
            try:
                r = getattr(o, m)(a)
                print type(o).__name__, m, repr(r)
            except Exception as e:
                print type(o).__name__, m, type(e).__name__, e
for expr in ("'ab' * 2", "2 * 'ab'", "[1] * 2.0", "'a' * 'b'", "(1,) * None"):
    try:
        print expr, repr(eval(expr))
    except TypeError as e:
        print expr, 'TypeError', e

# weakref: in-place operators through a proxy, ref.__init__ arguments, ReferenceError
import weakref
print weakref.ReferenceError is ReferenceError
class C:
    def __floordiv__(self, other):
        return 42
    def __ifloordiv__(self, other):
        return 21
    def __iand__(self, other):
        return 'iand'
    def __ior__(self, other):
        return 'ior'
    def __imod__(self, other):
        return 'imod'
o = C()
for op in ('//=', '&=', '|=', '%='):
    p = weakref.proxy(o)
    exec 'p %s 5' % op
    print op, p
class D(object):
    pass
d = D()
r = weakref.ref(d)
for args in ((), (d,), (d, None), (0, 0, 0, 0, 0)):
    try:
        r.__init__(*args)
        print len(args), 'ok'
    except TypeError as e:
        print len(args), e
