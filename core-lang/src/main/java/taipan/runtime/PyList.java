package taipan.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * {@code list}: an array with a size. Mutations are synchronized so that a single list
 * operation is atomic under real threads; reads take a consistent snapshot of
 * (array, size) and never index past the array.
 */
@ExposedType(name = "list", unhashable = true, doc = "list() -> new empty list\nlist(iterable) -> new list initialized from iterable's items")
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyList.class);

    PyObject[] items;
    int size;

    public PyList() {
        items = Py.EMPTY;
    }

    /** Takes ownership of the array. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public PyList(List<? extends PyObject> items) {
        this.items = items.toArray(new PyObject[0]);
        this.size = this.items.length;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        PyObject[] a = items;
        if (i >= size || i >= a.length) {
            throw Py.IndexError("list index out of range");
        }
        return a[i];
    }

    public synchronized void set(int i, PyObject v) {
        if (i >= size) {
            throw Py.IndexError("list assignment index out of range");
        }
        items[i] = v;
    }

    /** A copy of the items. */
    public PyObject[] toArray() {
        synchronized (this) {
            return Arrays.copyOf(items, size);
        }
    }

    /** A snapshot of the items as a Java list. */
    public List<PyObject> asList() {
        return Arrays.asList(toArray());
    }

    public synchronized void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    /** Inserts before index {@code i} (clipped to the list as list.insert does). */
    public synchronized void insert(long i, PyObject v) {
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        if (i > size) {
            i = size;
        }
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        System.arraycopy(items, (int) i, items, (int) i + 1, size - (int) i);
        items[(int) i] = v;
        size++;
    }

    @ExposedMethod(names = "append", doc = "L.append(object) -- append object to end")
    public PyObject append_(PyObject v) {
        append(v);
        return Py.None;
    }

    @Override
    public int __len__() {
        return size;
    }

    @Override
    public boolean __nonzero__() {
        return size != 0;
    }

    @Override
    public long __hash__() {
        throw Py.TypeError("unhashable type: '" + getType().getName() + "'");
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PyInt i) {
            long k = i.value;
            PyObject[] a = items;
            int n = Math.min(size, a.length);
            if (k < 0) {
                k += n;
            }
            if (k < 0 || k >= n) {
                throw Py.IndexError("list index out of range");
            }
            return a[(int) k];
        }
        if (key instanceof PySlice sl) {
            PyObject[] a = toArray();
            long[] idx = sl.indices(a.length);
            int start = (int) idx[0], stop = (int) idx[1], step = (int) idx[2];
            int n = PySlice.length(start, stop, step);
            PyObject[] r = new PyObject[n];
            for (int k = 0, j = start; k < n; k++, j += step) {
                r[k] = a[j];
            }
            return new PyList(r);
        }
        if (key instanceof PyLong || key.getType().lookup(N.__index__) != null) {
            return __getitem__(PyInt.of(Py.index(key)));
        }
        throw Py.TypeError("list indices must be integers, not " + key.getType().getName());
    }

    @Override
    public PyObject __iter__() {
        return new ListIterator(this);
    }

    @Override
    public PyObject __repr__() {
        if (size == 0) {
            return PyStr.of("[]");
        }
        if (!ReprGuard.enter(this)) {
            return PyStr.of("[...]");
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                PyObject[] a = items;
                if (i >= a.length) {
                    break;
                }
                sb.append(Ops.repr(a[i]));
            }
            return PyStr.of(sb.append(']').toString());
        } finally {
            ReprGuard.exit(this);
        }
    }

    private PyObject cmp(PyObject o, CompareOp op) {
        if (!(o instanceof PyList l)) {
            return null;
        }
        PyObject[] a = toArray(), b = l.toArray();
        return PyTuple.compareSeq(a, a.length, b, b.length, op);
    }

    @Override public PyObject __eq__(PyObject o) { return cmp(o, CompareOp.EQ); }
    @Override public PyObject __ne__(PyObject o) { return cmp(o, CompareOp.NE); }
    @Override public PyObject __lt__(PyObject o) { return cmp(o, CompareOp.LT); }
    @Override public PyObject __le__(PyObject o) { return cmp(o, CompareOp.LE); }
    @Override public PyObject __gt__(PyObject o) { return cmp(o, CompareOp.GT); }
    @Override public PyObject __ge__(PyObject o) { return cmp(o, CompareOp.GE); }

    @ExposedNew
    static PyObject list_new(PyType subtype, PyObject[] args, String[] kw) {
        return subtype == TYPE ? new PyList() : new Derived(subtype);
    }

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0) {
            if (!(nkw == 1 && kw[0].equals("sequence") && args.length == 1)) {
                throw Py.TypeError("'" + kw[0] + "' is an invalid keyword argument for this function");
            }
        }
        if (args.length > 1) {
            throw Py.TypeError("list() takes at most 1 argument (" + args.length + " given)");
        }
        PyObject[] a = args.length == 0 ? Py.EMPTY : Ops.toArray(args[0]);
        synchronized (this) {
            items = a == Py.EMPTY ? Py.EMPTY : a;
            size = a.length;
        }
    }

    /** The iterator over a list: sees appends made during iteration, as in CPython. */
    @ExposedType(name = "listiterator", subclassable = false)
    public static final class ListIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin(ListIterator.class);
        private PyList list;
        private int index;

        ListIterator(PyList list) {
            this.list = list;
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
            PyList l = list;
            if (l == null) {
                return null;
            }
            PyObject[] a = l.items;
            int n = l.size;
            if (index < n && index < a.length) {
                return a[index++];
            }
            list = null;
            return null;
        }

        @ExposedMethod
        public PyObject __length_hint__() {
            PyList l = list;
            return PyInt.of(l == null ? 0 : Math.max(0, l.size - index));
        }
    }

    /** An instance of a Python subclass of list. */
    public static final class Derived extends PyList implements taipan.runtime.Derived {
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
