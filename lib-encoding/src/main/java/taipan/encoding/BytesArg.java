package taipan.encoding;


import taipan.runtime.*;

/** Argument conversions shared by the encoding modules (PyArg_ParseTuple's "s*" and "I"). */
public final class BytesArg {
    private BytesArg() {}

    /**
     * The bytes of a "s*" argument: str, a buffer object, or unicode encoded with the
     * default encoding; otherwise "f() argument n must be string or buffer, not T".
     */
    public static byte[] bytes(PyObject o, String func, int argno) {
        if (o instanceof PyStr s) {
            return s.bytes();
        }
        if (o instanceof PyUnicode u) {
            return PyStr.fromUnicodeDefault(u).bytes();
        }
        if (o instanceof BufferProtocol b) {
            return b.bufferBytes();
        }
        throw Py.TypeError(func + "() argument " + argno + " must be string or buffer, not " + o.getType().getName());
    }

    /** The bytes of a "s#" argument ("must be string or read-only buffer"). */
    public static byte[] readOnly(PyObject o, String func, int argno) {
        if (o instanceof PyStr || o instanceof PyUnicode || o instanceof BufferProtocol) {
            return bytes(o, func, argno);
        }
        throw Py.TypeError(func + "() argument " + argno + " must be string or read-only buffer, not "
                + o.getType().getName());
    }

    /** An "I" argument: any integer, truncated to its low 32 bits without overflow check. */
    public static long uint(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat) {
            return Py.asLongArg(o) & 0xffffffffL;
        }
        if (o instanceof PyLong l) {
            return l.value.longValue() & 0xffffffffL;
        }
        PyObject r = Ops.intOrNull(o);
        if (r == null) {
            throw Py.TypeError("an integer is required");
        }
        return uint(r);
    }

    /** A flag argument given as an int ('i'), null meaning the default. */
    public static int intOr(PyObject o, int dflt) {
        return o == null ? dflt : Py.asIntArg(o);
    }

    /** Creates an exception class {@code module.name} deriving from {@code base}. */
    public static PyObject newError(String module, String name, PyObject base) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.intern("__module__"), PyStr.of(module));
        return Ops.call(PyType.TYPE, PyStr.of(name), PyTuple.of(base), ns);
    }

    /** An instance of an exception class made by {@link #newError}, ready to throw. */
    public static PyException raise(PyObject cls, String msg) {
        return new PyException(cls, Ops.call(cls, PyStr.of(msg)));
    }

    /**
     * Checks a METH_VARARGS call: no keywords, between {@code min} and {@code max}
     * positional arguments, with PyArg_ParseTuple's messages.
     */
    public static void positional(String func, PyObject[] args, String[] kw, int min, int max) {
        ArgParser.noKeywords(func, kw);
        int n = args.length;
        if (n >= min && n <= max) {
            return;
        }
        String how = min == max ? "exactly" : n < min ? "at least" : "at most";
        int want = n < min ? min : max;
        throw Py.TypeError(func + "() takes " + how + " " + want + " argument" + (want == 1 ? "" : "s")
                + " (" + n + " given)");
    }
}
