package taipan.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code str}: an immutable byte string (Python 2 semantics). As a Java string it reads
 * as ISO-8859-1, one char per byte, which is how identifiers and attribute names are
 * handled on the Java side. Equal strings are equal Java objects (equals/hashCode by
 * content) so they can key Java maps; the Python hash is CPython 2.7's.
 *
 * <p>Every method works on the byte array directly (see {@link ByteStrings}); a method
 * given a unicode argument delegates to the unicode method after decoding this string
 * with the default (ASCII) codec, as 2.7 does.
 */
@ExposedType(name = "str", base = PyBaseString.class, doc = "str(object='') -> string\n\nReturn a nice string representation of the object.\nIf the argument is a string, the return value is the same object.")
public class PyStr extends PyBaseString implements BufferProtocol {
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

    /** A str of {@code v[from:to]} (copied). */
    public static PyStr of(byte[] v, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return EMPTY;
        }
        if (n == 1) {
            return CHARS[v[from] & 0xff];
        }
        return new PyStr(Arrays.copyOfRange(v, from, to));
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
            // the shared one-character and empty strings are the interned ones, as in CPython
            PyStr fresh = of(s);
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
        String key = s.toString();
        if (s.value.length <= 1 || s == EMPTY || s.getClass() != PyStr.class) {
            return intern(key);
        }
        // intern(s) is s when s is the first string of its value to be interned
        PyStr p = INTERNED.get(key);
        if (p == null) {
            p = INTERNED.putIfAbsent(key, s);
            if (p == null) {
                s.javaString = key;
                s.interned = true;
                p = s;
            }
        }
        return p;
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

    @Override
    public byte[] bufferBytes() {
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

    /** This string when it is an exact str, else an exact copy (what CPython returns for "unchanged"). */
    final PyStr exact() {
        return getClass() == PyStr.class ? this : of(value);
    }

    private PyUnicode toUnicode() {
        return PyUnicode.fromStrDefault(this);
    }

    /**
     * The bytes of a string-like argument (str, bytearray, buffer...) as
     * {@code PyObject_AsCharBuffer} accepts it, or null.
     */
    static byte[] charBuffer(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        if (o instanceof BufferProtocol b && !(o instanceof PyUnicode)) {
            return b.bufferBytes();
        }
        return null;
    }

    static byte[] needCharBuffer(PyObject o) {
        byte[] b = charBuffer(o);
        if (b == null) {
            throw Py.TypeError("expected a string or other character buffer object");
        }
        return b;
    }

    private static final ByteStrings.Maker MAKER = PyStr::of;

    // ---- construction -------------------------------------------------------------------

    @ExposedNew
    static PyObject str_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("str", args, kw, new String[] {"object"}, 0);
        PyStr s = a[0] == null ? EMPTY : (PyStr) Ops.str(a[0]);
        if (subtype == TYPE) {
            return s;
        }
        return new Derived(subtype, s.value);
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
        long h = hash;
        if (h == 0 && value.length != 0) {
            // one racy write of the same value: safe to publish without a lock (only '' hashes to 0)
            h = hash = hashBytes(value);
        }
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
        return exact();
    }

    @Override
    public PyObject __repr__() {
        return new PyStr(reprBytes(value, value.length, true));
    }

    /** CPython's str repr: single quotes unless the text has ' and no ". */
    public static String repr(byte[] v, boolean withQuotes) {
        return new String(reprBytes(v, v.length, withQuotes), StandardCharsets.ISO_8859_1);
    }

