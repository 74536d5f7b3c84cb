"""Serialize Python objects to strings and back (the pickle protocols 0, 1 and 2).

Pickler writes the same bytes CPython 2.7's pickle module writes for the same objects;
Unpickler reads every pickle CPython 2.7 writes. cPickle shares this engine.

    dumps(obj[, protocol]) -> string      loads(string) -> obj
    dump(obj, file[, protocol])           load(file) -> obj
"""

import sys
import copy_reg
from types import (NoneType, BooleanType, IntType, LongType, FloatType, ComplexType,
                   StringType, UnicodeType, TupleType, ListType, DictionaryType,
                   ClassType, InstanceType, TypeType, FunctionType, BuiltinFunctionType)
from copy_reg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads"]

format_version = "2.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0"]
HIGHEST_PROTOCOL = 2


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """An unpicklable object was passed to the dump() method."""


class UnpicklingError(PickleError):
    """A problem in the data to unpickle (security violations too)."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---- opcodes -----------------------------------------------------------------------------

MARK = '('
STOP = '.'
POP = '0'
POP_MARK = '1'
DUP = '2'
FLOAT = 'F'
INT = 'I'
BININT = 'J'
BININT1 = 'K'
LONG = 'L'
BININT2 = 'M'
NONE = 'N'
PERSID = 'P'
BINPERSID = 'Q'
REDUCE = 'R'
STRING = 'S'
BINSTRING = 'T'
SHORT_BINSTRING = 'U'
UNICODE = 'V'
BINUNICODE = 'X'
APPEND = 'a'
BUILD = 'b'
GLOBAL = 'c'
DICT = 'd'
EMPTY_DICT = '}'
APPENDS = 'e'
GET = 'g'
BINGET = 'h'
INST = 'i'
LONG_BINGET = 'j'
LIST = 'l'
EMPTY_LIST = ']'
OBJ = 'o'
PUT = 'p'
BINPUT = 'q'
LONG_BINPUT = 'r'
SETITEM = 's'
TUPLE = 't'
EMPTY_TUPLE = ')'
SETITEMS = 'u'
BINFLOAT = 'G'
TRUE = 'I01\n'
FALSE = 'I00\n'
# protocol 2
PROTO = '\x80'
NEWOBJ = '\x81'
EXT1 = '\x82'
EXT2 = '\x83'
EXT4 = '\x84'
TUPLE1 = '\x85'
TUPLE2 = '\x86'
TUPLE3 = '\x87'
NEWTRUE = '\x88'
NEWFALSE = '\x89'
LONG1 = '\x8a'
LONG4 = '\x8b'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

__all__.extend([_name for _name in dir() if _name.isupper() and not _name.startswith('_')])

_BATCHSIZE = 1000


# The binary fields, without the struct module (lib-encoding): pickle needs only core-lang.

def _pack_i4(n):
    """n as a 4-byte little-endian signed int."""
    n &= 0xffffffff
    return chr(n & 0xff) + chr((n >> 8) & 0xff) + chr((n >> 16) & 0xff) + chr(n >> 24)


def _unpack_le(data, signed):
    v = 0
    for c in reversed(data):
        v = (v << 8) | ord(c)
    if signed and v >= 1 << (8 * len(data) - 1):
        v -= 1 << (8 * len(data))
    return int(v)


_INF = float('inf')


def _pack_double(x):
    """x as a big-endian IEEE 754 double, from float.hex()."""
    if x != x:
        bits = 0x7ff8000000000000
    elif x == _INF or x == -_INF:
        bits = 0x7ff0000000000000 | ((x < 0) << 63)
    else:
        h = x.hex()
        negative = h.startswith('-')
        if negative:
            h = h[1:]
        mantissa, exponent = h[2:].split('p')
        lead, _, frac = mantissa.partition('.')
        fraction = int((frac + '0' * 13)[:13], 16)
        if lead == '1':
            bits = ((int(exponent) + 1023) << 52) | fraction
        else:
            bits = fraction  # zero or subnormal
        bits |= negative << 63
    return ''.join([chr((bits >> shift) & 0xff) for shift in xrange(56, -8, -8)])


def _unpack_double(data):
    bits = _unpack_le(data[::-1], False)
    negative = bits >> 63
    exponent = (bits >> 52) & 0x7ff
    fraction = bits & 0xfffffffffffff
    if exponent == 0x7ff:
        value = float('nan') if fraction else _INF
    elif exponent == 0:
        value = float.fromhex('0x0.%013xp-1022' % fraction)
    else:
        value = float.fromhex('0x1.%013xp%d' % (fraction, exponent - 1023))
    return -value if negative else value


# ---- longs as little-endian two's complement (LONG1, LONG4) --------------------------------

def encode_long(x):
    """The shortest two's complement little-endian bytes of x; '' for 0."""
    if x == 0:
        return ''
    magnitude = x if x > 0 else -x - 1
    nbytes = (magnitude.bit_length() >> 3) + 1
    v = x & ((1 << (8 * nbytes)) - 1)
    digits = '%0*x' % (2 * nbytes, v)
    return ''.join([chr(int(digits[i - 2:i], 16)) for i in xrange(len(digits), 0, -2)])


