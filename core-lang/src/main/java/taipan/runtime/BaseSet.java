package taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The storage and algorithms shared by {@code set} ({@link PySet}) and {@code frozenset}
 * ({@link PyFrozenSet}): CPython 2.7's setobject.c reproduced exactly — the same hashes,
 * the same open-addressing probe sequence as the dict, dummy entries, the fill/resize
 * rules, and the order in which every operation inserts — so that iteration order, and
 * so every printed set, matches CPython 2.7.
 *
 * <p>{@code x instanceof BaseSet} is CPython's PyAnySet_Check. Mutations take the set's
 * lock; lookups and iteration read the current table without it (a table is replaced
 * whole on resize, and slots are only ever bound-checked reads), restarting a lookup when
 * a Python {@code __eq__} changed the set under it, as CPython does.
 *
 * <p>The Python-visible methods are declared in the two concrete classes (the exposer
 * publishes only a class's own methods); this class holds their implementations.
 */
public abstract class BaseSet extends PyObject implements Weakrefable {
    static final int MINSIZE = 8;

    /** Marks a slot whose key was deleted (its hash is kept, as in CPython). */
    static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType getType() {
            return PyType.OBJECT;
        }
    };

    /** One table: keys (null = never used, DUMMY = deleted) and their hashes. */
    static final class Table {
        final PyObject[] keys;
        final long[] hashes;
        final int mask;

        Table(int size) {
            keys = new PyObject[size];
            hashes = new long[size];
            mask = size - 1;
        }
    }

    volatile Table table = new Table(MINSIZE);
    /** Active + dummy slots. */
    int fill;
    /** Active slots. */
    volatile int used;
    /** frozenset's cached hash; -1 until computed (always -1 for a set). */
    long hash = -1;

    public int size() {
        return used;
    }

    // ---- the table ------------------------------------------------------------------------

    static boolean keyEquals(PyObject a, PyObject b) {
        Class<?> c = a.getClass();
        if (c == b.getClass()) {
            if (c == PyStr.class) {
                return java.util.Arrays.equals(((PyStr) a).value, ((PyStr) b).value);
            }
            if (c == PyInt.class) {
                return ((PyInt) a).value == ((PyInt) b).value;
            }
        }
        return Ops.richCompareBool(a, b, CompareOp.EQ);
    }

    /**
     * set_lookkey: the slot holding {@code key}, or {@code -(slot + 1)} for the slot where
     * it would be inserted (the first dummy on its probe path, else the free slot). The
     * result refers to the table current when it returns.
     */
    final int lookup(PyObject key, long h) {
        restart:
        while (true) {
            Table t = table;
            PyObject[] keys = t.keys;
            long[] hashes = t.hashes;
            int mask = t.mask;
            int i = (int) (h & mask);
            PyObject k = keys[i];
            if (k == null) {
                return -i - 1;
            }
            if (k == key) {
                return i;
            }
            int free;
            if (k == DUMMY) {
                free = i;
            } else {
                if (hashes[i] == h) {
                    boolean eq = keyEquals(k, key);
                    if (table != t || keys[i] != k) {
                        continue restart;
                    }
                    if (eq) {
                        return i;
                    }
                }
                free = -1;
            }
            long j = i;
            for (long perturb = h; ; perturb >>>= 5) {
                j = (j << 2) + j + perturb + 1;
                int s = (int) (j & mask);
                k = keys[s];
                if (k == null) {
                    return free >= 0 ? -free - 1 : -s - 1;
                }
                if (k == key) {
                    return s;
                }
                if (hashes[s] == h && k != DUMMY) {
                    boolean eq = keyEquals(k, key);
                    if (table != t || keys[s] != k) {
                        continue restart;
                    }
                    if (eq) {
                        return s;
                    }
                } else if (k == DUMMY && free < 0) {
                    free = s;
                }
            }
        }
    }

    /** set_insert_key; caller holds the lock. Returns true if the key was added. */
    private boolean insertKey(PyObject key, long h) {
        int i = lookup(key, h);
        if (i >= 0) {
            return false;
        }
        int s = -i - 1;
        Table t = table;
        if (t.keys[s] == null) {
            fill++;
        }
        t.hashes[s] = h;
        t.keys[s] = key;
        used++;
        return true;
    }

    /** set_add_entry: insert, then grow when the table is 2/3 full. Caller holds the lock. */
    final void addEntry(PyObject key, long h) {
        int n = used;
        insertKey(key, h);
        if (used > n && (long) fill * 3 >= (long) (table.mask + 1) * 2) {
            resize(used > 50000 ? (long) used * 2 : (long) used * 4);
        }
    }

    /** set_table_resize: a table of the smallest power of two above minused, dummies dropped. */
    private void resize(long minused) {
        long newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        if (newsize > (1 << 30)) {
            throw Py.MemoryError(null);
        }
        Table old = table;
        if (newsize == MINSIZE && old.mask + 1 == MINSIZE && fill == used) {
            return;
        }
        Table t = new Table((int) newsize);
        PyObject[] nk = t.keys;
        long[] nh = t.hashes;
        int mask = t.mask;
        PyObject[] ok = old.keys;
        long[] oh = old.hashes;
        int n = 0;
        for (int i = 0; i < ok.length; i++) {
            PyObject k = ok[i];
            if (k != null && k != DUMMY) {
                long h = oh[i];
                long j = h & mask;
                for (long perturb = h; nk[(int) (j & mask)] != null; perturb >>>= 5) {
                    j = (j << 2) + j + perturb + 1;
                }
                int s = (int) (j & mask);
                nh[s] = h;
                nk[s] = k;
                n++;
            }
        }
        fill = n;
        used = n;
        table = t;
    }

    /** set_discard_entry: returns true if found. Caller holds the lock. */
    final boolean discardEntry(PyObject key, long h) {
        int i = lookup(key, h);
        if (i < 0) {
            return false;
        }
        table.keys[i] = DUMMY;
        used--;
        return true;
    }

    final boolean containsEntry(PyObject key, long h) {
        return lookup(key, h) >= 0;
    }

    /** set_clear_internal. Caller holds the lock. */
    final void clearInternal() {
        table = new Table(MINSIZE);
        fill = 0;
        used = 0;
    }

    /** set_swap_bodies (for sets only: their hashes stay -1). Caller holds the lock. */
    final void swapBodies(BaseSet b) {
        Table t = table;
        int f = fill, u = used;
        table = b.table;
        fill = b.fill;
        used = b.used;
        b.table = t;
        b.fill = f;
        b.used = u;
        hash = -1;
        b.hash = -1;
    }

    /**
     * set_next: the next active slot at or after {@code pos} in the current table, or -1.
     * Callers read key and hash from {@link #table} at that slot.
     */
    private int nextSlot(Table t, int pos) {
        PyObject[] keys = t.keys;
        while (pos <= t.mask) {
            PyObject k = keys[pos];
            if (k != null && k != DUMMY) {
                return pos;
            }
            pos++;
        }
        return -1;
    }

    // ---- Java API --------------------------------------------------------------------------

    /** {@code PySet_Add}: adds a hashable key. */
    public void add(PyObject key) {
        long h = Ops.hash(key);
        synchronized (this) {
            addEntry(key, h);
        }
    }

    /** {@code key in s} without the frozenset conversion of sets. */
    public boolean contains(PyObject key) {
        return lookup(key, Ops.hash(key)) >= 0;
    }

    /** The keys in iteration order (a snapshot). */
    public List<PyObject> toList() {
        Table t = table;
        List<PyObject> out = new ArrayList<>(used);
        for (PyObject k : t.keys) {
            if (k != null && k != DUMMY) {
                out.add(k);
            }
        }
        return out;
    }

    /** The keys and their hashes in iteration order (a snapshot): keys in [0], hashes in [1]. */
    final Object[] entries() {
        Table t = table;
        PyObject[] ks = new PyObject[t.keys.length];
        long[] hs = new long[t.keys.length];
        int n = 0;
        for (int i = 0; i < t.keys.length; i++) {
            PyObject k = t.keys[i];
            if (k != null && k != DUMMY) {
                ks[n] = k;
                hs[n] = t.hashes[i];
                n++;
            }
        }
        return new Object[] {java.util.Arrays.copyOf(ks, n), java.util.Arrays.copyOf(hs, n)};
    }

    // ---- operations (make_new_set, set_update_internal, ...) ------------------------------

    /** make_new_set(type, NULL): an empty set of {@code type} (a subtype's {@code __init__} is not run). */
    static BaseSet newSet(PyType type) {
        if (type == PySet.TYPE) {
            return new PySet();
        }
        if (type == PyFrozenSet.TYPE) {
            return new PyFrozenSet();
        }
        return (BaseSet) type.newInstance();
    }

    /** make_new_set(type, iterable). */
    static BaseSet newSet(PyType type, PyObject iterable) {
        BaseSet s = newSet(type);
        if (iterable != null) {
            s.updateInternal(iterable);
        }
        return s;
    }

    /** set_copy: a new set of the same type with the same entries. */
    final BaseSet copySet() {
        return newSet(getType(), this);
    }

    /** set_merge: another set's entries, presizing once. */
    private void merge(BaseSet other) {
        if (other == this) {
            return;
        }
        synchronized (this) {
            Table ot = other.table;
            int ou = other.used;
            if (ou == 0) {
                return;
            }
            if ((long) (fill + ou) * 3 >= (long) (table.mask + 1) * 2) {
                resize((long) (used + ou) * 2);
            }
            PyObject[] ok = ot.keys;
            long[] oh = ot.hashes;
            for (int i = 0; i < ok.length; i++) {
                PyObject k = ok[i];
                if (k != null && k != DUMMY) {
                    insertKey(k, oh[i]);
                }
            }
        }
    }

    /** set_update_internal: from a set, a dict (using its hashes) or any iterable. */
    final void updateInternal(PyObject other) {
        if (other instanceof BaseSet s) {
            merge(s);
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            List<PyDict.Entry> es = d.entries();
            synchronized (this) {
                int n = d.size();
                if ((long) (fill + n) * 3 >= (long) (table.mask + 1) * 2) {
                    resize((long) (used + n) * 2);
                }
                for (PyDict.Entry e : es) {
                    addEntry(e.key, e.hash);
                }
            }
            return;
        }
        PyObject it = Ops.iter(other);
        for (PyObject k; (k = Ops.next(it)) != null; ) {
            long h = Ops.hash(k);
            synchronized (this) {
                addEntry(k, h);
            }
        }
    }

    /** set_or: a copy of {@code a} updated with {@code b}. */
    static PyObject or(BaseSet a, BaseSet b) {
        BaseSet r = a.copySet();
        if (a != b) {
            r.updateInternal(b);
        }
        return r;
    }

    /** set_union(*others). */
    final PyObject unionMulti(PyObject[] others) {
        BaseSet r = copySet();
        for (PyObject o : others) {
            if (o != this) {
                r.updateInternal(o);
            }
        }
        return r;
    }

    /** set_intersection: iterates the smaller of two sets, else the iterable. */
    final BaseSet intersection(PyObject other) {
        if (other == this) {
            return copySet();
        }
        BaseSet result = newSet(getType());
        if (other instanceof BaseSet o) {
            BaseSet so = this;
            if (o.used > so.used) {
                BaseSet t = so;
                so = o;
                o = t;
            }
            int pos = 0;
            while (true) {
                Table t = o.table;
                int s = o.nextSlot(t, pos);
                if (s < 0) {
                    break;
                }
                pos = s + 1;
                PyObject k = t.keys[s];
                long h = t.hashes[s];
                if (k == DUMMY || k == null) {
                    continue;
                }
                if (so.containsEntry(k, h)) {
                    result.addEntry(k, h);
                }
            }
            return result;
        }
        PyObject it = Ops.iter(other);
        for (PyObject k; (k = Ops.next(it)) != null; ) {
            long h = Ops.hash(k);
            if (containsEntry(k, h)) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    /** set_intersection_multi. */
    final PyObject intersectionMulti(PyObject[] others) {
        if (others.length == 0) {
            return copySet();
        }
        BaseSet r = this;
        for (PyObject o : others) {
            r = r.intersection(o);
        }
        return r;
    }

    /** set_difference_update_internal: discards, then drops dummies if they are over 1/5. */
    final void differenceUpdateInternal(PyObject other) {
        if (other == this) {
            synchronized (this) {
                clearInternal();
            }
            return;
        }
        if (other instanceof BaseSet o) {
            synchronized (this) {
                int pos = 0;
                while (true) {
                    Table t = o.table;
                    int s = o.nextSlot(t, pos);
                    if (s < 0) {
                        break;
                    }
                    pos = s + 1;
                    PyObject k = t.keys[s];
                    if (k == DUMMY || k == null) {
                        continue;
                    }
                    discardEntry(k, t.hashes[s]);
                }
            }
        } else {
            PyObject it = Ops.iter(other);
            for (PyObject k; (k = Ops.next(it)) != null; ) {
                long h = Ops.hash(k);
                synchronized (this) {
                    discardEntry(k, h);
                }
            }
        }
        synchronized (this) {
            if ((long) (fill - used) * 5 >= table.mask) {
                resize(used > 50000 ? (long) used * 2 : (long) used * 4);
            }
        }
    }

    /** set_difference. */
    final BaseSet difference(PyObject other) {
        if (!(other instanceof BaseSet) && other.getClass() != PyDict.class) {
            BaseSet r = copySet();
            r.differenceUpdateInternal(other);
            return r;
        }
        BaseSet result = newSet(getType());
        int pos = 0;
        while (true) {
            Table t = table;
            int s = nextSlot(t, pos);
            if (s < 0) {
                break;
            }
            pos = s + 1;
            PyObject k = t.keys[s];
            long h = t.hashes[s];
            if (k == DUMMY || k == null) {
                continue;
            }
            boolean in = other instanceof BaseSet o ? o.containsEntry(k, h) : ((PyDict) other).containsKey(k, h);
            if (!in) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    /** set_difference_multi. */
    final PyObject differenceMulti(PyObject[] others) {
        if (others.length == 0) {
            return copySet();
        }
        BaseSet r = difference(others[0]);
        for (int i = 1; i < others.length; i++) {
            r.differenceUpdateInternal(others[i]);
        }
        return r;
    }

    /** set_symmetric_difference_update. */
    final void symmetricDifferenceUpdate(PyObject other) {
        if (other == this) {
            synchronized (this) {
                clearInternal();
            }
            return;
        }
        if (other.getClass() == PyDict.class) {
            List<PyDict.Entry> es = ((PyDict) other).entries();
            synchronized (this) {
                for (PyDict.Entry e : es) {
                    if (!discardEntry(e.key, e.hash)) {
                        addEntry(e.key, e.hash);
                    }
                }
            }
            return;
        }
        BaseSet o = other instanceof BaseSet s ? s : newSet(getType(), other);
        synchronized (this) {
            int pos = 0;
            while (true) {
                Table t = o.table;
                int s = o.nextSlot(t, pos);
                if (s < 0) {
                    break;
                }
                pos = s + 1;
                PyObject k = t.keys[s];
                long h = t.hashes[s];
                if (k == DUMMY || k == null) {
                    continue;
                }
                if (!discardEntry(k, h)) {
                    addEntry(k, h);
                }
            }
        }
    }

    /** set_symmetric_difference. */
    final BaseSet symmetricDifference(PyObject other) {
        BaseSet o = newSet(getType(), other);
        o.symmetricDifferenceUpdate(this);
        return o;
    }

    /** set_issubset. */
    final boolean isSubset(PyObject other) {
        if (!(other instanceof BaseSet)) {
            return newSet(PySet.TYPE, other).isSupersetOf(this);
        }
        return subsetOf((BaseSet) other);
    }

    private boolean isSupersetOf(BaseSet sub) {
        return sub.subsetOf(this);
    }

    private boolean subsetOf(BaseSet o) {
        if (used > o.used) {
            return false;
        }
        int pos = 0;
        while (true) {
            Table t = table;
            int s = nextSlot(t, pos);
            if (s < 0) {
                return true;
            }
            pos = s + 1;
            PyObject k = t.keys[s];
            if (k == DUMMY || k == null) {
                continue;
            }
            if (!o.containsEntry(k, t.hashes[s])) {
                return false;
            }
        }
    }

    /** set_issuperset. */
    final boolean isSuperset(PyObject other) {
        if (!(other instanceof BaseSet)) {
            return newSet(PySet.TYPE, other).subsetOf(this);
        }
        return ((BaseSet) other).subsetOf(this);
    }

    /** set_isdisjoint. */
    final boolean isDisjoint(PyObject other) {
        if (other == this) {
            return used == 0;
        }
        if (other.getClass() == PySet.class || other.getClass() == PyFrozenSet.class) {
            BaseSet so = this;
            BaseSet o = (BaseSet) other;
            if (o.used > so.used) {
                BaseSet t = so;
                so = o;
                o = t;
            }
            int pos = 0;
            while (true) {
                Table t = o.table;
                int s = o.nextSlot(t, pos);
                if (s < 0) {
                    return true;
                }
                pos = s + 1;
                PyObject k = t.keys[s];
                if (k == DUMMY || k == null) {
                    continue;
                }
                if (so.containsEntry(k, t.hashes[s])) {
                    return false;
                }
            }
        }
        PyObject it = Ops.iter(other);
        for (PyObject k; (k = Ops.next(it)) != null; ) {
            if (containsEntry(k, Ops.hash(k))) {
                return false;
            }
        }
        return true;
    }

    /** set_contains: an unhashable set argument is looked up as a frozenset. */
    final boolean containsKey(PyObject key) {
        long h;
        try {
            h = Ops.hash(key);
        } catch (PyException e) {
            if (!(key instanceof PySet) || !e.matches(Exceptions.TypeError)) {
                throw e;
            }
            PyFrozenSet tmp = new PyFrozenSet();
            tmp.updateInternal(key);
            return containsEntry(tmp, tmp.__hash__());
        }
        return containsEntry(key, h);
    }

    /** frozenset_hash: CPython 2.7's algorithm, cached. */
    final long frozenHash() {
        long hv = hash;
        if (hv != -1) {
            return hv;
        }
        Table t = table;
        hv = 1927868237L;
        hv *= used + 1;
        for (int i = 0; i < t.keys.length; i++) {
            PyObject k = t.keys[i];
            if (k != null && k != DUMMY) {
                long h = t.hashes[i];
                hv ^= (h ^ (h << 16) ^ 89869747L) * 3644798167L;
            }
        }
        hv = hv * 69069L + 907133923L;
        if (hv == -1) {
            hv = 590923713L;
        }
        hash = hv;
        return hv;
    }

    // ---- shared special-method bodies --------------------------------------------------------

    @Override
    public boolean __nonzero__() {
        return used != 0;
    }

    final PyObject richCompare(PyObject w, CompareOp op) {
        if (!(w instanceof BaseSet o)) {
            return null;
        }
        switch (op) {
            case EQ:
                return Py.bool(equalSets(o));
            case NE:
                return Py.bool(!equalSets(o));
            case LE:
                return Py.bool(subsetOf(o));
            case GE:
                return Py.bool(o.subsetOf(this));
            case LT:
                return Py.bool(used < o.used && subsetOf(o));
            default:
                return Py.bool(used > o.used && o.subsetOf(this));
        }
    }

    private boolean equalSets(BaseSet o) {
        if (used != o.used) {
            return false;
        }
        if (hash != -1 && o.hash != -1 && hash != o.hash) {
            return false;
        }
        return subsetOf(o);
    }

    final int compare(PyObject o) {
        if (o instanceof BaseSet) {
            throw Py.TypeError("cannot compare sets using cmp()");
        }
        return Ops.CMP_NOT_IMPLEMENTED;
    }

    final PyObject reprSet() {
        String name = getType().getName();
        if (!ReprGuard.enter(this)) {
            return PyStr.of(name + "(...)");
        }
        try {
            return PyStr.of(name + "(" + Ops.repr(new PyList(Ops.toList(this))) + ")");
        } finally {
            ReprGuard.exit(this);
        }
    }

    final PyObject reduceSet() {
        PyObject d = Ops.getattrOrNull(this, N.__dict__);
        return PyTuple.of(getType(), PyTuple.of(new PyList(Ops.toList(this))), d == null ? Py.None : d);
    }

    final PyObject sizeofSet() {
        Table t = table;
        return PyInt.of(200 + (t.mask + 1 > MINSIZE ? 16L * (t.mask + 1) : 0));
    }

    static PyObject sub(PyObject a, PyObject b) {
        return a instanceof BaseSet s && b instanceof BaseSet ? s.difference(b) : null;
    }

    static PyObject and(PyObject a, PyObject b) {
        return a instanceof BaseSet s && b instanceof BaseSet ? s.intersection(b) : null;
    }

    static PyObject xor(PyObject a, PyObject b) {
        return a instanceof BaseSet s && b instanceof BaseSet ? s.symmetricDifference(b) : null;
    }

    static PyObject or(PyObject a, PyObject b) {
        return a instanceof BaseSet s && b instanceof BaseSet t ? or(s, t) : null;
    }

    // ---- the iterator ----------------------------------------------------------------------------

    /** The iterator over a set or frozenset: reads the live table, as CPython does. */
    @ExposedType(name = "setiterator", subclassable = false)
    public static final class SetIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin(SetIterator.class);
        private BaseSet set;
        private int expectedUsed;
        private int pos;
        private int len;

        SetIterator(BaseSet set) {
            this.set = set;
            this.expectedUsed = set.used;
            this.len = expectedUsed;
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
            BaseSet s = set;
            if (s == null) {
                return null;
            }
            if (expectedUsed != s.used) {
                expectedUsed = -1;
                throw Py.RuntimeError("Set changed size during iteration");
            }
            Table t = s.table;
            PyObject[] keys = t.keys;
            int i = pos;
            while (i <= t.mask) {
                PyObject k = keys[i];
                if (k != null && k != DUMMY) {
                    pos = i + 1;
                    len--;
                    return k;
                }
                i++;
            }
            pos = i + 1;
            set = null;
            return null;
        }

        @ExposedMethod(doc = "Private method returning an estimate of len(list(it)).")
        public PyObject __length_hint__() {
            BaseSet s = set;
            return PyInt.of(s != null && expectedUsed == s.used ? len : 0);
        }
    }
}
