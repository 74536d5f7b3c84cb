package taipan.serialization.marshal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import taipan.runtime.*;

/** Reads values in CPython 2.7's marshal format, with its error messages and quirks. */
final class Reader {
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?((\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private final Source in;
    /** Strings read as 't' (interned), for 'R' back-references. */
    private final List<PyStr> strings = new ArrayList<>();
    private int depth;

    Reader(Source in) {
        this.in = in;
    }

    /** One value; a '0' (no object) at the top is CPython's TypeError. */
    PyObject readTop() {
        PyObject v = read();
        if (v == null) {
            throw Py.TypeError("NULL object in marshal data for object");
        }
        return v;
    }

    /** One value, or null for the '0' marker that ends a dict. */
    private PyObject read() {
        depth++;
        try {
            if (depth > Writer.MAX_DEPTH) {
                throw Py.ValueError("recursion limit exceeded");
            }
            return readValue();
        } finally {
            depth--;
        }
    }

    private PyObject readValue() {
        int code = in.read();
        switch (code) {
            case -1:
                throw eof();
            case '0':
                return null;
            case 'N':
                return PyNone.INSTANCE;
            case 'S':
                return Exceptions.StopIteration;
            case '.':
                return PyEllipsis.INSTANCE;
            case 'F':
                return PyBool.FALSE;
            case 'T':
                return PyBool.TRUE;
            case 'i':
                return PyInt.of(readInt());
            case 'I': {
                long lo = readInt();
                long hi = readInt();
                return PyInt.of((hi << 32) | (lo & 0xffffffffL));
            }
            case 'l':
                return readBigLong();
            case 'f':
                return new PyFloat(readFloatText());
            case 'g':
                return new PyFloat(readBinaryDouble());
            case 'x': {
                double re = readFloatText();
                return new PyComplex(re, readFloatText());
            }
            case 'y': {
                double re = readBinaryDouble();
                return new PyComplex(re, readBinaryDouble());
            }
            case 's':
            case 't': {
                PyStr s = PyStr.of(readExactly(readSize("string")));
                if (code == 't') {
                    s = PyStr.intern(s);
                    strings.add(s);
                }
                return s;
            }
            case 'R': {
                long n = readInt();
                if (n < 0 || n >= strings.size()) {
                    throw Py.ValueError("bad marshal data (string ref out of range)");
                }
                return strings.get((int) n);
            }
            case 'u': {
                byte[] b = readExactly(readSize("unicode"));
                return Codecs.decodeUtf8(b, b.length, "strict", true, null).text();
            }
            case '(':
                return PyTuple.of(readItems(readSize("tuple"), "tuple"));
            case '[':
                return new PyList(readItems(readSize("list"), "list"));
            case '{':
                return readDict();
            case '<':
            case '>': {
                List<PyObject> items = readItems(readSize("set"), "set");
                BaseSet s = code == '<' ? new PySet() : new PyFrozenSet();
                for (PyObject item : items) {
                    s.add(item);
                }
                return s;
            }
            case 'c':
                throw Py.ValueError("bad marshal data (code objects are not supported: "
                        + "Taipan code is not CPython bytecode)");
            default:
                throw Py.ValueError("bad marshal data (unknown type code)");
        }
    }

    private static PyException eof() {
        return Py.EOFError("EOF read where object expected");
    }

    /** A 4-byte little-endian int; missing bytes read as 0xff, as CPython's getc-based reader. */
    private long readInt() {
        long x = in.read();
        x |= (long) in.read() << 8;
        x |= (long) in.read() << 16;
        x |= (long) in.read() << 24;
        return (int) x;
    }

    private int readShort() {
        int x = in.read();
        x |= in.read() << 8;
        return (short) x;
    }

    private int readSize(String what) {
        long n = readInt();
        if (n < 0) {
            throw Py.ValueError("bad marshal data (" + what + " size out of range)");
        }
        return (int) n;
    }

    private byte[] readExactly(int n) {
        byte[] b = in.read(n);
        if (b.length != n) {
            throw eof();
        }
        return b;
    }

    private List<PyObject> readItems(int n, String what) {
        // Grow as items arrive: a corrupt size must not allocate before the data runs out.
        List<PyObject> items = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            PyObject v = read();
            if (v == null) {
                throw Py.TypeError("NULL object in marshal data for " + what);
            }
            items.add(v);
        }
        return items;
    }

    private PyObject readDict() {
        PyDict d = new PyDict();
        while (true) {
            PyObject key = read();
            if (key == null) {
                break;
            }
            PyObject value = read();
            if (value != null) {  // as CPython: a '0' value drops the key and goes on
                d.setItem(key, value);
            }
        }
        return d;
    }

    private PyObject readBigLong() {
        long n = readInt();
        if (n < -Integer.MAX_VALUE) {
            throw Py.ValueError("bad marshal data (long size out of range)");
        }
        int size = (int) Math.abs(n);
        BigInteger v = BigInteger.ZERO;
        for (int i = 0; i < size; i++) {
            int d = readShort();
            if (d < 0) {
                throw Py.ValueError("bad marshal data (digit out of range in long)");
            }
            if (d == 0 && i == size - 1) {
                throw Py.ValueError("bad marshal data (unnormalized long data)");
            }
            v = v.or(BigInteger.valueOf(d).shiftLeft(15 * i));
        }
        return PyLong.of(n < 0 ? v.negate() : v);
    }

    /** Versions 0 and 1: a one-byte length and the float's text. */
    private double readFloatText() {
        int n = in.read();
        if (n < 0) {
            throw eof();
        }
        String text = new String(readExactly(n), StandardCharsets.ISO_8859_1);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            text = text.substring(0, nul);  // CPython parses the C string up to a NUL
        }
        if (!FLOAT.matcher(text).matches()) {
            String shown = text.length() > 200 ? text.substring(0, 200) : text;
            throw Py.ValueError("could not convert string to float: " + shown);
        }
        return NumberParser.parseFloat(text);
    }

    private double readBinaryDouble() {
        byte[] b = readExactly(8);
        long x = 0;
        for (int i = 7; i >= 0; i--) {
            x = (x << 8) | (b[i] & 0xff);
        }
        return Double.longBitsToDouble(x);
    }
}