    static byte[] reprBytes(byte[] v, int n, boolean withQuotes) {
        boolean hasSingle = false, hasDouble = false;
        int extra = 0;
        for (int i = 0; i < n; i++) {
            int c = v[i] & 0xff;
            if (c == '\'') {
                hasSingle = true;
            } else if (c == '"') {
                hasDouble = true;
            }
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                extra++;
            } else if (c < ' ' || c >= 0x7f) {
                extra += 3;
            }
        }
        byte q = (byte) (hasSingle && !hasDouble ? '"' : '\'');
        if (q == '\'' && hasSingle) {
            for (int i = 0; i < n; i++) {
                if (v[i] == '\'') {
                    extra++;
                }
            }
        }
        byte[] r = new byte[n + extra + (withQuotes ? 2 : 0)];
        int j = 0;
        if (withQuotes) {
            r[j++] = q;
        }
        for (int i = 0; i < n; i++) {
            int c = v[i] & 0xff;
            if (c == q || c == '\\') {
                r[j++] = '\\';
                r[j++] = (byte) c;
            } else if (c == '\t') {
                r[j++] = '\\';
                r[j++] = 't';
            } else if (c == '\n') {
                r[j++] = '\\';
                r[j++] = 'n';
            } else if (c == '\r') {
                r[j++] = '\\';
                r[j++] = 'r';
            } else if (c < ' ' || c >= 0x7f) {
                r[j++] = '\\';
                r[j++] = 'x';
                r[j++] = (byte) Character.forDigit(c >> 4, 16);
                r[j++] = (byte) Character.forDigit(c & 15, 16);
            } else {
                r[j++] = (byte) c;
            }
        }
        if (withQuotes) {
            r[j++] = q;
        }
        return r;
    }

    // ---- comparison -------------------------------------------------------------------

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
        int c = Arrays.compareUnsigned(value, s.value);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
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

    // ---- sequence ---------------------------------------------------------------------

    @Override
    public PyObject __add__(PyObject o) {
        if (o instanceof PyStr s) {
            if (s.value.length == 0 && getClass() == PyStr.class) {
                return this;
            }
            if (value.length == 0 && s.getClass() == PyStr.class) {
                return s;
            }
            byte[] r = Arrays.copyOf(value, checkSize((long) value.length + s.value.length));
            System.arraycopy(s.value, 0, r, value.length, s.value.length);
            return new PyStr(r);
        }
        if (o instanceof PyUnicode u) {
            return toUnicode().__add__(u);
        }
        if (o instanceof PyByteArray b) {
            return PyByteArray.concat(value, b);
        }
        return null;
    }

    @Override
    public PyObject __mul__(PyObject n) {
        Long c = repeatCount(n);
        if (c == null) {
            return null;
        }
        if (c == 1 && getClass() == PyStr.class) {
            return this;
        }
        return of(ByteStrings.repeat(value, value.length, c));
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
        if (o instanceof PyStr s) {
            return StringFormatter.format(s, this);
        }
        return null;
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(value.length);
            int start = (int) idx[0], stop = (int) idx[1], step = (int) idx[2];
            if (step == 1 && start == 0 && stop >= value.length && getClass() == PyStr.class) {
                return this;
            }
            return getSlice(start, stop, step);
        }
        long k = itemIndex(key, "string");
        if (k < 0) {
            k += value.length;
        }
        if (k < 0 || k >= value.length) {
            throw Py.IndexError("string index out of range");
        }
        return CHARS[value[(int) k] & 0xff];
    }

    public PyStr getSlice(int start, int stop, int step) {
        if (step == 1) {
            return of(value, start, stop);
        }
        int n = PySlice.length(start, stop, step);
        byte[] r = new byte[n];
        for (int i = 0, j = start; i < n; i++, j += step) {
            r[i] = value[j];
        }
        return of(r);
    }

    @ExposedMethod(names = "__getslice__", doc = "x.__getslice__(i, j) <==> x[i:j]\n\nUse of negative indices is not supported.")
    public PyObject getslice(PyObject[] args, String[] kw) {
        if (args.length != 2 || (kw != null && kw.length > 0)) {
            throw Py.TypeError("function takes exactly 2 arguments (" + args.length + " given)");
        }
        long i = longArg(args[0]), j = longArg(args[1]);
        int n = value.length;
        if (i < 0) {
            i = 0;
        }
        if (j < 0) {
            j = 0;
        }
        if (j > n) {
            j = n;
        }
        if (i == 0 && j == n && getClass() == PyStr.class) {
            return this;
        }
        if (j < i) {
            j = i;
        }
        return of(value, (int) i, (int) j);
    }

    @Override
    public boolean __contains__(PyObject o) {
        if (o instanceof PyStr s) {
            return ByteStrings.find(value, 0, value.length, s.value, s.value.length) >= 0;
        }
        if (o instanceof PyUnicode u) {
            return toUnicode().__contains__(u);
        }
        throw Py.TypeError("'in <string>' requires string as left operand, not " + o.getType().getName());
    }

    /** First index of {@code sub} in {@code v[start:end]}, or -1. */
    static int indexOf(byte[] v, byte[] sub, int start, int end) {
        return ByteStrings.find(v, start, end, sub, sub.length);
    }

    @ExposedMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(of(value));
    }

    @ExposedMethod(names = "__sizeof__", doc = "S.__sizeof__() -> size of S in memory, in bytes")
    public PyObject strSizeof() {
        return PyInt.of(37 + value.length);
    }

    // ---- searching --------------------------------------------------------------------

    /** find/rfind/index/rindex: kind 0 find, 1 rfind, 2 index, 3 rindex. */
    private PyObject findImpl(PyObject[] args, String[] kw, int kind) {
        if (kw != null && kw.length > 0) {
            String[] names = {"find", "rfind", "index", "rindex"};
            throw Py.TypeError(names[kind] + "() takes no keyword arguments");
        }
        if (args.length < 1) {
            throw Py.TypeError("find/rfind/index/rindex() takes at least 1 argument (" + args.length + " given)");
        }
        if (args.length > 3) {
            throw Py.TypeError("find/rfind/index/rindex() takes at most 3 arguments (" + args.length + " given)");
        }
        long start = sliceIndex(arg(args, 1), 0);
        long end = sliceIndex(arg(args, 2), Long.MAX_VALUE);
        PyObject subObj = args[0];
        if (subObj instanceof PyUnicode u) {
            PyUnicode self = toUnicode();
            long r = (kind & 1) == 0 ? self.find(u, start, end) : self.rfind(u, start, end);
            if (r < 0 && kind >= 2) {
                throw Py.ValueError("substring not found");
            }
            return PyInt.of(r);
        }
        byte[] sub = needCharBuffer(subObj);
        long r = find(sub, start, end, (kind & 1) == 1);
        if (r < 0 && kind >= 2) {
            throw Py.ValueError("substring not found");
        }
        return PyInt.of(r);
    }

    /** find or rfind of {@code sub} within {@code [start:end]} (raw arguments). */
    public int find(byte[] sub, long start, long end, boolean reverse) {
        return find(value, value.length, sub, start, end, reverse);
    }

    static int find(byte[] v, int n, byte[] sub, long start, long end, boolean reverse) {
        long[] se = adjust(start, end, n);
        if (se[1] - se[0] < sub.length) {
            return -1;
        }
        return reverse ? ByteStrings.rfind(v, (int) se[0], (int) se[1], sub, sub.length)
                : ByteStrings.find(v, (int) se[0], (int) se[1], sub, sub.length);
    }

    @ExposedMethod(doc = "S.find(sub [,start [,end]]) -> int\n\nReturn the lowest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.")
    public PyObject find(PyObject[] args, String[] kw) {
        return findImpl(args, kw, 0);
    }

    @ExposedMethod
    public PyObject rfind(PyObject[] args, String[] kw) {
        return findImpl(args, kw, 1);
    }

    @ExposedMethod
    public PyObject index(PyObject[] args, String[] kw) {
        return findImpl(args, kw, 2);
    }

    @ExposedMethod
    public PyObject rindex(PyObject[] args, String[] kw) {
        return findImpl(args, kw, 3);
    }

    @ExposedMethod
    public PyObject count(PyObject sub, @Default("null") PyObject start, @Default("null") PyObject end) {
        long s = sliceIndex(start, 0);
        long e = sliceIndex(end, Long.MAX_VALUE);
        if (sub instanceof PyUnicode u) {
            return PyInt.of(toUnicode().count(u, s, e));
        }
        byte[] b = needCharBuffer(sub);
        return PyInt.of(count(value, value.length, b, s, e));
    }

    static long count(byte[] v, int n, byte[] sub, long start, long end) {
        long[] se = adjust(start, end, n);
        return ByteStrings.count(v, (int) se[0], (int) se[1], sub, sub.length, Long.MAX_VALUE);
    }

    private PyObject tailMatch(String name, PyObject prefix, PyObject start, PyObject end, boolean atEnd) {
        long s = sliceIndex(start, 0);
        long e = sliceIndex(end, Long.MAX_VALUE);
        if (prefix instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (tailMatchOne(t.get(i), s, e, atEnd)) {
                    return Py.True;
                }
            }
            return Py.False;
        }
        if (!(prefix instanceof PyStr) && !(prefix instanceof PyUnicode) && charBuffer(prefix) == null) {
            throw Py.TypeError(name + " first arg must be str, unicode, or tuple, not " + prefix.getType().getName());
        }
        return Py.bool(tailMatchOne(prefix, s, e, atEnd));
    }

    private boolean tailMatchOne(PyObject sub, long s, long e, boolean atEnd) {
        if (sub instanceof PyUnicode u) {
            return toUnicode().tailMatch(u, s, e, atEnd);
        }
        byte[] b = needCharBuffer(sub);
        return ByteStrings.tailMatch(value, value.length, b, b.length, s, e, atEnd);
    }

    @ExposedMethod
    public PyObject startswith(PyObject prefix, @Default("null") PyObject start, @Default("null") PyObject end) {
        return tailMatch("startswith", prefix, start, end, false);
    }

    @ExposedMethod
    public PyObject endswith(PyObject suffix, @Default("null") PyObject start, @Default("null") PyObject end) {
        return tailMatch("endswith", suffix, start, end, true);
    }

    /** Java-side helpers. */
    public boolean startsWith(PyStr prefix) {
        return value.length >= prefix.value.length && ByteStrings.matchAt(value, 0, prefix.value, prefix.value.length);
    }

    public boolean endsWith(PyStr suffix) {
        int m = suffix.value.length;
        return value.length >= m && ByteStrings.matchAt(value, value.length - m, suffix.value, m);
    }

    // ---- case and character classes ----------------------------------------------------

    @ExposedMethod
    public PyObject lower() {
        return new PyStr(ByteStrings.lower(value, value.length));
    }

    @ExposedMethod
    public PyObject upper() {
        return new PyStr(ByteStrings.upper(value, value.length));
    }

    @ExposedMethod
    public PyObject swapcase() {
        return new PyStr(ByteStrings.swapcase(value, value.length));
    }

    @ExposedMethod
    public PyObject capitalize() {
        return new PyStr(ByteStrings.capitalize(value, value.length));
    }

    @ExposedMethod
    public PyObject title() {
        return new PyStr(ByteStrings.title(value, value.length));
    }

    @ExposedMethod
    public boolean istitle() {
        return ByteStrings.isTitle(value, value.length);
    }

    @ExposedMethod
    public boolean isupper() {
        return ByteStrings.isCase(value, value.length, true);
    }

    @ExposedMethod
    public boolean islower() {
        return ByteStrings.isCase(value, value.length, false);
    }

    @ExposedMethod
    public boolean isalpha() {
        return ByteStrings.isAll(value, value.length, 0);
    }

    @ExposedMethod
    public boolean isalnum() {
        return ByteStrings.isAll(value, value.length, 1);
    }

    @ExposedMethod
    public boolean isdigit() {
        return ByteStrings.isAll(value, value.length, 2);
    }

    @ExposedMethod
    public boolean isspace() {
        return ByteStrings.isAll(value, value.length, 3);
    }

    // ---- padding -----------------------------------------------------------------------

    /** The fill character argument of center/ljust/rjust ('c' format). */
    static byte fillChar(String name, PyObject fill) {
        if (fill == null) {
            return ' ';
        }
        if (fill instanceof PyStr s && s.value.length == 1) {
            return s.value[0];
        }
        throw Py.TypeError(name + "() argument 2 must be char, not " + fill.getType().getName());
    }

    private PyObject justify(String name, PyObject widthObj, PyObject fillObj, int how) {
        long width = longArg(widthObj);
        byte fill = fillChar(name, fillObj);
        int n = value.length;
        if (width <= n) {
            return exact();
        }
        int left = switch (how) {
            case 0 -> ByteStrings.centerLeft(width, n);
            case 1 -> 0;
            default -> (int) (width - n);
        };
        return new PyStr(ByteStrings.pad(value, n, left, (int) (width - n - left), fill));
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
        argCount("zfill", args, kw, 1, 1);
        long width = longArg(args[0]);
        if (width <= value.length) {
            return exact();
        }
        checkSize(width);
        return new PyStr(ByteStrings.zfill(value, value.length, width));
    }

    @ExposedMethod
    public PyObject expandtabs(@Default("null") PyObject tabsize) {
        long ts = tabsize == null ? 8 : intArg(tabsize);
        return new PyStr(ByteStrings.expandtabs(value, value.length, ts));
    }

    // ---- stripping ---------------------------------------------------------------------

    private PyObject strip(String name, PyObject chars, int which) {
        byte[] set = null;
        if (chars != null && chars != Py.None) {
            if (chars instanceof PyUnicode u) {
                PyUnicode self = toUnicode();
                return self.strip(u, which);
            }
            if (!(chars instanceof PyStr s)) {
                throw Py.TypeError(name + " arg must be None, str or unicode");
            }
            set = s.value;
        }
        int[] ij = ByteStrings.strip(value, value.length, set, which);
        if (ij[0] == 0 && ij[1] == value.length) {
            return exact();
        }
        return of(value, ij[0], ij[1]);
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

    // ---- splitting and joining ---------------------------------------------------------------

    @ExposedMethod
    public PyObject split(@Default("None") PyObject sep, @Default("null") PyObject maxsplit) {
        long max = maxsplit == null ? -1 : longArg(maxsplit);
        if (sep instanceof PyUnicode u) {
            return toUnicode().split(u, max);
        }
        byte[] s = sep == Py.None ? null : needCharBuffer(sep);
        return ByteStrings.split(value, value.length, s, max, MAKER, getClass() == PyStr.class ? this : null);
    }

    @ExposedMethod
    public PyObject rsplit(@Default("None") PyObject sep, @Default("null") PyObject maxsplit) {
        long max = maxsplit == null ? -1 : longArg(maxsplit);
        if (sep instanceof PyUnicode u) {
            return toUnicode().rsplit(u, max);
        }
        byte[] s = sep == Py.None ? null : needCharBuffer(sep);
        return ByteStrings.rsplit(value, value.length, s, max, MAKER, getClass() == PyStr.class ? this : null);
    }

    @ExposedMethod
    public PyObject splitlines(@Default("null") PyObject keepends) {
        boolean keep = keepends != null && intArg(keepends) != 0;
        return ByteStrings.splitlines(value, value.length, keep, MAKER, getClass() == PyStr.class ? this : null);
    }

    @ExposedMethod
    public PyObject partition(PyObject sep) {
        return partition(sep, false);
    }

    @ExposedMethod
    public PyObject rpartition(PyObject sep) {
        return partition(sep, true);
    }

    private PyObject partition(PyObject sepObj, boolean reverse) {
        if (sepObj instanceof PyUnicode u) {
            return toUnicode().partition(u, reverse);
        }
        byte[] sep = needCharBuffer(sepObj);
        int m = sep.length;
        if (m == 0) {
            throw Py.ValueError("empty separator");
        }
        int n = value.length;
        int pos = reverse ? ByteStrings.rfind(value, 0, n, sep, m) : ByteStrings.find(value, 0, n, sep, m);
        if (pos < 0) {
            return reverse ? PyTuple.of(EMPTY, EMPTY, this) : PyTuple.of(this, EMPTY, EMPTY);
        }
        return PyTuple.of(of(value, 0, pos), sepObj, of(value, pos + m, n));
    }

    @ExposedMethod
    public PyObject join(PyObject iterable) {
        PyObject[] items = sequenceItems(iterable, "can only join an iterable");
        int n = items.length;
        if (n == 0) {
            return EMPTY;
        }
        if (n == 1) {
            PyObject it = items[0];
            if (it.getClass() == PyStr.class || it.getClass() == PyUnicode.class) {
                return it;
            }
        }
        long total = (long) value.length * (n - 1);
        for (int i = 0; i < n; i++) {
            PyObject it = items[i];
            if (it instanceof PyStr s) {
                total += s.value.length;
            } else if (it instanceof PyUnicode) {
                return toUnicode().join(items);
            } else {
                throw Py.TypeError("sequence item " + i + ": expected string, " + it.getType().getName() + " found");
            }
        }
        byte[] r = new byte[checkSize(total)];
        int j = 0;
        byte[] sep = value;
        for (int i = 0; i < n; i++) {
            if (i > 0 && sep.length > 0) {
                System.arraycopy(sep, 0, r, j, sep.length);
                j += sep.length;
            }
            byte[] b = ((PyStr) items[i]).value;
            System.arraycopy(b, 0, r, j, b.length);
            j += b.length;
        }
        return of(r);
    }

    /** PySequence_Fast: the items of a list or tuple, or of any iterable; {@code msg} if not iterable. */
    static PyObject[] sequenceItems(PyObject iterable, String msg) {
        if (iterable instanceof PyList l && iterable.getClass() == PyList.class) {
            return l.toArray();
        }
        if (iterable instanceof PyTuple t && iterable.getClass() == PyTuple.class) {
            return t.array();
        }
        PyObject it;
        try {
            it = Ops.iter(iterable);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                throw Py.TypeError(msg);
            }
            throw e;
        }
        java.util.ArrayList<PyObject> l = new java.util.ArrayList<>();
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            l.add(x);
        }
        return l.toArray(Py.EMPTY);
    }

    /** Java-side join of strs. */
    public static PyStr join(PyStr sep, java.util.List<PyStr> parts) {
        PyObject[] items = parts.toArray(new PyObject[0]);
        return (PyStr) sep.join(new PyTuple(items));
    }

    // ---- replace, translate ------------------------------------------------------------------

    @ExposedMethod
    public PyObject replace(PyObject old, PyObject replacement, @Default("null") PyObject count) {
        long max = count == null ? -1 : longArg(count);
        if (old instanceof PyUnicode || replacement instanceof PyUnicode) {
            return toUnicode().replace(PyUnicode.coerceArg(old), PyUnicode.coerceArg(replacement), max);
        }
        byte[] from = needCharBuffer(old);
        byte[] to = needCharBuffer(replacement);
        byte[] r = ByteStrings.replace(value, value.length, from, to, max);
        return r == null ? exact() : of(r);
    }

    @ExposedMethod
    public PyObject translate(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError("translate() takes no keyword arguments");
        }
        if (args.length < 1) {
            throw Py.TypeError("translate expected at least 1 arguments, got " + args.length);
        }
        if (args.length > 2) {
            throw Py.TypeError("translate expected at most 2 arguments, got " + args.length);
        }
        PyObject tableObj = args[0];
        PyObject delObj = arg(args, 1);
        byte[] table = null;
        if (tableObj instanceof PyUnicode) {
            if (delObj != null) {
                throw Py.TypeError("deletions are implemented differently for unicode");
            }
            return toUnicode().translate(tableObj);
        }
        if (tableObj != Py.None) {
            table = needCharBuffer(tableObj);
            if (table.length != 256) {
                throw Py.ValueError("translation table must be 256 characters long");
            }
        }
        byte[] del = null;
        if (delObj != null) {
            if (delObj instanceof PyUnicode) {
                throw Py.TypeError("deletions are implemented differently for unicode");
            }
            del = needCharBuffer(delObj);
        }
        byte[] r = ByteStrings.translate(value, value.length, table, del);
        return r == null ? exact() : of(r);
    }

    // ---- codecs ---------------------------------------------------------------------------------

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

    // ---- formatting ---------------------------------------------------------------------------

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
        if (!(spec instanceof PyStr) && !(spec instanceof PyUnicode)) {
            throw Py.TypeError("__format__ arg must be str or unicode, not " + spec.getType().getName());
        }
        return FormatSpec.formatString(this, spec);
    }

    @ExposedMethod
    public PyObject _formatter_parser() {
        return NewStyleFormatter.parser(this);
    }

    @ExposedMethod
    public PyObject _formatter_field_name_split() {
        return NewStyleFormatter.fieldNameSplit(this);
    }

    /** An instance of a Python subclass of str. */
    public static final class Derived extends PyStr implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
            this(type, new byte[0]);
        }

        public Derived(PyType type, byte[] value) {
            super(value);
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
