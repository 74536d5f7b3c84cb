package taipan.runtime;

import java.util.Arrays;

/**
 * {@code bytearray}: a mutable sequence of bytes (2.7). The bytes are {@code buf[0:size]};
 * every mutation is synchronized, and readers work on a consistent (array, size) pair,
 * so no Java exception can escape under concurrent use. The string methods share
 * {@link ByteStrings} with {@code str}; their arguments must support the buffer API
 * (str, bytearray, buffer...), not unicode.
 */
@ExposedType(name = "bytearray", unhashable = true, doc = "bytearray(iterable_of_ints) -> bytearray.\nbytearray(string, encoding[, errors]) -> bytearray.\nbytearray(bytes_or_bytearray) -> mutable copy of bytes_or_bytearray.\nbytearray(memory_view) -> bytearray.\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a bytearray object\n  - any object implementing the buffer API.\n\nbytearray(int) -> bytearray.\n\nConstruct a zero-initialized bytearray of the given length.")
public class PyByteArray extends PyObject implements BufferProtocol {
    public static final PyType TYPE = PyType.builtin(PyByteArray.class);

    private byte[] buf;
    private int size;

    public PyByteArray() {
        buf = new byte[0];
    }

    /** Takes ownership of {@code b}. */
    public PyByteArray(byte[] b) {
        buf = b;
        size = b.length;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** A copy of the bytes. */
    public synchronized byte[] toBytes() {
        return Arrays.copyOf(buf, size);
    }

    @Override
    public byte[] bufferBytes() {
        return toBytes();
    }

    @Override
    public boolean isWritableBuffer() {
        return true;
    }

    @Override
    public int bufferLength() {
        return size();
    }

    @Override
    public synchronized void storeBytes(int pos, byte[] src, int off, int len) {
        if (pos < 0 || pos + len > size) {
            throw Py.ValueError("buffer size mismatch");
        }
        System.arraycopy(src, off, buf, pos, len);
    }

    public synchronized int size() {
        return size;
    }

    private PyByteArray make(byte[] b) {
        return new PyByteArray(b);
    }

    private static final ByteStrings.Maker MAKER = (v, from, to) -> new PyByteArray(Arrays.copyOfRange(v, from, to));

    /** The bytes of a buffer-API argument, or the "doesn't support the buffer API" TypeError. */
    static byte[] bufferArg(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        if (o instanceof BufferProtocol b && !(o instanceof PyUnicode)) {
            return b.bufferBytes();
        }
        throw Py.TypeError("Type " + o.getType().getName() + " doesn't support the buffer API");
    }

    /** A byte value argument: an int in range(256) or a 1-char str (append, insert, ...). */
    private static byte byteValue(PyObject o) {
        if (o instanceof PyStr s) {
            if (s.value.length != 1) {
                throw Py.ValueError("string must be of size 1");
            }
            return s.value[0];
        }
        long v;
        if (o instanceof PyInt i) {
            v = i.value;
        } else if (o instanceof PyLong || (!(o instanceof PyFloat) && o.getType().lookup(N.__index__) != null)) {
            v = Py.index(o);
        } else {
            throw Py.TypeError("an integer or string of size 1 is required");
        }
        if (v < 0 || v > 255) {
            throw Py.ValueError("byte must be in range(0, 256)");
        }
        return (byte) v;
    }

    /** The bytes of an iterable of byte values. */
    private static byte[] iterableBytes(PyObject o) {
        ByteBuilder b = new ByteBuilder();
        PyObject it = Ops.iter(o);
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            b.append(byteValue(x));
        }
        return b.toArray();
    }

    // ---- construction -------------------------------------------------------------------

