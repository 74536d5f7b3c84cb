package taipan.modules.builtin;

import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyException;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyUnicode;

/**
 * Argument checks of the builtins that take the raw call, with the texts of CPython 2.7's
 * {@code PyArg_UnpackTuple} and {@code _PyArg_NoKeywords}.
 */
final class Args {
    private Args() {}

    /** "f() takes no keyword arguments". */
    static void noKeywords(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError(name + "() takes no keyword arguments");
        }
    }

    /**
     * {@code PyArg_UnpackTuple(args, name, min, max)} for a function that takes no keywords:
     * "name expected at least 1 arguments, got 0".
     */
    static void unpack(String name, PyObject[] args, String[] kw, int min, int max) {
        noKeywords(name, kw);
        int n = args.length;
        if (n < min) {
            throw Py.TypeError(name + " expected " + (min == max ? "" : "at least ") + min + " arguments, got " + n);
        }
        if (n > max) {
            throw Py.TypeError(name + " expected " + (min == max ? "" : "at most ") + max + " arguments, got " + n);
        }
    }

    /**
     * {@code PyArg_ParseTuple} arity check: "f() takes exactly 1 argument (0 given)",
     * "at least"/"at most", or "takes no arguments" (METH_NOARGS).
     */
    static void tuple(String name, PyObject[] args, String[] kw, int min, int max) {
        noKeywords(name, kw);
        int n = args.length;
        if (n < min || n > max) {
            int k = n < min ? min : max;
            String how = min == max ? "exactly" : n < min ? "at least" : "at most";
            throw Py.TypeError(name + "() takes " + how + " " + k + " argument" + (k == 1 ? "" : "s") + " (" + n + " given)");
        }
    }

    /** {@code PyArg_ParseTupleAndKeywords} structure: one slot per name (null = not given). */
    static PyObject[] parse(String func, PyObject[] args, String[] kw, String[] names, int required) {
        return taipan.runtime.ArgParser.parse(func, args, kw, names, required);
    }

    /** The i-th argument or null when not given. */
    static PyObject opt(PyObject[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    /**
     * An 's' argument of PyArg_ParseTuple: a str (or a unicode in the default encoding)
     * without NUL bytes.
     */
    static String cString(String func, int pos, PyObject o) {
        PyStr s;
        if (o instanceof PyStr ps) {
            s = ps;
        } else if (o instanceof PyUnicode u) {
            s = PyStr.fromUnicodeDefault(u);
        } else {
            throw Py.TypeError(func + "() argument " + pos + " must be string, not " + argTypeName(o));
        }
        byte[] b = s.bytes();
        for (byte x : b) {
            if (x == 0) {
                throw Py.TypeError(func + "() argument " + pos + " must be string without null bytes, not str");
            }
        }
        return s.toString();
    }

    /** An 'i' argument: a C int (int, long, bool or __int__; floats refused). */
    static int cInt(PyObject o) {
        return Py.asIntArg(o);
    }

    /** The type name as CPython's {@code tp_name} shows it in messages ("NoneType", "int"). */
    static String typeName(PyObject o) {
        return o.getType().getName();
    }

    /** The type as getargs' conversion errors name it: "None" for None, else the type name. */
    static String argTypeName(PyObject o) {
        return o == taipan.runtime.Py.None ? "None" : o.getType().getName();
    }

    /** True if the exception is a TypeError (for the cases that replace its message). */
    static boolean isTypeError(PyException e) {
        return e.matches(taipan.runtime.Exceptions.TypeError);
    }

    /** {@code PyMapping_Check} as 2.7 defines it (used for eval/exec locals). */
    static boolean isMapping(PyObject o) {
        if (o instanceof taipan.runtime.PyInstance) {
            return Ops.getattrOrNull(o, "__getitem__") != null;
        }
        if (o instanceof taipan.runtime.PyDict) {
            return true;
        }
        if (o instanceof PyStr || o instanceof PyUnicode || o instanceof taipan.runtime.PyList
                || o instanceof taipan.runtime.PyTuple) {
            return false;
        }
        taipan.runtime.PyType t = o.getType();
        return t.lookup(taipan.runtime.N.__getitem__) != null && t.lookup(taipan.runtime.N.__getslice__) == null;
    }

    /** {@code PySequence_Check}: supports indexing and is not a dict. */
    static boolean isSequence(PyObject o) {
        if (o instanceof taipan.runtime.PyInstance) {
            return Ops.getattrOrNull(o, "__getitem__") != null;
        }
        if (o instanceof taipan.runtime.PyDict) {
            return false;
        }
        taipan.runtime.PyType t = o.getType();
        if (t.isSubtypeOf(taipan.runtime.PyDict.TYPE)) {
            return false;
        }
        return t.lookup(taipan.runtime.N.__getitem__) != null;
    }
}
