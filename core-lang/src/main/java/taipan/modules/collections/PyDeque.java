package taipan.modules.collections;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import taipan.runtime.*;

/** {@code collections.deque}: a double-ended queue with an optional maximum length. */
@ExposedType(name = "collections.deque", unhashable = true, doc = "deque([iterable[, maxlen]]) --> deque object\n\nBuild an ordered collection with optimized access from its endpoints.")
public class PyDeque extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin(PyDeque.class);

    private ArrayDeque<PyObject> items = new ArrayDeque<>();
    private int maxlen = -1;
    /** Bumped by every mutation, for "deque mutated during iteration". */
    private int state;

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject deque_new(PyType subtype, PyObject[] args, String[] kw) {
        return subtype == TYPE ? new PyDeque() : new Derived(subtype);
    }

    private static final String[] INIT_PARAMS = {"iterable", "maxlen"};

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        PyObject[] v = ArgParser.parse("deque", args, kw, INIT_PARAMS, 0);
        int ml = -1;
        if (v[1] != null && v[1] != Py.None) {
            long m = Py.asLongArg(v[1]);
            if (m < 0) {
                throw Py.ValueError("maxlen must be non-negative");
            }
            ml = (int) Math.min(m, Integer.MAX_VALUE);
        }
        synchronized (this) {
            maxlen = ml;
            if (!items.isEmpty()) {
                items.clear();
                state++;
            }
        }
        if (v[0] != null) {
            extend(v[0]);
        }
    }

    private void trimRight() {
        while (maxlen >= 0 && items.size() > maxlen) {
            items.pollFirst();
        }
    }

    private void trimLeft() {
        while (maxlen >= 0 && items.size() > maxlen) {
            items.pollLast();
        }
    }

    @ExposedMethod(doc = "Add an element to the right side of the deque.")
    public synchronized void append(PyObject x) {
        state++;
        if (maxlen == 0) {
            return;
        }
        items.addLast(x);
        trimRight();
    }

    @ExposedMethod(doc = "Add an element to the left side of the deque.")
    public synchronized void appendleft(PyObject x) {
        state++;
        if (maxlen == 0) {
            return;
        }
        items.addFirst(x);
        trimLeft();
    }

    @ExposedMethod(doc = "Remove and return the rightmost element.")
    public synchronized PyObject pop() {
        if (items.isEmpty()) {
            throw Py.IndexError("pop from an empty deque");
        }
        state++;
        return items.pollLast();
    }

    @ExposedMethod(doc = "Remove and return the leftmost element.")
    public synchronized PyObject popleft() {
        if (items.isEmpty()) {
            throw Py.IndexError("pop from an empty deque");
        }
        state++;
        return items.pollFirst();
    }

    @ExposedMethod(doc = "Extend the right side of the deque with elements from the iterable")
    public void extend(PyObject iterable) {
        List<PyObject> vals = iterable == this ? snapshot() : Ops.toList(iterable);
        synchronized (this) {
            for (PyObject x : vals) {
                state++;
                if (maxlen != 0) {
                    items.addLast(x);
                    trimRight();
                }
            }
        }
    }

    @ExposedMethod(doc = "Extend the left side of the deque with elements from the iterable")
    public void extendleft(PyObject iterable) {
        List<PyObject> vals = iterable == this ? snapshot() : Ops.toList(iterable);
        synchronized (this) {
            for (PyObject x : vals) {
                state++;
                if (maxlen != 0) {
                    items.addFirst(x);
                    trimLeft();
                }
            }
        }
    }

    @ExposedMethod(doc = "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.")
    public synchronized void rotate(@Default("1") long n) {
        int len = items.size();
        if (len <= 1) {
            return;
        }
        long k = n % len;
        state++;
        if (k > 0) {
            for (long i = 0; i < k; i++) {
                items.addFirst(items.pollLast());
            }
        } else {
            for (long i = 0; i < -k; i++) {
                items.addLast(items.pollFirst());
            }
        }
    }

    @ExposedMethod(doc = "D.reverse() -- reverse *IN PLACE*")
    public synchronized void reverse() {
        ArrayDeque<PyObject> r = new ArrayDeque<>(items.size());
        for (PyObject x : items) {
            r.addFirst(x);
        }
        items = r;
        state++;
    }

    @ExposedMethod(doc = "Remove all elements from the deque.")
    public synchronized void clear() {
        items.clear();
        state++;
    }

    @ExposedMethod(doc = "D.count(value) -> integer -- return number of occurrences of value")
    public PyObject count(PyObject v) {
        long n = 0;
        int st = state;
        for (PyObject x : snapshot()) {
            if (Ops.richCompareBool(x, v, CompareOp.EQ)) {
                n++;
            }
            if (state != st) {
                throw Py.RuntimeError("deque mutated during iteration");
            }
        }
        return PyInt.of(n);
    }

    @ExposedMethod(doc = "D.remove(value) -- remove first occurrence of value.")
    public void remove(PyObject v) {
        List<PyObject> snap = snapshot();
        int st = state;
        for (int i = 0; i < snap.size(); i++) {
            boolean eq = Ops.richCompareBool(snap.get(i), v, CompareOp.EQ);
            if (state != st) {
                throw Py.IndexError("deque mutated during remove().");
            }
            if (eq) {
                synchronized (this) {
                    Iterator<PyObject> it = items.iterator();
                    for (int k = 0; k <= i; k++) {
                        it.next();
                    }
                    it.remove();
                    state++;
                }
                return;
            }
        }
        throw Py.ValueError("deque.remove(x): x not in deque");
    }

    @ExposedGet(name = "maxlen", doc = "maximum size of a deque or None if unbounded")
    public PyObject getMaxlen() {
        return maxlen < 0 ? Py.None : PyInt.of(maxlen);
    }

    synchronized List<PyObject> snapshot() {
        return new ArrayList<>(items);
    }

    @Override
    public int __len__() {
        return items.size();
    }

    @Override
    public boolean __nonzero__() {
        return !items.isEmpty();
    }

    @Override
    public long __hash__() {
        throw Py.TypeError("unhashable type: '" + getType().getName() + "'");
    }

    private int index(PyObject key) {
        long i = Py.index(key);
        int n = items.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.IndexError("deque index out of range");
        }
        return (int) i;
    }

    @Override
    public synchronized PyObject __getitem__(PyObject key) {
        int i = index(key);
        Iterator<PyObject> it = items.iterator();
        for (int k = 0; k < i; k++) {
            it.next();
        }
        return it.next();
    }

    @Override
    public synchronized void __setitem__(PyObject key, PyObject value) {
        int i = index(key);
        List<PyObject> l = new ArrayList<>(items);
        l.set(i, value);
        items = new ArrayDeque<>(l);
    }

    @Override
    public synchronized void __delitem__(PyObject key) {
        int i = index(key);
        List<PyObject> l = new ArrayList<>(items);
        l.remove(i);
        items = new ArrayDeque<>(l);
        state++;
    }

    @Override
    public boolean __contains__(PyObject v) {
        int st = state;
        for (PyObject x : snapshot()) {
            if (Ops.richCompareBool(x, v, CompareOp.EQ)) {
                return true;
            }
            if (state != st) {
                throw Py.RuntimeError("deque mutated during iteration");
            }
        }
        return false;
    }

    @Override
    public PyObject __iter__() {
        return new DequeIter(this, false);
    }

    @ExposedMethod(doc = "D.__reversed__() -- return a reverse iterator over the deque")
    public PyObject __reversed__() {
        return new DequeIter(this, true);
    }

    @Override
    public PyObject __iadd__(PyObject other) {
        extend(other);
        return this;
    }

    @ExposedMethod(doc = "Return a shallow copy of a deque.")
    public PyObject __copy__() {
        PyObject cls = getType();
        if (getClass() == PyDeque.class) {
            PyDeque d = new PyDeque();
            d.maxlen = maxlen;
            d.items = new ArrayDeque<>(snapshot());
            return d;
        }
        return Ops.call(cls, new PyList(snapshot()), getMaxlen());
    }

    @ExposedMethod(doc = "Return state information for pickling.")
    public PyObject __reduce__() {
        PyObject list = new PyList(snapshot());
        PyDict d = getDict();
        PyObject args = maxlen < 0 ? PyTuple.of(list) : PyTuple.of(list, PyInt.of(maxlen));
        if (d != null && d.size() > 0) {
            return PyTuple.of(getType(), args, d);
        }
        return PyTuple.of(getType(), args);
    }

    @Override
    public PyObject __repr__() {
        if (!ReprGuard.enter(this)) {
            return PyStr.of("[...]");
        }
        try {
            String list = Ops.repr(new PyList(snapshot())).toString();
            if (maxlen >= 0) {
                return PyStr.of("deque(" + list + ", maxlen=" + maxlen + ")");
            }
            return PyStr.of("deque(" + list + ")");
        } finally {
            ReprGuard.exit(this);
        }
    }

    private PyObject compare(PyObject o, CompareOp op) {
        if (!(o instanceof PyDeque d)) {
            return null;
        }
        PyObject[] a = snapshot().toArray(new PyObject[0]);
        PyObject[] b = d.snapshot().toArray(new PyObject[0]);
        return Ops.richCompare(PyTuple.of(a), PyTuple.of(b), op);
    }

    @Override public PyObject __eq__(PyObject o) { return compare(o, CompareOp.EQ); }
    @Override public PyObject __ne__(PyObject o) { return compare(o, CompareOp.NE); }
    @Override public PyObject __lt__(PyObject o) { return compare(o, CompareOp.LT); }
    @Override public PyObject __le__(PyObject o) { return compare(o, CompareOp.LE); }
    @Override public PyObject __gt__(PyObject o) { return compare(o, CompareOp.GT); }
    @Override public PyObject __ge__(PyObject o) { return compare(o, CompareOp.GE); }

    /** Iterator over a deque; fails if the deque is mutated meanwhile. */
    @ExposedType(name = "deque_iterator", subclassable = false)
    static final class DequeIter extends PyObject {
        static final PyType TYPE = PyType.builtin(DequeIter.class);
        static final PyType REVERSE_TYPE = PyType.newBuiltin("deque_reverse_iterator", PyType.OBJECT, DequeIter.class,
                DequeIter.class, null);
        private final PyDeque deque;
        private final boolean reverse;
        private final List<PyObject> snap;
        private final int state;
        private int pos;

        DequeIter(PyDeque deque, boolean reverse) {
            this.deque = deque;
            this.reverse = reverse;
            this.snap = deque.snapshot();
            this.state = deque.state;
        }

        @Override
        public PyType getType() {
            return reverse ? REVERSE_TYPE : TYPE;
        }

        @Override
        public PyObject __iter__() {
            return this;
        }

        @Override
        public PyObject __iternext__() {
            if (deque.state != state) {
                throw Py.RuntimeError("deque mutated during iteration");
            }
            if (pos >= snap.size()) {
                return null;
            }
            PyObject v = reverse ? snap.get(snap.size() - 1 - pos) : snap.get(pos);
            pos++;
            return v;
        }

        @ExposedMethod
        public PyObject __length_hint__() {
            return PyInt.of(Math.max(0, snap.size() - pos));
        }
    }

    /** An instance of a Python subclass of deque. */
    public static final class Derived extends PyDeque implements taipan.runtime.Derived {
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