    @ExposedNew
    static PyObject bytearray_new(PyType subtype, PyObject[] args, String[] kw) {
        return subtype == TYPE ? new PyByteArray() : new Derived(subtype);
    }

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("bytearray", args, kw, new String[] {"source", "encoding", "errors"}, 0);
        String enc = PyBaseString.encodingArg("bytearray", a[1], 2);
        String err = PyBaseString.encodingArg("bytearray", a[2], 3);
        PyObject src = a[0];
        byte[] data;
        if (src == null) {
            if (enc != null || err != null) {
                throw Py.TypeError("encoding or errors without sequence argument");
            }
            data = new byte[0];
        } else if (src instanceof PyUnicode u) {
            if (enc == null) {
                throw Py.TypeError("unicode argument without an encoding");
            }
            data = Codecs.encode(u, enc, err).value.clone();
        } else {
            if (enc != null || err != null) {
                if (!(src instanceof PyStr)) {
                    throw Py.TypeError("encoding or errors without a string argument");
                }
            }
            if (src instanceof PyStr s) {
                data = s.value.clone();
            } else if (src instanceof BufferProtocol b) {
                data = b.bufferBytes().clone();
            } else if (src instanceof PyInt || src instanceof PyLong || (!(src instanceof PyFloat) && src.getType().lookup(N.__index__) != null && !(src instanceof PyList))) {
                PyObject idx = Ops.index(src);
                if (idx instanceof PyLong l && l.value.bitLength() > 63) {
                    throw Py.OverflowError("cannot fit 'long' into an index-sized integer");
                }
                long count = Py.index(idx);
                if (count < 0) {
                    throw Py.ValueError("negative count");
                }
                data = new byte[PyBaseString.checkSize(count)];
            } else {
                data = iterableBytes(src);
            }
        }
        synchronized (this) {
            buf = Arrays.copyOf(data, data.length + 1);
            size = data.length;
        }
    }

    // ---- basics ---------------------------------------------------------------------------

    @Override
    public synchronized int __len__() {
        return size;
    }

    @Override
    public synchronized boolean __nonzero__() {
        return size != 0;
    }

    @Override
    public long __hash__() {
        throw Py.TypeError("unhashable type: '" + getType().getName() + "'");
    }

    /** 2.7's bytearray repr: the quote choice of str, but a single quote is always escaped. */
    @Override
    public PyObject __repr__() {
        byte[] v = toBytes();
        boolean hasSingle = false, hasDouble = false;
        for (byte c : v) {
            if (c == '\'') {
                hasSingle = true;
            } else if (c == '"') {
                hasDouble = true;
            }
        }
        int q = hasSingle && !hasDouble ? '"' : '\'';
        ByteBuilder b = new ByteBuilder(v.length + 14);
        b.append("bytearray(b").append(q);
        for (byte bb : v) {
            int c = bb & 0xff;
            if (c == '\'' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                b.append("\\x").hex(c, 2);
            } else {
                b.append(c);
            }
        }
        b.append(q).append(')');
        return PyStr.of(b.toArray());
    }

    @Override
    public PyObject __str__() {
        return PyStr.of(toBytes());
    }

    @ExposedMethod(names = "__alloc__", doc = "B.__alloc__() -> int\n\nReturns the number of bytes actually allocated.")
    public synchronized PyObject alloc() {
        return PyInt.of(buf.length);
    }

    @ExposedMethod(names = "__sizeof__", doc = "B.__sizeof__() -> int\n \nReturns the size of B in memory, in bytes")
    public synchronized PyObject byteArraySizeof() {
        return PyInt.of(48 + buf.length);
    }

    @ExposedMethod(names = "__reduce__", doc = "Return state information for pickling.")
    public PyObject byteArrayReduce() {
        byte[] v = toBytes();
        int[] cps = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            cps[i] = v[i] & 0xff;
        }
        PyDict d = getDict();
        return PyTuple.of(getType(), PyTuple.of(PyUnicode.fromCodePoints(cps), PyStr.of("latin-1")),
                d == null ? Py.None : d);
    }

    // ---- comparison --------------------------------------------------------------------------

    private int compare(PyObject o) {
        byte[] a = toBytes();
        byte[] b = bufferArg(o);
        int c = Arrays.compareUnsigned(a, b);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }

    private boolean comparable(PyObject o) {
        return !(o instanceof PyUnicode) && (o instanceof PyStr || o instanceof BufferProtocol);
    }

    @Override
    public PyObject __eq__(PyObject o) {
        return comparable(o) ? Py.bool(compare(o) == 0) : null;
    }

    @Override
    public PyObject __ne__(PyObject o) {
        return comparable(o) ? Py.bool(compare(o) != 0) : null;
    }

    @Override
    public PyObject __lt__(PyObject o) {
        return comparable(o) ? Py.bool(compare(o) < 0) : null;
    }

    @Override
    public PyObject __le__(PyObject o) {
        return comparable(o) ? Py.bool(compare(o) <= 0) : null;
    }

    @Override
    public PyObject __gt__(PyObject o) {
        return comparable(o) ? Py.bool(compare(o) > 0) : null;
    }

    @Override
    public PyObject __ge__(PyObject o) {
        return comparable(o) ? Py.bool(compare(o) >= 0) : null;
    }

    // ---- sequence ------------------------------------------------------------------------------

    /** {@code a + b} where a is the bytes of a str and b a bytearray (str + bytearray). */
    static PyObject concat(byte[] a, PyByteArray b) {
        byte[] bb = b.toBytes();
        byte[] r = Arrays.copyOf(a, PyBaseString.checkSize((long) a.length + bb.length));
        System.arraycopy(bb, 0, r, a.length, bb.length);
        return new PyByteArray(r);
    }

    @Override
    public PyObject __add__(PyObject o) {
        if (!comparable(o)) {
            return null;
        }
        byte[] b = bufferArg(o);
        byte[] a = toBytes();
        byte[] r = Arrays.copyOf(a, PyBaseString.checkSize((long) a.length + b.length));
        System.arraycopy(b, 0, r, a.length, b.length);
        return new PyByteArray(r);
    }

    @Override
    public PyObject __iadd__(PyObject o) {
        if (!comparable(o)) {
            throw Py.TypeError("can't concat " + o.getType().getName() + " to " + getType().getName());
        }
        byte[] b = bufferArg(o);
        synchronized (this) {
            ensure(size + (long) b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }
        return this;
    }

    @Override
    public PyObject __mul__(PyObject n) {
        Long c = PyBaseString.repeatCount(n);
        if (c == null) {
            return null;
        }
        byte[] a = toBytes();
        return new PyByteArray(ByteStrings.repeat(a, a.length, c));
    }

    @Override
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @Override
    public PyObject __imul__(PyObject n) {
        Long c = PyBaseString.repeatCount(n);
        if (c == null) {
            return null;
        }
        synchronized (this) {
            byte[] r = ByteStrings.repeat(buf, size, c);
            buf = Arrays.copyOf(r, r.length + 1);
            size = r.length;
        }
        return this;
    }

    private void ensure(long needed) {
        if (needed > buf.length) {
            long cap = Math.max(needed + (needed >> 3) + 8, buf.length);
            buf = Arrays.copyOf(buf, PyBaseString.checkSize(cap));
        }
    }

    @Override
    public boolean __contains__(PyObject o) {
        if (o instanceof PyInt || o instanceof PyLong || (!(o instanceof PyBaseString) && !(o instanceof BufferProtocol)
                && o.getType().lookup(N.__index__) != null)) {
            long v = Py.index(o);
            if (v < 0 || v > 255) {
                throw Py.ValueError("byte must be in range(0, 256)");
            }
            synchronized (this) {
                for (int i = 0; i < size; i++) {
                    if ((buf[i] & 0xff) == v) {
                        return true;
                    }
                }
            }
            return false;
        }
        byte[] sub = bufferArg(o);
        synchronized (this) {
            return ByteStrings.find(buf, 0, size, sub, sub.length) >= 0;
        }
    }

    @Override
    public PyObject __iter__() {
        return new PySeqIter(this);
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice sl) {
            synchronized (this) {
                long[] idx = sl.indices(size);
                int start = (int) idx[0], stop = (int) idx[1], step = (int) idx[2];
                if (step == 1) {
                    return make(stop <= start ? new byte[0] : Arrays.copyOfRange(buf, start, stop));
                }
                int n = PySlice.length(start, stop, step);
                byte[] r = new byte[n];
                for (int i = 0, j = start; i < n; i++, j += step) {
                    r[i] = buf[j];
                }
                return make(r);
            }
        }
        long k = index(key);
        synchronized (this) {
            if (k < 0) {
                k += size;
            }
            if (k < 0 || k >= size) {
                throw Py.IndexError("bytearray index out of range");
            }
            return PyInt.of(buf[(int) k] & 0xff);
        }
    }

    private static long index(PyObject key) {
        if (key instanceof PyInt i) {
            return i.value;
        }
        if (key instanceof PyLong || key.getType().lookup(N.__index__) != null) {
            PyObject r = Ops.index(key);
            if (r instanceof PyLong l && l.value.bitLength() > 63) {
                throw Py.IndexError("cannot fit 'long' into an index-sized integer");
            }
            return Py.index(r);
        }
        throw Py.TypeError("bytearray indices must be integers");
    }

    /** The bytes to assign to a slice: buffers or iterables of ints. */
    private static byte[] assignable(PyObject v) {
        if (v instanceof PyUnicode || v instanceof PyInt || v instanceof PyLong) {
            throw Py.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        if (v instanceof PyStr s) {
            return s.value;
        }
        if (v instanceof BufferProtocol b) {
            return b.bufferBytes();
        }
        try {
            Ops.iter(v);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                throw Py.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            throw e;
        }
        return iterableBytes(v);
    }

    @Override
    public void __setitem__(PyObject key, PyObject value) {
        if (key instanceof PySlice sl) {
            byte[] v = assignable(value);
            synchronized (this) {
                setSlice(sl, v);
            }
            return;
        }
        long k = index(key);
        byte b = byteValue(value);
        synchronized (this) {
            if (k < 0) {
                k += size;
            }
            if (k < 0 || k >= size) {
                throw Py.IndexError("bytearray index out of range");
            }
            buf[(int) k] = b;
        }
    }

    private void setSlice(PySlice sl, byte[] v) {
        long[] idx = sl.indices(size);
        int start = (int) idx[0], stop = (int) idx[1], step = (int) idx[2];
        if (step == 1) {
            if (stop < start) {
                stop = start;
            }
            replace(start, stop, v);
            return;
        }
        int n = PySlice.length(start, stop, step);
        if (v.length == 0 && n > 0) {
            deleteExtended(start, step, n);
            return;
        }
        if (v.length != n) {
            throw Py.ValueError("attempt to assign bytes of size " + v.length + " to extended slice of size " + n);
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            buf[j] = v[i];
        }
    }

    /** Replaces buf[start:stop] by v. */
    private void replace(int start, int stop, byte[] v) {
        int delta = v.length - (stop - start);
        if (delta != 0) {
            ensure((long) size + delta + 1);
            System.arraycopy(buf, stop, buf, stop + delta, size - stop);
            size += delta;
        }
        System.arraycopy(v, 0, buf, start, v.length);
    }

    private void deleteExtended(int start, int step, int n) {
        boolean[] del = new boolean[size];
        for (int i = 0, j = start; i < n; i++, j += step) {
            del[j] = true;
        }
        int w = 0;
        for (int i = 0; i < size; i++) {
            if (!del[i]) {
                buf[w++] = buf[i];
            }
        }
        size = w;
    }

    @Override
    public void __delitem__(PyObject key) {
        if (key instanceof PySlice sl) {
            synchronized (this) {
                long[] idx = sl.indices(size);
                int start = (int) idx[0], stop = (int) idx[1], step = (int) idx[2];
                if (step == 1) {
                    if (stop > start) {
                        replace(start, stop, new byte[0]);
                    }
                } else {
                    int n = PySlice.length(start, stop, step);
                    if (n > 0) {
                        deleteExtended(start, step, n);
                    }
                }
            }
            return;
        }
        long k = index(key);
        synchronized (this) {
            if (k < 0) {
                k += size;
            }
            if (k < 0 || k >= size) {
                throw Py.IndexError("bytearray index out of range");
            }
            replace((int) k, (int) k + 1, new byte[0]);
        }
    }

    // ---- list-like mutators ---------------------------------------------------------------------

    @ExposedMethod(names = "append")
    public PyObject append_(PyObject x) {
        byte b = byteValue(x);
        synchronized (this) {
            ensure(size + 2L);
            buf[size++] = b;
        }
        return Py.None;
    }

    @ExposedMethod
    public PyObject extend(PyObject iterable) {
        byte[] b;
        if (iterable instanceof PyStr || (iterable instanceof BufferProtocol && !(iterable instanceof PyUnicode))) {
            b = bufferArg(iterable);
        } else {
            b = iterableBytes(iterable);
        }
        synchronized (this) {
            ensure(size + (long) b.length + 1);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }
        return Py.None;
    }

    @ExposedMethod
    public PyObject insert(PyObject index, PyObject x) {
        long i = PyBaseString.longArg(index);
        byte b = byteValue(x);
        synchronized (this) {
            if (i < 0) {
                i = Math.max(0, i + size);
            }
            if (i > size) {
                i = size;
            }
            replace((int) i, (int) i, new byte[] {b});
        }
        return Py.None;
    }

    @ExposedMethod
    public PyObject pop(@Default("null") PyObject index) {
        long i = index == null ? -1 : PyBaseString.longArg(index);
        synchronized (this) {
            if (size == 0) {
                throw Py.IndexError("pop from empty bytearray");
            }
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw Py.IndexError("pop index out of range");
            }
            int v = buf[(int) i] & 0xff;
            replace((int) i, (int) i + 1, new byte[0]);
            return PyInt.of(v);
        }
    }

    @ExposedMethod
    public PyObject remove(PyObject x) {
        byte b = byteValue(x);
        synchronized (this) {
            for (int i = 0; i < size; i++) {
                if (buf[i] == b) {
                    replace(i, i + 1, new byte[0]);
                    return Py.None;
                }
            }
        }
        throw Py.ValueError("value not found in bytearray");
    }

    @ExposedMethod
    public synchronized PyObject reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return Py.None;
    }

    @ExposedMethod(classMethod = true)
    static PyObject fromhex(PyObject cls, PyObject[] args) {
        if (args.length != 1) {
            throw Py.TypeError("fromhex() takes exactly 1 argument (" + args.length + " given)");
        }
        PyObject a = args[0];
        byte[] hex;
        if (a instanceof PyStr s) {
            hex = s.value;
        } else if (a instanceof PyUnicode u) {
            hex = PyUnicode.encodeAscii(u).value;
        } else {
            throw Py.TypeError("fromhex() argument 1 must be string or read-only character buffer, not " + a.getType().getName());
        }
        ByteBuilder out = new ByteBuilder(hex.length / 2);
        int n = hex.length;
        for (int i = 0; i < n; i += 2) {
            while (i < n && hex[i] == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            int top = Character.digit(hex[i] & 0xff, 16);
            int bot = i + 1 < n ? Character.digit(hex[i + 1] & 0xff, 16) : -1;
            if ((hex[i] & 0xff) > 127 || top < 0 || bot < 0 || (hex[i + 1] & 0xff) > 127) {
                throw Py.ValueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            out.append((top << 4) + bot);
        }
        PyByteArray r = new PyByteArray(out.toArray());
        if (cls != TYPE) {
            return Ops.call(cls, r);
        }
        return r;
    }

    // ---- the string methods -----------------------------------------------------------------------

    private static final class Snap {
        final byte[] v;
        final int n;

        Snap(byte[] v, int n) {
            this.v = v;
            this.n = n;
        }
    }

    private synchronized Snap snap() {
        return new Snap(Arrays.copyOf(buf, size), size);
    }

    private PyObject findImpl(PyObject sub, PyObject start, PyObject end, boolean reverse, boolean raise) {
        long s = PyBaseString.sliceIndex(start, 0);
        long e = PyBaseString.sliceIndex(end, Long.MAX_VALUE);
        byte[] b = bufferArg(sub);
        Snap sn = snap();
        int r = PyStr.find(sn.v, sn.n, b, s, e, reverse);
        if (r < 0 && raise) {
            throw Py.ValueError("subsection not found");
        }
        return PyInt.of(r);
    }

    @ExposedMethod
    public PyObject find(PyObject sub, @Default("null") PyObject start, @Default("null") PyObject end) {
        return findImpl(sub, start, end, false, false);
    }

    @ExposedMethod
    public PyObject rfind(PyObject sub, @Default("null") PyObject start, @Default("null") PyObject end) {
        return findImpl(sub, start, end, true, false);
    }

    @ExposedMethod
    public PyObject index(PyObject sub, @Default("null") PyObject start, @Default("null") PyObject end) {
        return findImpl(sub, start, end, false, true);
    }

    @ExposedMethod
    public PyObject rindex(PyObject sub, @Default("null") PyObject start, @Default("null") PyObject end) {
        return findImpl(sub, start, end, true, true);
    }

    @ExposedMethod
    public PyObject count(PyObject sub, @Default("null") PyObject start, @Default("null") PyObject end) {
        long s = PyBaseString.sliceIndex(start, 0);
        long e = PyBaseString.sliceIndex(end, Long.MAX_VALUE);
        byte[] b = bufferArg(sub);
        Snap sn = snap();
        return PyInt.of(PyStr.count(sn.v, sn.n, b, s, e));
    }

    private PyObject tailMatch(String name, PyObject prefix, PyObject start, PyObject end, boolean atEnd) {
        long s = PyBaseString.sliceIndex(start, 0);
        long e = PyBaseString.sliceIndex(end, Long.MAX_VALUE);
        Snap sn = snap();
        if (prefix instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                byte[] b = bufferArg(t.get(i));
                if (ByteStrings.tailMatch(sn.v, sn.n, b, b.length, s, e, atEnd)) {
                    return Py.True;
                }
            }
            return Py.False;
        }
        byte[] b = bufferArg(prefix);
        return Py.bool(ByteStrings.tailMatch(sn.v, sn.n, b, b.length, s, e, atEnd));
    }

    @ExposedMethod
    public PyObject startswith(PyObject prefix, @Default("null") PyObject start, @Default("null") PyObject end) {
        return tailMatch("startswith", prefix, start, end, false);
    }

    @ExposedMethod
    public PyObject endswith(PyObject suffix, @Default("null") PyObject start, @Default("null") PyObject end) {
        return tailMatch("endswith", suffix, start, end, true);
    }

    @ExposedMethod
    public PyObject lower() {
        Snap s = snap();
        return make(ByteStrings.lower(s.v, s.n));
    }

    @ExposedMethod
    public PyObject upper() {
        Snap s = snap();
        return make(ByteStrings.upper(s.v, s.n));
    }

    @ExposedMethod
    public PyObject swapcase() {
        Snap s = snap();
        return make(ByteStrings.swapcase(s.v, s.n));
    }

    @ExposedMethod
    public PyObject capitalize() {
        Snap s = snap();
        return make(ByteStrings.capitalize(s.v, s.n));
    }

    @ExposedMethod
    public PyObject title() {
        Snap s = snap();
        return make(ByteStrings.title(s.v, s.n));
    }

    @ExposedMethod
    public synchronized boolean istitle() {
        return ByteStrings.isTitle(buf, size);
    }

    @ExposedMethod
    public synchronized boolean isupper() {
        return ByteStrings.isCase(buf, size, true);
    }

    @ExposedMethod
    public synchronized boolean islower() {
        return ByteStrings.isCase(buf, size, false);
    }

    @ExposedMethod
    public synchronized boolean isalpha() {
        return ByteStrings.isAll(buf, size, 0);
    }

    @ExposedMethod
    public synchronized boolean isalnum() {
        return ByteStrings.isAll(buf, size, 1);
    }

    @ExposedMethod
    public synchronized boolean isdigit() {
        return ByteStrings.isAll(buf, size, 2);
    }

    @ExposedMethod
    public synchronized boolean isspace() {
        return ByteStrings.isAll(buf, size, 3);
    }

    private PyObject justify(String name, PyObject widthObj, PyObject fillObj, int how) {
        long width = PyBaseString.longArg(widthObj);
        byte fill = PyStr.fillChar(name, fillObj);
        Snap s = snap();
        if (width <= s.n) {
            return make(s.v);
        }
        int left = switch (how) {
            case 0 -> ByteStrings.centerLeft(width, s.n);
            case 1 -> 0;
            default -> (int) (width - s.n);
        };
        return make(ByteStrings.pad(s.v, s.n, left, (int) (width - s.n - left), fill));
    }

    @ExposedMethod
    public PyObject center(PyObject width, @Default("null") PyObject fillchar) {
        return justify("center", width, fillchar, 0);
    }

    @ExposedMethod
    public PyObject ljust(PyObject width, @Default("null") PyObject fillchar) {
        return justify("ljust", width, fillchar, 1);
    }

    @ExposedMethod
    public PyObject rjust(PyObject width, @Default("null") PyObject fillchar) {
        return justify("rjust", width, fillchar, 2);
    }

    @ExposedMethod
    public PyObject zfill(PyObject[] args, String[] kw) {
        PyBaseString.argCount("zfill", args, kw, 1, 1);
        long width = PyBaseString.longArg(args[0]);
        Snap s = snap();
        if (width <= s.n) {
            return make(s.v);
        }
        PyBaseString.checkSize(width);
        return make(ByteStrings.zfill(s.v, s.n, width));
    }

    @ExposedMethod
    public PyObject expandtabs(@Default("null") PyObject tabsize) {
        long ts = tabsize == null ? 8 : PyBaseString.intArg(tabsize);
        Snap s = snap();
        return make(ByteStrings.expandtabs(s.v, s.n, ts));
    }

    private PyObject strip(PyObject chars, int which) {
        byte[] set = chars == null || chars == Py.None ? null : bufferArg(chars);
        Snap s = snap();
        int[] ij = ByteStrings.strip(s.v, s.n, set, which);
        return make(Arrays.copyOfRange(s.v, ij[0], ij[1]));
    }

    @ExposedMethod
    public PyObject strip(@Default("null") PyObject chars) {
        return strip(chars, 0);
    }

    @ExposedMethod
    public PyObject lstrip(@Default("null") PyObject chars) {
        return strip(chars, 1);
    }

    @ExposedMethod
    public PyObject rstrip(@Default("null") PyObject chars) {
        return strip(chars, 2);
    }

    @ExposedMethod
    public PyObject split(@Default("None") PyObject sep, @Default("null") PyObject maxsplit) {
        long max = maxsplit == null ? -1 : PyBaseString.longArg(maxsplit);
        byte[] b = sep == Py.None ? null : bufferArg(sep);
        Snap s = snap();
        return ByteStrings.split(s.v, s.n, b, max, MAKER, null);
    }

    @ExposedMethod
    public PyObject rsplit(@Default("None") PyObject sep, @Default("null") PyObject maxsplit) {
        long max = maxsplit == null ? -1 : PyBaseString.longArg(maxsplit);
        byte[] b = sep == Py.None ? null : bufferArg(sep);
        Snap s = snap();
        return ByteStrings.rsplit(s.v, s.n, b, max, MAKER, null);
    }

    @ExposedMethod
    public PyObject splitlines(@Default("null") PyObject keepends) {
        boolean keep = keepends != null && PyBaseString.intArg(keepends) != 0;
        Snap s = snap();
        return ByteStrings.splitlines(s.v, s.n, keep, MAKER, null);
    }

    private PyObject partition(PyObject sepObj, boolean reverse) {
        byte[] sep = bufferArg(sepObj);
        int m = sep.length;
        if (m == 0) {
            throw Py.ValueError("empty separator");
        }
        Snap s = snap();
        int pos = reverse ? ByteStrings.rfind(s.v, 0, s.n, sep, m) : ByteStrings.find(s.v, 0, s.n, sep, m);
        if (pos < 0) {
            return reverse ? PyTuple.of(make(new byte[0]), make(new byte[0]), make(s.v))
                    : PyTuple.of(make(s.v), make(new byte[0]), make(new byte[0]));
        }
        return PyTuple.of(make(Arrays.copyOfRange(s.v, 0, pos)), make(sep.clone()), make(Arrays.copyOfRange(s.v, pos + m, s.n)));
    }

    @ExposedMethod
    public PyObject partition(PyObject sep) {
        return partition(sep, false);
    }

    @ExposedMethod
    public PyObject rpartition(PyObject sep) {
        return partition(sep, true);
    }

    @ExposedMethod
    public PyObject join(PyObject iterable) {
        PyObject[] items = PyStr.sequenceItems(iterable, "can only join an iterable");
        ByteBuilder out = new ByteBuilder();
        byte[] sep = toBytes();
        for (int i = 0; i < items.length; i++) {
            PyObject it = items[i];
            if (it instanceof PyUnicode || !(it instanceof PyStr || it instanceof BufferProtocol)) {
                throw Py.TypeError("can only join an iterable of bytes (item " + i + " has type '" + it.getType().getName() + "')");
            }
            if (i > 0) {
                out.append(sep);
            }
            out.append(bufferArg(it));
        }
        return make(out.toArray());
    }

    @ExposedMethod
    public PyObject replace(PyObject old, PyObject replacement, @Default("null") PyObject count) {
        long max = count == null ? -1 : PyBaseString.longArg(count);
        byte[] from = bufferArg(old);
        byte[] to = bufferArg(replacement);
        Snap s = snap();
        byte[] r = ByteStrings.replace(s.v, s.n, from, to, max);
        return make(r == null ? s.v : r);
    }

    @ExposedMethod
    public PyObject translate(PyObject table, @Default("null") PyObject deletechars) {
        byte[] t = null;
        if (table != Py.None) {
            t = bufferArg(table);
            if (t.length != 256) {
                throw Py.ValueError("translation table must be 256 characters long");
            }
        }
        byte[] del = deletechars == null ? null : bufferArg(deletechars);
        Snap s = snap();
        byte[] r = ByteStrings.translate(s.v, s.n, t, del);
        return make(r == null ? s.v : r);
    }

    @ExposedMethod(keywords = true)
    public PyObject decode(@Default("null") PyObject encoding, @Default("null") PyObject errors) {
        String enc = PyBaseString.encodingArg("decode", encoding, 1);
        String err = PyBaseString.encodingArg("decode", errors, 2);
        if (enc == null) {
            enc = Codecs.defaultEncoding();
        }
        Codecs.Codec c = Codecs.lookup(enc);
        PyObject r = c.decode(this, err);
        if (!(r instanceof PyStr) && !(r instanceof PyUnicode)) {
            throw Py.TypeError("decoder did not return a string/unicode object (type=" + r.getType().getName() + ")");
        }
        return r;
    }

    /** An instance of a Python subclass of bytearray. */
    public static final class Derived extends PyByteArray implements taipan.runtime.Derived {
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
