package taipan.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code list}: CPython 2.7's listobject.c.
 *
 * <p>An array and a size. {@code allocated} follows CPython's over-allocation exactly (it
 * is what {@code __sizeof__} reports, and {@code sort} uses it to notice mutations); the
 * Java array may be larger. Mutations are synchronized, so one list operation is atomic
 * under real threads. Reads take no lock: they bound every index by the array they read
 * and, should they see a slot another thread has not yet published, retry under the lock,
 * so no Java exception ever escapes. Python code (comparisons, iteration of arguments)
 * never runs while the lock is held, except the comparisons of a slice assignment's value.
 */
@ExposedType(name = "list", unhashable = true, doc = "list() -> new empty list\nlist(iterable) -> new list initialized from iterable's items")
public class PyList extends SizedObject {
    public static final PyType TYPE = PyType.builtin(PyList.class);

    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final String[] INIT_NAMES = {"sequence"};
    private static final String[] SORT_NAMES = {"cmp", "key", "reverse"};

    PyObject[] items;
    int size;
    /** CPython's {@code allocated}; -1 while the list is being sorted. */
    int allocated;

    public PyList() {
        items = Py.EMPTY;
    }

    /** Takes ownership of the array. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
        this.allocated = items.length;
    }

    public PyList(List<? extends PyObject> items) {
        this(items.toArray(Py.EMPTY));
    }

    /** {@code list(iterable)}. */
    public static PyList fromIterable(PyObject iterable) {
        PyList l = new PyList();
        l.extend(iterable);
        return l;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    // ---- Java API -------------------------------------------------------------------------

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        PyObject[] a = items;
        if (i >= 0 && i < size && i < a.length) {
            PyObject v = a[i];
            if (v != null) {
                return v;
            }
        }
        return itemLocked(i);
    }

    public synchronized void set(int i, PyObject v) {
        if (i < 0 || i >= size) {
            throw Py.IndexError("list assignment index out of range");
        }
        items[i] = v;
    }

    /** A copy of the items. */
    public synchronized PyObject[] toArray() {
        return size == 0 ? Py.EMPTY : Arrays.copyOf(items, size);
    }

    /** A snapshot of the items as a Java list. */
    public List<PyObject> asList() {
        return Arrays.asList(toArray());
    }

    @ExposedMethod(doc = "L.append(object) -- append object to end")
    public synchronized void append(PyObject v) {
        int n = size;
        int alloc = allocated;
        if (n < alloc && n + 1 >= (alloc >> 1)) {
            items[n] = v;
            size = n + 1;
            return;
        }
        resize(n + 1);
        items[n] = v;
    }

    /** {@code list.insert}: before index {@code where}, clipped to the list. */
    @ExposedMethod(doc = "L.insert(index, object) -- insert object before index")
    public synchronized void insert(long where, PyObject v) {
        int n = size;
        resize(n + 1);
        if (where < 0) {
            where += n;
            if (where < 0) {
                where = 0;
            }
        }
        if (where > n) {
            where = n;
        }
        int w = (int) where;
        PyObject[] a = items;
        System.arraycopy(a, w, a, w + 1, n - w);
        a[w] = v;
    }

