package taipan.runtime;

import java.util.Arrays;

/**
 * {@code memoryview}: a one-dimensional byte view of a str, bytearray or buffer (2.7's
 * format 'B' views). Views of a bytearray share its memory: assignments write through.
 */
@ExposedType(name = "memoryview", subclassable = false, unhashable = true,
        doc = "memoryview(object)\n\nCreate a new memoryview object which references the given object.")
public final class PyMemoryView extends PyObject implements BufferProtocol {
    public static final PyType TYPE = PyType.builtin(PyMemoryView.class);

    private final BufferProtocol source;
    private final int offset;
    private final int length;

    private PyMemoryView(BufferProtocol source, int offset, int length) {
        this.source = source;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static final String[] PARAMS = {"object"};

    @ExposedNew
    static PyObject memoryview_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject o = ArgParser.parse("memoryview", args, kw, PARAMS, 1)[0];
        if (o instanceof PyMemoryView m) {
            return new PyMemoryView(m.source, m.offset, m.length);
        }
        if (!(o instanceof BufferProtocol b) || o instanceof PyUnicode || !b.isMemoryViewable()) {
            throw Py.TypeError("cannot make memory view because object does not have the buffer interface");
        }
        return new PyMemoryView(b, 0, b.bufferLength());
    }

    @Override
    public byte[] bufferBytes() {
        byte[] all = source.bufferBytes();
        int end = Math.min(all.length, offset + length);
        return Arrays.copyOfRange(all, Math.min(offset, end), end);
    }

    @Override
    public boolean isCharBuffer() {
        return false;
    }

    @Override
    public boolean isWritableBuffer() {
        return source.isWritableBuffer();
    }

    @Override
    public int bufferLength() {
        return length;
    }

    @Override
    public void storeBytes(int pos, byte[] src, int off, int len) {
        if (!source.isWritableBuffer()) {
            throw Py.TypeError("cannot modify read-only memory");
        }
        source.storeBytes(offset + pos, src, off, len);
    }

    @Override
    public int __len__() {
        return length;
    }

    private int index(PyObject key) {
        long i = Py.index(key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Py.IndexError("index out of bounds");
        }
        return (int) i;
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            long[] idx = s.indices(length);
            if (idx[2] != 1) {
                throw Py.NotImplementedError("");
            }
            int start = (int) idx[0], stop = (int) Math.max(idx[0], idx[1]);
            return new PyMemoryView(source, offset + start, stop - start);
        }
        if (key == Py.Ellipsis) {
            return this;
        }
        return PyStr.ofChar(source.bufferBytes()[offset + index(key)]);
    }

    @Override
    public void __setitem__(PyObject key, PyObject value) {
        if (!source.isWritableBuffer()) {
            throw Py.TypeError("cannot modify read-only memory");
        }
        int start, len;
        if (key instanceof PySlice s) {
            long[] idx = s.indices(length);
            if (idx[2] != 1) {
                throw Py.NotImplementedError("");
            }
            start = (int) idx[0];
            len = (int) Math.max(0, idx[1] - idx[0]);
        } else {
            start = index(key);
            len = 1;
        }
        if (!(value instanceof BufferProtocol b) || value instanceof PyUnicode) {
            throw Py.TypeError("'" + value.getType().getName() + "' does not have the buffer interface");
        }
        byte[] data = b.bufferBytes();
        if (data.length != len) {
            throw Py.ValueError("cannot modify size of memoryview object");
        }
        source.storeBytes(offset + start, data, 0, len);
    }

    @Override
    public void __delitem__(PyObject key) {
        if (!source.isWritableBuffer()) {
            throw Py.TypeError("cannot modify read-only memory");
        }
        throw Py.TypeError("cannot delete memory");
    }

    @ExposedMethod(doc = "M.tobytes() -> str\n\nReturn the data in the buffer as a string.")
    public PyObject tobytes() {
        return PyStr.of(bufferBytes());
    }

    @ExposedMethod(doc = "M.tolist() -> list\n\nReturn the data in the buffer as a list of elements.")
    public PyObject tolist() {
        byte[] b = bufferBytes();
        PyObject[] out = new PyObject[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = PyInt.of(b[i] & 0xff);
        }
        return new PyList(out);
    }

    @ExposedGet(name = "format") public PyObject format() { return PyStr.of("B"); }
    @ExposedGet(name = "itemsize") public PyObject itemsize() { return PyInt.of(1); }
    @ExposedGet(name = "ndim") public PyObject ndim() { return PyInt.of(1); }
    @ExposedGet(name = "shape") public PyObject shape() { return PyTuple.of(PyLong.of(length)); }
    @ExposedGet(name = "strides") public PyObject strides() { return PyTuple.of(PyLong.of(1)); }
    @ExposedGet(name = "readonly") public PyObject readonly() { return Py.bool(!source.isWritableBuffer()); }
    @ExposedGet(name = "suboffsets") public PyObject suboffsets() { return Py.None; }

    @Override
    public long __hash__() {
        throw Py.TypeError("unhashable type: 'memoryview'");
    }

    private PyObject equalsOp(PyObject o, boolean eq) {
        if (!(o instanceof BufferProtocol b) || o instanceof PyUnicode || !b.isMemoryViewable()) {
            return null;
        }
        boolean same = Arrays.equals(bufferBytes(), b.bufferBytes());
        return Py.bool(same == eq);
    }

    @Override
    public PyObject __eq__(PyObject o) {
        return equalsOp(o, true);
    }

    @Override
    public PyObject __ne__(PyObject o) {
        return equalsOp(o, false);
    }

    @Override public PyObject __lt__(PyObject o) { return null; }
    @Override public PyObject __le__(PyObject o) { return null; }
    @Override public PyObject __gt__(PyObject o) { return null; }
    @Override public PyObject __ge__(PyObject o) { return null; }

    @Override
    public PyObject __repr__() {
        return PyStr.of("<memory at " + Py.addressString(this) + ">");
    }
}
