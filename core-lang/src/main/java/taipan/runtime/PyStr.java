package taipan.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code str}: an immutable byte string (Python 2 semantics). As a Java string it reads
 * as ISO-8859-1, one char per byte, which is how identifiers and attribute names are
 * handled on the Java side. Equal strings are equal Java objects (equals/hashCode by
 * content) so they can key Java maps; the Python hash is CPython 2.7's.
 */
@ExposedType(name = "str", base = PyBaseString.class, doc = "str(object='') -> string\n\nReturn a nice string representation of the object.\nIf the argument is a string, the return value is the same object.")
public class PyStr extends PyBaseString {
    public static final PyType TYPE = PyType.builtin(PyStr.class);

    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();
    private static final PyStr[] CHARS = new PyStr[256];

    static {
        for (int i = 0; i < 256; i++) {
            CHARS[i] = new PyStr(new byte[] {(byte) i});
        }
    }

    public static final PyStr EMPTY = new PyStr(new byte[0]);

    final byte[] value;
    private long hash;
    private boolean hashed;
    private String javaString;
    private boolean interned;

    /** Takes ownership of {@code value}: the caller must not change it afterwards. */
    public PyStr(byte[] value) {
        this.value = value;
    }

    public static PyStr of(byte[] value) {
        if (value.length == 1) {
            return CHARS[value[0] & 0xff];
        }
        return value.length == 0 ? EMPTY : new PyStr(value);
    }

