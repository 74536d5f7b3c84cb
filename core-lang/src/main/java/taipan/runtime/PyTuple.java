package taipan.runtime;

import java.util.Arrays;
import java.util.List;

/** {@code tuple}. */
@ExposedType(name = "tuple", doc = "tuple() -> empty tuple\ntuple(iterable) -> tuple initialized from iterable's items\n\nIf the argument is a tuple, the return value is the same object.")
public class PyTuple extends PyObject {
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
        return of(Ops.toArray(o));
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

    @Override
    public boolean __nonzero__() {
        return items.length != 0;
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
        if (key instanceof PyInt i) {
            long k = i.value;
            if (k < 0) {
                k += items.length;
            }
            if (k < 0 || k >= items.length) {
                throw Py.IndexError("tuple index out of range");
            }
            return items[(int) k];
        }
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(items.length);
            int start = (int) idx[0], stop = (int) idx[1], step = (int) idx[2];
            if (step == 1 && start == 0 && stop == items.length && getClass() == PyTuple.class) {
                return this;
            }
            int n = PySlice.length(start, stop, step);
            PyObject[] r = new PyObject[n];
            for (int k = 0, j = start; k < n; k++, j += step) {
                r[k] = items[j];
            }
            return of(r);
        }
        if (key instanceof PyLong || key.getType().lookup(N.__index__) != null) {
            return __getitem__(PyInt.of(Py.index(key)));
        }
        throw Py.TypeError("tuple indices must be integers, not " + key.getType().getName());
    }

    @Override
    public boolean __contains__(PyObject o) {
        for (PyObject x : items) {
            if (Ops.richCompareBool(x, o, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject __iter__() {
        return new PySeqIter(this);
    }

    @Override
    public PyObject __add__(PyObject o) {
        if (!(o instanceof PyTuple t)) {
            return null;
        }
        PyObject[] r = Arrays.copyOf(items, items.length + t.items.length);
        System.arraycopy(t.items, 0, r, items.length, t.items.length);
        return of(r);
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
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0) {
            if (nkw == 1 && kw[0].equals("sequence") && args.length == 1) {
                return tuple_new(subtype, new PyObject[] {args[0]}, null);
            }
            throw Py.TypeError("'" + kw[0] + "' is an invalid keyword argument for this function");
        }
        if (args.length > 1) {
            throw Py.TypeError("tuple() takes at most 1 argument (" + args.length + " given)");
        }
        PyObject[] items = args.length == 0 ? new PyObject[0] : Ops.toArray(args[0]);
        if (subtype == TYPE) {
            return args.length == 1 && args[0].getClass() == PyTuple.class ? args[0] : of(items);
        }
        return new Derived(subtype, items);
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
