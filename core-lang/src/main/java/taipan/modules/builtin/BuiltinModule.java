package taipan.modules.builtin;

import java.util.ArrayList;
import java.util.List;

import taipan.runtime.*;

/**
 * The {@code __builtin__} module. TODO(builtins helper): the remaining 2.7 builtins.
 */
@PyModuleDef(name = "__builtin__", doc = "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.")
public final class BuiltinModule {
    private BuiltinModule() {}

    static void init(PyModule m) {
        m.set("None", Py.None);
        m.set("Ellipsis", Py.Ellipsis);
        m.set("NotImplemented", Py.NotImplemented);
        m.set("True", Py.True);
        m.set("False", Py.False);
        m.set("__debug__", Py.True);
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyLong.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyBool.TYPE,
            PyStr.TYPE, PyUnicode.TYPE, PyBaseString.TYPE, PyByteArray.TYPE, PyBuffer.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE,
            PyFrozenSet.TYPE, PySlice.TYPE, PyXRange.TYPE, PyFile.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE,
            PyProperty.TYPE};
        for (PyType t : types) {
            m.set(t.getName(), t);
        }
        for (PyType t : Exceptions.all()) {
            m.set(t.getName(), t);
        }
    }

    @ExposedMethod(doc = "len(object) -> integer\n\nReturn the number of items of a sequence or collection.")
    static PyObject len(PyObject o) {
        return PyInt.of(Ops.len(o));
    }

    @ExposedMethod(doc = "repr(object) -> string\n\nReturn the canonical string representation of the object.\nFor most object types, eval(repr(object)) == object.")
    static PyObject repr(PyObject o) {
        return Ops.repr(o);
    }

    @ExposedMethod
    static PyObject isinstance(PyObject o, PyObject cls) {
        return Py.bool(Ops.isInstance(o, cls));
    }

    @ExposedMethod
    static PyObject issubclass(PyObject c, PyObject cls) {
        return Py.bool(Ops.isSubclass(c, cls));
    }

    @ExposedMethod
    static PyObject getattr(PyObject o, PyObject name, @Default("null") PyObject dflt) {
        PyStr n = Ops.attrName(name);
        if (dflt == null) {
            return Ops.getattr(o, n);
        }
        PyObject v = Ops.getattrOrNull(o, n);
        return v == null ? dflt : v;
    }

    @ExposedMethod
    static PyObject setattr(PyObject o, PyObject name, PyObject value) {
        Ops.setattr(o, name, value);
        return Py.None;
    }

    @ExposedMethod
    static PyObject delattr(PyObject o, PyObject name) {
        Ops.delattr(o, name);
        return Py.None;
    }

    @ExposedMethod
    static PyObject hasattr(PyObject o, PyObject name) {
        try {
            return Py.bool(Ops.getattrOrNull(o, Ops.attrName(name)) != null);
        } catch (PyException e) {
            if (e.matches(Exceptions.Exception)) {
                return Py.False;
            }
            throw e;
        }
    }

    @ExposedMethod
    static PyObject id(PyObject o) {
        return PyInt.of(Py.id(o));
    }

    @ExposedMethod
    static PyObject hash(PyObject o) {
        return PyInt.of(Ops.hash(o));
    }

    @ExposedMethod
    static PyObject iter(PyObject o, @Default("null") PyObject sentinel) {
        if (sentinel == null) {
            return Ops.iter(o);
        }
        if (!Ops.isCallable(o)) {
            throw Py.TypeError("iter(v, w): v must be callable");
        }
        return new CallableIterator(o, sentinel);
    }

    @ExposedMethod
    static PyObject next(PyObject it, @Default("null") PyObject dflt) {
        if (!Ops.isIterator(it)) {
            throw Py.TypeError(it.getType().getName() + " object is not an iterator");
        }
        PyObject v = Ops.next(it);
        if (v == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Py.StopIteration();
        }
        return v;
    }

    @ExposedMethod
    static PyObject range(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("range", kw);
        long start = 0, stop, step = 1;
        if (args.length == 1) {
            stop = rangeArg(args[0]);
        } else if (args.length == 2 || args.length == 3) {
            start = rangeArg(args[0]);
            stop = rangeArg(args[1]);
            if (args.length == 3) {
                step = rangeArg(args[2]);
            }
        } else {
            throw Py.TypeError(args.length == 0 ? "range expected 1 arguments, got 0"
                    : "range expected at most 3 arguments, got " + args.length);
        }
        if (step == 0) {
            throw Py.ValueError("range() step argument must not be zero");
        }
        long n = step > 0 ? (stop > start ? (stop - start - 1) / step + 1 : 0) : (start > stop ? (start - stop - 1) / -step + 1 : 0);
        if (n > Integer.MAX_VALUE - 8) {
            throw Py.OverflowError("range() result has too many items");
        }
        PyObject[] items = new PyObject[(int) n];
        long v = start;
        for (int i = 0; i < n; i++, v += step) {
            items[i] = PyInt.of(v);
        }
        return new PyList(items);
    }

    private static long rangeArg(PyObject o) {
        if (o instanceof PyFloat) {
            throw Py.TypeError("range() integer end argument expected, got float.");
        }
        return Py.asLongArg(o);
    }

    @ExposedMethod
    static PyObject abs(PyObject o) {
        return Ops.abs(o);
    }

    @ExposedMethod
    static PyObject callable(PyObject o) {
        return Py.bool(Ops.isCallable(o));
    }

    @ExposedMethod
    static PyObject globals() {
        return ThreadState.get().frame.globals;
    }

    @ExposedMethod
    static PyObject locals() {
        return ThreadState.get().frame.getLocals();
    }

    @ExposedMethod(names = "__import__", keywords = true)
    static PyObject import_(PyObject name, @Default("None") PyObject globals, @Default("None") PyObject locals,
                            @Default("None") PyObject fromlist, @Default("-1") int level) {
        if (!(name instanceof PyStr)) {
            throw Py.TypeError("__import__() argument 1 must be string, not " + name.getType().getName());
        }
        PyDict g = globals instanceof PyDict d ? d : null;
        return Interp.current().importer.importModuleLevel(name.toString(), g, fromlist, level);
    }

    @ExposedMethod
    static PyObject reload(PyObject m) {
        return Interp.current().importer.reload(m);
    }

    static List<PyObject> list(PyObject it) {
        return new ArrayList<>(Ops.toList(it));
    }

    /** {@code iter(callable, sentinel)}. */
    @ExposedType(name = "callable-iterator", subclassable = false)
    public static final class CallableIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin(CallableIterator.class);
        private PyObject callable;
        private final PyObject sentinel;

        CallableIterator(PyObject callable, PyObject sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject __iter__() {
            return this;
        }

        @Override
        public PyObject __iternext__() {
            if (callable == null) {
                return null;
            }
            PyObject v;
            try {
                v = Ops.call(callable);
            } catch (PyException e) {
                if (e.matches(Exceptions.StopIteration)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (Ops.eq(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }
}
