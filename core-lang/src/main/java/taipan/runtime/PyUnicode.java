package taipan.runtime;

import java.util.Arrays;

/**
 * {@code unicode}: a sequence of code points, with the semantics of a 2.7 "wide" (UCS-4)
 * build: {@code len(u'\U0001F600')} is 1 and lone surrogates are ordinary code points.
 * The code points are kept in an {@code int[]} (4 bytes per character, as CPython's wide
 * build); the Java string form is built on demand and cached.
 */
@ExposedType(name = "unicode", base = PyBaseString.class, doc = "unicode(object='') -> unicode object\nunicode(string[, encoding[, errors]]) -> unicode object\n\nCreate a new Unicode object from the given encoded string.\nencoding defaults to the current default string encoding.\nerrors can be 'strict', 'replace' or 'ignore' and defaults to 'strict'.")
public class PyUnicode extends PyBaseString {
    public static final PyType TYPE = PyType.builtin(PyUnicode.class);

    private static final int[] NO_CPS = new int[0];
    public static final PyUnicode EMPTY = new PyUnicode(NO_CPS, true);
    private static final PyUnicode[] LATIN1 = new PyUnicode[256];

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyUnicode(new int[] {i}, true);
        }
    }

    final int[] cps;
    private String javaString;
    private long hash;

    /** From a Java string: surrogate pairs become one code point each. */
    public PyUnicode(String value) {
        this.cps = value.codePoints().toArray();
        this.javaString = value;
    }

    /** Takes ownership of the code points. */
    PyUnicode(int[] cps, boolean owned) {
        this.cps = cps;
    }

    public static PyUnicode of(String s) {
        return s.isEmpty() ? EMPTY : new PyUnicode(s);
    }

    /** Takes ownership of {@code cps}: the caller must not change the array afterwards. */
    public static PyUnicode fromCodePoints(int[] cps) {
        if (cps.length == 0) {
            return EMPTY;
        }
        if (cps.length == 1 && cps[0] >= 0 && cps[0] < 256) {
            return LATIN1[cps[0]];
        }
        return new PyUnicode(cps, true);
    }

    /** A unicode of {@code v[from:to]} (copied). */
    static PyUnicode of(int[] v, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return EMPTY;
        }
        if (n == 1 && v[from] < 256) {
            return LATIN1[v[from]];
        }
        return new PyUnicode(Arrays.copyOfRange(v, from, to), true);
    }

    /** The one-character unicode {@code unichr(cp)}. */
    public static PyUnicode ofCodePoint(int cp) {
        return cp >= 0 && cp < 256 ? LATIN1[cp] : new PyUnicode(new int[] {cp}, true);
    }

    private static final UnicodeStrings.Maker MAKER = PyUnicode::of;

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String toString() {
        String s = javaString;
        if (s == null) {
            s = javaString = new String(cps, 0, cps.length);
        }
        return s;
    }

    /** Length in code points. */
    public int length() {
        return cps.length;
    }

    /** The code points themselves: callers must not modify them. */
    public int[] codePoints() {
        return cps;
    }

    /** True when every code point is in the BMP (so the Java string has one char per code point). */
    public boolean isBmp() {
        for (int c : cps) {
            if (c > 0xffff) {
                return false;
            }
        }
        return true;
    }

    /** The code point at code-point index {@code i}. */
    public int codePointAt(int i) {
        return cps[i];
    }

    /** The Java char offset of code-point index {@code i}. */
    public int charOffset(int i) {
        int off = 0;
        for (int k = 0; k < i; k++) {
            off += cps[k] > 0xffff ? 2 : 1;
        }
        return off;
    }

    /** Substring by code-point indices. */
    public PyUnicode substring(int start, int end) {
        return of(cps, start, end);
    }

    /** This unicode when exact, else an exact copy (what CPython returns for "unchanged"). */
    final PyUnicode exact() {
        return getClass() == PyUnicode.class ? this : fromCodePoints(cps);
    }

    /** Decodes a str with the default encoding (ASCII), raising UnicodeDecodeError. */
    public static PyUnicode fromStrDefault(PyStr s) {
        return decodeAscii(s.value, s);
    }

    static PyUnicode decodeAscii(byte[] b, PyObject errObj) {
        int n = b.length;
        if (n == 1 && b[0] >= 0) {
            return LATIN1[b[0]];
        }
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            if (b[i] < 0) {
                throw Codecs.decodeError("ascii", errObj instanceof PyStr ? errObj : PyStr.of(b), i, i + 1, "ordinal not in range(128)");
            }
            c[i] = b[i];
        }
        return fromCodePoints(c);
    }

    /** Encodes to ASCII, raising UnicodeEncodeError. */
    public static PyStr encodeAscii(PyUnicode u) {
        int[] v = u.cps;
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            int ch = v[i];
            if (ch < 0 || ch >= 128) {
                int end = i + 1;
                while (end < v.length && (v[end] < 0 || v[end] >= 128)) {
                    end++;
                }
                throw Codecs.encodeError("ascii", u, i, end, "ordinal not in range(128)");
            }
            out[i] = (byte) ch;
        }
        return PyStr.of(out);
    }

    /**
     * PyUnicode_FromObject as the unicode methods use it for their arguments: unicode as
     * is, str (and buffers) decoded with the default codec.
     */
    static PyUnicode coerceArg(PyObject o) {
        if (o instanceof PyUnicode u) {
            return u;
        }
        if (o instanceof PyStr s) {
            return fromStrDefault(s);
        }
        if (o instanceof PyByteArray) {
            throw Py.TypeError("decoding bytearray is not supported");
        }
        if (o instanceof BufferProtocol b) {
            return decodeAscii(b.bufferBytes(), null);
        }
        throw Py.TypeError("coercing to Unicode: need string or buffer, " + o.getType().getName() + " found");
    }

    // ---- construction --------------------------------------------------------------------

    @ExposedNew
    static PyObject unicode_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("unicode", args, kw, new String[] {"string", "encoding", "errors"}, 0);
        String enc = encodingArg("unicode", a[1], 2);
        String err = encodingArg("unicode", a[2], 3);
        PyUnicode u;
        if (a[0] == null) {
            u = EMPTY;
        } else if (enc == null && err == null) {
            u = (PyUnicode) Ops.unicode(a[0]);
        } else {
            u = Codecs.fromEncodedObject(a[0], enc, err);
        }
        if (subtype == TYPE) {
            return u;
        }
        return new Derived(subtype, u.cps);
    }

    // ---- Java identity ----------------------------------------------------------------------

    @Override
    public boolean equals(Object o) {
        return o instanceof PyUnicode u && Arrays.equals(cps, u.cps);
    }

    @Override
    public int hashCode() {
        long h = __hash__();
        return (int) (h ^ (h >>> 32));
    }

    /** CPython 2.7's unicode hash over code points; equals the str hash for ASCII text. */
    @Override
    public long __hash__() {
        long h = hash;
        if (h == 0 && cps.length != 0) {
            int[] v = cps;
            long x = (long) v[0] << 7;
            for (int c : v) {
                x = (1000003L * x) ^ c;
            }
            x ^= v.length;
            h = hash = x == -1 ? -2 : x;
        }
        return h;
    }

    @Override
    public int __len__() {
        return cps.length;
    }

    @Override
    public boolean __nonzero__() {
        return cps.length != 0;
    }

    // ---- comparison ---------------------------------------------------------------------------

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
        if (o instanceof PyUnicode u) {
            return Py.bool(Arrays.equals(cps, u.cps));
        }
        if (o instanceof PyStr s) {
            return Py.bool(equalsStr(s));
        }
        return null;
    }

    @Override
    public PyObject __ne__(PyObject o) {
        PyObject r = __eq__(o);
        return r == null ? null : Py.bool(r == Py.False);
    }

    /** Equality with a str decoded by the default codec; undecodable strs are unequal (2.7 warns). */
    private boolean equalsStr(PyStr s) {
        byte[] b = s.value;
        if (b.length != cps.length) {
            return false;
        }
        for (int i = 0; i < b.length; i++) {
            if (b[i] < 0 || b[i] != cps[i]) {
                return false;
            }
        }
        return true;
    }

    public int compareTo(PyUnicode u) {
        int[] a = cps, b = u.cps;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return a[i] < b[i] ? -1 : 1;
            }
        }
        return Integer.compare(a.length, b.length);
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

    // ---- sequence -------------------------------------------------------------------------------

    @Override
    public PyObject __add__(PyObject o) {
        PyUnicode u;
        if (o instanceof PyUnicode x) {
            u = x;
        } else if (o instanceof PyStr s) {
            u = fromStrDefault(s);
        } else if (o instanceof BufferProtocol) {
            u = coerceArg(o);
        } else {
            return null;
        }
        return concat(u);
    }

    /** this + u. */
    PyUnicode concat(PyUnicode u) {
        if (u.cps.length == 0 && getClass() == PyUnicode.class) {
            return this;
        }
        if (cps.length == 0 && u.getClass() == PyUnicode.class) {
            return u;
        }
        int[] r = Arrays.copyOf(cps, checkSize((long) cps.length + u.cps.length));
        System.arraycopy(u.cps, 0, r, cps.length, u.cps.length);
        return new PyUnicode(r, true);
    }

    /** Concatenation of two strings of either kind (str + unicode promotes). */
    public static PyObject concat(PyObject a, PyObject b) {
        return coerceArg(a).concat(coerceArg(b));
    }

    @Override
    public PyObject __mul__(PyObject n) {
        Long c = repeatCount(n);
        if (c == null) {
            return null;
        }
        if (c == 1 && getClass() == PyUnicode.class) {
            return this;
        }
        return fromCodePoints(UnicodeStrings.repeat(cps, c));
    }

    @Override
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @Override
    public PyObject __mod__(PyObject args) {
        return StringFormatter.format(this, args);
    }

    @Override
    public PyObject __rmod__(PyObject o) {
        if (o instanceof PyUnicode u) {
            return StringFormatter.format(u, this);
        }
        return null;
    }

    @Override
    public PyObject __repr__() {
        return new PyStr(reprBytes(cps));
    }

    /** CPython's unicode repr: u'...' with \\xNN, \\uNNNN, \\UNNNNNNNN escapes. */
    public static String repr(String v) {
        return new String(reprBytes(v.codePoints().toArray()), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static byte[] reprBytes(int[] v) {
        boolean hasSingle = false, hasDouble = false;
        for (int c : v) {
            if (c == '\'') {
                hasSingle = true;
            } else if (c == '"') {
                hasDouble = true;
            }
        }
        byte q = (byte) (hasSingle && !hasDouble ? '"' : '\'');
        ByteBuilder sb = new ByteBuilder(v.length + 3);
        sb.append('u').append(q);
        for (int c : v) {
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\t') {
                sb.append('\\').append('t');
            } else if (c == '\n') {
                sb.append('\\').append('n');
            } else if (c == '\r') {
                sb.append('\\').append('r');
            } else if (c < ' ' || (c >= 0x7f && c < 0x100)) {
                sb.append('\\').append('x').hex(c, 2);
            } else if (c >= 0x10000) {
                sb.append('\\').append('U').hex(c, 8);
            } else if (c >= 0x100) {
                sb.append('\\').append('u').hex(c, 4);
            } else {
                sb.append(c);
            }
        }
        sb.append(q);
        return sb.toArray();
    }

    @Override
    public PyObject __str__() {
        return encodeAscii(this);
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(cps.length);
            int start = (int) idx[0], stop = (int) idx[1], step = (int) idx[2];
            if (step == 1) {
                if (start == 0 && stop >= cps.length && getClass() == PyUnicode.class) {
                    return this;
                }
                return of(cps, start, stop);
            }
            int n = PySlice.length(start, stop, step);
            int[] r = new int[n];
            for (int k = 0, j = start; k < n; k++, j += step) {
                r[k] = cps[j];
            }
            return fromCodePoints(r);
        }
        if (!(key instanceof PyInt) && !(key instanceof PyLong) && key.getType().lookup(N.__index__) == null) {
            throw Py.TypeError("string indices must be integers");
        }
        long k = itemIndex(key, "string");
        if (k < 0) {
            k += cps.length;
        }
        if (k < 0 || k >= cps.length) {
            throw Py.IndexError("string index out of range");
        }
        return ofCodePoint(cps[(int) k]);
    }

    @ExposedMethod(names = "__getslice__", doc = "x.__getslice__(i, j) <==> x[i:j]\n\nUse of negative indices is not supported.")
    public PyObject getslice(PyObject[] args, String[] kw) {
        if (args.length != 2 || (kw != null && kw.length > 0)) {
            throw Py.TypeError("function takes exactly 2 arguments (" + args.length + " given)");
        }
        long i = longArg(args[0]), j = longArg(args[1]);
        int n = cps.length;
        if (i < 0) {
            i = 0;
        }
        if (j < 0) {
            j = 0;
        }
        if (j > n) {
            j = n;
        }
        if (i == 0 && j == n && getClass() == PyUnicode.class) {
            return this;
        }
        if (j < i) {
            j = i;
        }
        return of(cps, (int) i, (int) j);
    }

    @Override
    public boolean __contains__(PyObject o) {
        PyUnicode u = coerceArg(o);
        return UnicodeStrings.find(cps, 0, cps.length, u.cps, u.cps.length) >= 0;
    }

    @ExposedMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(fromCodePoints(cps.clone()));
    }

    @ExposedMethod(names = "__sizeof__", doc = "S.__sizeof__() -> size of S in memory, in bytes\n\n")
    public PyObject unicodeSizeof() {
        return PyInt.of(52 + 4L * cps.length);
    }

    // ---- searching -------------------------------------------------------------------------------

    /** find with raw start/end arguments (clipped as in slices). */
    public int find(PyUnicode sub, long start, long end) {
        long[] se = adjust(start, end, cps.length);
        return UnicodeStrings.find(cps, (int) se[0], (int) Math.max(se[1], -1), sub.cps, sub.cps.length);
    }

    public int rfind(PyUnicode sub, long start, long end) {
        long[] se = adjust(start, end, cps.length);
        return UnicodeStrings.rfind(cps, (int) se[0], (int) Math.max(se[1], -1), sub.cps, sub.cps.length);
    }

    public long count(PyUnicode sub, long start, long end) {
        long[] se = adjust(start, end, cps.length);
        return UnicodeStrings.count(cps, (int) se[0], (int) se[1], sub.cps, sub.cps.length, Long.MAX_VALUE);
    }

    boolean tailMatch(PyUnicode sub, long start, long end, boolean atEnd) {
        return UnicodeStrings.tailMatch(cps, cps.length, sub.cps, sub.cps.length, start, end, atEnd);
    }

    private PyObject findImpl(String name, PyObject sub, PyObject start, PyObject end, int kind) {
        long s = sliceIndex(start, 0);
        long e = sliceIndex(end, Long.MAX_VALUE);
        PyUnicode u = coerceArg(sub);
        int r = (kind & 1) == 0 ? find(u, s, e) : rfind(u, s, e);
        if (r < 0 && kind >= 2) {
            throw Py.ValueError("substring not found");
        }
        return PyInt.of(r);
    }

    @ExposedMethod
    public PyObject find(PyObject sub, @Default("null") PyObject start, @Default("null") PyObject end) {
        return findImpl("find", sub, start, end, 0);
    }

    @ExposedMethod
    public PyObject rfind(PyObject sub, @Default("null") PyObject start, @Default("null") PyObject end) {
        return findImpl("rfind", sub, start, end, 1);
    }

    @ExposedMethod
    public PyObject index(PyObject sub, @Default("null") PyObject start, @Default("null") PyObject end) {
        return findImpl("index", sub, start, end, 2);
    }

    @ExposedMethod
    public PyObject rindex(PyObject sub, @Default("null") PyObject start, @Default("null") PyObject end) {
        return findImpl("rindex", sub, start, end, 3);
    }

    @ExposedMethod
    public PyObject count(PyObject sub, @Default("null") PyObject start, @Default("null") PyObject end) {
        long s = sliceIndex(start, 0);
        long e = sliceIndex(end, Long.MAX_VALUE);
        return PyInt.of(count(coerceArg(sub), s, e));
    }

    private PyObject tailMatch(String name, PyObject prefix, PyObject start, PyObject end, boolean atEnd) {
        long s = sliceIndex(start, 0);
        long e = sliceIndex(end, Long.MAX_VALUE);
        if (prefix instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (tailMatch(coerceArg(t.get(i)), s, e, atEnd)) {
                    return Py.True;
                }
            }
            return Py.False;
        }
        if (!(prefix instanceof PyUnicode) && !(prefix instanceof PyStr)) {
            throw Py.TypeError(name + " first arg must be str, unicode, or tuple, not " + prefix.getType().getName());
        }
        return Py.bool(tailMatch(coerceArg(prefix), s, e, atEnd));
    }

    @ExposedMethod
    public PyObject startswith(PyObject prefix, @Default("null") PyObject start, @Default("null") PyObject end) {
        return tailMatch("startswith", prefix, start, end, false);
    }

    @ExposedMethod
    public PyObject endswith(PyObject suffix, @Default("null") PyObject start, @Default("null") PyObject end) {
        return tailMatch("endswith", suffix, start, end, true);
    }

    // ---- case and character classes ---------------------------------------------------------------

    @ExposedMethod
    public PyObject lower() {
        int[] r = new int[cps.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = UnicodeData.toLower(cps[i]);
        }
        return fromCodePoints(r);
    }

    @ExposedMethod
    public PyObject upper() {
        int[] r = new int[cps.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = UnicodeData.toUpper(cps[i]);
        }
        return fromCodePoints(r);
    }

    @ExposedMethod
    public PyObject swapcase() {
        int[] r = new int[cps.length];
        for (int i = 0; i < r.length; i++) {
            int c = cps[i];
            r[i] = UnicodeData.isUpper(c) ? UnicodeData.toLower(c) : UnicodeData.isLower(c) ? UnicodeData.toUpper(c) : c;
        }
        return fromCodePoints(r);
    }

    @ExposedMethod
    public PyObject capitalize() {
        int[] r = new int[cps.length];
        for (int i = 0; i < r.length; i++) {
            int c = cps[i];
            r[i] = i == 0 ? UnicodeData.toUpper(c) : UnicodeData.toLower(c);
        }
        return fromCodePoints(r);
    }

    @ExposedMethod
    public PyObject title() {
        int[] r = new int[cps.length];
        boolean prevCased = false;
        for (int i = 0; i < r.length; i++) {
            int c = cps[i];
            r[i] = prevCased ? UnicodeData.toLower(c) : UnicodeData.toTitle(c);
            prevCased = UnicodeData.isLower(c) || UnicodeData.isUpper(c) || UnicodeData.isTitle(c);
        }
        return fromCodePoints(r);
    }

    @ExposedMethod
    public boolean istitle() {
        if (cps.length == 1) {
            return UnicodeData.isTitle(cps[0]) || UnicodeData.isUpper(cps[0]);
        }
        boolean cased = false, prevCased = false;
        for (int c : cps) {
            if (UnicodeData.isUpper(c) || UnicodeData.isTitle(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (UnicodeData.isLower(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    @ExposedMethod
    public boolean isupper() {
        if (cps.length == 1) {
            return UnicodeData.isUpper(cps[0]);
        }
        boolean cased = false;
        for (int c : cps) {
            if (UnicodeData.isLower(c) || UnicodeData.isTitle(c)) {
                return false;
            }
            if (!cased && UnicodeData.isUpper(c)) {
                cased = true;
            }
        }
        return cased;
    }

    @ExposedMethod
    public boolean islower() {
        if (cps.length == 1) {
            return UnicodeData.isLower(cps[0]);
        }
        boolean cased = false;
        for (int c : cps) {
            if (UnicodeData.isUpper(c) || UnicodeData.isTitle(c)) {
                return false;
            }
            if (!cased && UnicodeData.isLower(c)) {
                cased = true;
            }
        }
        return cased;
    }

    private boolean all(int mask) {
        if (cps.length == 0) {
            return false;
        }
        for (int c : cps) {
            if ((UnicodeData.flags(c) & mask) == 0) {
                return false;
            }
        }
        return true;
    }

    @ExposedMethod
    public boolean isalpha() {
        return all(UnicodeData.ALPHA);
    }

    @ExposedMethod
    public boolean isalnum() {
        return all(UnicodeData.ALPHA | UnicodeData.DECIMAL | UnicodeData.DIGIT | UnicodeData.NUMERIC);
    }

    @ExposedMethod
    public boolean isdecimal() {
        return all(UnicodeData.DECIMAL);
    }

    @ExposedMethod
    public boolean isdigit() {
        return all(UnicodeData.DIGIT);
    }

    @ExposedMethod
    public boolean isnumeric() {
        return all(UnicodeData.NUMERIC);
    }

    @ExposedMethod
    public boolean isspace() {
        if (cps.length == 0) {
            return false;
        }
        for (int c : cps) {
            if (!UnicodeData.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    // ---- padding -----------------------------------------------------------------------------------

    private static int fillChar(PyObject fill) {
        if (fill == null) {
            return ' ';
        }
        PyUnicode u;
        try {
            if (fill instanceof PyUnicode x) {
                u = x;
            } else if (fill instanceof PyStr s) {
                u = fromStrDefault(s);
            } else {
                throw Py.TypeError("x");
            }
        } catch (PyException e) {
            throw Py.TypeError("The fill character cannot be converted to Unicode");
        }
        if (u.cps.length != 1) {
            throw Py.TypeError("The fill character must be exactly one character long");
        }
        return u.cps[0];
    }

    private PyObject justify(PyObject widthObj, PyObject fillObj, int how) {
        long width = longArg(widthObj);
        int fill = fillChar(fillObj);
        int n = cps.length;
        if (width <= n) {
            return exact();
        }
        int left = switch (how) {
            case 0 -> ByteStrings.centerLeft(width, n);
            case 1 -> 0;
            default -> (int) (width - n);
        };
        return fromCodePoints(UnicodeStrings.pad(cps, left, (int) (width - n - left), fill));
    }

    @ExposedMethod
    public PyObject center(PyObject width, @Default("null") PyObject fillchar) {
        return justify(width, fillchar, 0);
    }

    @ExposedMethod
    public PyObject ljust(PyObject width, @Default("null") PyObject fillchar) {
        return justify(width, fillchar, 1);
    }

    @ExposedMethod
    public PyObject rjust(PyObject width, @Default("null") PyObject fillchar) {
        return justify(width, fillchar, 2);
    }

    @ExposedMethod
    public PyObject zfill(PyObject[] args, String[] kw) {
        argCount("zfill", args, kw, 1, 1);
        long width = longArg(args[0]);
        int n = cps.length;
        if (width <= n) {
            return exact();
        }
        int fill = (int) (width - n);
        int[] r = UnicodeStrings.pad(cps, fill, 0, '0');
        if (fill < r.length && (r[fill] == '+' || r[fill] == '-')) {
            r[0] = r[fill];
            r[fill] = '0';
        }
        return fromCodePoints(r);
    }

    @ExposedMethod
    public PyObject expandtabs(@Default("null") PyObject tabsize) {
        long ts = tabsize == null ? 8 : intArg(tabsize);
        return fromCodePoints(UnicodeStrings.expandtabs(cps, ts));
    }

    // ---- stripping ------------------------------------------------------------------------------------

    /** which: 0 both, 1 left, 2 right; {@code chars} null means whitespace. */
    PyObject strip(PyUnicode chars, int which) {
        int n = cps.length;
        int i = 0, j = n;
        if (chars == null) {
            if (which != 2) {
                while (i < j && UnicodeData.isSpace(cps[i])) {
                    i++;
                }
            }
            if (which != 1) {
                while (j > i && UnicodeData.isSpace(cps[j - 1])) {
                    j--;
                }
            }
        } else {
            int[] set = chars.cps;
            if (which != 2) {
                while (i < j && contains(set, cps[i])) {
                    i++;
                }
            }
            if (which != 1) {
                while (j > i && contains(set, cps[j - 1])) {
                    j--;
                }
            }
        }
        if (i == 0 && j == n) {
            return exact();
        }
        return of(cps, i, j);
    }

    private static boolean contains(int[] set, int c) {
        for (int x : set) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    private PyObject strip(String name, PyObject chars, int which) {
        PyUnicode set = null;
        if (chars != null && chars != Py.None) {
            if (chars instanceof PyUnicode u) {
                set = u;
            } else if (chars instanceof PyStr s) {
                set = fromStrDefault(s);
            } else {
                throw Py.TypeError(name + " arg must be None, unicode or str");
            }
        }
        return strip(set, which);
    }

    @ExposedMethod
    public PyObject strip(@Default("null") PyObject chars) {
        return strip("strip", chars, 0);
    }

    @ExposedMethod
    public PyObject lstrip(@Default("null") PyObject chars) {
        return strip("lstrip", chars, 1);
    }

    @ExposedMethod
    public PyObject rstrip(@Default("null") PyObject chars) {
        return strip("rstrip", chars, 2);
    }

    // ---- splitting and joining --------------------------------------------------------------------------

    PyList split(PyUnicode sep, long max) {
        return UnicodeStrings.split(cps, sep == null ? null : sep.cps, max, MAKER, getClass() == PyUnicode.class ? this : null);
    }

    PyList rsplit(PyUnicode sep, long max) {
        return UnicodeStrings.rsplit(cps, sep == null ? null : sep.cps, max, MAKER, getClass() == PyUnicode.class ? this : null);
    }

    @ExposedMethod
    public PyObject split(@Default("None") PyObject sep, @Default("null") PyObject maxsplit) {
        long max = maxsplit == null ? -1 : longArg(maxsplit);
        return split(sep == Py.None ? null : coerceArg(sep), max);
    }

    @ExposedMethod
    public PyObject rsplit(@Default("None") PyObject sep, @Default("null") PyObject maxsplit) {
        long max = maxsplit == null ? -1 : longArg(maxsplit);
        return rsplit(sep == Py.None ? null : coerceArg(sep), max);
    }

    @ExposedMethod
    public PyObject splitlines(@Default("null") PyObject keepends) {
        boolean keep = keepends != null && intArg(keepends) != 0;
        return UnicodeStrings.splitlines(cps, keep, MAKER, getClass() == PyUnicode.class ? this : null);
    }

    PyObject partition(PyUnicode sep, boolean reverse) {
        int m = sep.cps.length;
        if (m == 0) {
            throw Py.ValueError("empty separator");
        }
        int n = cps.length;
        int pos = reverse ? UnicodeStrings.rfind(cps, 0, n, sep.cps, m) : UnicodeStrings.find(cps, 0, n, sep.cps, m);
        if (pos < 0) {
            return reverse ? PyTuple.of(EMPTY, EMPTY, exact()) : PyTuple.of(exact(), EMPTY, EMPTY);
        }
        return PyTuple.of(of(cps, 0, pos), sep.exact(), of(cps, pos + m, n));
    }

    @ExposedMethod
    public PyObject partition(PyObject sep) {
        PyUnicode self = this;
        PyUnicode s = coerceArg(sep);
        return self.partition(s, false);
    }

    @ExposedMethod
    public PyObject rpartition(PyObject sep) {
        return partition(coerceArg(sep), true);
    }

    @ExposedMethod
    public PyObject join(PyObject iterable) {
        PyObject[] items = PyStr.sequenceItems(iterable, "can only join an iterable");
        return join(items);
    }

    /** The join of items that must be unicode or str. */
    PyUnicode join(PyObject[] items) {
        int n = items.length;
        if (n == 0) {
            return EMPTY;
        }
        if (n == 1 && items[0].getClass() == PyUnicode.class) {
            return (PyUnicode) items[0];
        }
        PyUnicode[] us = new PyUnicode[n];
        long total = (long) cps.length * (n - 1);
        for (int i = 0; i < n; i++) {
            PyObject it = items[i];
            if (it instanceof PyUnicode u) {
                us[i] = u;
            } else if (it instanceof PyStr s) {
                us[i] = fromStrDefault(s);
            } else {
                throw Py.TypeError("sequence item " + i + ": expected string or Unicode, " + it.getType().getName() + " found");
            }
            total += us[i].cps.length;
        }
        int[] r = new int[checkSize(total)];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && cps.length > 0) {
                System.arraycopy(cps, 0, r, j, cps.length);
                j += cps.length;
            }
            int[] b = us[i].cps;
            System.arraycopy(b, 0, r, j, b.length);
            j += b.length;
        }
        return fromCodePoints(r);
    }

    // ---- replace, translate -------------------------------------------------------------------------------

    PyUnicode replace(PyUnicode from, PyUnicode to, long max) {
        int[] r = UnicodeStrings.replace(cps, from.cps, to.cps, max);
        return r == null ? exact() : fromCodePoints(r);
    }

    @ExposedMethod
    public PyObject replace(PyObject old, PyObject replacement, @Default("null") PyObject count) {
        PyUnicode from = coerceArg(old);
        PyUnicode to = coerceArg(replacement);
        long max = count == null ? -1 : longArg(count);
        return replace(from, to, max);
    }

    @ExposedMethod
    public PyObject translate(PyObject table) {
        int n = cps.length;
        IntBuilder out = new IntBuilder(n);
        PyObject[] cache = new PyObject[256];
        for (int i = 0; i < n; i++) {
            int c = cps[i];
            PyObject m;
            if (c < 256 && cache[c] != null) {
                m = cache[c];
            } else {
                try {
                    m = Ops.getitem(table, PyInt.of(c));
                } catch (PyException e) {
                    if (!e.matches(Exceptions.LookupError)) {
                        throw e;
                    }
                    m = PyInt.of(c);
                }
                if (c < 256) {
                    cache[c] = m;
                }
            }
            if (m == Py.None) {
                continue;
            }
            if (m instanceof PyInt iv) {
                long v = iv.value;
                if (v < 0 || v > 0x10ffff) {
                    throw Py.TypeError("character mapping must be in range(0x%lx)");
                }
                out.append((int) v);
            } else if (m instanceof PyUnicode u) {
                out.append(u.cps, 0, u.cps.length);
            } else if (m instanceof PyLong lv) {
                if (lv.value.signum() < 0 || lv.value.bitLength() > 31 || lv.value.intValue() > 0x10ffff) {
                    throw Py.TypeError("character mapping must be in range(0x%lx)");
                }
                out.append(lv.value.intValue());
            } else {
                throw Py.TypeError("character mapping must return integer, None or unicode");
            }
        }
        return fromCodePoints(out.toArray());
    }

    // ---- codecs -------------------------------------------------------------------------------------------

    @ExposedMethod(keywords = true)
    public PyObject encode(@Default("null") PyObject encoding, @Default("null") PyObject errors) {
        String enc = encodingArg("encode", encoding, 1);
        String err = encodingArg("encode", errors, 2);
        return Codecs.encodeObject(this, enc, err);
    }

    @ExposedMethod(keywords = true)
    public PyObject decode(@Default("null") PyObject encoding, @Default("null") PyObject errors) {
        String enc = encodingArg("decode", encoding, 1);
        String err = encodingArg("decode", errors, 2);
        return Codecs.decodeObject(this, enc, err);
    }

    // ---- formatting ------------------------------------------------------------------------------------------

    @ExposedMethod
    public PyObject format(PyObject[] args, String[] kw) {
        return NewStyleFormatter.format(this, args, kw);
    }

    @ExposedMethod(names = "__format__")
    public PyObject format__(PyObject[] args, String[] kw) {
        argCount("__format__", args, kw, 1, 1);
        return __format__(args[0]);
    }

    @Override
    public PyObject __format__(PyObject spec) {
        PyUnicode s;
        if (spec instanceof PyUnicode u) {
            s = u;
        } else if (spec instanceof PyStr b) {
            s = fromStrDefault(b);
        } else {
            throw Py.TypeError("__format__ arg must be str or unicode, not " + spec.getType().getName());
        }
        return FormatSpec.formatString(this, s);
    }

    @ExposedMethod
    public PyObject _formatter_parser() {
        return NewStyleFormatter.parser(this);
    }

    @ExposedMethod
    public PyObject _formatter_field_name_split() {
        return NewStyleFormatter.fieldNameSplit(this);
    }

    /** An instance of a Python subclass of unicode. */
    public static final class Derived extends PyUnicode implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
            this(type, NO_CPS);
        }

        public Derived(PyType type, int[] cps) {
            super(cps, true);
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
