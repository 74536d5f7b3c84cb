package taipan.serialization.marshal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import taipan.runtime.*;

/**
 * Writes values in CPython 2.7's marshal format. As in CPython, an unsupported value does
 * not stop the walk: the last error met wins and the caller raises it at the end.
 */
final class Writer {
    static final int MAX_DEPTH = 2000;

    private static final int UNMARSHALLABLE = 1;
    private static final int NESTED_TOO_DEEP = 2;
    private static final BigInteger DIGIT_MASK = BigInteger.valueOf(0x7fff);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int version;
    /** Interned strings already written (version ≥ 1) → their back-reference index. */
    private final Map<PyStr, Integer> strings;
    private int depth;
    private int error;

    Writer(int version) {
        this.version = version;
        this.strings = version > 0 ? new HashMap<>() : null;
    }

    /** The marshal bytes of {@code v}, or ValueError as CPython raises it. */
    static byte[] dump(PyObject v, int version) {
        Writer w = new Writer(version);
        w.write(v);
        w.raiseError();
        return w.out.toByteArray();
    }

    /**
     * Writes {@code v} to {@code f}. As CPython, what could be written is written even when
     * the value holds something unmarshallable; the ValueError comes after.
     */
    static void dump(PyObject v, int version, PyFile f) {
        Writer w = new Writer(version);
        w.write(v);
        // CPython 2.7 writes with unchecked putc calls: a closed or read-only file, or a
        // failing write, loses the data silently.
        if (!f.isClosed()) {
            try {
                f.writeBytes(w.out.toByteArray());
            } catch (PyException e) {
                if (!e.matches(Exceptions.IOError)) {
                    throw e;
                }
            }
        }
        w.raiseError();
    }

    private void raiseError() {
        if (error != 0) {
            throw Py.ValueError(error == UNMARSHALLABLE ? "unmarshallable object"
                    : "object too deeply nested to marshal");
        }
    }

    private void write(PyObject v) {
        depth++;
        try {
            if (depth > MAX_DEPTH) {
                error = NESTED_TOO_DEEP;
            } else {
                writeValue(v);
            }
        } finally {
            depth--;
        }
    }

    private void writeValue(PyObject v) {
        PyType t = v.getType();
        if (v == PyNone.INSTANCE) {
            out.write('N');
        } else if (v == Exceptions.StopIteration) {
            out.write('S');
        } else if (v == PyEllipsis.INSTANCE) {
            out.write('.');
        } else if (v == PyBool.FALSE) {
            out.write('F');
        } else if (v == PyBool.TRUE) {
            out.write('T');
        } else if (t == PyInt.TYPE) {
            long x = ((PyInt) v).value;
            long high = x >> 31;
            if (high != 0 && high != -1) {
                out.write('I');
                writeLong64(x);
            } else {
                out.write('i');
                writeInt((int) x);
            }
        } else if (t == PyLong.TYPE) {
            writeBigLong(((PyLong) v).value);
        } else if (t == PyFloat.TYPE) {
            double d = ((PyFloat) v).value;
            if (version > 1) {
                out.write('g');
                writeLong64(Double.doubleToRawLongBits(d));
            } else {
                out.write('f');
                writeFloatText(d);
            }
        } else if (t == PyComplex.TYPE) {
            PyComplex c = (PyComplex) v;
            if (version > 1) {
                out.write('y');
                writeLong64(Double.doubleToRawLongBits(c.real));
                writeLong64(Double.doubleToRawLongBits(c.imag));
            } else {
                out.write('x');
                writeFloatText(c.real);
                writeFloatText(c.imag);
            }
        } else if (t == PyStr.TYPE) {
            writeStr((PyStr) v);
        } else if (t == PyUnicode.TYPE) {
            out.write('u');
            writeBytes(Codecs.encodeUtf8(((PyUnicode) v).codePoints()));
        } else if (t == PyTuple.TYPE) {
            PyObject[] items = ((PyTuple) v).array();
            out.write('(');
            writeInt(items.length);
            for (PyObject item : items) {
                write(item);
            }
        } else if (t == PyList.TYPE) {
            PyObject[] items = ((PyList) v).toArray();
            out.write('[');
            writeInt(items.length);
            for (PyObject item : items) {
                write(item);
            }
        } else if (t == PyDict.TYPE) {
            out.write('{');
            for (PyDict.Entry e : ((PyDict) v).entries()) {
                write(e.key());
                write(e.value());
            }
            out.write('0');
        } else if (t == PySet.TYPE || t == PyFrozenSet.TYPE) {
            java.util.List<PyObject> items = ((BaseSet) v).toList();
            out.write(t == PySet.TYPE ? '<' : '>');
            writeInt(items.size());
            for (PyObject item : items) {
                write(item);
            }
        } else if (v instanceof PyUnicode u) {
            // A unicode subclass goes through CPython's read-buffer fallback: the raw UCS-4
            // code units of a wide build, little-endian.
            int[] cps = u.codePoints();
            out.write('s');
            writeInt(cps.length * 4);
            for (int cp : cps) {
                writeInt(cp);
            }
        } else if (v instanceof BufferProtocol b && !(v instanceof PyMemoryView)) {
            // Other read-buffer objects (str subclasses, buffer, bytearray, array) as 's'.
            out.write('s');
            writeBytes(b.bufferBytes());
        } else {
            out.write('?');  // CPython's TYPE_UNKNOWN, seen only in what dump() leaves in a file
            error = UNMARSHALLABLE;
        }
    }

    private void writeStr(PyStr s) {
        if (strings != null && s.isInterned()) {
            Integer ref = strings.get(s);
            if (ref != null) {
                out.write('R');
                writeInt(ref);
                return;
            }
            strings.put(s, strings.size());
            out.write('t');
        } else {
            out.write('s');
        }
        writeBytes(s.bytes());
    }

    /** A long as a signed count of 15-bit digits, least significant first. */
    private void writeBigLong(BigInteger x) {
        out.write('l');
        BigInteger a = x.abs();
        int n = (a.bitLength() + 14) / 15;
        writeInt(x.signum() < 0 ? -n : n);
        for (int i = 0; i < n; i++) {
            writeShort(a.shiftRight(15 * i).and(DIGIT_MASK).intValue());
        }
    }

    /** Versions 0 and 1: the text of '%.17g' with a one-byte length. */
    private void writeFloatText(double d) {
        byte[] text = FloatFormat.format(d, 'g', 17, 0).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        out.write(text.length);
        out.write(text, 0, text.length);
    }

    private void writeBytes(byte[] b) {
        writeInt(b.length);
        out.write(b, 0, b.length);
    }

    private void writeShort(int x) {
        out.write(x & 0xff);
        out.write((x >> 8) & 0xff);
    }

    private void writeInt(int x) {
        for (int i = 0; i < 4; i++) {
            out.write((x >> (8 * i)) & 0xff);
        }
    }

    private void writeLong64(long x) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (x >> (8 * i)) & 0xff);
        }
    }
}
