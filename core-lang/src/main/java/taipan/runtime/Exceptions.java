package taipan.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The builtin exception classes (module {@code exceptions}) and the exception helpers. */
public final class Exceptions {
    private Exceptions() {}

    private static final List<PyType> ALL = new ArrayList<>();

    private static PyType def(String name, PyType base, String doc) {
        return def(name, base, PyBaseException.class, null, doc);
    }

    private static PyType def(String name, PyType base, Class<? extends PyBaseException> cls,
                              Class<? extends PyBaseException> exposeFrom, String doc) {
        PyType t = PyType.newBuiltin("exceptions." + name, base, cls, exposeFrom, doc);
        ALL.add(t);
        return t;
    }

    public static final PyType BaseException = PyBaseException.TYPE;
    public static final PyType Exception = def("Exception", BaseException, "Common base class for all non-exit exceptions.");
    public static final PyType StandardError = def("StandardError", Exception,
            "Base class for all standard Python exceptions that do not represent\ninterpreter exiting.");
    public static final PyType TypeError = def("TypeError", StandardError, "Inappropriate argument type.");
    public static final PyType ImportError = def("ImportError", StandardError, "Import can't find module, or can't find name in module.");
    public static final PyType EnvironmentError = def("EnvironmentError", StandardError, PyEnvironmentError.class,
            PyEnvironmentError.class, "Base class for I/O related errors.");
    public static final PyType IOError = def("IOError", EnvironmentError, PyEnvironmentError.class, null, "I/O operation failed.");
    public static final PyType OSError = def("OSError", EnvironmentError, PyEnvironmentError.class, null, "OS system call failed.");
    public static final PyType EOFError = def("EOFError", StandardError, "Read beyond end of file.");
    public static final PyType RuntimeError = def("RuntimeError", StandardError, "Unspecified run-time error.");
    public static final PyType NotImplementedError = def("NotImplementedError", RuntimeError, "Method or function hasn't been implemented yet.");
    public static final PyType NameError = def("NameError", StandardError, "Name not found globally.");
    public static final PyType UnboundLocalError = def("UnboundLocalError", NameError, "Local name referenced but not bound to a value.");
    public static final PyType AttributeError = def("AttributeError", StandardError, "Attribute not found.");
    public static final PyType SyntaxError = def("SyntaxError", StandardError, PySyntaxError.class, PySyntaxError.class, "Invalid syntax.");
    public static final PyType IndentationError = def("IndentationError", SyntaxError, PySyntaxError.class, null, "Improper indentation.");
    public static final PyType TabError = def("TabError", IndentationError, PySyntaxError.class, null, "Improper mixture of spaces and tabs.");
    public static final PyType LookupError = def("LookupError", StandardError, "Base class for lookup errors.");
    public static final PyType IndexError = def("IndexError", LookupError, "Sequence index out of range.");
    public static final PyType KeyError = def("KeyError", LookupError, PyKeyError.class, PyKeyError.class, "Mapping key not found.");
    public static final PyType ValueError = def("ValueError", StandardError, "Inappropriate argument value (of correct type).");
    public static final PyType UnicodeError = def("UnicodeError", ValueError, "Unicode related error.");
    public static final PyType UnicodeEncodeError = def("UnicodeEncodeError", UnicodeError, PyUnicodeError.class, PyUnicodeError.class, "Unicode encoding error.");
    public static final PyType UnicodeDecodeError = def("UnicodeDecodeError", UnicodeError, PyUnicodeError.class, PyUnicodeError.class, "Unicode decoding error.");
    public static final PyType UnicodeTranslateError = def("UnicodeTranslateError", UnicodeError, PyUnicodeError.class, PyUnicodeError.class, "Unicode translation error.");
    public static final PyType AssertionError = def("AssertionError", StandardError, "Assertion failed.");
    public static final PyType ArithmeticError = def("ArithmeticError", StandardError, "Base class for arithmetic errors.");
    public static final PyType FloatingPointError = def("FloatingPointError", ArithmeticError, "Floating point operation failed.");
    public static final PyType OverflowError = def("OverflowError", ArithmeticError, "Result too large to be represented.");
    public static final PyType ZeroDivisionError = def("ZeroDivisionError", ArithmeticError, "Second argument to a division or modulo operation was zero.");
    public static final PyType SystemError = def("SystemError", StandardError,
            "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.");
    public static final PyType ReferenceError = def("ReferenceError", StandardError, "Weak ref proxy used after referent went away.");
    public static final PyType MemoryError = def("MemoryError", StandardError, "Out of memory.");
    public static final PyType BufferError = def("BufferError", StandardError, "Buffer error.");
    public static final PyType StopIteration = def("StopIteration", Exception, "Signal the end from iterator.next().");
    public static final PyType Warning = def("Warning", Exception, "Base class for warning categories.");
    public static final PyType UserWarning = def("UserWarning", Warning, "Base class for warnings generated by user code.");
    public static final PyType DeprecationWarning = def("DeprecationWarning", Warning, "Base class for warnings about deprecated features.");
    public static final PyType PendingDeprecationWarning = def("PendingDeprecationWarning", Warning,
            "Base class for warnings about features which will be deprecated\nin the future.");
    public static final PyType SyntaxWarning = def("SyntaxWarning", Warning, "Base class for warnings about dubious syntax.");
    public static final PyType RuntimeWarning = def("RuntimeWarning", Warning, "Base class for warnings about dubious runtime behavior.");
    public static final PyType FutureWarning = def("FutureWarning", Warning,
            "Base class for warnings about constructs that will change semantically\nin the future.");
    public static final PyType ImportWarning = def("ImportWarning", Warning, "Base class for warnings about probable mistakes in module imports");
    public static final PyType UnicodeWarning = def("UnicodeWarning", Warning,
            "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.");
    public static final PyType BytesWarning = def("BytesWarning", Warning,
            "Base class for warnings about bytes and bytearray related problems, \nmostly related to comparing to str.");
    public static final PyType GeneratorExit = def("GeneratorExit", BaseException, "Request that a generator exit.");
    public static final PyType SystemExit = def("SystemExit", BaseException, PySystemExit.class, PySystemExit.class, "Request to exit from the interpreter.");
    public static final PyType KeyboardInterrupt = def("KeyboardInterrupt", BaseException, "Program interrupted by user.");

