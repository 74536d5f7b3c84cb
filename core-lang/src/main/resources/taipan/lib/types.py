"""Define names for all type symbols known in the standard interpreter.

Types that are part of optional modules (e.g. array) are not listed.
"""
import sys

# Each name is the type of an object of that kind, found the way 2.7's types
# module finds it.

NoneType = type(None)
TypeType = type
ObjectType = object

IntType = int
LongType = long
FloatType = float
BooleanType = bool
try:
    ComplexType = complex
except NameError:
    pass

StringType = str
try:
    UnicodeType = unicode
    StringTypes = (StringType, UnicodeType)
except NameError:
    StringTypes = (StringType,)

try:
    BufferType = buffer
except NameError:       # a build without the buffer type
    pass

TupleType = tuple
ListType = list
DictType = DictionaryType = dict


def _f():
    pass

FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.func_code)


def _g():
    yield 1

GeneratorType = type(_g())


class _C:
    def _m(self):
        pass

ClassType = type(_C)
UnboundMethodType = type(_C._m)
_x = _C()
InstanceType = type(_x)
MethodType = type(_x._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

ModuleType = type(sys)
FileType = file
XRangeType = xrange

try:
    raise TypeError
except TypeError:
    _tb = sys.exc_info()[2]
    TracebackType = type(_tb)
    FrameType = type(_tb.tb_frame)
    del _tb

SliceType = slice
EllipsisType = type(Ellipsis)

DictProxyType = type(TypeType.__dict__)
NotImplementedType = type(NotImplemented)

GetSetDescriptorType = type(FunctionType.func_code)


class _S(object):
    __slots__ = ('_a',)

MemberDescriptorType = type(_S._a)

del sys, _f, _g, _C, _x, _S

__all__ = [_n for _n in (
    'IntType', 'TypeType', 'CodeType', 'BooleanType', 'UnboundMethodType', 'StringType',
    'BuiltinMethodType', 'FloatType', 'DictionaryType', 'NotImplementedType',
    'BuiltinFunctionType', 'DictProxyType', 'MethodType', 'StringTypes', 'GeneratorType',
    'ObjectType', 'DictType', 'GetSetDescriptorType', 'EllipsisType', 'ListType', 'TupleType',
    'ModuleType', 'FrameType', 'FileType', 'LongType', 'BufferType', 'TracebackType',
    'ClassType', 'InstanceType', 'MemberDescriptorType', 'UnicodeType', 'SliceType',
    'ComplexType', 'LambdaType', 'FunctionType', 'XRangeType', 'NoneType') if _n in globals()]
del _n
