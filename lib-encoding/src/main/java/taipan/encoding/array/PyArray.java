package taipan.encoding.array;

import java.util.Arrays;
import java.util.List;

import taipan.runtime.*;

/**
 * {@code array.array}: a packed sequence of one item type, stored as little-endian bytes so
 * that it offers the (writable) buffer interface directly.
 */
@ExposedType(name = "array.array", unhashable = true, doc = PyArray.DOC)
public class PyArray extends PyObject implements BufferProtocol, Weakrefable {
    public static final PyType TYPE = PyType.builtin(PyArray.class);

    static final String DOC = "array(typecode [, initializer]) -> array\n\n"
            + "Return a new array whose items are restricted by typecode, and\n"
            + "initialized from the optional initializer value, which must be a list,\n"
            + "string or iterable over elements of the appropriate type.\n\n"
            + "Arrays represent basic values and behave very much like lists, except\n"
            + "the type of objects stored in them is constrained.\n";

    final ArrayKind kind;
    /** The items' bytes; only the first {@code n * kind.size} are in use. */
    private byte[] data;
    private int n;

    PyArray(ArrayKind kind) {
        this.kind = kind;
        this.data = new byte[0];
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    // ---- construction -----------------------------------------------------------------------

    @ExposedNew
    static PyObject array_new(PyType subtype, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0) {
            if (subtype == TYPE) {
                throw Py.TypeError("array.array() does not take keyword arguments");
            }
            args = Arrays.copyOf(args, args.length - nkw); // a subclass's __init__ takes them
        }
        if (args.length < 1 || args.length > 2) {
            throw Py.TypeError("array() takes " + (args.length < 1 ? "at least" : "at most") + " "
                    + (args.length < 1 ? 1 : 2) + " argument" + (args.length < 1 ? "" : "s")
                    + " (" + args.length + " given)");
        }
        ArrayKind kind = typecode(args[0]);
        PyArray a = subtype == TYPE ? new PyArray(kind) : new Derived(subtype, kind);
        if (args.length == 2) {
            PyObject init = args[1];
            if (init instanceof PyStr s) {
                a.fromBytes(s.bytes());
            } else if (init instanceof PyUnicode u && kind == ArrayKind.UNICODE) {
                a.appendCodePoints(u.codePoints());
            } else if (init instanceof PyArray other && other.kind == kind) {
                a.appendBytes(other.bytes());
            } else {
                a.extendIterable(init);
            }
        }
        return a;
    }

    private static ArrayKind typecode(PyObject o) {
        String s = null;
        if (o instanceof PyStr str && str.size() == 1) {
            s = str.toString();
        } else if (o instanceof PyUnicode u && u.length() == 1 && u.codePointAt(0) < 128) {
            s = u.toString();
        }
        if (s == null) {
            throw Py.TypeError("array() argument 1 or typecode must be char (string or ascii-unicode with length 1), not "
                    + o.getType().getName());
        }
        ArrayKind k = ArrayKind.of(s.charAt(0));
        if (k == null) {
            throw Py.ValueError("bad typecode (must be c, b, B, u, h, H, i, I, l, L, f or d)");
        }
        return k;
    }

    @Override
    public void __init__(PyObject[] args, String[] kwnames) {
    }

    private PyArray newSame() {
        return new PyArray(kind);
    }

    // ---- storage ----------------------------------------------------------------------------

    private void ensure(int items) {
        int need = items * kind.size;
        if (need > data.length) {
            data = Arrays.copyOf(data, Math.max(need, data.length * 2 + 16));
        }
    }

    synchronized byte[] bytes() {
        return Arrays.copyOf(data, n * kind.size);
    }

    private synchronized void appendBytes(byte[] b) {
        int items = b.length / kind.size;
        ensure(n + items);
        System.arraycopy(b, 0, data, n * kind.size, items * kind.size);
        n += items;
    }

    private void fromBytes(byte[] b) {
        if (b.length % kind.size != 0) {
            throw Py.ValueError("string length not a multiple of item size");
        }
        appendBytes(b);
    }