def decode_long(data):
    """The long whose two's complement little-endian bytes are data."""
    if not data:
        return 0L
    v = long(''.join(['%02x' % ord(c) for c in reversed(data)]), 16)
    if ord(data[-1]) >= 0x80:
        v -= 1L << (8 * len(data))
    return v


# ---- pickling ----------------------------------------------------------------------------

class Pickler:

    def __init__(self, file, protocol=None):
        """Writes pickles to file (anything with a write(string) method).

        protocol 0 is the text format, 1 the old binary one, 2 the newest (new-style
        classes); a negative protocol means HIGHEST_PROTOCOL.
        """
        if protocol is None:
            protocol = 0
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        self.write = file.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0

    def clear_memo(self):
        """Forget the objects pickled so far (later ones are written again in full)."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickle of obj."""
        if self.proto >= 2:
            self.write(PROTO + chr(self.proto))
        self.save(obj)
        self.write(STOP)

    def memoize(self, obj):
        """Remember obj under the next memo index and write a PUT for it."""
        if self.fast:
            return
        assert id(obj) not in self.memo
        index = len(self.memo)
        self.write(self.put(index))
        self.memo[id(obj)] = index, obj

    def put(self, i):
        if self.bin:
            if i < 256:
                return BINPUT + chr(i)
            return LONG_BINPUT + _pack_i4(i)
        return PUT + repr(i) + '\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + chr(i)
            return LONG_BINGET + _pack_i4(i)
        return GET + repr(i) + '\n'

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid)
            self.write(BINPERSID)
        else:
            self.write(PERSID + str(pid) + '\n')

    def save(self, obj):
        pid = self.persistent_id(obj)
        if pid is not None:
            self.save_pers(pid)
            return
        seen = self.memo.get(id(obj))
        if seen:
            self.write(self.get(seen[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f:
            f(self, obj)
            return
        try:
            is_class = issubclass(t, TypeType)
        except TypeError:
            is_class = False
        if is_class:
            self.save_global(obj)
            return
        reduce = dispatch_table.get(t)
        if reduce:
            rv = reduce(obj)
        else:
            reduce = getattr(obj, "__reduce_ex__", None)
            if reduce:
                rv = reduce(self.proto)
            else:
                reduce = getattr(obj, "__reduce__", None)
                if reduce:
                    rv = reduce()
                else:
                    raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
        if type(rv) is StringType:
            self.save_global(obj, rv)
            return
        if type(rv) is not TupleType:
            raise PicklingError("%s must return string or tuple" % reduce)
        if not 2 <= len(rv) <= 5:
            raise PicklingError("Tuple returned by %s must have two to five elements" % reduce)
        self.save_reduce(obj=obj, *rv)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, obj=None):
        """Write what a __reduce__ value describes: a call, then items and state."""
        if not isinstance(args, TupleType):
            raise PicklingError("args from reduce() should be a tuple")
        if not hasattr(func, '__call__'):
            raise PicklingError("func from reduce should be callable")
        save = self.save
        write = self.write
        if self.proto >= 2 and getattr(func, "__name__", "") == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            save(state)
            write(BUILD)

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[NoneType] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[BooleanType] = save_bool

    def save_int(self, obj):
        if self.bin:
            if 0 <= obj <= 0xff:
                self.write(BININT1 + chr(obj))
                return
            if 0 <= obj <= 0xffff:
                self.write(BININT2 + chr(obj & 0xff) + chr(obj >> 8))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + _pack_i4(obj))
                return
        self.write(INT + repr(obj) + '\n')
    dispatch[IntType] = save_int

    def save_long(self, obj):
        if self.proto >= 2:
            data = encode_long(obj)
            if len(data) < 256:
                self.write(LONG1 + chr(len(data)) + data)
            else:
                self.write(LONG4 + _pack_i4(len(data)) + data)
            return
        self.write(LONG + repr(obj) + '\n')
    dispatch[LongType] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack_double(obj))
        else:
            self.write(FLOAT + repr(obj) + '\n')
    dispatch[FloatType] = save_float

    def save_string(self, obj):
        if self.bin:
            n = len(obj)
            if n < 256:
                self.write(SHORT_BINSTRING + chr(n) + obj)
            else:
                self.write(BINSTRING + _pack_i4(n) + obj)
        else:
            self.write(STRING + repr(obj) + '\n')
        self.memoize(obj)
    dispatch[StringType] = save_string

    def save_unicode(self, obj):
        if self.bin:
            data = obj.encode('utf-8')
            self.write(BINUNICODE + _pack_i4(len(data)) + data)
        else:
            # the text form ends at a newline: backslashes and newlines are escaped
            text = obj.replace(u"\\", u"\\u005c").replace(u"\n", u"\\u000a")
            self.write(UNICODE + text.encode('raw-unicode-escape') + '\n')
        self.memoize(obj)
    dispatch[UnicodeType] = save_unicode

    def save_tuple(self, obj):
        write = self.write
        n = len(obj)
        if n == 0:
            write(EMPTY_TUPLE if self.proto else MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            # a tuple that contains itself was memoized while its items were written
            if id(obj) in memo:
                write(POP * n + self.get(memo[id(obj)][0]))
            else:
                write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.proto:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)
    dispatch[TupleType] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(iter(obj))
    dispatch[ListType] = save_list

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.iteritems())
    dispatch[DictionaryType] = save_dict

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        while True:
            batch = []
            for x in items:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif batch:
                save(batch[0])
                write(APPEND)
            if len(batch) < _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif batch:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if len(batch) < _BATCHSIZE:
                return

    def save_inst(self, obj):
        """An old-style instance: its class and __getinitargs__, then its state."""
        cls = obj.__class__
        write = self.write
        save = self.save
        if hasattr(obj, '__getinitargs__'):
            args = obj.__getinitargs__()
            len(args)  # must be a sequence
            _keep_alive(args, self.memo)
        else:
            args = ()
        write(MARK)
        if self.bin:
            save(cls)
            for arg in args:
                save(arg)
            write(OBJ)
        else:
            for arg in args:
                save(arg)
            write(INST + cls.__module__ + '\n' + cls.__name__ + '\n')
        self.memoize(obj)
        getstate = getattr(obj, '__getstate__', None)
        if getstate is not None:
            state = getstate()
            _keep_alive(state, self.memo)
        else:
            state = obj.__dict__
        save(state)
        write(BUILD)
    dispatch[InstanceType] = save_inst

    def save_global(self, obj, name=None):
        """A class or function, by module and name (checked to find the same object)."""
        write = self.write
        if name is None:
            name = obj.__name__
        module = getattr(obj, "__module__", None)
        if module is None:
            module = whichmodule(obj, name)
        try:
            __import__(module)
            found = getattr(sys.modules[module], name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module, name))
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module, name))
        if self.proto >= 2:
            code = _extension_registry.get((module, name))
            if code:
                assert code > 0
                if code <= 0xff:
                    write(EXT1 + chr(code))
                elif code <= 0xffff:
                    write(EXT2 + chr(code & 0xff) + chr(code >> 8))
                else:
                    write(EXT4 + _pack_i4(code))
                return
        write(GLOBAL + module + '\n' + name + '\n')
        self.memoize(obj)
    dispatch[ClassType] = save_global
    dispatch[FunctionType] = save_global
    dispatch[BuiltinFunctionType] = save_global
    dispatch[TypeType] = save_global


