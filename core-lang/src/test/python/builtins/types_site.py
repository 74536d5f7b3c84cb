# The types module and the objects site.py installs in __builtin__.
import sys
import types

names = [n for n in dir(types) if not n.startswith('_')]
print names
print sorted(types.__all__) == names, len(types.__all__)
for n in names:
    print n, getattr(types, n)
print types.__doc__
print types.StringTypes


def f():
    pass


class Old:
    def m(self):
        pass


class New(object):
    __slots__ = ('s',)

print isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType)
print isinstance(Old, types.ClassType), isinstance(Old(), types.InstanceType)
print isinstance(Old.m, types.UnboundMethodType), isinstance(Old().m, types.MethodType)
print isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType)
print isinstance(sys, types.ModuleType), isinstance(New.s, types.MemberDescriptorType)
print isinstance(types.FunctionType.func_code, types.GetSetDescriptorType)
print isinstance(int.__dict__, types.DictProxyType), isinstance(sys._getframe(), types.FrameType)
print isinstance((x for x in []), types.GeneratorType), isinstance(f.func_code, types.CodeType)
print isinstance(None, types.NoneType), isinstance(NotImplemented, types.NotImplementedType)
print isinstance(Ellipsis, types.EllipsisType), isinstance(slice(1), types.SliceType)
print isinstance(xrange(1), types.XRangeType), isinstance(sys.stdout, types.FileType)
m = types.ModuleType('made', 'its doc')
print m.__name__, m.__doc__, repr(m)
from types import *
print IntType, NoneType

print '--- site objects'
print repr(exit)
print repr(quit)
print type(exit), type(exit).__module__, exit.name, quit.name
print repr(help)
print type(help), type(copyright), type(credits), type(license)
print repr(copyright) == sys.copyright
print repr(credits).startswith('    ')  # Taipan's credits differ from CPython's
print str(exit)
for q in (exit, quit):
    try:
        q(7)
    except SystemExit as e:
        print 'SystemExit', e.code, e.args
try:
    exit()
except SystemExit as e:
    print 'SystemExit', e.code, e.args
try:
    quit('bye')
except SystemExit as e:
    print 'SystemExit', e.code, e.args


class ClosableIn(object):
    closed = False

    def close(self):
        self.closed = True
        print 'stdin closed'

saved = sys.stdin
sys.stdin = ClosableIn()
try:
    exit(0)
except SystemExit as e:
    print 'SystemExit', e.code
sys.stdin = saved
import sys
class _Sink:
    def write(self, s):
        pass
_saved = sys.stdout
sys.stdout = _Sink()   # the credits text itself is Taipan's own
r = credits()
sys.stdout = _saved
print r
print repr(copyright) == sys.copyright
import site
print site.ENABLE_USER_SITE in (True, False, None), site.PREFIXES == [sys.prefix, sys.exec_prefix]
print callable(site.addsitedir), callable(site.getsitepackages), callable(site.main)
print hasattr(sys, 'setdefaultencoding')
print 'site' in sys.modules, sys.flags.no_site
