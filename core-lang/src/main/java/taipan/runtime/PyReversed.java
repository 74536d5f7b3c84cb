package taipan.runtime;

/**
 * {@code reversed(seq)}: {@code seq.__reversed__()} when the type defines it, else an
 * iterator over the sequence protocol ({@code len} and {@code __getitem__}) from the end.
 */
@ExposedType(name = "reversed", doc = "reversed(sequence) -> reverse iterator over values of the sequence\n\nReturn a reverse iterator")
public class PyReversed extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyReversed.class);
    private static final PyStr REVERSED = PyStr.intern("__reversed__");

    private PyObject seq;
    private long index;

    PyReversed() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code reversed(seq)} from Java. */
    public static PyObject of(PyObject seq) {
        return create(TYPE, seq);
    }

    @ExposedNew
    static PyObject reversed_new(PyType subtype, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (subtype == TYPE && nkw > 0) {
            throw Py.TypeError("reversed() does not take keyword arguments");
        }
        int npos = args.length - nkw;
        if (npos != 1) {
            throw Py.TypeError("reversed expected 1 arguments, got " + npos);
        }
        return create(subtype, args[0]);
    }

    private static PyObject create(PyType subtype, PyObject seq) {
        if (seq.getClass() == PyList.class) {
            return ((PyList) seq).__reversed__();
        }
        if (seq instanceof PyInstance) {
            PyObject m = Ops.getattrOrNull(seq, REVERSED);
            if (m != null) {
                return Ops.call(m);
            }
        } else {
            PyObject m = seq.getType().lookup(REVERSED);
            if (m != null) {
                return Ops.callMethod(m, seq);
            }
        }
        if (!isSequence(seq)) {
            throw Py.TypeError("argument to reversed() must be a sequence");
        }
        int n = Ops.len(seq);
        PyReversed r = subtype == TYPE ? new PyReversed() : new Derived(subtype);
        r.seq = seq;
        r.index = n - 1;
        return r;
    }

    /** PySequence_Check: has {@code __getitem__} (as sq_item), dicts excepted. */
    static boolean isSequence(PyObject o) {
        if (o instanceof PyInstance) {
            return Ops.getattrOrNull(o, N.__getitem__) != null;
        }
        if (o instanceof PyDict || o instanceof PyDictProxy) {
            return false;
        }
        return o.getType().lookup(N.__getitem__) != null;
    }

    @Override
    public PyObject __iter__() {
        return this;
    }

    @Override
    public PyObject __iternext__() {
        long i = index;
        PyObject s = seq;
        if (i >= 0 && s != null) {
            try {
                PyObject item = Ops.getitem(s, PyInt.of(i));
                index = i - 1;
                return item;
            } catch (PyException e) {
                if (!e.matches(Exceptions.IndexError) && !e.matches(Exceptions.StopIteration)) {
                    throw e;
                }
            }
        }
        index = -1;
        seq = null;
        return null;
    }

    @ExposedMethod(doc = "Private method returning an estimate of len(list(it)).")
    public PyObject __length_hint__() {
        PyObject s = seq;
        if (s == null) {
            return PyInt.of(0);
        }
        long size = Ops.len(s);
        long position = index + 1;
        return PyInt.of(size < position ? 0 : position);
    }

    /** An instance of a Python subclass of reversed. */
    public static final class Derived extends PyReversed implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

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