def _keep_alive(x, memo):
    """Keep x alive in the memo while pickling (its id could otherwise be reused)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


_module_of = {}


def whichmodule(func, funcname):
    """The name of the module in sys.modules that holds func (as funcname), else '__main__'."""
    mod = getattr(func, "__module__", None)
    if mod is not None:
        return mod
    if func in _module_of:
        return _module_of[func]
    for name, module in sys.modules.items():
        if module is None:
            continue
        if name != '__main__' and getattr(module, funcname, None) is func:
            break
    else:
        name = '__main__'
    _module_of[func] = name
    return name


# ---- unpickling --------------------------------------------------------------------------

class Unpickler:

    def __init__(self, file):
        """Reads pickles from file (read(n) and readline() methods). The protocol is
        recognised from the data."""
        self.readline = file.readline
        self.read = file.read
        self.memo = {}

    def load(self):
        """Read one pickle and return the object it holds."""
        self.mark = object()
        self.stack = []
        self.append = self.stack.append
        read = self.read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if key == '':
                    raise EOFError
                try:
                    handler = dispatch[key]
                except KeyError:
                    raise UnpicklingError("invalid load key, '%s'." % key)
                handler(self)
        except _Stop, stop:
            return stop.value

    def marker(self):
        """The stack index of the topmost MARK."""
        stack = self.stack
        mark = self.mark
        k = len(stack) - 1
        while k >= 0 and stack[k] is not mark:
            k -= 1
        if k < 0:
            raise UnpicklingError("could not find MARK")
        return k

    def _unpack(self, fmt, size):
        data = self.read(size)
        if len(data) < size:
            raise EOFError
        if fmt == '>d':
            return _unpack_double(data)
        return _unpack_le(data, fmt == '<i')

    def _line(self):
        line = self.readline()
        if not line:
            raise EOFError
        return line[:-1]

    dispatch = {}

    def load_proto(self):
        proto = ord(self.read(1))
        if not 0 <= proto <= 2:
            raise ValueError("unsupported pickle protocol: %d" % proto)
    dispatch[PROTO] = load_proto

    def load_persid(self):
        self.append(self.persistent_load(self._line()))
    dispatch[PERSID] = load_persid

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE] = load_true

    def load_int(self):
        data = self.readline()
        if data == FALSE[1:]:
            value = False
        elif data == TRUE[1:]:
            value = True
        else:
            try:
                value = int(data)
            except ValueError:
                value = long(data)
        self.append(value)
    dispatch[INT] = load_int

    def load_binint(self):
        self.append(self._unpack('<i', 4))
    dispatch[BININT] = load_binint

    def load_binint1(self):
        self.append(ord(self.read(1)))
    dispatch[BININT1] = load_binint1

    def load_binint2(self):
        self.append(self._unpack('<H', 2))
    dispatch[BININT2] = load_binint2

    def load_long(self):
        self.append(long(self._line(), 0))
    dispatch[LONG] = load_long

    def load_long1(self):
        n = ord(self.read(1))
        self.append(decode_long(self.read(n)))
    dispatch[LONG1] = load_long1

    def load_long4(self):
        n = self._unpack('<i', 4)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))
    dispatch[LONG4] = load_long4

    def load_float(self):
        self.append(float(self._line()))
    dispatch[FLOAT] = load_float

    def load_binfloat(self):
        self.append(self._unpack('>d', 8))
    dispatch[BINFLOAT] = load_binfloat

    def load_string(self):
        rep = self._line()
        for quote in "\"'":
            if rep.startswith(quote):
                if len(rep) < 2 or not rep.endswith(quote):
                    raise ValueError("insecure string pickle")
                rep = rep[1:-1]
                break
        else:
            raise ValueError("insecure string pickle")
        self.append(rep.decode("string-escape"))
    dispatch[STRING] = load_string

    def load_binstring(self):
        n = self._unpack('<i', 4)
        self.append(self.read(n))
    dispatch[BINSTRING] = load_binstring

    def load_short_binstring(self):
        n = ord(self.read(1))
        self.append(self.read(n))
    dispatch[SHORT_BINSTRING] = load_short_binstring

    def load_unicode(self):
        self.append(unicode(self._line(), 'raw-unicode-escape'))
    dispatch[UNICODE] = load_unicode

    def load_binunicode(self):
        n = self._unpack('<i', 4)
        self.append(unicode(self.read(n), 'utf-8'))
    dispatch[BINUNICODE] = load_binunicode

    def load_tuple(self):
        k = self.marker()
        self.stack[k:] = [tuple(self.stack[k + 1:])]
    dispatch[TUPLE] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1] = load_tuple1

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    dispatch[TUPLE2] = load_tuple2

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    dispatch[TUPLE3] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT] = load_empty_dictionary

    def load_list(self):
        k = self.marker()
        self.stack[k:] = [self.stack[k + 1:]]
    dispatch[LIST] = load_list

    def load_dict(self):
        k = self.marker()
        items = self.stack[k + 1:]
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.stack[k:] = [d]
    dispatch[DICT] = load_dict

    def _instantiate(self, klass, k):
        """Make an instance for INST/OBJ from the arguments above the mark at k."""
        args = tuple(self.stack[k + 1:])
        del self.stack[k:]
        if not args and type(klass) is ClassType and not hasattr(klass, "__getinitargs__"):
            # an old-style instance without arguments is made without calling __init__
            value = _EmptyClass()
            value.__class__ = klass
        else:
            try:
                value = klass(*args)
            except TypeError, err:
                raise TypeError, "in constructor for %s: %s" % (klass.__name__, str(err)), sys.exc_info()[2]
        self.append(value)

    def load_inst(self):
        module = self._line()
        name = self._line()
        klass = self.find_class(module, name)
        self._instantiate(klass, self.marker())
    dispatch[INST] = load_inst

    def load_obj(self):
        k = self.marker()
        klass = self.stack.pop(k + 1)
        self._instantiate(klass, k)
    dispatch[OBJ] = load_obj

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack[-1]
        self.stack[-1] = cls.__new__(cls, *args)
    dispatch[NEWOBJ] = load_newobj

    def load_global(self):
        module = self._line()
        name = self._line()
        self.append(self.find_class(module, name))
    dispatch[GLOBAL] = load_global

    def load_ext1(self):
        self.get_extension(ord(self.read(1)))
    dispatch[EXT1] = load_ext1

    def load_ext2(self):
        self.get_extension(self._unpack('<H', 2))
    dispatch[EXT2] = load_ext2

    def load_ext4(self):
        self.get_extension(self._unpack('<i', 4))
    dispatch[EXT4] = load_ext4

    def get_extension(self, code):
        obj = _extension_cache.get(code, _nil)
        if obj is not _nil:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        """The object a GLOBAL names (subclasses restrict what may be loaded)."""
        __import__(module)
        return getattr(sys.modules[module], name)

    def load_reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)
    dispatch[REDUCE] = load_reduce

    def load_pop(self):
        del self.stack[-1]
    dispatch[POP] = load_pop

    def load_pop_mark(self):
        del self.stack[self.marker():]
    dispatch[POP_MARK] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    dispatch[DUP] = load_dup

    def load_get(self):
        self.append(self.memo[int(self._line())])
    dispatch[GET] = load_get

    def load_binget(self):
        self.append(self.memo[ord(self.read(1))])
    dispatch[BINGET] = load_binget

    def load_long_binget(self):
        self.append(self.memo[self._unpack('<i', 4)])
    dispatch[LONG_BINGET] = load_long_binget

    def load_put(self):
        self.memo[int(self._line())] = self.stack[-1]
    dispatch[PUT] = load_put

    def load_binput(self):
        self.memo[ord(self.read(1))] = self.stack[-1]
    dispatch[BINPUT] = load_binput

    def load_long_binput(self):
        self.memo[self._unpack('<i', 4)] = self.stack[-1]
    dispatch[LONG_BINPUT] = load_long_binput

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)
    dispatch[APPEND] = load_append

    def load_appends(self):
        k = self.marker()
        target = self.stack[k - 1]
        target.extend(self.stack[k + 1:])
        del self.stack[k:]
    dispatch[APPENDS] = load_appends

    def load_setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value
    dispatch[SETITEM] = load_setitem

    def load_setitems(self):
        k = self.marker()
        target = self.stack[k - 1]
        items = self.stack[k + 1:]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]
        del self.stack[k:]
    dispatch[SETITEMS] = load_setitems

    def load_build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            try:
                d = inst.__dict__
                for k, v in state.iteritems():
                    d[intern(k)] = v
            except RuntimeError:
                # no __dict__ access (restricted mode): through setattr instead
                for k, v in state.items():
                    setattr(inst, k, v)
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD] = load_build

    def load_mark(self):
        self.append(self.mark)
    dispatch[MARK] = load_mark

    def load_stop(self):
        raise _Stop(self.stack.pop())
    dispatch[STOP] = load_stop


class _EmptyClass:
    pass


_nil = []


# ---- shorthands ------------------------------------------------------------------------

from StringIO import StringIO


def dump(obj, file, protocol=None):
    Pickler(file, protocol).dump(obj)


def dumps(obj, protocol=None):
    out = StringIO()
    Pickler(out, protocol).dump(obj)
    return out.getvalue()


def load(file):
    return Unpickler(file).load()


def loads(data):
    return Unpickler(StringIO(data)).load()
