package taipan.runtime;

/**
 * {@code xrange}: start, step and length as C longs, as in 2.7's rangeobject.c (arithmetic
 * on items wraps like CPython's unsigned computation). Not sliceable, no comparisons.
 */
@ExposedType(name = "xrange", subclassable = false, doc = "xrange(stop) -> xrange object\nxrange(start, stop[, step]) -> xrange object\n\nLike range(), but instead of returning a list, returns an object that\ngenerates the numbers in the range on demand.  For looping, this is \nslightly faster than range() and more memory efficient.")
public final class PyXRange extends SizedObject {
    public static final PyType TYPE = PyType.builtin(PyXRange.class);

    final long start, step, len;

    public PyXRange(long start, long step, long len) {
        this.start = start;
        this.step = step;
        this.len = len;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** get_len_of_range, in unsigned arithmetic; negative means "too many items". */
    static long lengthOf(long lo, long hi, long step) {
        if (step > 0 && lo < hi) {
            return 1 + Long.divideUnsigned(hi - 1 - lo, step);
        }
        if (step < 0 && lo > hi) {
            return 1 + Long.divideUnsigned(lo - 1 - hi, -step);
        }
        return 0;
    }

    @ExposedNew
    static PyObject xrange_new(PyType subtype, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError("xrange() does not take keyword arguments");
        }
        if (args.length < 1 || args.length > 3) {
            throw Py.TypeError("xrange() requires 1-3 int arguments");
        }
        long lo = 0, hi, st = 1;
        if (args.length == 1) {
            hi = Py.asLongArg(args[0]);
        } else {
            lo = Py.asLongArg(args[0]);
            hi = Py.asLongArg(args[1]);
            if (args.length == 3) {
                st = Py.asLongArg(args[2]);
            }
        }
        if (st == 0) {
            throw Py.ValueError("xrange() arg 3 must not be zero");
        }
        long n = lengthOf(lo, hi, st);
        if (n < 0) {
            throw Py.OverflowError("xrange() result has too many items");
        }
        return new PyXRange(lo, st, n);
    }

    /** get_stop_for_range: start + len * step, clipped to the long range. */
    private long stop() {
        if (len == 0) {
            return start;
        }
        long last = start + (len - 1) * step;
        if (step > 0) {
            return last > Long.MAX_VALUE - step ? Long.MAX_VALUE : last + step;
        }
        return last < Long.MIN_VALUE - step ? Long.MIN_VALUE : last + step;
    }

    @Override
    public int __len__() {
        if (len > Integer.MAX_VALUE) {
            throw Py.OverflowError("cannot fit 'long' into an index-sized integer");
        }
        return (int) len;
    }

    @Override
    public long lengthAsSsize() {
        return len;
    }

    @Override
    protected boolean isEmpty() {
        return len == 0;
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        long i;
        if (key.getClass() == PyInt.class) {
            i = ((PyInt) key).value;
        } else if (PyList.isIndex(key)) {
            i = PyList.asSsize(key, true);
        } else {
            throw Py.TypeError("sequence index must be integer, not '" + key.getType().getName() + "'");
        }
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw Py.IndexError("xrange object index out of range");
        }
        return PyInt.of(start + i * step);
    }

    @Override
    public PyObject __iter__() {
        return new RangeIterator(start, step, len);
    }

    @ExposedMethod(doc = "Returns a reverse iterator.")
    public PyObject __reversed__() {
        return new RangeIterator(start + (len - 1) * step, -step, len);
    }

    @ExposedMethod
    public PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(PyInt.of(start), PyInt.of(stop()), PyInt.of(step)));
    }

    @Override
    public PyObject objectSizeof() {
        return PyInt.of(40);
    }

    @Override
    public PyObject __repr__() {
        if (start == 0 && step == 1) {
            return PyStr.of("xrange(" + stop() + ")");
        }
        if (step == 1) {
            return PyStr.of("xrange(" + start + ", " + stop() + ")");
        }
        return PyStr.of("xrange(" + start + ", " + stop() + ", " + step + ")");
    }

    /** The iterator over an xrange (forwards or, from {@code __reversed__}, backwards). */
    @ExposedType(name = "rangeiterator", subclassable = false)
    public static final class RangeIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin(RangeIterator.class);
        private final long start, step, len;
        private long index;

        RangeIterator(long start, long step, long len) {
            this.start = start;
            this.step = step;
            this.len = len;
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
            long i = index;
            if (i < len) {
                index = i + 1;
                return PyInt.of(start + i * step);
            }
            return null;
        }

        @ExposedMethod(doc = "Private method returning an estimate of len(list(it)).")
        public PyObject __length_hint__() {
            return PyInt.of(len - index);
        }
    }
}