    /** Chars up to U+00FF map to one byte each; any other char is written as UTF-8. */
    public static PyStr of(String s) {
        int n = s.length();
        if (n == 1 && s.charAt(0) < 256) {
            return CHARS[s.charAt(0)];
        }
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0xff) {
                return ofMixed(s);
            }
            b[i] = (byte) c;
        }
        PyStr r = new PyStr(b);
        r.javaString = s;
        return r;
    }

    private static PyStr ofMixed(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0xff) {
                out.write(c);
            } else {
                int cp = s.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
                byte[] u = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(u, 0, u.length);
            }
        }
        return new PyStr(out.toByteArray());
    }

    public static PyStr ofChar(int b) {
        return CHARS[b & 0xff];
    }

    /** The canonical instance for a name: attribute names and identifiers use these. */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p == null) {
            PyStr fresh = of(s);
            if (fresh.value.length <= 1 || fresh == EMPTY) {
                fresh = new PyStr(fresh.value);
            }
            fresh.interned = true;
            fresh.javaString = s;
            p = INTERNED.putIfAbsent(s, fresh);
            if (p == null) {
                p = fresh;
            }
        }
        return p;
    }

    public static PyStr intern(PyStr s) {
        if (s.interned) {
            return s;
        }
        return intern(s.toString());
    }

    public boolean isInterned() {
        return interned;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public int size() {
        return value.length;
    }

    public int byteAt(int i) {
        return value[i] & 0xff;
    }

    /** A copy of the bytes. */
    public byte[] toBytes() {
        return value.clone();
    }

    /** The bytes themselves: callers must not modify them. */
    public byte[] bytes() {
        return value;
    }

    /** The bytes read as ISO-8859-1. */
    @Override
    public String toString() {
        String s = javaString;
        if (s == null) {
            s = javaString = new String(value, StandardCharsets.ISO_8859_1);
        }
        return s;
    }

    /** Encodes with the default encoding (ASCII), raising UnicodeEncodeError. */
    public static PyStr fromUnicodeDefault(PyUnicode u) {
        return PyUnicode.encodeAscii(u);
    }

    // ---- Java identity of content ----------------------------------------------------

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && Arrays.equals(value, s.value);
    }

    @Override
    public int hashCode() {
        long h = __hash__();
        return (int) (h ^ (h >>> 32));
    }

    // ---- core special methods ---------------------------------------------------------

    /** CPython 2.7's string hash (64-bit, no randomisation). */
    @Override
    public long __hash__() {
        if (hashed) {
            return hash;
        }
        long h = hashBytes(value);
        hash = h;
        hashed = true;
        return h;
    }

    static long hashBytes(byte[] v) {
        int n = v.length;
        if (n == 0) {
            return 0;
        }
        long x = (long) (v[0] & 0xff) << 7;
        for (byte b : v) {
            x = (1000003L * x) ^ (b & 0xff);
        }
        x ^= n;
        return x == -1 ? -2 : x;
    }

    @Override
    public int __len__() {
        return value.length;
    }

    @Override
    public boolean __nonzero__() {
        return value.length != 0;
    }

    @Override
    public PyObject __str__() {
        return getClass() == PyStr.class ? this : new PyStr(value);
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of(repr(value, true));
    }

    /** CPython's str repr: single quotes unless the text has ' and no ". */
    public static String repr(byte[] v, boolean withQuotes) {
        boolean hasSingle = false, hasDouble = false;
        for (byte b : v) {
            if (b == '\'') hasSingle = true;
            else if (b == '"') hasDouble = true;
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(v.length + 2);
        if (withQuotes) sb.append(q);
        for (byte bb : v) {
            int c = bb & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        if (withQuotes) sb.append(q);
        return sb.toString();
    }

    @Override
    public PyObject __eq__(PyObject o) {
        if (o instanceof PyStr s) {
            return Py.bool(this == s || Arrays.equals(value, s.value));
        }
        return null;
    }

    @Override
    public PyObject __ne__(PyObject o) {
        if (o instanceof PyStr s) {
            return Py.bool(!Arrays.equals(value, s.value));
        }
        return null;
    }

    public int compareTo(PyStr s) {
        return Arrays.compareUnsigned(value, s.value);
    }

    @Override
    public PyObject __lt__(PyObject o) {
        return o instanceof PyStr s ? Py.bool(compareTo(s) < 0) : null;
    }

    @Override
    public PyObject __le__(PyObject o) {
        return o instanceof PyStr s ? Py.bool(compareTo(s) <= 0) : null;
    }

    @Override
    public PyObject __gt__(PyObject o) {
        return o instanceof PyStr s ? Py.bool(compareTo(s) > 0) : null;
    }

    @Override
    public PyObject __ge__(PyObject o) {
        return o instanceof PyStr s ? Py.bool(compareTo(s) >= 0) : null;
    }

    @Override
    public PyObject __add__(PyObject o) {
        if (o instanceof PyStr s) {
            byte[] r = Arrays.copyOf(value, value.length + s.value.length);
            System.arraycopy(s.value, 0, r, value.length, s.value.length);
            return of(r);
        }
        return null;
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PyInt i) {
            long k = i.value;
            if (k < 0) {
                k += value.length;
            }
            if (k < 0 || k >= value.length) {
                throw Py.IndexError("string index out of range");
            }
            return CHARS[value[(int) k] & 0xff];
        }
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(value.length);
            return getSlice((int) idx[0], (int) idx[1], (int) idx[2]);
        }
        return __getitem__(Ops.index(key));
    }

    public PyStr getSlice(int start, int stop, int step) {
        if (step == 1) {
            return stop <= start ? EMPTY : of(Arrays.copyOfRange(value, start, stop));
        }
        int n = PySlice.length(start, stop, step);
        byte[] r = new byte[n];
        for (int i = 0, j = start; i < n; i++, j += step) {
            r[i] = value[j];
        }
        return of(r);
    }

    @Override
    public boolean __contains__(PyObject o) {
        if (o instanceof PyStr s) {
            return indexOf(value, s.value, 0, value.length) >= 0;
        }
        if (o instanceof PyUnicode u) {
            return PyUnicode.fromStrDefault(this).__contains__(u);
        }
        throw Py.TypeError("'in <string>' requires string as left operand, not " + o.getType().getName());
    }

    /** First index of {@code sub} in {@code v[start:end]}, or -1. */
    static int indexOf(byte[] v, byte[] sub, int start, int end) {
        int n = sub.length;
        if (n == 0) {
            return start <= end ? start : -1;
        }
        outer:
        for (int i = start; i <= end - n; i++) {
            if (v[i] != sub[0]) {
                continue;
            }
            for (int j = 1; j < n; j++) {
                if (v[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public PyObject __iter__() {
        return new PySeqIter(this);
    }
}
