package taipan.runtime;

import java.util.Arrays;
import java.util.List;

/** {@code tuple}. */
@ExposedType(name = "tuple", doc = "tuple() -> empty tuple\ntuple(iterable) -> tuple initialized from iterable's items\n\nIf the argument is a tuple, the return value is the same object.")
public class PyTuple extends SizedObject {
    public static final PyType TYPE = PyType.builtin(PyTuple.class);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    final PyObject[] items;

    /** Takes ownership of the array. */
    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple of(List<? extends PyObject> items) {
        return items.isEmpty() ? EMPTY : new PyTuple(items.toArray(new PyObject[0]));
    }

    public static PyTuple fromIterable(PyObject o) {
        if (o.getClass() == PyTuple.class) {
            return (PyTuple) o;
        }
        return of(sequenceTuple(o));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public PyObject[] toArray() {
        return items.clone();
    }

    /** The backing array: callers must not modify it. */
    public PyObject[] array() {
        return items;
    }

    public List<PyObject> asList() {
        return Arrays.asList(items);
    }

    @Override
    public int __len__() {
        return items.length;
    }

    /** CPython 2.7's tuple hash. */
    @Override
    public long __hash__() {
        long x = 0x345678L;
        long mult = 1000003L;
        int len = items.length;
        for (PyObject item : items) {
            long y = Ops.hash(item);
            x = (x ^ y) * mult;
            --len;
            mult += 82520L + len + len;
        }
        x += 97531L;
        return x == -1 ? -2 : x;
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        if (key.getClass() == PyInt.class) {
            return item(((PyInt) key).value);
        }
        if (PyList.isIndex(key)) {
            return item(PyList.asSsize(key, true));
        }
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(items.length);
            long start = idx[0], stop = idx[1], step = idx[2];
            int n = PySlice.length(start, stop, step);
            if (n <= 0) {
                return EMPTY;
            }
            if (step == 1) {
                return slice(start, stop);
            }
            PyObject[] r = new PyObject[n];
            for (int k = 0, j = (int) start; k < n; k++, j += (int) step) {
                r[k] = items[j];
            }
            return new PyTuple(r);
        }
        throw Py.TypeError("tuple indices must be integers, not " + key.getType().getName());
    }

    private PyObject item(long i) {
        PyObject[] a = items;
        if (i < 0) {
            i += a.length;
        }
        if (i < 0 || i >= a.length) {
            throw Py.IndexError("tuple index out of range");
        }
        return a[(int) i];
    }

    /** tupleslice: {@code [lo:hi]} with bounds clipped; the whole of an exact tuple is itself. */
    private PyTuple slice(long lo, long hi) {
        int n = items.length;
        if (lo < 0) {
            lo = 0;
        }
        if (hi > n) {
            hi = n;
        }
        if (hi < lo) {
            hi = lo;
        }
        if (lo == 0 && hi == n && getClass() == PyTuple.class) {
            return this;
        }
        if (hi <= lo) {
            return EMPTY;
        }
        return of(Arrays.copyOfRange(items, (int) lo, (int) hi));
    }

    @ExposedMethod
    public PyObject __getslice__(long i, long j) {
        return slice(i, j);
    }

    @ExposedMethod
    public PyObject __getnewargs__() {
        return of(slice(0, items.length));
    }

    @ExposedMethod(doc = "T.count(value) -> integer -- return number of occurrences of value")
    public int count(PyObject v) {
        int c = 0;
        for (PyObject x : items) {
            if (Ops.richCompareBool(x, v, CompareOp.EQ)) {
                c++;
            }
        }
        return c;
    }

    @ExposedMethod(doc = "T.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present.")
    public PyObject index(PyObject v, @Default("null") PyObject start, @Default("null") PyObject stop) {
        int n = items.length;
        long lo = start == null ? 0 : PyList.sliceIndexNotNone(start);
        long hi = stop == null ? n : PyList.sliceIndexNotNone(stop);
        if (lo < 0) {
            lo += n;
            if (lo < 0) {
                lo = 0;
            }
        }
        if (hi < 0) {
            hi += n;
            if (hi < 0) {
                hi = 0;
            }
        }
        for (long i = lo; i < hi && i < n; i++) {
            if (Ops.richCompareBool(items[(int) i], v, CompareOp.EQ)) {
                return PyInt.of(i);
            }
        }
        throw Py.ValueError("tuple.index(x): x not in tuple");
    }

    /** object.__sizeof__ for a tuple: header plus one pointer per item. */
    @Override
    public PyObject objectSizeof() {
        return PyInt.of(24 + 8L * items.length);
    }