    /** {@code list.extend}: CPython's listextend, including its pre-sizing from the length hint. */
    @ExposedMethod(doc = "L.extend(iterable) -- extend list by appending elements from the iterable")
    public void extend(PyObject b) {
        if (b.getClass() == PyList.class || b.getClass() == PyTuple.class || b == this) {
            PyObject[] src = b instanceof PyTuple t ? t.items : ((PyList) b).toArray();
            int n = src.length;
            if (n == 0) {
                return;
            }
            synchronized (this) {
                int m = size;
                if ((long) m + n > MAX_ARRAY) {
                    throw Py.MemoryError(null);
                }
                resize(m + n);
                System.arraycopy(src, 0, items, m, n);
            }
            return;
        }
        PyObject it = Ops.iter(b);
        long hint = lengthHint(b, 8);
        synchronized (this) {
            int m = size;
            long mn = m + hint;
            if (hint > 0 && mn >= m) {
                if (mn > MAX_ARRAY) {
                    throw Py.MemoryError(null);
                }
                resize((int) mn);
                size = m;
            }
        }
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            synchronized (this) {
                int n = size;
                if (n < allocated) {
                    items[n] = x;
                    size = n + 1;
                } else {
                    append(x);
                }
            }
        }
        synchronized (this) {
            if (size < allocated) {
                resize(size);
            }
        }
    }

    // ---- storage ----------------------------------------------------------------------------

    /**
     * CPython's list_resize: sets the size, reallocating (in CPython's terms) when the
     * new size is above {@code allocated} or below half of it. Caller holds the lock.
     * Slots past a shrunk size are cleared.
     */
    private void resize(int newsize) {
        int alloc = allocated;
        if (!(alloc >= newsize && newsize >= (alloc >> 1))) {
            long na = newsize == 0 ? 0 : newsize + (long) (newsize >> 3) + (newsize < 9 ? 3 : 6);
            if (na > MAX_ARRAY) {
                if (newsize > MAX_ARRAY) {
                    throw Py.MemoryError(null);
                }
                na = MAX_ARRAY;
            }
            allocated = (int) na;
            PyObject[] a = items;
            if (na > a.length) {
                long grown = Math.min(MAX_ARRAY, a.length + (long) (a.length >> 1));
                items = Arrays.copyOf(a, (int) Math.max(na, grown));
            } else if (na < (a.length >> 2)) {
                items = na == 0 ? Py.EMPTY : Arrays.copyOf(a, (int) na);
            }
        }
        int old = size;
        if (newsize < old) {
            Arrays.fill(items, newsize, Math.min(old, items.length), null);
        }
        size = newsize;
    }

    /** list_clear (a no-op while a sort holds the items). Caller holds the lock. */
    private void clearLocked() {
        if (allocated == -1) {
            return;
        }
        items = Py.EMPTY;
        size = 0;
        allocated = 0;
    }

    private synchronized PyObject itemLocked(long i) {
        if (i < 0 || i >= size) {
            throw Py.IndexError("list index out of range");
        }
        return items[(int) i];
    }

    /** The item at {@code i}, or null past the end (no lock unless a race is seen). */
    final PyObject itemOrNull(int i) {
        PyObject[] a = items;
        if (i < size && i < a.length) {
            PyObject v = a[i];
            if (v != null) {
                return v;
            }
        }
        synchronized (this) {
            return i < size ? items[i] : null;
        }
    }

    private PyObject item(long i) {
        PyObject[] a = items;
        int n = size;
        if (i < 0) {
            i += n;
        }
        if (i >= 0 && i < n && i < a.length) {
            PyObject v = a[(int) i];
            if (v != null) {
                return v;
            }
        }
        return itemLocked(i);
    }

    /** list_slice: a new list of the items {@code [lo:hi]}, bounds clipped. */
    private synchronized PyList slice(long lo, long hi) {
        int n = size;
        if (lo < 0) {
            lo = 0;
        } else if (lo > n) {
            lo = n;
        }
        if (hi < lo) {
            hi = lo;
        } else if (hi > n) {
            hi = n;
        }
        int len = (int) (hi - lo);
        return len == 0 ? new PyList() : new PyList(Arrays.copyOfRange(items, (int) lo, (int) hi));
    }

    /**
     * list_ass_slice: replaces {@code [lo:hi]} by the items of {@code v} (deletes when v is
     * null). The value is converted before the bounds are clipped, as in CPython.
     */
    private void assSlice(long lo, long hi, PyObject v) {
        PyObject[] vitems;
        if (v == null) {
            vitems = Py.EMPTY;
        } else if (v == this) {
            vitems = toArray();
        } else {
            vitems = seqFast(v, "can only assign an iterable");
        }
        synchronized (this) {
            assSliceLocked(lo, hi, vitems);
        }
    }

    private void assSliceLocked(long lo, long hi, PyObject[] vitems) {
        int sz = size;
        if (lo < 0) {
            lo = 0;
        } else if (lo > sz) {
            lo = sz;
        }
        if (hi < lo) {
            hi = lo;
        } else if (hi > sz) {
            hi = sz;
        }
        int ilow = (int) lo;
        int ihigh = (int) hi;
        int n = vitems.length;
        int d = n - (ihigh - ilow);
        if ((long) sz + d == 0) {
            clearLocked();
            return;
        }
        if ((long) sz + d > MAX_ARRAY) {
            throw Py.MemoryError(null);
        }
        if (d < 0) {
            PyObject[] a = items;
            System.arraycopy(a, ihigh, a, ihigh + d, sz - ihigh);
            resize(sz + d);
        } else if (d > 0) {
            resize(sz + d);
            PyObject[] a = items;
            System.arraycopy(a, ihigh, a, ihigh + d, sz - ihigh);
        }
        System.arraycopy(vitems, 0, items, ilow, n);
    }

    private void delItem(long i) {
        synchronized (this) {
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw Py.IndexError("list assignment index out of range");
            }
            assSliceLocked(i, i + 1, Py.EMPTY);
        }
    }

    private synchronized void setItem(long i, PyObject v) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Py.IndexError("list assignment index out of range");
        }
        items[(int) i] = v;
    }

    // ---- helpers shared by the sequence types ---------------------------------------------

    /** PyIndex_Check. */
    static boolean isIndex(PyObject o) {
        return o instanceof PyInt || o instanceof PyLong || o instanceof PyInstance
                || o.getType().lookup(N.__index__) != null;
    }

    /**
     * PyNumber_AsSsize_t: the index value of {@code o}; a long beyond 64 bits raises
     * IndexError (if {@code indexError}) or OverflowError "cannot fit 'long' into an
     * index-sized integer".
     */
    static long asSsize(PyObject o, boolean indexError) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        PyObject r = Ops.index(o);
        if (r instanceof PyInt i) {
            return i.value;
        }
        BigInteger b = ((PyLong) r).value;
        if (b.bitLength() <= 63) {
            return b.longValue();
        }
        String msg = "cannot fit 'long' into an index-sized integer";
        throw indexError ? Py.IndexError(msg) : Py.OverflowError(msg);
    }

    /** PyNumber_AsSsize_t(o, NULL): out-of-range longs are clipped. */
    static long asSsizeClipped(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        return Py.index(o);
    }

    /** The start/stop arguments of list.index and tuple.index (2.7.18's _PyEval_SliceIndexNotNone). */
    static long sliceIndexNotNone(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (isIndex(o)) {
            return asSsizeClipped(o);
        }
        throw Py.TypeError("slice indices must be integers or have an __index__ method");
    }

    /** PySequence_Fast: the items of an exact list or tuple, else of iterating {@code v}. */
    static PyObject[] seqFast(PyObject v, String msg) {
        if (v.getClass() == PyTuple.class) {
            return ((PyTuple) v).items;
        }
        if (v.getClass() == PyList.class) {
            return ((PyList) v).toArray();
        }
        PyObject it;
        try {
            it = Ops.iter(v);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                throw Py.TypeError(msg);
            }
            throw e;
        }
        ArrayList<PyObject> out = new ArrayList<>();
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            out.add(x);
        }
        return out.toArray(Py.EMPTY);
    }

    /** _PyObject_LengthHint: {@code len(o)}, else {@code o.__length_hint__()}, else dflt. */
    static long lengthHint(PyObject o, long dflt) {
        if (o instanceof PyXRange x) {
            return x.len;
        }
        PyType t = o.getType();
        if (o instanceof PyInstance || t.lookup(N.__len__) != null) {
            try {
                return Ops.len(o);
            } catch (PyException e) {
                if (!e.matches(Exceptions.TypeError) && !e.matches(Exceptions.AttributeError)) {
                    throw e;
                }
            }
        }
        if (o instanceof PyInstance) {
            return dflt;
        }
        if (o instanceof ListIterator li) {
            return li.remaining();
        }
        PyObject m = t.lookup("__length_hint__");
        if (m == null) {
            return dflt;
        }
        PyObject r;
        try {
            r = Ops.callMethod(m, o);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TypeError) && !e.matches(Exceptions.AttributeError)) {
                throw e;
            }
            return dflt;
        }
        if (r instanceof PyInt i) {
            return i.value;
        }
        if (r instanceof PyLong l) {
            return l.longValueExact();
        }
        if (r instanceof PyFloat f) {
            return (long) f.value;
        }
        return dflt;
    }

    /** True if {@code o}'s class defines {@code __rmul__} in Python (tried before sequence repetition). */
    static boolean hasUserRmul(PyObject o) {
        return hasUserReflected(o, Binop.MUL.rname);
    }

    /** True if {@code o}'s class defines the reflected operator {@code rname} in Python. */
    static boolean hasUserReflected(PyObject o, PyStr rname) {
        if (o instanceof PyInstance) {
            return o.lookupAttr(rname) != null;
        }
        PyType t = o.getType();
        if (!t.isHeap()) {
            return false;
        }
        PyObject m = t.lookup(rname);
        return m != null && !Ops.isSlot(m);
    }

    static PyException cantMultiply(PyObject n) {
        return Py.TypeError("can't multiply sequence by non-int of type '" + n.getType().getName() + "'");
    }

    // ---- Python protocol ------------------------------------------------------------------

    @ExposedNew
    static PyObject list_new(PyType subtype, PyObject[] args, String[] kw) {
        return subtype == TYPE ? new PyList() : new Derived(subtype);
    }

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        PyObject[] p = ArgParser.parse("list", args, kw, INIT_NAMES, 0);
        synchronized (this) {
            clearLocked();
        }
        if (p[0] != null) {
            extend(p[0]);
        }
    }

    @Override
    public int __len__() {
        return size;
    }

    @Override
    public long __hash__() {
        throw Py.TypeError("unhashable type: '" + getType().getName() + "'");
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        if (key.getClass() == PyInt.class) {
            return item(((PyInt) key).value);
        }
        if (isIndex(key)) {
            return item(asSsize(key, true));
        }
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(size);
            long start = idx[0], stop = idx[1], step = idx[2];
            int n = PySlice.length(start, stop, step);
            if (n <= 0) {
                return new PyList();
            }
            if (step == 1) {
                return slice(start, stop);
            }
            synchronized (this) {
                PyObject[] a = items;
                int sz = size;
                PyObject[] r = new PyObject[n];
                int k = 0;
                for (long j = start; k < n && j >= 0 && j < sz; k++, j += step) {
                    r[k] = a[(int) j];
                }
                return new PyList(k == n ? r : Arrays.copyOf(r, k));
            }
        }
        throw Py.TypeError("list indices must be integers, not " + key.getType().getName());
    }

    @Override
    public void __setitem__(PyObject key, PyObject value) {
        if (key.getClass() == PyInt.class) {
            setItem(((PyInt) key).value, value);
        } else if (isIndex(key)) {
            setItem(asSsize(key, true), value);
        } else if (key instanceof PySlice sl) {
            assSubscript(sl, value);
        } else {
            throw Py.TypeError("list indices must be integers, not " + key.getType().getName());
        }
    }

    @Override
    public void __delitem__(PyObject key) {
        if (key.getClass() == PyInt.class) {
            delItem(((PyInt) key).value);
        } else if (isIndex(key)) {
            delItem(asSsize(key, true));
        } else if (key instanceof PySlice sl) {
            assSubscript(sl, null);
        } else {
            throw Py.TypeError("list indices must be integers, not " + key.getType().getName());
        }
    }

    /** list_ass_subscript for a slice: assignment, or deletion when value is null. */
    private void assSubscript(PySlice sl, PyObject value) {
        long[] idx = sl.indices(size);
        long start = idx[0], stop = idx[1], step = idx[2];
        int slicelength = PySlice.length(start, stop, step);
        if (step == 1) {
            assSlice(start, stop, value);
            return;
        }
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) {
            stop = start;
        }
        if (value == null) {
            if (slicelength <= 0) {
                return;
            }
            if (step < 0) {
                stop = start + 1;
                start = stop + step * (slicelength - 1) - 1;
                step = -step;
            }
            synchronized (this) {
                int sz = size;
                PyObject[] a = items;
                int dst = (int) Math.min(start, sz);
                int removed = 0;
                for (long j = dst; j < sz; j++) {
                    long off = j - start;
                    if (off % step == 0 && off / step < slicelength) {
                        removed++;
                        continue;
                    }
                    a[dst++] = a[(int) j];
                }
                resize(sz - removed);
            }
            return;
        }
        PyObject[] seq = value == this ? toArray() : seqFast(value, "must assign iterable to extended slice");
        if (seq.length != slicelength) {
            throw Py.ValueError("attempt to assign sequence of size " + seq.length + " to extended slice of size " + slicelength);
        }
        if (slicelength == 0) {
            return;
        }
        synchronized (this) {
            PyObject[] a = items;
            int sz = size;
            long cur = start;
            for (int i = 0; i < slicelength; i++, cur += step) {
                if (cur >= 0 && cur < sz) {
                    a[(int) cur] = seq[i];
                }
            }
        }
    }

    @ExposedMethod
    public PyObject __getslice__(long i, long j) {
        return slice(i, j);
    }

    @ExposedMethod
    public void __setslice__(long i, long j, PyObject v) {
        assSlice(i, j, v);
    }

    @ExposedMethod
    public void __delslice__(long i, long j) {
        assSlice(i, j, null);
    }

    @Override
    public boolean __contains__(PyObject o) {
        for (int i = 0; i < size; i++) {
            PyObject x = itemOrNull(i);
            if (x == null) {
                break;
            }
            if (Ops.richCompareBool(o, x, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    @ExposedMethod(doc = "L.count(value) -> integer -- return number of occurrences of value")
    public int count(PyObject v) {
        int c = 0;
        for (int i = 0; i < size; i++) {
            PyObject x = itemOrNull(i);
            if (x == null) {
                break;
            }
            if (Ops.richCompareBool(x, v, CompareOp.EQ)) {
                c++;
            }
        }
        return c;
    }

    @ExposedMethod(doc = "L.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present.")
    public PyObject index(PyObject v, @Default("null") PyObject start, @Default("null") PyObject stop) {
        long lo = start == null ? 0 : sliceIndexNotNone(start);
        long hi = stop == null ? size : sliceIndexNotNone(stop);
        if (lo < 0) {
            lo += size;
            if (lo < 0) {
                lo = 0;
            }
        }
        if (hi < 0) {
            hi += size;
            if (hi < 0) {
                hi = 0;
            }
        }
        for (long i = lo; i < hi && i < size; i++) {
            PyObject x = itemOrNull((int) i);
            if (x == null) {
                break;
            }
            if (Ops.richCompareBool(x, v, CompareOp.EQ)) {
                return PyInt.of(i);
            }
        }
        throw Py.ValueError(Ops.repr(v) + " is not in list");
    }

    @ExposedMethod(doc = "L.remove(value) -- remove first occurrence of value.\nRaises ValueError if the value is not present.")
    public void remove(PyObject v) {
        for (int i = 0; i < size; i++) {
            PyObject x = itemOrNull(i);
            if (x == null) {
                break;
            }
            if (Ops.richCompareBool(x, v, CompareOp.EQ)) {
                synchronized (this) {
                    assSliceLocked(i, i + 1, Py.EMPTY);
                }
                return;
            }
        }
        throw Py.ValueError("list.remove(x): x not in list");
    }

    @ExposedMethod(doc = "L.pop([index]) -> item -- remove and return item at index (default last).\nRaises IndexError if list is empty or index is out of range.")
    public synchronized PyObject pop(@Default("-1") long i) {
        int n = size;
        if (n == 0) {
            throw Py.IndexError("pop from empty list");
        }
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.IndexError("pop index out of range");
        }
        PyObject v = items[(int) i];
        if (i == n - 1) {
            resize(n - 1);
        } else {
            assSliceLocked(i, i + 1, Py.EMPTY);
        }
        return v;
    }

    @ExposedMethod(doc = "L.reverse() -- reverse *IN PLACE*")
    public synchronized void reverse() {
        ListSort.reverse(items, 0, size);
    }

    @ExposedMethod(doc = "L.sort(cmp=None, key=None, reverse=False) -- stable sort *IN PLACE*;\ncmp(x, y) -> -1, 0, 1")
    public PyObject sort(PyObject[] args, String[] kw) {
        PyObject[] p = ArgParser.parse("sort", args, kw, SORT_NAMES, 0);
        PyObject cmp = p[0] == Py.None ? null : p[0];
        PyObject key = p[1] == Py.None ? null : p[1];
        boolean rev = p[2] != null && Py.asIntArg(p[2]) != 0;
        sort(cmp, key, rev);
        return Py.None;
    }

    /** list.sort: the list looks empty while it is sorted; mutations made meanwhile are an error. */
    public void sort(PyObject cmp, PyObject key, boolean rev) {
        PyObject[] saved;
        int n;
        int savedAllocated;
        synchronized (this) {
            saved = items;
            n = size;
            savedAllocated = allocated;
            items = Py.EMPTY;
            size = 0;
            allocated = -1;
        }
        PyException err = null;
        boolean keysFailed = false;
        try {
            Object[] arr = saved;
            ListSort.Keyed[] keyed = null;
            if (key != null) {
                keyed = new ListSort.Keyed[n];
                try {
                    for (int i = 0; i < n; i++) {
                        keyed[i] = new ListSort.Keyed(Ops.call(key, saved[i]), saved[i]);
                    }
                } catch (PyException e) {
                    keysFailed = true;
                    throw e;
                }
                arr = keyed;
            }
            if (rev && n > 1) {
                ListSort.reverse(arr, 0, n);
            }
            try {
                new ListSort(cmp, key != null).sort(arr, n);
            } catch (PyException e) {
                err = e;
            }
            if (keyed != null) {
                for (int i = 0; i < n; i++) {
                    saved[i] = keyed[i].value;
                }
            }
        } finally {
            synchronized (this) {
                if (!keysFailed) {
                    if (allocated != -1 && err == null) {
                        err = Py.ValueError("list modified during sort");
                    }
                    if (rev && n > 1) {
                        ListSort.reverse(saved, 0, n);
                    }
                }
                items = saved;
                size = n;
                allocated = savedAllocated;
            }
        }
        if (err != null) {
            throw err;
        }
    }

    @ExposedMethod(doc = "L.__reversed__() -- return a reverse iterator over the list")
    public PyObject __reversed__() {
        return new ListReverseIterator(this);
    }

    @ExposedMethod(doc = "L.__sizeof__() -- size of L in memory, in bytes")
    public PyObject __sizeof__() {
        return PyInt.of(40 + 8L * allocated);
    }

    @Override
    public PyObject __iter__() {
        return new ListIterator(this);
    }

    // ---- operators --------------------------------------------------------------------------

    @Override
    public PyObject __add__(PyObject o) {
        if (!(o instanceof PyList l)) {
            return null;
        }
        PyObject[] a = toArray();
        PyObject[] b = l.toArray();
        if ((long) a.length + b.length > MAX_ARRAY) {
            throw Py.MemoryError(null);
        }
        PyObject[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return new PyList(r);
    }

    @Override
    public PyObject __iadd__(PyObject o) {
        if (o.getClass() != PyList.class && o.getClass() != PyTuple.class && hasUserReflected(o, Binop.ADD.rname)) {
            return null; // 2.7 tries the other operand's __radd__ before concatenating in place
        }
        extend(o);
        return this;
    }

    private PyList repeat(long n) {
        PyObject[] a = toArray();
        return new PyList(repeatArray(a, n));
    }

    /** The items of {@code a} repeated {@code n} times (n < 0 counts as 0). */
    static PyObject[] repeatArray(PyObject[] a, long n) {
        if (n < 0) {
            n = 0;
        }
        int sz = a.length;
        if (n > 0 && sz > MAX_ARRAY / n) {
            throw Py.MemoryError(null);
        }
        int total = (int) (sz * n);
        if (total == 0) {
            return Py.EMPTY;
        }
        PyObject[] r = new PyObject[total];
        if (sz == 1) {
            Arrays.fill(r, a[0]);
        } else {
            for (int k = 0; k < total; k += sz) {
                System.arraycopy(a, 0, r, k, sz);
            }
        }
        return r;
    }

    @Override
    public PyObject __mul__(PyObject o) {
        if (o.getClass() == PyInt.class) {
            return repeat(((PyInt) o).value);
        }
        if (hasUserRmul(o)) {
            return null;
        }
        if (isIndex(o)) {
            return repeat(asSsize(o, false));
        }
        throw cantMultiply(o);
    }

    @Override
    public PyObject __rmul__(PyObject o) {
        if (isIndex(o)) {
            return repeat(asSsize(o, false));
        }
        throw cantMultiply(o);
    }

    @Override
    public PyObject __imul__(PyObject o) {
        if (o.getClass() != PyInt.class && hasUserRmul(o)) {
            return null;
        }
        if (!isIndex(o)) {
            throw cantMultiply(o);
        }
        long n = asSsize(o, false);
        synchronized (this) {
            int sz = size;
            if (sz == 0 || n == 1) {
                return this;
            }
            if (n < 1) {
                clearLocked();
                return this;
            }
            if (sz > MAX_ARRAY / n) {
                throw Py.MemoryError(null);
            }
            resize((int) (sz * n));
            PyObject[] a = items;
            for (long k = sz; k < sz * n; k += sz) {
                System.arraycopy(a, 0, a, (int) k, sz);
            }
        }
        return this;
    }

    // ---- comparison and representation ------------------------------------------------------

    private PyObject richCompare(PyObject o, CompareOp op) {
        if (!(o instanceof PyList w)) {
            return null;
        }
        if (size != w.size && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return Py.bool(op == CompareOp.NE);
        }
        int i = 0;
        PyObject x = null, y = null;
        for (; i < size && i < w.size; i++) {
            x = itemOrNull(i);
            y = w.itemOrNull(i);
            if (x == null || y == null || !Ops.richCompareBool(x, y, CompareOp.EQ)) {
                break;
            }
        }
        int vs = size, ws = w.size;
        if (i >= vs || i >= ws || x == null || y == null) {
            switch (op) {
                case LT: return Py.bool(vs < ws);
                case LE: return Py.bool(vs <= ws);
                case EQ: return Py.bool(vs == ws);
                case NE: return Py.bool(vs != ws);
                case GT: return Py.bool(vs > ws);
                default: return Py.bool(vs >= ws);
            }
        }
        if (op == CompareOp.EQ) {
            return Py.False;
        }
        if (op == CompareOp.NE) {
            return Py.True;
        }
        return Ops.richCompare(x, y, op);
    }

    @Override public PyObject __eq__(PyObject o) { return richCompare(o, CompareOp.EQ); }
    @Override public PyObject __ne__(PyObject o) { return richCompare(o, CompareOp.NE); }
    @Override public PyObject __lt__(PyObject o) { return richCompare(o, CompareOp.LT); }
    @Override public PyObject __le__(PyObject o) { return richCompare(o, CompareOp.LE); }
    @Override public PyObject __gt__(PyObject o) { return richCompare(o, CompareOp.GT); }
    @Override public PyObject __ge__(PyObject o) { return richCompare(o, CompareOp.GE); }

    @Override
    public PyObject __repr__() {
        if (!ReprGuard.enter(this)) {
            return PyStr.of("[...]");
        }
        try {
            if (size == 0) {
                return PyStr.of("[]");
            }
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                PyObject x = itemOrNull(i);
                if (x == null) {
                    break;
                }
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(x));
            }
            return PyStr.of(sb.append(']').toString());
        } finally {
            ReprGuard.exit(this);
        }
    }

    // ---- iterators --------------------------------------------------------------------------

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
            int i = index;
            PyObject[] a = l.items;
            if (i < l.size && i < a.length) {
                PyObject v = a[i];
                if (v != null) {
                    index = i + 1;
                    return v;
                }
            }
            PyObject v = l.itemOrNull(i);
            if (v != null) {
                index = i + 1;
                return v;
            }
            list = null;
            return null;
        }

        long remaining() {
            PyList l = list;
            return l == null ? 0 : Math.max(0, l.size - index);
        }

        @ExposedMethod(doc = "Private method returning an estimate of len(list(it)).")
        public PyObject __length_hint__() {
            return PyInt.of(remaining());
        }
    }

    /** {@code reversed(list)}: walks down from the end; stops if the list shrinks below it. */
    @ExposedType(name = "listreverseiterator", subclassable = false)
    public static final class ListReverseIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin(ListReverseIterator.class);
        private PyList list;
        private int index;

        ListReverseIterator(PyList list) {
            this.list = list;
            this.index = list.size - 1;
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
            int i = index;
            if (l != null && i >= 0) {
                PyObject v = l.itemOrNull(i);
                if (v != null) {
                    index = i - 1;
                    return v;
                }
            }
            index = -1;
            list = null;
            return null;
        }

        @ExposedMethod(doc = "Private method returning an estimate of len(list(it)).")
        public PyObject __length_hint__() {
            PyList l = list;
            int len = index + 1;
            if (l == null || l.size < len) {
                len = 0;
            }
            return PyLong.of(len);
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