    /** Every builtin exception class except BaseException, in definition order. */
    public static List<PyType> all() {
        List<PyType> out = new ArrayList<>();
        out.add(BaseException);
        out.addAll(ALL);
        return Collections.unmodifiableList(out);
    }

    /**
     * An instance of a builtin (or any) exception class with the given arguments. Builtin
     * classes are instantiated directly; others are called, so their __init__ runs.
     */
    public static PyObject newInstance(PyType type, PyObject... args) {
        if (!type.isHeap() && type.isSubtypeOf(BaseException)) {
            PyBaseException e = (PyBaseException) type.newInstance();
            e.initArgs(args);
            return e;
        }
        return Ops.call(type, args);
    }

    /** {@code PyErr_GivenExceptionMatches}: does exception class {@code type} match {@code cls}? */
    public static boolean matches(PyObject type, PyObject cls) {
        if (cls instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (matches(type, t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (type == cls) {
            return true;
        }
        if (isExceptionClass(type) && isExceptionClass(cls)) {
            if (type instanceof PyType tt && cls instanceof PyType ct && !ct.isHeap()) {
                return tt.isSubtypeOf(ct);
            }
            try {
                return Ops.isSubclass(type, cls);
            } catch (PyException e) {
                // PyErr_GivenExceptionMatches: a failing __subclasscheck__ is reported, and does not match
                writeUnraisable(e, type);
                return false;
            }
        }
        return false;
    }

    /** PyErr_WriteUnraisable: "Exception T: value in obj ignored" on sys.stderr. */
    public static void writeUnraisable(PyException e, PyObject obj) {
        StringBuilder sb = new StringBuilder("Exception ");
        try {
            PyObject t = e.type;
            String name = t instanceof PyType pt ? pt.getName() : t instanceof PyClass pc ? pc.getName() : "<unknown>";
            PyObject mod = Ops.getattrOrNull(t, N.__module__);
            if (mod == null) {
                sb.append("<unknown>");
            } else if (!"exceptions".equals(mod.toString())) {
                sb.append(mod).append('.');
            }
            sb.append(name);
            if (e.value != null && e.value != Py.None) {
                sb.append(": ").append(Ops.repr(e.value));
            }
            sb.append(" in ").append(Ops.repr(obj)).append(" ignored\n");
        } catch (PyException again) {
            sb.append(" ignored\n");
        }
        TracebackPrinter.writeStderr(sb.toString());
    }

    /** A class that may be raised: an old-style class or a subclass of BaseException. */
    public static boolean isExceptionClass(PyObject o) {
        return o instanceof PyClass || (o instanceof PyType t && t.isSubtypeOf(BaseException));
    }

    /** An instance that may be raised: of an old-style class or of BaseException. */
    public static boolean isExceptionInstance(PyObject o) {
        return o instanceof PyInstance || o.getType().isSubtypeOf(BaseException);
    }

    /** The class of an exception instance (the old-style class for instances). */
    public static PyObject classOf(PyObject instance) {
        return instance instanceof PyInstance i ? i.getInstClass() : instance.getType();
    }

    /**
     * Builds the exception for {@code raise type, value, tb} (each may be null), following
     * 2.7's rules for classes, instances and tuples.
     */
    public static PyException forRaise(PyObject type, PyObject value, PyObject tb) {
        if (tb != null && tb != Py.None && !(tb instanceof PyTraceback)) {
            throw Py.TypeError("raise: arg 3 must be a traceback or None");
        }
        if (value == null) {
            value = Py.None;
        }
        while (type instanceof PyTuple t && t.size() > 0) {
            type = t.get(0);
        }
        PyObject cls;
        PyObject inst;
        if (isExceptionClass(type)) {
            cls = type;
            if (value != Py.None && isExceptionInstance(value) && Ops.isInstance(value, cls)) {
                inst = value;
                cls = classOf(value);
            } else if (value == Py.None) {
                inst = Ops.call(type);
            } else if (value instanceof PyTuple vt) {
                inst = Ops.call(type, vt.toArray());
            } else {
                inst = Ops.call(type, value);
            }
            if (!isExceptionInstance(inst) || !Ops.isInstance(inst, cls)) {
                if (isExceptionInstance(inst)) {
                    cls = classOf(inst);
                } else {
                    throw Py.TypeError("calling " + Ops.repr(type) + " should have returned an instance of BaseException, not "
                            + inst.getType().getName());
                }
            }
        } else if (isExceptionInstance(type)) {
            if (value != Py.None) {
                throw Py.TypeError("instance exception may not have a separate value");
            }
            inst = type;
            cls = classOf(type);
        } else {
            throw Py.TypeError("exceptions must be old-style classes or derived from BaseException, not "
                    + type.getType().getName());
        }
        return new PyException(cls, inst, tb instanceof PyTraceback t ? t : null);
    }
}
