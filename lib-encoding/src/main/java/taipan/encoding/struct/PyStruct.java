package taipan.encoding.struct;

import taipan.runtime.*;

/** {@code struct.Struct}: a compiled format with pack/unpack methods. */
@ExposedType(name = "Struct", doc = "Compiled struct object")
public class PyStruct extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin(PyStruct.class);

    private Format format = Format.parse("");

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static final String[] INIT_PARAMS = {"format"};

    @ExposedNew
    static PyObject struct_new(PyType subtype, PyObject[] a, String[] kw) {
        return subtype == TYPE ? new PyStruct() : new Derived(subtype);
    }

    @Override
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("Struct", args, kwnames, INIT_PARAMS, 1);
        format = StructModule.format(a[0]);
    }

    @ExposedGet(name = "format", doc = "struct format string")
    public PyObject getFormat() {
        return PyStr.of(format.text);
    }

    @ExposedGet(name = "size", doc = "struct size in bytes")
    public PyObject getSize() {
        return PyInt.of(format.size);
    }

    @ExposedMethod(names = "pack", doc = "S.pack(v1, v2, ...) -> string\n\nReturn a string containing values v1, v2, ... packed according to this\nStruct's format. See struct.__doc__ for more on format strings.")
    public PyObject structPack(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("pack", kw);
        return pack(format, args, 0);
    }

    @ExposedMethod(names = "pack_into", doc = "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to this Struct's format, write \nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is not an optional argument.  See struct.__doc__ for \nmore on format strings.")
    public PyObject structPackInto(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("pack_into", kw);
        packInto(format, args, 0);
        return Py.None;
    }

    @ExposedMethod(names = "unpack", doc = "S.unpack(str) -> (v1, v2, ...)\n\nReturn tuple containing values unpacked according to this Struct's format.\nRequires len(str) == self.size. See struct.__doc__ for more on format\nstrings.")
    public PyObject structUnpack(PyObject data) {
        return unpack(format, data);
    }

    @ExposedMethod(names = "unpack_from", doc = "S.unpack_from(buffer[, offset]) -> (v1, v2, ...)\n\nReturn tuple containing values unpacked according to this Struct's format.\nUnlike unpack, unpack_from can unpack values from any object supporting\nthe buffer API, not just str. Requires len(buffer[offset:]) >= self.size.\n\nSee struct.__doc__ for more on format strings.")
    public PyObject structUnpackFrom(PyObject[] args, String[] kw) {
        return unpackFromArgs(format, args, kw);
    }

    @ExposedMethod(names = "__sizeof__", doc = "S.__sizeof__() -> size of S in memory, in bytes")
    public PyObject structSizeof() {
        return PyInt.of(64 + 24L * (format.items.length + 1));
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of("<Struct object at " + Py.addressString(this) + ">");
    }

    // ---- shared with the module functions ----------------------------------------------------

    static PyObject pack(Format f, PyObject[] args, int from) {
        int n = args.length - from;
        if (n != f.length) {
            throw StructModule.error("pack expected " + f.length + " items for packing (got " + n + ")");
        }
        byte[] out = new byte[bytes(f)];
        Codec.pack(f, out, 0, args, from);
        return PyStr.of(out);
    }

    static void packInto(Format f, PyObject[] args, int from) {
        int n = args.length - from;
        if (n != f.length + 2) {
            if (n == 0) {
                throw StructModule.error("pack_into expected buffer argument");
            }
            if (n == 1) {
                throw StructModule.error("pack_into expected offset argument");
            }
            throw StructModule.error("pack_into expected " + f.length + " items for packing (got " + (n - 2) + ")");
        }
        PyObject target = args[from];
        if (!(target instanceof BufferProtocol b) || !b.isWritableBuffer()) {
            throw Py.TypeError("argument must be read-write buffer, not " + target.getType().getName());
        }
        long offset = Py.asLongArg(args[from + 1]);
        int len = b.bufferLength();
        if (offset < 0) {
            offset += len;
        }
        int size = bytes(f);
        if (offset < 0 || len - offset < size) {
            throw StructModule.error("pack_into requires a buffer of at least " + size + " bytes");
        }
        byte[] out = new byte[size];
        Codec.pack(f, out, 0, args, from + 2);
        b.storeBytes((int) offset, out, 0, size);
    }

    static PyObject unpack(Format f, PyObject data) {
        byte[] b = readable(data);
        int size = bytes(f);
        if (b == null || b.length != size) {
            throw StructModule.error("unpack requires a string argument of length " + size);
        }
        return PyTuple.of(Codec.unpack(f, b, 0));
    }

    private static final String[] UNPACK_FROM_PARAMS = {"buffer", "offset"};

    static PyObject unpackFromArgs(Format f, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("unpack_from", args, kw, UNPACK_FROM_PARAMS, 1);
        byte[] b = readable(a[0]);
        if (b == null) {
            throw Py.TypeError("unpack_from() argument 1 must be string or buffer, not " + a[0].getType().getName());
        }
        long offset = a[1] == null ? 0 : Py.asLongArg(a[1]);
        int size = bytes(f);
        if (offset < 0 || b.length - offset < size) {
            throw StructModule.error("unpack_from requires a buffer of at least " + size + " bytes");
        }
        return PyTuple.of(Codec.unpack(f, b, (int) offset));
    }

    /** The bytes of a readable buffer argument, or null if it is none. */
    private static byte[] readable(PyObject o) {
        if (o instanceof PyStr s) {
            return s.bytes();
        }
        if (o instanceof PyUnicode u) {
            return PyStr.fromUnicodeDefault(u).bytes();
        }
        if (o instanceof BufferProtocol b) {
            return b.bufferBytes();
        }
        return null;
    }

    /** The format's size as an array length. */
    private static int bytes(Format f) {
        if (f.size > Integer.MAX_VALUE - 8) {
            throw Py.MemoryError("");
        }
        return (int) f.size;
    }

    /** An instance of a Python subclass of Struct. */
    public static final class Derived extends PyStruct implements taipan.runtime.Derived {
        private PyType type;
        private final PyObject[] slots;
        private PyDict dict;

        public Derived(PyType type) {
            this.type = type;
            this.dict = taipan.runtime.Derived.dictFor(type);
            this.slots = taipan.runtime.Derived.slotsFor(type);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public PyDict getDict() { return dict; }
        @Override public void setDict(PyDict dict) { this.dict = dict; }
        @Override public PyObject[] getSlots() { return slots; }
    }
}