    private void appendCodePoints(int[] cps) {
        byte[] b = new byte[cps.length * 4];
        for (int i = 0; i < cps.length; i++) {
            kind.set(b, 4 * i, PyUnicode.ofCodePoint(cps[i]));
        }
        appendBytes(b);
    }

    /** Converts all of items first, so that a bad item leaves the array unchanged. */
    private void appendAll(List<PyObject> items) {
        byte[] b = new byte[items.size() * kind.size];
        for (int i = 0; i < items.size(); i++) {
            kind.set(b, i * kind.size, items.get(i));
        }
        appendBytes(b);
    }

    private void extendIterable(PyObject it) {
        appendAll(Ops.toList(it));
    }

    synchronized PyObject item(int i) {
        return kind.get(data, i * kind.size);
    }

    @Override
    public byte[] bufferBytes() {
        return bytes();
    }

    @Override
    public boolean isCharBuffer() {
        return false;
    }

    @Override
    public boolean isMemoryViewable() {
        return false; // 2.7's array has only the old buffer interface
    }

    @Override
    public boolean isWritableBuffer() {
        return true;
    }

    @Override
    public synchronized int bufferLength() {
        return n * kind.size;
    }

    @Override
    public synchronized void storeBytes(int pos, byte[] src, int off, int len) {
        System.arraycopy(src, off, data, pos, len);
    }

    // ---- attributes and methods ---------------------------------------------------------------

    @ExposedGet(name = "typecode", doc = "the typecode character used to create the array")
    public PyObject getTypecode() {
        return PyStr.ofChar(kind.code);
    }

    @ExposedGet(name = "itemsize", doc = "the size, in bytes, of one array item")
    public PyObject getItemsize() {
        return PyInt.of(kind.size);
    }

    @ExposedMethod(names = "append", doc = "append(x)\n\nAppend new value x to the end of the array.")
    public PyObject append(PyObject x) {
        byte[] b = new byte[kind.size];
        kind.set(b, 0, x);
        appendBytes(b);
        return Py.None;
    }

    @ExposedMethod(names = "buffer_info", doc = "buffer_info() -> (address, length)\n\nReturn a tuple (address, length) giving the current memory address and\nthe length in items of the buffer used to hold array's contents\nThe length should be multiplied by the itemsize attribute to calculate\nthe buffer length in bytes.")
    public synchronized PyObject bufferInfo() {
        return PyTuple.of(PyInt.of(Py.id(this)), PyInt.of(n));
    }

    @ExposedMethod(names = "byteswap", doc = "byteswap()\n\nByteswap all items of the array.  If the items in the array are not 1, 2,\n4, or 8 bytes in size, RuntimeError is raised.")
    public synchronized PyObject byteswap() {
        int s = kind.size;
        for (int i = 0; i < n; i++) {
            int base = i * s;
            for (int a = base, b = base + s - 1; a < b; a++, b--) {
                byte t = data[a];
                data[a] = data[b];
                data[b] = t;
            }
        }
        return Py.None;
    }

    @ExposedMethod(names = "count", doc = "count(x)\n\nReturn number of occurrences of x in the array.")
    public PyObject count(PyObject x) {
        int c = 0;
        for (int i = 0; i < size(); i++) {
            if (Ops.eq(item(i), x)) {
                c++;
            }
        }
        return PyInt.of(c);
    }

    @ExposedMethod(names = "index", doc = "index(x)\n\nReturn index of first occurrence of x in the array.")
    public PyObject index(PyObject x) {
        for (int i = 0; i < size(); i++) {
            if (Ops.eq(item(i), x)) {
                return PyInt.of(i);
            }
        }
        throw Py.ValueError("array.index(x): x not in list");
    }

    @ExposedMethod(names = "remove", doc = "remove(x)\n\nRemove the first occurrence of x in the array.")
    public PyObject remove(PyObject x) {
        for (int i = 0; i < size(); i++) {
            if (Ops.eq(item(i), x)) {
                deleteRange(i, i + 1);
                return Py.None;
            }
        }
        throw Py.ValueError("array.remove(x): x not in list");
    }