    @Override
    public boolean __contains__(PyObject o) {
        for (PyObject x : items) {
            if (Ops.richCompareBool(o, x, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject __iter__() {
        return new TupleIterator(this);
    }

    @Override
    public PyObject __add__(PyObject o) {
        if (!(o instanceof PyTuple t)) {
            return null;
        }
        if ((long) items.length + t.items.length > PyList.MAX_ARRAY) {
            throw Py.MemoryError(null);
        }
        PyObject[] r = Arrays.copyOf(items, items.length + t.items.length);
        System.arraycopy(t.items, 0, r, items.length, t.items.length);
        return of(r);
    }

    private PyObject repeat(long n) {
        if ((items.length == 0 || n == 1) && getClass() == PyTuple.class) {
            return this;
        }
        return of(PyList.repeatArray(items, n));
    }

    @Override
    public PyObject __mul__(PyObject o) {
        if (o.getClass() == PyInt.class) {
            return repeat(((PyInt) o).value);
        }
        if (PyList.hasUserRmul(o)) {
            return null;
        }
        if (PyList.isIndex(o)) {
            return repeat(PyList.asSsize(o, false));
        }
        throw PyList.cantMultiply(o);
    }

    @Override
    public PyObject __rmul__(PyObject o) {
        if (PyList.isIndex(o)) {
            return repeat(PyList.asSsize(o, false));
        }
        throw PyList.cantMultiply(o);
    }

    @Override
    public PyObject __repr__() {
        if (items.length == 0) {
            return PyStr.of("()");
        }
        if (!ReprGuard.enter(this)) {
            return PyStr.of("(...)");
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(items[i]));
            }
            if (items.length == 1) {
                sb.append(',');
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            ReprGuard.exit(this);
        }
    }

    /** Lexicographic rich comparison shared by tuple and list. */
    static PyObject compareSeq(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!Ops.richCompareBool(a[i], b[i], CompareOp.EQ)) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            switch (op) {
                case LT: return Py.bool(na < nb);
                case LE: return Py.bool(na <= nb);
                case EQ: return Py.bool(na == nb);
                case NE: return Py.bool(na != nb);
                case GT: return Py.bool(na > nb);
                default: return Py.bool(na >= nb);
            }
        }
        if (op == CompareOp.EQ) {
            return Py.False;
        }
        if (op == CompareOp.NE) {
            return Py.True;
        }
        return Ops.richCompare(a[i], b[i], op);
    }

    @Override public PyObject __eq__(PyObject o) { return o instanceof PyTuple t ? compareSeq(items, items.length, t.items, t.items.length, CompareOp.EQ) : null; }
    @Override public PyObject __ne__(PyObject o) { return o instanceof PyTuple t ? compareSeq(items, items.length, t.items, t.items.length, CompareOp.NE) : null; }
    @Override public PyObject __lt__(PyObject o) { return o instanceof PyTuple t ? compareSeq(items, items.length, t.items, t.items.length, CompareOp.LT) : null; }
    @Override public PyObject __le__(PyObject o) { return o instanceof PyTuple t ? compareSeq(items, items.length, t.items, t.items.length, CompareOp.LE) : null; }
    @Override public PyObject __gt__(PyObject o) { return o instanceof PyTuple t ? compareSeq(items, items.length, t.items, t.items.length, CompareOp.GT) : null; }
    @Override public PyObject __ge__(PyObject o) { return o instanceof PyTuple t ? compareSeq(items, items.length, t.items, t.items.length, CompareOp.GE) : null; }

    @ExposedNew
    static PyObject tuple_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParser.parse("tuple", args, kw, NEW_NAMES, 0);
        PyObject[] items = p[0] == null ? Py.EMPTY : sequenceTuple(p[0]);
        if (subtype == TYPE) {
            return p[0] != null && p[0].getClass() == PyTuple.class ? p[0] : of(items);
        }
        return new Derived(subtype, items);
    }

    private static final String[] NEW_NAMES = {"sequence"};

    /**
     * PySequence_Tuple's items: an exact tuple's own, an exact list's, else by
     * iteration (after consulting the length hint, as CPython does). The array must not be
     * modified.
     */
    static PyObject[] sequenceTuple(PyObject v) {
        if (v.getClass() == PyTuple.class) {
            return ((PyTuple) v).items;
        }
        if (v.getClass() == PyList.class) {
            return ((PyList) v).toArray();
        }
        PyObject it = Ops.iter(v);
        long hint = PyList.lengthHint(v, 10);
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>((int) Math.max(0, Math.min(hint, 1 << 16)));
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            out.add(x);
        }
        return out.toArray(Py.EMPTY);
    }

    /** The iterator over a tuple. */
    @ExposedType(name = "tupleiterator", subclassable = false)
    public static final class TupleIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin(TupleIterator.class);
        private PyObject[] items;
        private int index;

        TupleIterator(PyTuple t) {
            this.items = t.items;
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
            PyObject[] a = items;
            if (a == null) {
                return null;
            }
            int i = index;
            if (i < a.length) {
                index = i + 1;
                return a[i];
            }
            items = null;
            return null;
        }

        @ExposedMethod(doc = "Private method returning an estimate of len(list(it)).")
        public PyObject __length_hint__() {
            PyObject[] a = items;
            return PyInt.of(a == null ? 0 : a.length - index);
        }
    }

    /** An instance of a Python subclass of tuple. */
    public static final class Derived extends PyTuple implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type, PyObject[] items) {
            super(items);
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
