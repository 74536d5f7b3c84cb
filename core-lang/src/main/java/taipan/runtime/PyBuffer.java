package taipan.runtime;

import java.util.Arrays;

/**
 * {@code buffer}: 2.7's read-only view of part of an object with the buffer interface
 * (str, bytearray, unicode — whose buffer is its UCS-4 storage —, another buffer, ...).
 * The view is live: the bytes are read from the base object on each use.
 */
@ExposedType(name = "buffer", subclassable = false, doc = "buffer(object [, offset[, size]])\n\nCreate a new buffer object which references the given object.\nThe buffer will reference a slice of the target object from the\nstart of the object (or at the specified offset). The slice will\nextend to the end of the target object (or with the specified size).")
public final class PyBuffer extends PyObject implements BufferProtocol {
    public static final PyType TYPE = PyType.builtin(PyBuffer.class);

    private final PyObject base;
    private final long offset;
    /** -1: to the end of the base. */
    private final long size;

    public PyBuffer(PyObject base, long offset, long size) {
        this.base = base;
        this.offset = offset;
        this.size = size;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The bytes an object exposes through the buffer interface, or null. */
    static byte[] baseBytes(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        if (o instanceof PyUnicode u) {
            return Codecs.encodeUtf32(u.cps, -1);
        }
        if (o instanceof BufferProtocol b) {
            return b.bufferBytes();
        }
        return null;
    }

    @Override
    public byte[] bufferBytes() {
        byte[] all = baseBytes(base);
        long start = Math.min(offset, all.length);
        long end = size < 0 ? all.length : Math.min(all.length, start + size);
        return Arrays.copyOfRange(all, (int) start, (int) end);
    }

    @ExposedNew
    static PyObject buffer_new(PyType subtype, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError("buffer() does not take keyword arguments");
        }
        if (args.length < 1) {
            throw Py.TypeError("buffer() takes at least 1 argument (0 given)");
        }
        if (args.length > 3) {
            throw Py.TypeError("buffer() takes at most 3 arguments (" + args.length + " given)");
        }
        PyObject obj = args[0];
        long off = args.length > 1 ? PyBaseString.longArg(args[1]) : 0;
        long size = args.length > 2 ? PyBaseString.longArg(args[2]) : -1;
        if (baseBytes(obj) == null) {
            throw Py.TypeError("buffer object expected");
        }
        if (size < -1) {
            throw Py.ValueError("size must be zero or positive");
        }
        if (off < 0) {
            throw Py.ValueError("offset must be zero or positive");
        }
        if (obj instanceof PyBuffer b) {
            // a buffer of a buffer views the same base
            long o2 = b.offset + off;
            long s2 = size;
            if (b.size >= 0) {
                long avail = Math.max(0, b.size - off);
                s2 = size < 0 ? avail : Math.min(size, avail);
            }
            return new PyBuffer(b.base, o2, s2);
        }
        return new PyBuffer(obj, off, size);
    }

    @Override
    public int __len__() {
        return bufferBytes().length;
    }

    @Override
    public boolean __nonzero__() {
        return __len__() != 0;
    }

    @Override
    public PyObject __str__() {
        return PyStr.of(bufferBytes());
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of("<read-only buffer for " + Py.addressString(base) + ", size " + size + ", offset " + offset
                + " at " + Py.addressString(this) + ">");
    }

    @Override
    public long __hash__() {
        return PyStr.hashBytes(bufferBytes());
    }

    @Override
    public int __cmp__(PyObject other) {
        if (!(other instanceof PyBuffer b)) {
            return Ops.CMP_NOT_IMPLEMENTED;
        }
        int c = Arrays.compareUnsigned(bufferBytes(), b.bufferBytes());
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }

    @Override
    public PyObject __eq__(PyObject o) {
        return o instanceof PyBuffer ? Py.bool(__cmp__(o) == 0) : null;
    }

    @Override
    public PyObject __ne__(PyObject o) {
        return o instanceof PyBuffer ? Py.bool(__cmp__(o) != 0) : null;
    }

    @Override
    public PyObject __lt__(PyObject o) {
        return o instanceof PyBuffer ? Py.bool(__cmp__(o) < 0) : null;
    }

    @Override
    public PyObject __le__(PyObject o) {
        return o instanceof PyBuffer ? Py.bool(__cmp__(o) <= 0) : null;
    }

    @Override
    public PyObject __gt__(PyObject o) {
        return o instanceof PyBuffer ? Py.bool(__cmp__(o) > 0) : null;
    }

    @Override
    public PyObject __ge__(PyObject o) {
        return o instanceof PyBuffer ? Py.bool(__cmp__(o) >= 0) : null;
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        byte[] v = bufferBytes();
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(v.length);
            int start = (int) idx[0], stop = (int) idx[1], step = (int) idx[2];
            if (step == 1) {
                return PyStr.of(v, start, Math.max(start, stop));
            }
            int n = PySlice.length(start, stop, step);
            byte[] r = new byte[n];
            for (int i = 0, j = start; i < n; i++, j += step) {
                r[i] = v[j];
            }
            return PyStr.of(r);
        }
        if (!(key instanceof PyInt) && !(key instanceof PyLong) && key.getType().lookup(N.__index__) == null) {
            throw Py.TypeError("sequence index must be integer");
        }
        long k = PyBaseString.itemIndex(key, "buffer");
        if (k < 0) {
            k += v.length;
        }
        if (k < 0 || k >= v.length) {
            throw Py.IndexError("buffer index out of range");
        }
        return PyStr.ofChar(v[(int) k]);
    }

    @ExposedMethod(names = "__getslice__")
    public PyObject getslice(PyObject[] args, String[] kw) {
        if (args.length != 2 || (kw != null && kw.length > 0)) {
            throw Py.TypeError("function takes exactly 2 arguments (" + args.length + " given)");
        }
        byte[] v = bufferBytes();
        long i = Math.max(0, PyBaseString.longArg(args[0]));
        long j = Math.min(Math.max(0, PyBaseString.longArg(args[1])), v.length);
        if (i > j) {
            i = j;
        }
        return PyStr.of(v, (int) i, (int) j);
    }

    @Override
    public void __setitem__(PyObject key, PyObject value) {
        throw Py.TypeError("buffer is read-only");
    }

    @Override
    public void __delitem__(PyObject key) {
        throw Py.TypeError("buffer is read-only");
    }

    @ExposedMethod(names = "__setslice__")
    public PyObject setslice(PyObject i, PyObject j, PyObject v) {
        throw Py.TypeError("buffer is read-only");
    }

    @ExposedMethod(names = "__delslice__")
    public PyObject delslice(PyObject i, PyObject j) {
        throw Py.TypeError("buffer is read-only");
    }

    @Override
    public PyObject __add__(PyObject o) {
        byte[] b = baseBytes(o);
        if (b == null || o instanceof PyUnicode) {
            if (o.getType().isHeap() && o.getType().lookup(Binop.ADD.rname) != null) {
                return null;
            }
            throw Py.TypeError("bad argument type for built-in operation");
        }
        byte[] a = bufferBytes();
        byte[] r = Arrays.copyOf(a, PyBaseString.checkSize((long) a.length + b.length));
        System.arraycopy(b, 0, r, a.length, b.length);
        return PyStr.of(r);
    }

    @Override
    public PyObject __mul__(PyObject n) {
        Long c = PyBaseString.repeatCount(n);
        if (c == null) {
            return null;
        }
        byte[] a = bufferBytes();
        return PyStr.of(ByteStrings.repeat(a, a.length, c));
    }

    @Override
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }
}