    @ExposedMethod(names = "extend", doc = "extend(array or iterable)\n\n Append items to the end of the array.")
    public PyObject extend(PyObject it) {
        if (it instanceof PyArray other) {
            if (other.kind != kind) {
                throw Py.TypeError("can only extend with array of same kind");
            }
            appendBytes(other.bytes());
        } else {
            extendIterable(it);
        }
        return Py.None;
    }

    @ExposedMethod(names = "fromlist", doc = "fromlist(list)\n\nAppend items to array from list.")
    public PyObject fromlist(PyObject list) {
        if (!(list instanceof PyList l)) {
            throw Py.TypeError("arg must be list");
        }
        appendAll(Ops.toList(l));
        return Py.None;
    }

    @ExposedMethod(names = "fromstring", doc = "fromstring(string)\n\nAppends items from the string, interpreting it as an array of machine\nvalues, as if it had been read from a file using the fromfile() method).")
    public PyObject fromstring(PyObject s) {
        byte[] b;
        if (s instanceof PyStr str) {
            b = str.bytes();
        } else if (s instanceof PyUnicode u) {
            b = PyStr.fromUnicodeDefault(u).bytes();
        } else if (s instanceof BufferProtocol bp) {
            b = bp.bufferBytes();
        } else {
            throw Py.TypeError("fromstring() argument 1 must be string or read-only buffer, not " + s.getType().getName());
        }
        fromBytes(b);
        return Py.None;
    }

    @ExposedMethod(names = "fromunicode", doc = "fromunicode(ustr)\n\nExtends this array with data from the unicode string ustr.\nThe array must be a type 'u' array; otherwise a ValueError\nis raised.  Use array.fromstring(ustr.decode(...)) to\nappend Unicode data to an array of some other type.")
    public PyObject fromunicode(PyObject u) {
        if (!(u instanceof PyUnicode us)) {
            throw Py.TypeError("fromunicode() argument 1 must be unicode, not " + u.getType().getName());
        }
        if (kind != ArrayKind.UNICODE) {
            throw Py.ValueError("fromunicode() may only be called on type 'u' arrays");
        }
        appendCodePoints(us.codePoints());
        return Py.None;
    }

    @ExposedMethod(names = "tounicode", doc = "tounicode() -> unicode\n\nConvert the array to a unicode string.  The array must be\na type 'u' array; otherwise a ValueError is raised.  Use\narray.tostring().decode() to obtain a unicode string from\nan array of some other type.")
    public synchronized PyObject tounicode() {
        if (kind != ArrayKind.UNICODE) {
            throw Py.ValueError("tounicode() may only be called on type 'u' arrays");
        }
        int[] cps = new int[n];
        for (int i = 0; i < n; i++) {
            cps[i] = ((PyUnicode) item(i)).codePointAt(0);
        }
        return PyUnicode.fromCodePoints(cps);
    }

    @ExposedMethod(names = "tostring", doc = "tostring() -> string\n\nConvert the array to an array of machine values and return the string\nrepresentation.")
    public PyObject tostring() {
        return PyStr.of(bytes());
    }

