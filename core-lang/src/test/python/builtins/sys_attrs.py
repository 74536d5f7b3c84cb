# sys: the deterministic attributes, struct sequences, exception state, frames, hooks.
import sys


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '!!', type(e).__name__, e
    else:
        print label, repr(r)

print '--- constants'
print sys.hexversion, hex(sys.hexversion), sys.api_version
print sys.maxint, sys.maxsize, sys.maxunicode, -sys.maxint - 1
print sys.byteorder, sys.platform, sys.float_repr_style
print sys.subversion, sys.py3kwarning, sys.warnoptions
print sys.version[:6], type(sys.version).__name__
print sys.copyright.startswith('Copyright (c) ')  # Taipan has its own notice
print type(sys.builtin_module_names).__name__, [n in sys.builtin_module_names for n in ('__builtin__', 'sys', '__main__', 'exceptions')]
print type(sys.modules).__name__, sys.modules['sys'] is sys, sys.modules['__main__'].__name__
print sys.argv
print type(sys.path).__name__, sys.path[0].endswith('builtins')
print type(sys.meta_path).__name__, sys.meta_path, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__
print type(sys.stdout).__name__, type(sys.stderr).__name__, type(sys.__stdout__).__name__
print hasattr(sys, 'ps1'), hasattr(sys, 'ps2'), hasattr(sys, 'exitfunc'), hasattr(sys, 'last_type')
print hasattr(sys, 'exc_type'), hasattr(sys, 'setdefaultencoding')
print sys.getdefaultencoding(), sys.getrecursionlimit(), sys.getcheckinterval(), sys.getdlopenflags()
print sys.__name__, sys.__doc__.splitlines()[0]
print sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__

print '--- version_info'
v = sys.version_info
print v
print v[0], v[1], v[2], v[3], v[4], v[-1], v[-5]
print v.major, v.minor, v.micro, v.releaselevel, v.serial
print v[:2], v[1:4], v[::2], v[::-1], v[10:]
print len(v), list(v), tuple(v), 'final' in v, 3 in v
print v == (2, 7, 18, 'final', 0), v != (2, 7, 18, 'final', 0), v > (2, 6), v < (3,), v >= (2, 7), v <= (2, 7)
print v == [2, 7, 18, 'final', 0], cmp(v, (2, 7, 18, 'final', 0))
print hash(v) == hash((2, 7, 18, 'final', 0))
print v + (1,), (1,) + tuple(v), v * 2, 2 * v
print v.__reduce__()
print type(v), type(v).__name__, type(v).__module__, type(v).__bases__
print type(v).n_sequence_fields, type(v).n_fields, type(v).n_unnamed_fields
print type(v).__doc__
print type(v).major.__doc__, type(v).releaselevel.__doc__
print [x for x in v]
print '%d.%d.%d' % v[:3]
show('index 5', lambda: v[5])
show('index -6', lambda: v[-6])
show('index str', lambda: v['a'])
show('index float', lambda: v[1.5])
show('index long', lambda: v[2 ** 70])
show('index bool', lambda: v[True])
show('slice step 0', lambda: v[::0])
show('getslice', lambda: v.__getslice__(1, 3))
show('add list', lambda: v + [1])


def setattr_major():
    v.major = 3


def delattr_major():
    del v.major


def setattr_new():
    v.foo = 1
show('set major', setattr_major)
show('del major', delattr_major)
show('set foo', setattr_new)
show('no count', lambda: v.count)
show('new', lambda: type(v)((1, 2, 3, 4, 5)))
show('new no args', lambda: type(v)())

print '--- flags, long_info, float_info'
f = sys.flags
print type(f), len(f), type(f).n_fields
print f.debug, f.py3k_warning, f.division_warning, f.division_new, f.inspect, f.interactive, f.optimize
print f.no_user_site, f.no_site, f.ignore_environment, f.tabcheck, f.verbose, f.unicode, f.bytes_warning
print type(f).__doc__
print type(f).optimize.__doc__, type(f).tabcheck.__doc__
show('flags new', lambda: type(f)((0,) * 16))
print sys.long_info, sys.long_info.bits_per_digit, sys.long_info[1]
print type(sys.long_info).__doc__
show('long_info new', lambda: type(sys.long_info)((15, 2)))
show('long_info new 3', lambda: type(sys.long_info)((15, 2, 1)))
show('long_info new 1', lambda: type(sys.long_info)((15,)))
show('long_info new int', lambda: type(sys.long_info)(5))
show('long_info new dict', lambda: type(sys.long_info)((15, 2), []))
show('long_info new kw', lambda: type(sys.long_info)(sequence=[1, 2]))
show('long_info new gen', lambda: type(sys.long_info)(x for x in 'ab'))
show('long_info reduce', lambda: type(sys.long_info)((15, 2)).__reduce__())
fi = sys.float_info
print fi
print fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds, fi.max_exp, fi.min_exp
print fi.max_10_exp, fi.min_10_exp
print type(fi).epsilon.__doc__

print '--- recursion, check interval, dlopen flags'
sys.setrecursionlimit(321)
print sys.getrecursionlimit()
show('recursion 0', lambda: sys.setrecursionlimit(0))
show('recursion -5', lambda: sys.setrecursionlimit(-5))
show('recursion str', lambda: sys.setrecursionlimit('a'))
show('recursion float', lambda: sys.setrecursionlimit(1.5))
show('recursion none', lambda: sys.setrecursionlimit())
show('recursion kw', lambda: sys.setrecursionlimit(n=5))
sys.setrecursionlimit(1000)


