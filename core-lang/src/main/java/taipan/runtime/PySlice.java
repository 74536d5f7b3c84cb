package taipan.runtime;

/** {@code slice}. */
@ExposedType(name = "slice", subclassable = false, unhashable = true)
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin(PySlice.class);

    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** PySlice_GetIndicesEx: {start, stop, step} adjusted for a sequence of {@code length}. */
    public long[] indices(long length) {
        long st;
        if (step == Py.None) {
            st = 1;
        } else {
            st = sliceIndex(step);
            if (st == 0) {
                throw Py.ValueError("slice step cannot be zero");
            }
            if (st < -Long.MAX_VALUE) {
                st = -Long.MAX_VALUE;
            }
        }
        long defStart = st < 0 ? length - 1 : 0;
        long defStop = st < 0 ? -1 : length;
        long s, e;
        if (start == Py.None) {
            s = defStart;
        } else {
            s = sliceIndex(start);
            if (s < 0) {
                s += length;
            }
            if (s < 0) {
                s = st < 0 ? -1 : 0;
            }
            if (s >= length) {
                s = st < 0 ? length - 1 : length;
            }
        }
        if (stop == Py.None) {
            e = defStop;
        } else {
            e = sliceIndex(stop);
            if (e < 0) {
                e += length;
            }
            if (e < 0) {
                e = st < 0 ? -1 : 0;
            }
            if (e >= length) {
                e = st < 0 ? length - 1 : length;
            }
        }
        return new long[] {s, e, st};
    }

    private static long sliceIndex(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (o instanceof PyLong || o.getType().lookup(N.__index__) != null) {
            return Py.index(o);
        }
        throw Py.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    /** Number of items of a slice with adjusted bounds. */
    public static int length(long start, long stop, long step) {
        if (step < 0) {
            return stop < start ? (int) ((start - stop - 1) / (-step) + 1) : 0;
        }
        return start < stop ? (int) ((stop - start - 1) / step + 1) : 0;
    }

    @ExposedNew
    static PyObject slice_new(PyType subtype, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError("slice() does not take keyword arguments");
        }
        switch (args.length) {
            case 1: return new PySlice(Py.None, args[0], Py.None);
            case 2: return new PySlice(args[0], args[1], Py.None);
            case 3: return new PySlice(args[0], args[1], args[2]);
            default:
                throw Py.TypeError(args.length == 0 ? "slice expected at least 1 arguments, got 0"
                        : "slice expected at most 3 arguments, got " + args.length);
        }
    }

    @ExposedMethod(names = "indices", doc = "S.indices(len) -> (start, stop, stride)")
    public PyObject indices_(PyObject len) {
        long n = PyList.asSsize(len, false);
        if (n < 0) {
            throw Py.ValueError("length should not be negative");
        }
        long[] r = indices(n);
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
    }

    @ExposedGet(name = "start") public PyObject getStart() { return start; }
    @ExposedGet(name = "stop") public PyObject getStop() { return stop; }
    @ExposedGet(name = "step") public PyObject getStep() { return step; }

    @Override
    public PyObject __repr__() {
        return PyStr.of("slice(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")");
    }

    @Override
    public long __hash__() {
        throw Py.TypeError("unhashable type");
    }

    @Override
    public int __cmp__(PyObject o) {
        if (!(o instanceof PySlice s)) {
            return Ops.CMP_NOT_IMPLEMENTED;
        }
        return Ops.cmp(PyTuple.of(start, stop, step), PyTuple.of(s.start, s.stop, s.step));
    }

    @ExposedMethod
    public PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }
}
