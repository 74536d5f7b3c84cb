package taipan.runtime;

import java.math.BigInteger;

/**
 * {@code basestring}: the abstract base of str and unicode. Also home of the argument
 * conversions the string methods share (CPython's getargs formats 'n', 'i' and the
 * slice-index rules of the find family).
 */
@ExposedType(name = "basestring", doc = "Type basestring cannot be instantiated; it is the base for str and unicode.")
public abstract class PyBaseString extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyBaseString.class);

    @ExposedNew
    static PyObject basestring_new(PyType subtype, PyObject[] args, String[] kw) {
        throw Py.TypeError("The basestring type cannot be instantiated");
    }

    // ---- argument helpers shared by str, unicode and bytearray ----------------------------

    /**
     * A start/end argument of find, count, startswith...: None (or absent) gives
     * {@code dflt}; ints, longs (clipped) and objects with {@code __index__} are accepted.
     */
    static long sliceIndex(PyObject o, long dflt) {
        if (o == null || o == Py.None) {
            return dflt;
        }
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (o instanceof PyLong l) {
            return clip(l.value);
        }
        if (o.getType().lookup(N.__index__) != null) {
            PyObject r = Ops.index(o);
            return r instanceof PyInt i ? i.value : clip(((PyLong) r).value);
        }
        throw Py.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    private static final BigInteger LMAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LMIN = BigInteger.valueOf(Long.MIN_VALUE);

    static long clip(BigInteger b) {
        if (b.compareTo(LMAX) > 0) {
            return Long.MAX_VALUE;
        }
        if (b.compareTo(LMIN) < 0) {
            return Long.MIN_VALUE;
        }
        return b.longValue();
    }

    /**
     * CPython's ADJUST_INDICES: clips {@code start}/{@code end} against {@code len}; the
     * result may still have start &gt; end (callers check).
     */
    static long[] adjust(long start, long end, int len) {
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) {
                end = 0;
            }
        }
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = 0;
            }
        } else if (start > len) {
            start = len + 1L; // past the end: every caller then finds nothing
        }
        return new long[] {start, end};
    }

    /** A C long argument (getargs 'l'/'n' as the string methods see it): __int__ is honoured. */
    static long longArg(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (o instanceof PyFloat) {
            throw Py.TypeError("integer argument expected, got float");
        }
        if (o instanceof PyLong l) {
            if (l.value.bitLength() > 63) {
                throw Py.OverflowError("Python int too large to convert to C long");
            }
            return l.value.longValue();
        }
        PyObject r = Ops.intOrNull(o);
        if (r == null) {
            throw Py.TypeError("an integer is required");
        }
        if (r instanceof PyInt || r instanceof PyLong) {
            return longArg(r);
        }
        throw Py.TypeError("nb_int should return int object");
    }

    /** A C int argument (getargs 'i'). */
    static int intArg(PyObject o) {
        long v = longArg(o);
        if (v > Integer.MAX_VALUE) {
            throw Py.OverflowError("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw Py.OverflowError("signed integer is less than minimum");
        }
        return (int) v;
    }

    /** A size that must fit a Java array: larger requests are a MemoryError, as CPython's failed malloc. */
    static int checkSize(long n) {
        if (n > Integer.MAX_VALUE - 16) {
            throw Py.MemoryError(null);
        }
        return (int) n;
    }

    /** The repeat count of {@code seq * n}: an index (__index__), or null for NotImplemented. */
    static Long repeatCount(PyObject n) {
        if (n instanceof PyInt i) {
            return i.value;
        }
        if (n instanceof PyLong || n.getType().lookup(N.__index__) != null) {
            PyObject r = Ops.index(n);
            if (r instanceof PyInt i) {
                return i.value;
            }
            BigInteger b = ((PyLong) r).value;
            if (b.bitLength() > 63) {
                throw Py.OverflowError("cannot fit 'long' into an index-sized integer");
            }
            return b.longValue();
        }
        return null;
    }

    /** An index for {@code s[i]}: PyNumber_AsSsize_t with IndexError on overflow. */
    static long itemIndex(PyObject key, String typeName) {
        if (key instanceof PyInt i) {
            return i.value;
        }
        if (key instanceof PyLong || key.getType().lookup(N.__index__) != null) {
            PyObject r = Ops.index(key);
            if (r instanceof PyInt i) {
                return i.value;
            }
            BigInteger b = ((PyLong) r).value;
            if (b.bitLength() > 63) {
                throw Py.IndexError("cannot fit 'long' into an index-sized integer");
            }
            return b.longValue();
        }
        throw Py.TypeError(typeName + " indices must be integers, not " + key.getType().getName());
    }

    /** Positional-only argument count check with getargs' texts. */
    static void argCount(String name, PyObject[] args, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError(name + "() takes no keyword arguments");
        }
        int n = args.length;
        if (n < min || n > max) {
            if (min == max) {
                throw Py.TypeError(name + "() takes exactly " + min + " argument" + (min == 1 ? "" : "s") + " (" + n + " given)");
            }
            if (n < min) {
                throw Py.TypeError(name + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " (" + n + " given)");
            }
            throw Py.TypeError(name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + n + " given)");
        }
    }

    static PyObject arg(PyObject[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    /** The encoding/errors arguments of encode and decode (getargs 's'). */
    static String encodingArg(String func, PyObject o, int pos) {
        if (o == null) {
            return null;
        }
        if (o instanceof PyStr s) {
            checkNoNul(func, s.value, pos);
            return s.toString();
        }
        if (o instanceof PyUnicode u) {
            PyStr s = PyUnicode.encodeAscii(u);
            checkNoNul(func, s.value, pos);
            return s.toString();
        }
        throw Py.TypeError(func + "() argument " + pos + " must be string, not " + (o == Py.None ? "None" : o.getType().getName()));
    }

    private static void checkNoNul(String func, byte[] v, int pos) {
        for (byte b : v) {
            if (b == 0) {
                throw Py.TypeError(func + "() argument " + pos + " must be string without null bytes, not str");
            }
        }
    }
}
