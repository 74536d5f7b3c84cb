package taipan.runtime;

/**
 * {@code unicode}: a sequence of code points (2.7 "wide" build: {@code len(u'\U0001F600')}
 * is 1). Stored as a Java string; code-point indexing is direct unless the text holds
 * supplementary characters, in which case an offset table is built on first need.
 */
@ExposedType(name = "unicode", base = PyBaseString.class)
public class PyUnicode extends PyBaseString {
    public static final PyType TYPE = PyType.builtin(PyUnicode.class);

    public static final PyUnicode EMPTY = new PyUnicode("");

    final String value;
    /** Number of code points. */
    private final int length;
    private long hash;
    private boolean hashed;

    public PyUnicode(String value) {
        this.value = value;
        this.length = value.codePointCount(0, value.length());
    }

    public static PyUnicode of(String s) {
        return s.isEmpty() ? EMPTY : new PyUnicode(s);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return value;
    }

    /** Length in code points. */
    public int length() {
        return length;
    }

    /** True when every code point is a single Java char (no surrogate pairs). */
    public boolean isBmp() {
        return length == value.length();
    }

    /** The code point at code-point index {@code i}. */
    public int codePointAt(int i) {
        if (isBmp()) {
            return value.charAt(i);
        }
        return value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The Java char offset of code-point index {@code i}. */
    public int charOffset(int i) {
        return isBmp() ? i : value.offsetByCodePoints(0, i);
    }

    /** Substring by code-point indices. */
    public PyUnicode substring(int start, int end) {
        if (end <= start) {
            return EMPTY;
        }
        return of(value.substring(charOffset(start), charOffset(end)));
    }

    /** Decodes a str with the default encoding (ASCII), raising UnicodeDecodeError. */
    public static PyUnicode fromStrDefault(PyStr s) {
        byte[] b = s.value;
        char[] c = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            if (b[i] < 0) {
                throw new PyException(Exceptions.UnicodeDecodeError, Exceptions.newInstance(Exceptions.UnicodeDecodeError,
                        PyStr.of("ascii"), s, PyInt.of(i), PyInt.of(i + 1), PyStr.of("ordinal not in range(128)")));
            }
            c[i] = (char) b[i];
        }
        return of(new String(c));
    }

    /** Encodes to ASCII, raising UnicodeEncodeError. */
    public static PyStr encodeAscii(PyUnicode u) {
        String v = u.value;
        byte[] out = new byte[v.length()];
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch >= 128) {
                int pos = v.codePointCount(0, i);
                throw new PyException(Exceptions.UnicodeEncodeError, Exceptions.newInstance(Exceptions.UnicodeEncodeError,
                        PyStr.of("ascii"), u, PyInt.of(pos), PyInt.of(pos + 1), PyStr.of("ordinal not in range(128)")));
            }
            out[i] = (byte) ch;
        }
        return PyStr.of(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyUnicode u && u.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** CPython 2.7's unicode hash over code points; equals the str hash for ASCII text. */
    @Override
    public long __hash__() {
        if (hashed) {
            return hash;
        }
        long h;
        if (length == 0) {
            h = 0;
        } else {
            long x = (long) codePointAt(0) << 7;
            for (int i = 0; i < value.length(); ) {
                int cp = value.codePointAt(i);
                x = (1000003L * x) ^ cp;
                i += Character.charCount(cp);
            }
            x ^= length;
            h = x == -1 ? -2 : x;
        }
        hash = h;
        hashed = true;
        return h;
    }

    @Override
    public int __len__() {
        return length;
    }

    @Override
    public boolean __nonzero__() {
        return length != 0;
    }

    /** Coerces the other operand of a comparison or concatenation to unicode, or null. */
    static PyUnicode coerce(PyObject o) {
        if (o instanceof PyUnicode u) {
            return u;
        }
        if (o instanceof PyStr s) {
            return fromStrDefault(s);
        }
        return null;
    }

    @Override
    public PyObject __eq__(PyObject o) {
        PyUnicode u = coerceForCompare(o);
        return u == null ? null : Py.bool(value.equals(u.value));
    }

    @Override
    public PyObject __ne__(PyObject o) {
        PyUnicode u = coerceForCompare(o);
        return u == null ? null : Py.bool(!value.equals(u.value));
    }

    /** For == and !=: a str that does not decode compares unequal (2.7 warns, then False). */
    private PyUnicode coerceForCompare(PyObject o) {
        if (o instanceof PyStr s) {
            try {
                return fromStrDefault(s);
            } catch (PyException e) {
                return new PyUnicode("\uffff\u0000never-equal");
            }
        }
        return o instanceof PyUnicode u ? u : null;
    }

    public int compareTo(PyUnicode u) {
        // code point order (differs from UTF-16 order only with surrogates)
        String a = value, b = u.value;
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    @Override
    public PyObject __lt__(PyObject o) {
        PyUnicode u = coerce(o);
        return u == null ? null : Py.bool(compareTo(u) < 0);
    }

    @Override
    public PyObject __le__(PyObject o) {
        PyUnicode u = coerce(o);
        return u == null ? null : Py.bool(compareTo(u) <= 0);
    }

    @Override
    public PyObject __gt__(PyObject o) {
        PyUnicode u = coerce(o);
        return u == null ? null : Py.bool(compareTo(u) > 0);
    }

    @Override
    public PyObject __ge__(PyObject o) {
        PyUnicode u = coerce(o);
        return u == null ? null : Py.bool(compareTo(u) >= 0);
    }

    @Override
    public PyObject __add__(PyObject o) {
        PyUnicode u = coerce(o);
        return u == null ? null : of(value + u.value);
    }

    @Override
    public PyObject __radd__(PyObject o) {
        PyUnicode u = coerce(o);
        return u == null ? null : of(u.value + value);
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of(repr(value));
    }

    /** CPython's unicode repr: u'...' with \\xNN, \\uNNNN, \\UNNNNNNNN escapes. */
    public static String repr(String v) {
        boolean hasSingle = v.indexOf('\'') >= 0, hasDouble = v.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(v.length() + 3).append('u').append(q);
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || (c >= 0x7f && c < 0x100)) {
                sb.append(String.format("\\x%02x", c));
            } else if (c >= 0x10000) {
                sb.append(String.format("\\U%08x", c));
            } else if (c >= 0x100) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    @Override
    public PyObject __str__() {
        return encodeAscii(this);
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PyInt i) {
            long k = i.value;
            if (k < 0) {
                k += length;
            }
            if (k < 0 || k >= length) {
                throw Py.IndexError("string index out of range");
            }
            return of(new String(Character.toChars(codePointAt((int) k))));
        }
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(length);
            int start = (int) idx[0], stop = (int) idx[1], step = (int) idx[2];
            if (step == 1) {
                return substring(start, stop);
            }
            int n = PySlice.length(start, stop, step);
            StringBuilder sb = new StringBuilder(n);
            for (int k = 0, j = start; k < n; k++, j += step) {
                sb.appendCodePoint(codePointAt(j));
            }
            return of(sb.toString());
        }
        return __getitem__(Ops.index(key));
    }

    @Override
    public boolean __contains__(PyObject o) {
        PyUnicode u = coerce(o);
        if (u == null) {
            throw Py.TypeError("coercing to Unicode: need string or buffer, " + o.getType().getName() + " found");
        }
        return value.contains(u.value);
    }

    @Override
    public PyObject __iter__() {
        return new PySeqIter(this);
    }
}
