package taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code dict}: CPython 2.7's open-addressing table, reproduced exactly (same hashes,
 * probe sequence, dummies, fill/resize rules), so iteration order — and so every printed
 * dict — matches CPython 2.7.
 *
 * <p>Entries are objects that keep their identity while the key is present (resizes move
 * them), which lets the evaluator cache the entry of a global variable. Mutations are
 * synchronized; reads work on a snapshot of the table and never throw Java exceptions.
 */
@ExposedType(name = "dict", unhashable = true, doc = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)")
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyDict.class);

    /** One key/value pair; {@code value == null} once the key has been deleted. */
    public static final class Entry {
        final long hash;
        final PyObject key;
        volatile PyObject value;

        Entry(long hash, PyObject key, PyObject value) {
            this.hash = hash;
            this.key = key;
            this.value = value;
        }

        public PyObject key() {
            return key;
        }

        public PyObject value() {
            return value;
        }
    }

    private static final Entry DUMMY = new Entry(-1, null, null);
    private static final int MINSIZE = 8;

    private volatile Entry[] table = new Entry[MINSIZE];
    private int used;
    private int fill;
    /** me_hash of slot 0 while that slot is not active (popitem's search finger). */
    private long slot0Hash;
    /** Incremented when a key is added or removed (not when a value changes). */
    private volatile int keysVersion;

    public PyDict() {
    }

    /** A dict presized as BUILD_MAP does for a display of {@code n} entries. */
    public static PyDict presized(int n) {
        PyDict d = new PyDict();
        if (n > 5) {
            d.resize(n);
        }
        return d;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public int size() {
        return used;
    }

    /** Changes whenever the set of keys changes: for caches of global lookups. */
    public int keysVersion() {
        return keysVersion;
    }

    // ---- the table ----------------------------------------------------------------------

    private static boolean keyEquals(PyObject a, PyObject b) {
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return java.util.Arrays.equals(((PyStr) a).value, ((PyStr) b).value);
        }
        return Ops.richCompareBool(a, b, CompareOp.EQ);
    }

    /**
     * Index of the slot holding {@code key}, or {@code -(slot + 1)} for the slot where it
     * would be inserted (the first dummy on the probe path, else the empty slot).
     */
    private int lookup(Entry[] t, PyObject key, long hash) {
        while (true) {
            int mask = t.length - 1;
            long i = hash & mask;
            Entry e = t[(int) i];
            if (e == null) {
                return -(int) i - 1;
            }
            int free = -1;
            if (e == DUMMY) {
                free = (int) i;
            } else if (e.key == key) {
                return (int) i;
            } else if (e.hash == hash) {
                boolean eq = keyEquals(e.key, key);
                if (t != table || t[(int) i] != e) {
                    t = table;
                    continue; // the dict changed under a Python __eq__: start again
                }
                if (eq) {
                    return (int) i;
                }
            }
            boolean restart = false;
            for (long perturb = hash; ; perturb >>>= 5) {
                i = (i << 2) + i + perturb + 1;
                int slot = (int) (i & mask);
                e = t[slot];
                if (e == null) {
                    return free == -1 ? -slot - 1 : -free - 1;
                }
                if (e.key == key) {
                    return slot;
                }
                if (e == DUMMY) {
                    if (free == -1) {
                        free = slot;
                    }
                } else if (e.hash == hash) {
                    boolean eq = keyEquals(e.key, key);
                    if (t != table || t[slot] != e) {
                        restart = true;
                        break;
                    }
                    if (eq) {
                        return slot;
                    }
                }
            }
            if (restart) {
                t = table;
            }
        }
    }

    /** CPython's insertdict: no resize check. */
    private void insert(PyObject key, long hash, PyObject value) {
        Entry[] t = table;
        int i = lookup(t, key, hash);
        t = table;
        if (i >= 0) {
            t[i].value = value;
            return;
        }
        int slot = -i - 1;
        if (t[slot] == null) {
            fill++;
        }
        t[slot] = new Entry(hash, key, value);
        used++;
        keysVersion++;
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused && newsize > 0) {
            newsize <<= 1;
        }
        Entry[] old = table;
        Entry[] t = new Entry[newsize];
        int mask = newsize - 1;
        for (Entry e : old) {
            if (e != null && e != DUMMY) {
                long i = e.hash & mask;
                for (long perturb = e.hash; t[(int) (i & mask)] != null; perturb >>>= 5) {
                    i = (i << 2) + i + perturb + 1;
                }
                t[(int) (i & mask)] = e;
            }
        }
        fill = used;
        slot0Hash = 0;
        table = t;
    }

    // ---- Java API ---------------------------------------------------------------------------

    /** The value for {@code key} or null; raises only if hashing or comparison raises. */
    public PyObject getItem(PyObject key) {
        long hash = Ops.hash(key);
        Entry[] t = table;
        int i = lookup(t, key, hash);
        if (i < 0) {
            return null;
        }
        Entry e = table[i];
        return e == null ? null : e.value;
    }

    /** {@code _PyDict_Contains}: membership with the key's hash already computed. */
    boolean containsKey(PyObject key, long hash) {
        int i = lookup(table, key, hash);
        if (i < 0) {
            return false;
        }
        Entry e = table[i];
        return e != null && e.value != null;
    }

    public PyObject getItem(String key) {
        return getItem(PyStr.intern(key));
    }

    /** The live entry for {@code key}, or null (for caches). */
    public Entry getEntry(PyObject key) {
        long hash = Ops.hash(key);
        Entry[] t = table;
        int i = lookup(t, key, hash);
        return i < 0 ? null : table[i];
    }

    public void setItem(PyObject key, PyObject value) {
        long hash = Ops.hash(key);
        synchronized (this) {
            int before = used;
            insert(key, hash, value);
            if (used > before && fill * 3 >= table.length * 2) {
                resize((used > 50000 ? 2 : 4) * used);
            }
        }
    }

    public void setItem(String key, PyObject value) {
        setItem(PyStr.intern(key), value);
    }

    /** Removes {@code key}; returns false if absent. */
    public boolean delItemIfPresent(PyObject key) {
        long hash = Ops.hash(key);
        synchronized (this) {
            int i = lookup(table, key, hash);
            if (i < 0) {
                return false;
            }
            removeAt(i);
            return true;
        }
    }

    private PyObject removeAt(int i) {
        Entry e = table[i];
        PyObject v = e.value;
        e.value = null;
        table[i] = DUMMY;
        if (i == 0) {
            slot0Hash = e.hash;
        }
        used--;
        keysVersion++;
        return v;
    }

    public void delItem(PyObject key) {
        if (!delItemIfPresent(key)) {
            throw Py.KeyError(key);
        }
    }

    public synchronized void clear() {
        table = new Entry[MINSIZE];
        used = 0;
        fill = 0;
        slot0Hash = 0;
        keysVersion++;
    }

    /** A snapshot of the live entries in table order. */
    public List<Entry> entries() {
        Entry[] t = table;
        List<Entry> out = new ArrayList<>(used);
        for (Entry e : t) {
            if (e != null && e != DUMMY && e.value != null) {
                out.add(e);
            }
        }
        return out;
    }

    public List<PyObject> keysList() {
        List<PyObject> out = new ArrayList<>(used);
        for (Entry e : entries()) {
            out.add(e.key);
        }
        return out;
    }

    /** {@code PyDict_Merge(this, other, override)} for another dict. */
    public void merge(PyDict other, boolean override) {
        if (other == this || other.used == 0) {
            return;
        }
        List<Entry> src = other.entries();
        synchronized (this) {
            if ((fill + other.used) * 3 >= table.length * 2) {
                resize((used + other.used) * 2);
            }
            for (Entry e : src) {
                PyObject v = e.value;
                if (v == null) {
                    continue;
                }
                if (override || lookup(table, e.key, e.hash) < 0) {
                    insert(e.key, e.hash, v);
                }
            }
        }
    }

    /** {@code dict.update(other)} for any mapping or iterable of pairs. */
    public void update(PyObject other) {
        if (other instanceof PyDict d) {
            // PyDict_Merge: any dict, subclasses too, is copied from its table (keys() is not called)
            merge(d, true);
            return;
        }
        PyObject keys = Ops.getattrOrNull(other, N.keys);
        if (keys != null) {
            PyObject it = Ops.iter(Ops.call(keys));
            for (PyObject k; (k = Ops.next(it)) != null; ) {
                setItem(k, Ops.getitem(other, k));
            }
            return;
        }
        mergeFromSeq2(other);
    }

    private void mergeFromSeq2(PyObject seq) {
        PyObject it = Ops.iter(seq);
        int i = 0;
        for (PyObject item; (item = Ops.next(it)) != null; i++) {
            PyObject[] pair;
            try {
                pair = Ops.toArray(item);
            } catch (PyException e) {
                if (e.matches(Exceptions.TypeError)) {
                    throw Py.TypeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                throw e;
            }
            if (pair.length != 2) {
                throw Py.ValueError("dictionary update sequence element #" + i + " has length " + pair.length + "; 2 is required");
            }
            setItem(pair[0], pair[1]);
        }
    }

    /** {@code PyDict_Copy}. */
    public PyDict copy() {
        PyDict d = new PyDict();
        d.merge(this, true);
        return d;
    }

    // ---- Python protocol ------------------------------------------------------------------

    @ExposedNew
    static PyObject dict_new(PyType subtype, PyObject[] args, String[] kw) {
        return subtype == TYPE ? new PyDict() : new Derived(subtype);
    }

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw Py.TypeError("dict expected at most 1 arguments, got " + npos);
        }
        if (npos == 1) {
            update(args[0]);
        }
        if (nkw > 0) {
            PyDict kwd = new PyDict();
            for (int i = 0; i < nkw; i++) {
                kwd.setItem(PyStr.intern(kw[i]), args[npos + i]);
            }
            merge(kwd, true);
        }
    }

    @Override
    public int __len__() {
        return used;
    }

    @Override
    public boolean __nonzero__() {
        return used != 0;
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        PyObject v = getItem(key);
        if (v == null) {
            if (getClass() != PyDict.class) {
                PyObject missing = getType().lookup("__missing__");
                if (missing != null) {
                    return Ops.callMethod(missing, this, key);
                }
            }
            throw Py.KeyError(key);
        }
        return v;
    }

    @Override
    public void __setitem__(PyObject key, PyObject value) {
        setItem(key, value);
    }

    @Override
    public void __delitem__(PyObject key) {
        delItem(key);
    }

    @Override
    public boolean __contains__(PyObject key) {
        return getItem(key) != null;
    }

    @Override
    public long __hash__() {
        throw Py.TypeError("unhashable type: '" + getType().getName() + "'");
    }

    @ExposedMethod(doc = "D.has_key(k) -> True if D has a key k, else False")
    public boolean has_key(PyObject key) {
        return getItem(key) != null;
    }

    @ExposedMethod(doc = "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.")
    public PyObject get(PyObject key, @Default("None") PyObject dflt) {
        PyObject v = getItem(key);
        return v == null ? dflt : v;
    }

    @ExposedMethod(doc = "D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D")
    public PyObject setdefault(PyObject key, @Default("None") PyObject dflt) {
        long hash = Ops.hash(key);
        synchronized (this) {
            int i = lookup(table, key, hash);
            if (i >= 0) {
                return table[i].value;
            }
            int before = used;
            insert(key, hash, dflt);
            if (used > before && fill * 3 >= table.length * 2) {
                resize((used > 50000 ? 2 : 4) * used);
            }
            return dflt;
        }
    }

    @ExposedMethod(doc = "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\nIf key is not found, d is returned if given, otherwise KeyError is raised")
    public PyObject pop(PyObject key, @Default("null") PyObject dflt) {
        long hash = Ops.hash(key);
        synchronized (this) {
            int i = used == 0 ? -1 : lookup(table, key, hash);
            if (i < 0) {
                if (dflt != null) {
                    return dflt;
                }
                throw Py.KeyError(key);
            }
            return removeAt(i);
        }
    }

    @ExposedMethod(doc = "D.popitem() -> (k, v), remove and return some (key, value) pair as a\n2-tuple; but raise KeyError if D is empty.")
    public synchronized PyObject popitem() {
        if (used == 0) {
            throw Py.KeyError(PyStr.of("popitem(): dictionary is empty"));
        }
        Entry[] t = table;
        int i = 0;
        Entry e = t[0];
        if (e == null || e == DUMMY) {
            long finger = slot0Hash;
            i = (finger > t.length - 1 || finger < 1) ? 1 : (int) finger;
            while (t[i] == null || t[i] == DUMMY) {
                i++;
                if (i > t.length - 1) {
                    i = 1;
                }
            }
        }
        Entry found = t[i];
        PyObject v = removeAt(i);
        slot0Hash = i + 1;
        return PyTuple.of(found.key, v);
    }

    @ExposedMethod(doc = "D.keys() -> list of D's keys")
    public PyObject keys() {
        return new PyList(keysList());
    }

    @ExposedMethod(doc = "D.values() -> list of D's values")
    public PyObject values() {
        List<PyObject> out = new ArrayList<>(used);
        for (Entry e : entries()) {
            out.add(e.value);
        }
        return new PyList(out);
    }

    @ExposedMethod(doc = "D.items() -> list of D's (key, value) pairs, as 2-tuples")
    public PyObject items() {
        List<PyObject> out = new ArrayList<>(used);
        for (Entry e : entries()) {
            out.add(PyTuple.of(e.key, e.value));
        }
        return new PyList(out);
    }

    @ExposedMethod(doc = "D.iterkeys() -> an iterator over the keys of D")
    public PyObject iterkeys() {
        return new DictIterator(this, DictIterator.KEYS);
    }

    @ExposedMethod(doc = "D.itervalues() -> an iterator over the values of D")
    public PyObject itervalues() {
        return new DictIterator(this, DictIterator.VALUES);
    }

    @ExposedMethod(doc = "D.iteritems() -> an iterator over the (key, value) items of D")
    public PyObject iteritems() {
        return new DictIterator(this, DictIterator.ITEMS);
    }

    @ExposedMethod(doc = "D.viewkeys() -> a set-like object providing a view on D's keys")
    public PyObject viewkeys() {
        return new PyDictView.Keys(this);
    }

    @ExposedMethod(doc = "D.viewvalues() -> an object providing a view on D's values")
    public PyObject viewvalues() {
        return new PyDictView.Values(this);
    }

    @ExposedMethod(doc = "D.viewitems() -> a set-like object providing a view on D's items")
    public PyObject viewitems() {
        return new PyDictView.Items(this);
    }

    @Override
    public PyObject __iter__() {
        return new DictIterator(this, DictIterator.KEYS);
    }

    @ExposedMethod(names = "update", doc = "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.")
    public PyObject update_(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw Py.TypeError("update expected at most 1 arguments, got " + npos);
        }
        if (npos == 1) {
            update(args[0]);
        }
        if (nkw > 0) {
            PyDict kwd = new PyDict();
            for (int i = 0; i < nkw; i++) {
                kwd.setItem(PyStr.intern(kw[i]), args[npos + i]);
            }
            merge(kwd, true);
        }
        return Py.None;
    }

    @ExposedMethod(names = "clear", doc = "D.clear() -> None.  Remove all items from D.")
    public PyObject clear_() {
        clear();
        return Py.None;
    }

    @ExposedMethod(names = "copy", doc = "D.copy() -> a shallow copy of D")
    public PyObject copy_() {
        return copy();
    }

    @ExposedMethod(classMethod = true, doc = "dict.fromkeys(S[,v]) -> New dict with keys from S and values equal to v.\nv defaults to None.")
    static PyObject fromkeys(PyObject cls, PyObject seq, @Default("None") PyObject value) {
        PyObject d = Ops.call(cls);
        if (d.getClass() == PyDict.class) {
            PyDict dd = (PyDict) d;
            if (seq.getClass() == PyDict.class) {
                List<Entry> es = ((PyDict) seq).entries();
                synchronized (dd) {
                    dd.resize(es.size() / 2 * 3);
                    for (Entry e : es) {
                        dd.insert(e.key, e.hash, value);
                    }
                }
                return dd;
            }
            if (seq.getClass() == PySet.class || seq.getClass() == PyFrozenSet.class) {
                Object[] es = ((BaseSet) seq).entries();
                PyObject[] keys = (PyObject[]) es[0];
                long[] hashes = (long[]) es[1];
                synchronized (dd) {
                    dd.resize(keys.length / 2 * 3);
                    for (int i = 0; i < keys.length; i++) {
                        dd.insert(keys[i], hashes[i], value);
                    }
                }
                return dd;
            }
            PyObject it = Ops.iter(seq);
            for (PyObject k; (k = Ops.next(it)) != null; ) {
                dd.setItem(k, value);
            }
            return dd;
        }
        PyObject it = Ops.iter(seq);
        for (PyObject k; (k = Ops.next(it)) != null; ) {
            Ops.setitem(d, k, value);
        }
        return d;
    }

    @ExposedMethod
    public PyObject __sizeof__() {
        int n = table.length;
        return PyInt.of(248 + (n > MINSIZE ? 24L * n : 0));
    }

    @Override
    public PyObject __repr__() {
        if (!ReprGuard.enter(this)) {
            return PyStr.of("{...}");
        }
        try {
            if (used == 0) {
                return PyStr.of("{}");
            }
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Entry e : entries()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Ops.repr(e.key)).append(": ").append(Ops.repr(e.value));
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            ReprGuard.exit(this);
        }
    }

    // ---- comparison -----------------------------------------------------------------------

    private boolean equalsDict(PyDict b) {
        if (used != b.used) {
            return false;
        }
        for (Entry e : entries()) {
            PyObject av = e.value;
            if (av == null) {
                continue;
            }
            PyObject bv = b.getItem(e.key);
            if (bv == null || !Ops.richCompareBool(av, bv, CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyObject __eq__(PyObject o) {
        return o instanceof PyDict d ? Py.bool(equalsDict(d)) : null;
    }

    @Override
    public PyObject __ne__(PyObject o) {
        return o instanceof PyDict d ? Py.bool(!equalsDict(d)) : null;
    }

    /** 2.7's dict_compare: by size, then by the smallest differing key, then its values. */
    @Override
    public int __cmp__(PyObject o) {
        if (!(o instanceof PyDict b)) {
            return Ops.CMP_NOT_IMPLEMENTED;
        }
        if (used != b.used) {
            return used < b.used ? -1 : 1;
        }
        PyObject[] aval = new PyObject[1];
        PyObject adiff = characterize(this, b, aval);
        if (adiff == null) {
            return 0;
        }
        PyObject[] bval = new PyObject[1];
        PyObject bdiff = characterize(b, this, bval);
        int c = 0;
        if (bdiff != null) {
            c = Ops.cmp(adiff, bdiff);
        }
        if (c == 0 && bval[0] != null) {
            c = Ops.cmp(aval[0], bval[0]);
        }
        return c;
    }

    /** The smallest key of {@code a} whose value differs in {@code b}; its value in pval[0]. */
    private static PyObject characterize(PyDict a, PyDict b, PyObject[] pval) {
        PyObject akey = null, aval = null;
        for (Entry e : a.entries()) {
            PyObject thiskey = e.key;
            if (akey != null) {
                if (Ops.richCompareBool(akey, thiskey, CompareOp.LT)) {
                    continue;
                }
            }
            PyObject thisaval = e.value;
            if (thisaval == null) {
                continue;
            }
            PyObject thisbval = b.getItem(thiskey);
            boolean differ = thisbval == null || !Ops.richCompareBool(thisaval, thisbval, CompareOp.EQ);
            if (differ) {
                akey = thiskey;
                aval = thisaval;
            }
        }
        pval[0] = aval;
        return akey;
    }

    /** An instance of a Python subclass of dict. */
    public static final class Derived extends PyDict implements taipan.runtime.Derived {
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