    @ExposedMethod(names = "tolist", doc = "tolist() -> list\n\nConvert array to an ordinary list with the same items.")
    public synchronized PyObject tolist() {
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = item(i);
        }
        return new PyList(items);
    }

    @ExposedMethod(names = "insert", doc = "insert(i,x)\n\nInsert a new item x into the array before position i.")
    public PyObject insert(PyObject index, PyObject x) {
        long i = Py.index(index);
        byte[] b = new byte[kind.size];
        kind.set(b, 0, x);
        synchronized (this) {
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            i = Math.min(i, n);
            ensure(n + 1);
            int at = (int) i * kind.size;
            System.arraycopy(data, at, data, at + kind.size, n * kind.size - at);
            System.arraycopy(b, 0, data, at, kind.size);
            n++;
        }
        return Py.None;
    }

    @ExposedMethod(names = "pop", doc = "pop([i])\n\nReturn the i-th element and delete it from the array. i defaults to -1.")
    public synchronized PyObject pop(@Default("-1") long i) {
        if (n == 0) {
            throw Py.IndexError("pop from empty array");
        }
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.IndexError("pop index out of range");
        }
        PyObject r = item((int) i);
        deleteRange((int) i, (int) i + 1);
        return r;
    }

    @ExposedMethod(names = "reverse", doc = "reverse()\n\nReverse the order of the items in the array.")
    public synchronized PyObject reverse() {
        int s = kind.size;
        byte[] t = new byte[s];
        for (int a = 0, b = n - 1; a < b; a++, b--) {
            System.arraycopy(data, a * s, t, 0, s);
            System.arraycopy(data, b * s, data, a * s, s);
            System.arraycopy(t, 0, data, b * s, s);
        }
        return Py.None;
    }

    private static PyFile openFile(PyObject f, String msg) {
        if (!(f instanceof PyFile pf)) {
            throw Py.TypeError(msg);
        }
        return pf;
    }

    @ExposedMethod(names = {"fromfile", "read"}, doc = "fromfile(f, n)\n\nRead n objects from the file object f and append them to the end of the\narray.  Also called as read.")
    public PyObject fromfile(PyObject f, PyObject count) {
        openFile(f, "arg1 must be open file");
        long want = Py.asLongArg(count);
        if (want <= 0) {
            return Py.None;
        }
        long nbytes = want * kind.size;
        PyObject got = Ops.invoke(f, "read", PyInt.of(nbytes));
        byte[] b = got instanceof PyStr s ? s.bytes() : new byte[0];
        int whole = b.length / kind.size * kind.size;
        appendBytes(Arrays.copyOf(b, whole));
        if (b.length < nbytes) {
            throw Py.EOFError("not enough items in file");
        }
        return Py.None;
    }

    @ExposedMethod(names = {"tofile", "write"}, doc = "tofile(f)\n\nWrite all items (as machine values) to the file object f.  Also called as\nwrite.")
    public PyObject tofile(PyObject f) {
        openFile(f, "arg must be open file");
        Ops.invoke(f, "write", PyStr.of(bytes()));
        return Py.None;
    }

    @ExposedMethod(names = "__reduce__", doc = "Return state information for pickling.")
    public PyObject reduce() {
        PyDict dict = getDict();
        return PyTuple.of(getType(), PyTuple.of(PyStr.ofChar(kind.code), tolist()),
                dict == null || dict.size() == 0 ? Py.None : dict);
    }

    @ExposedMethod(names = "__copy__", doc = "copy(array)\n\n Return a copy of the array.")
    public PyObject copy() {
        PyArray a = newSame();
        a.appendBytes(bytes());
        return a;
    }

    @ExposedMethod(names = "__deepcopy__", doc = "copy(array)\n\n Return a copy of the array.")
    public PyObject deepcopy(PyObject memo) {
        return copy();
    }

    @ExposedMethod(names = "__sizeof__", doc = "__sizeof__() -> int\n\nSize of the array in memory, in bytes.")
    public synchronized PyObject sizeof() {
        return PyInt.of(64 + data.length);
    }

    // ---- sequence protocol ----------------------------------------------------------------------

    public synchronized int size() {
        return n;
    }

    @Override
    public int __len__() {
        return size();
    }

    @Override
    public PyObject __iter__() {
        return new PySeqIter(this);
    }

    private synchronized void deleteRange(int from, int to) {
        int s = kind.size;
        System.arraycopy(data, to * s, data, from * s, (n - to) * s);
        n -= to - from;
    }

    private static long indexArg(PyObject key) {
        if (key instanceof PyInt || key instanceof PyLong || key.getType().lookup(PyStr.intern("__index__")) != null) {
            return Py.index(key);
        }
        throw Py.TypeError("array indices must be integers");
    }

    @Override
    public synchronized PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(n);
            long start = idx[0], step = idx[2];
            int len = PySlice.length(idx[0], idx[1], step);
            PyArray r = newSame();
            byte[] b = new byte[len * kind.size];
            long j = start;
            for (int i = 0; i < len; i++, j += step) {
                System.arraycopy(data, (int) j * kind.size, b, i * kind.size, kind.size);
            }
            r.appendBytes(b);
            return r;
        }
        long i = indexArg(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.IndexError("array index out of range");
        }
        return item((int) i);
    }

    @Override
    public synchronized void __setitem__(PyObject key, PyObject value) {
        if (key instanceof PySlice sl) {
            if (!(value instanceof PyArray v)) {
                throw Py.TypeError("can only assign array (not \"" + value.getType().getName() + "\") to array slice");
            }
            if (v.kind != kind) {
                throw Py.TypeError("bad argument type for built-in operation");
            }
            byte[] src = v.bytes();
            int m = src.length / kind.size;
            long[] idx = sl.indices(n);
            int start = (int) idx[0], stop = (int) idx[1];
            long step = idx[2];
            int s = kind.size;
            if (step == 1) {
                stop = Math.max(stop, start);
                byte[] rest = Arrays.copyOfRange(data, stop * s, n * s);
                ensure(start + m + (n - stop));
                System.arraycopy(src, 0, data, start * s, m * s);
                System.arraycopy(rest, 0, data, (start + m) * s, rest.length);
                n = start + m + (n - stop);
                return;
            }
            int len = PySlice.length(start, idx[1], step);
            if (len != m) {
                throw Py.ValueError("attempt to assign array of size " + m + " to extended slice of size " + len);
            }
            long j = start;
            for (int i = 0; i < len; i++, j += step) {
                System.arraycopy(src, i * s, data, (int) j * s, s);
            }
            return;
        }
        long i = indexArg(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.IndexError("array assignment index out of range");
        }
        kind.set(data, (int) i * kind.size, value);
    }

    @Override
    public synchronized void __delitem__(PyObject key) {
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(n);
            int start = (int) idx[0], stop = (int) idx[1];
            long step = idx[2];
            if (step == 1) {
                if (stop > start) {
                    deleteRange(start, stop);
                }
                return;
            }
            int len = PySlice.length(start, stop, step);
            boolean[] drop = new boolean[n];
            long j = start;
            for (int i = 0; i < len; i++, j += step) {
                drop[(int) j] = true;
            }
            int s = kind.size, w = 0;
            for (int r = 0; r < n; r++) {
                if (!drop[r]) {
                    System.arraycopy(data, r * s, data, w * s, s);
                    w++;
                }
            }
            n = w;
            return;
        }
        long i = indexArg(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.IndexError("array assignment index out of range");
        }
        deleteRange((int) i, (int) i + 1);
    }

    /** The slice i:j clipped as 2.7's sq_slice clips it. */
    private synchronized PySlice simpleSlice(PyObject i, PyObject j) {
        long lo = Math.max(0, Py.index(i));
        long hi = Math.min(Math.max(Py.index(j), lo), n);
        lo = Math.min(lo, n);
        return new PySlice(PyInt.of(lo), PyInt.of(hi), Py.None);
    }

    @ExposedMethod(names = "__getslice__", doc = "x.__getslice__(i, j) <==> x[i:j]")
    public PyObject getslice(PyObject i, PyObject j) {
        return __getitem__(simpleSlice(i, j));
    }

    @ExposedMethod(names = "__setslice__", doc = "x.__setslice__(i, j, y) <==> x[i:j]=y")
    public PyObject setslice(PyObject i, PyObject j, PyObject v) {
        __setitem__(simpleSlice(i, j), v);
        return Py.None;
    }

    @ExposedMethod(names = "__delslice__", doc = "x.__delslice__(i, j) <==> del x[i:j]")
    public PyObject delslice(PyObject i, PyObject j) {
        __delitem__(simpleSlice(i, j));
        return Py.None;
    }

    @Override
    public boolean __contains__(PyObject x) {
        for (int i = 0; i < size(); i++) {
            if (Ops.eq(item(i), x)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject __add__(PyObject o) {
        if (!(o instanceof PyArray other)) {
            throw Py.TypeError("can only append array (not \"" + o.getType().getName() + "\") to array");
        }
        if (other.kind != kind) {
            throw Py.TypeError("bad argument type for built-in operation");
        }
        PyArray r = newSame();
        r.appendBytes(bytes());
        r.appendBytes(other.bytes());
        return r;
    }

    @Override
    public PyObject __iadd__(PyObject o) {
        if (!(o instanceof PyArray other)) {
            throw Py.TypeError("can only extend array with array (not \"" + o.getType().getName() + "\")");
        }
        if (other.kind != kind) {
            throw Py.TypeError("can only extend with array of same kind");
        }
        appendBytes(other.bytes());
        return this;
    }

    private static long repeat(PyObject count) {
        if (!(count instanceof PyInt || count instanceof PyLong)
                && count.getType().lookup(PyStr.intern("__index__")) == null) {
            throw Py.TypeError("'" + count.getType().getName() + "' object cannot be interpreted as an index");
        }
        return Math.max(0, Py.index(count));
    }

    @Override
    public PyObject __mul__(PyObject count) {
        long c = repeat(count);
        byte[] b = bytes();
        if (b.length > 0 && c > (Integer.MAX_VALUE - 8) / b.length) {
            throw Py.MemoryError("");
        }
        byte[] r = new byte[(int) (b.length * c)];
        for (int i = 0; i < c; i++) {
            System.arraycopy(b, 0, r, i * b.length, b.length);
        }
        PyArray a = newSame();
        a.appendBytes(r);
        return a;
    }

    @Override
    public PyObject __rmul__(PyObject count) {
        return __mul__(count);
    }

    @Override
    public PyObject __imul__(PyObject count) {
        long c = repeat(count);
        byte[] b = bytes();
        if (b.length > 0 && c > (Integer.MAX_VALUE - 8) / b.length) {
            throw Py.MemoryError("");
        }
        synchronized (this) {
            n = 0;
        }
        for (int i = 0; i < c; i++) {
            appendBytes(b);
        }
        return this;
    }

    /** Compares as the lists of items would compare; null (NotImplemented) for a non-array. */
    private PyObject compare(PyObject o, CompareOp op) {
        if (!(o instanceof PyArray other)) {
            return null;
        }
        int la = size(), lb = other.size();
        if (la != lb && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return Py.bool(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < la && i < lb; i++) {
            if (!Ops.eq(item(i), other.item(i))) {
                break;
            }
        }
        if (i < la && i < lb) {
            if (op == CompareOp.EQ) {
                return Py.False;
            }
            if (op == CompareOp.NE) {
                return Py.True;
            }
            return Ops.richCompare(item(i), other.item(i), op);
        }
        return Py.bool(switch (op) {
            case LT -> la < lb;
            case LE -> la <= lb;
            case EQ -> la == lb;
            case NE -> la != lb;
            case GT -> la > lb;
            default -> la >= lb;
        });
    }

    @Override public PyObject __eq__(PyObject o) { return compare(o, CompareOp.EQ); }
    @Override public PyObject __ne__(PyObject o) { return compare(o, CompareOp.NE); }
    @Override public PyObject __lt__(PyObject o) { return compare(o, CompareOp.LT); }
    @Override public PyObject __le__(PyObject o) { return compare(o, CompareOp.LE); }
    @Override public PyObject __gt__(PyObject o) { return compare(o, CompareOp.GT); }
    @Override public PyObject __ge__(PyObject o) { return compare(o, CompareOp.GE); }

    @Override
    public long __hash__() {
        throw Py.TypeError("unhashable type: '" + (getType() == TYPE ? "array.array" : getType().getName()) + "'");
    }

    @Override
    public PyObject __repr__() {
        String tc = String.valueOf(kind.code);
        if (size() == 0) {
            return PyStr.of("array('" + tc + "')");
        }
        PyObject body = kind == ArrayKind.CHAR ? tostring() : kind == ArrayKind.UNICODE ? tounicode() : tolist();
        return PyStr.of("array('" + tc + "', " + Ops.repr(body) + ")");
    }

    /** An instance of a Python subclass of array. */
    public static final class Derived extends PyArray implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        Derived(PyType type, ArrayKind kind) {
            super(kind);
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