def recurse(n):
    return recurse(n + 1)

sys.setrecursionlimit(100)
try:
    recurse(0)
except RuntimeError as e:
    print 'RuntimeError', e
sys.setrecursionlimit(1000)
sys.setcheckinterval(50)
print sys.getcheckinterval()
show('checkinterval str', lambda: sys.setcheckinterval('x'))
sys.setcheckinterval(100)
sys.setdlopenflags(258)
print sys.getdlopenflags()
sys.setdlopenflags(2)
show('getrecursionlimit arg', lambda: sys.getrecursionlimit(1))

print '--- exc_info'
sys.exc_clear()
print sys.exc_info(), sys.exc_type
try:
    raise KeyError('k')
except KeyError:
    t, val, tb = sys.exc_info()
    print t, repr(val), type(tb).__name__, tb.tb_lineno > 0
    print sys.exc_type, repr(sys.exc_value), sys.exc_traceback is tb


def inner():
    try:
        raise ValueError('inner')
    except ValueError:
        print 'in inner', sys.exc_info()[0]
    print 'after inner handler', sys.exc_info()[0]

try:
    raise TypeError('outer')
except TypeError:
    inner()
    print 'back in outer', sys.exc_info()[0]
    sys.exc_clear()
    print 'cleared', sys.exc_info(), sys.exc_type


def no_exc():
    return sys.exc_info()

print no_exc()
print hasattr(sys, 'exc_value'), sys.exc_value
show('exc_info arg', lambda: sys.exc_info(1))

print '--- frames'


def level2():
    return sys._getframe(), sys._getframe(1), sys._getframe(2)


def level1():
    return level2()

f0, f1, f2 = level1()
print f0.f_code.co_name, f1.f_code.co_name, f2.f_code.co_name
print f0.f_back is f1, f1.f_back is f2, type(f0).__name__
print sys._getframe().f_code.co_name, sys._getframe(-3).f_code.co_name
print sys._getframe().f_globals is globals()
show('too deep', lambda: sys._getframe(1000))
show('getframe str', lambda: sys._getframe('a'))
show('getframe 2 args', lambda: sys._getframe(1, 2))


def count_frames():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n

print count_frames()

print '--- trace and profile functions (stored)'


def tracer(frame, event, arg):
    return None

print sys.gettrace(), sys.getprofile()
sys.settrace(tracer)
print sys.gettrace() is tracer
sys.settrace(None)
print sys.gettrace()
sys.setprofile(tracer)
print sys.getprofile() is tracer
sys.setprofile(None)
print sys.getprofile()
show('settrace none', lambda: sys.settrace())
print sys.call_tracing(lambda a, b: a + b, (1, 2))
show('call_tracing list', lambda: sys.call_tracing(len, ['a']))
show('call_tracing 1', lambda: sys.call_tracing(len))
show('call_tracing None', lambda: sys.call_tracing(len, None))

print '--- displayhook'
sys.displayhook(42)
print _
sys.displayhook(None)
print _
sys.displayhook('text')
print repr(_)
print 'pending',
sys.displayhook([1])
print 'after'
show('displayhook none', lambda: sys.displayhook())
saved = sys.stdout
del sys.stdout
try:
    sys.displayhook(5)
except RuntimeError as e:
    sys.stdout = saved
    print 'RuntimeError', e
sys.stdout = saved
import __builtin__
print __builtin__._

print '--- excepthook'
sys.excepthook(ValueError, ValueError('shown on stderr'), None)
try:
    raise KeyError('with traceback')
except KeyError:
    sys.excepthook(*sys.exc_info())
sys.excepthook(TypeError, 'a string value', None)
show('excepthook 2', lambda: sys.excepthook(1, 2))
show('excepthook kw', lambda: sys.excepthook(1, 2, tb=3))

print '--- exit'
for args in [(), (None,), (0,), (3,), ('message',), ((1, 2),), ([1],)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print repr(args), repr(e.code), e.args
show('exit 2', lambda: sys.exit(1, 2))
show('exit kw', lambda: sys.exit(code=1))

print '--- getsizeof'


class Sized(object):
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


class OldSized:
    def __sizeof__(self):
        return 1

print sys.getsizeof(Sized(10)), sys.getsizeof(Sized(10L))
show('sizeof negative', lambda: sys.getsizeof(Sized(-1)))
show('sizeof str', lambda: sys.getsizeof(Sized('x')))
show('sizeof str default', lambda: sys.getsizeof(Sized('x'), 'dflt'))
show('sizeof float', lambda: sys.getsizeof(Sized(1.5)))
show('sizeof kw', lambda: sys.getsizeof(object=Sized(3)))
show('sizeof none', lambda: sys.getsizeof())
show('sizeof huge', lambda: sys.getsizeof(Sized(2 ** 70)))
print type(sys.getsizeof(1)).__name__, sys.getsizeof(OldSized()) > 0
print type(sys.getrefcount(object())).__name__

print '--- setdefaultencoding'
reload(sys)
print hasattr(sys, 'setdefaultencoding'), sys.getdefaultencoding()
show('unknown', lambda: sys.setdefaultencoding('no-such-encoding'))
show('int', lambda: sys.setdefaultencoding(5))
sys.setdefaultencoding('ascii')
print sys.getdefaultencoding()
print sys.argv
