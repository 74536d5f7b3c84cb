package taipan.runtime;

import java.math.BigInteger;
import java.util.concurrent.ConcurrentMap;
import com.google.common.collect.MapMaker;
import java.util.concurrent.atomic.AtomicLong;

/** Constants, factories and conversions used all over the runtime. */
public final class Py {
    private Py() {}

    public static final PyNone None = PyNone.INSTANCE;
    public static final PyBool True = PyBool.TRUE;
    public static final PyBool False = PyBool.FALSE;
    public static final PyObject NotImplemented = PyNotImplemented.INSTANCE;
    public static final PyObject Ellipsis = PyEllipsis.INSTANCE;
    public static final PyObject[] EMPTY = new PyObject[0];
    public static final String[] NO_KEYWORDS = new String[0];

    public static PyBool bool(boolean b) {
        return b ? True : False;
    }

    // ---- exceptions ------------------------------------------------------------------

    public static PyException TypeError(String msg) { return new PyException(Exceptions.TypeError, msg); }
    public static PyException ValueError(String msg) { return new PyException(Exceptions.ValueError, msg); }
    public static PyException AttributeError(String msg) { return new PyException(Exceptions.AttributeError, msg); }
    public static PyException KeyError(PyObject key) {
        return new PyException(Exceptions.KeyError, Exceptions.newInstance(Exceptions.KeyError, key));
    }
    public static PyException IndexError(String msg) { return new PyException(Exceptions.IndexError, msg); }
    public static PyException NameError(String msg) { return new PyException(Exceptions.NameError, msg); }
    public static PyException ZeroDivisionError(String msg) { return new PyException(Exceptions.ZeroDivisionError, msg); }
    public static PyException OverflowError(String msg) { return new PyException(Exceptions.OverflowError, msg); }
    public static PyException RuntimeError(String msg) { return new PyException(Exceptions.RuntimeError, msg); }
    public static PyException SystemError(String msg) { return new PyException(Exceptions.SystemError, msg); }
    public static PyException NotImplementedError(String msg) { return new PyException(Exceptions.NotImplementedError, msg); }
    public static PyException ImportError(String msg) { return new PyException(Exceptions.ImportError, msg); }
    public static PyException MemoryError(String msg) { return new PyException(Exceptions.MemoryError, msg); }
    public static PyException EOFError(String msg) { return new PyException(Exceptions.EOFError, msg); }
    public static PyException UnicodeError(String msg) { return new PyException(Exceptions.UnicodeError, msg); }
    public static PyException AssertionError(String msg) { return new PyException(Exceptions.AssertionError, msg); }
    public static PyException StopIteration() { return new PyException(Exceptions.StopIteration); }

    /** {@code IOError: [Errno n] strerror: 'filename'} (filename may be null). */
    public static PyException IOError(int errno, String strerror, String filename) {
        return envError(Exceptions.IOError, errno, strerror, filename);
    }

    public static PyException OSError(int errno, String strerror, String filename) {
        return envError(Exceptions.OSError, errno, strerror, filename);
    }

    public static PyException IOError(String msg) {
        return new PyException(Exceptions.IOError, msg);
    }

    public static PyException envError(PyType type, int errno, String strerror, String filename) {
        PyObject[] args = filename == null
                ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror)}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror), PyStr.of(filename)};
        return new PyException(type, Exceptions.newInstance(type, args));
    }

    /**
     * Wraps a Java exception that escaped into Python code as the closest Python exception,
     * so that no Java stack trace ever reaches the user.
     */
    public static PyException fromJava(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof StackOverflowError) {
            return RuntimeError("maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return MemoryError(null);
        }
        if (t instanceof ArithmeticException) {
            return ZeroDivisionError(t.getMessage());
        }
        if (t instanceof java.io.IOException) {
            return IOError(t.getMessage() == null ? t.toString() : t.getMessage());
        }
        if (t instanceof InterruptedException) {
            return new PyException(Exceptions.KeyboardInterrupt);
        }
        return SystemError("Java " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
    }

    // ---- identity ----------------------------------------------------------------------

    /** Weak keys compared by identity. */
    private static final ConcurrentMap<PyObject, Long> IDS = new MapMaker().weakKeys().makeMap();
    private static final AtomicLong NEXT_ID = new AtomicLong(0x7f0000001000L);

    /** {@code id(obj)}: unique among live objects; assigned on first request. */
    public static long id(PyObject obj) {
        return IDS.computeIfAbsent(obj, k -> NEXT_ID.getAndAdd(16));
    }

    public static long identityHash(Object o) {
        // like CPython's _Py_HashPointer: a pointer-sized value, never -1
        long h = System.identityHashCode(o);
        return h == -1 ? -2 : h;
    }

    public static String addressString(PyObject o) {
        return String.format("0x%x", id(o));
    }

    // ---- conversions -------------------------------------------------------------------

    /** An int argument ('i' in PyArg_ParseTuple): int/long/bool or an object with __int__. */
    public static int asIntArg(PyObject o) {
        long v = asLongArg(o);
        if (v > Integer.MAX_VALUE) {
            throw OverflowError("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw OverflowError("signed integer is less than minimum");
        }
        return (int) v;
    }

    /** A long argument ('l'). */
    public static long asLongArg(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (o instanceof PyFloat) {
            throw TypeError("integer argument expected, got float");
        }
        if (o instanceof PyLong l) {
            return l.longValueExact();
        }
        PyObject r = Ops.intOrNull(o);
        if (r == null) {
            throw TypeError("an integer is required");
        }
        return asLongArg(r);
    }

    /** A float argument ('d'). */
    public static double asDoubleArg(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (o instanceof PyLong l) {
            return l.doubleValue();
        }
        PyObject r = Ops.floatOrNull(o);
        if (r instanceof PyFloat f) {
            return f.value;
        }
        throw TypeError("a float is required");
    }

    /** An index ({@code __index__}): for subscripts and slice bounds, clipped as CPython's Py_ssize_t. */
    public static long index(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        PyObject r = Ops.index(o);
        if (r instanceof PyInt i) {
            return i.value;
        }
        BigInteger b = ((PyLong) r).value;
        if (b.bitLength() <= 63) {
            return b.longValue();
        }
        return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** {@code str}, {@code unicode} or a Java string → a Java string (for names, paths). */
    public static String asJavaString(PyObject o) {
        if (o instanceof PyStr s) {
            return s.toString();
        }
        if (o instanceof PyUnicode u) {
            return u.toString();
        }
        throw TypeError("expected a string or other character buffer object");
    }
}
