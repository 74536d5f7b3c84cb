package taipan.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The codec registry and the core codecs (CPython 2.7's codecs.c plus the codecs of
 * unicodeobject.c): ascii, latin-1, utf-8, utf-16/32 (with BOM rules), utf-7,
 * unicode-escape, raw-unicode-escape, unicode-internal, string-escape (str to str), and
 * single-byte charmap code pages taken from the JDK. Error handlers strict, ignore,
 * replace, xmlcharrefreplace and backslashreplace are built in; others are Python
 * callables registered with {@link #registerError}.
 *
 * <h2>Java API</h2>
 * <ul>
 * <li>{@link #encode(PyUnicode, String, String)} / {@link #decode(PyStr, String, String)}:
 *     unicode to str and back (PyUnicode_AsEncodedString / PyUnicode_Decode).</li>
 * <li>{@link #encodeObject}/{@link #decodeObject}: what {@code str.encode},
 *     {@code unicode.decode}... do (PyCodec_Encode/Decode plus their type checks).</li>
 * <li>{@link #lookup(String)}: a {@link Codec}, built in or found by a search function
 *     registered with {@link #register(PyObject)} (codecs.register).</li>
 * <li>{@link #registerError}/{@link #lookupError}: codecs.register_error/lookup_error;
 *     the built-in handlers are also available as Python callables.</li>
 * <li>The stateful building blocks for the {@code _codecs} module:
 *     {@link #decodeUtf8}, {@link #decodeUtf16}, {@link #decodeUtf32}, {@link #decodeUtf7}
 *     take a {@code last} flag and report how many bytes they consumed.</li>
 * </ul>
 */
public final class Codecs {
    private Codecs() {}

    // ================================================================================
    // Exceptions
    // ================================================================================

    public static PyObject decodeErrorObject(String encoding, PyObject input, int start, int end, String reason) {
        return Exceptions.newInstance(Exceptions.UnicodeDecodeError, PyStr.of(encoding), input,
                PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }

    public static PyObject encodeErrorObject(String encoding, PyUnicode input, int start, int end, String reason) {
        return Exceptions.newInstance(Exceptions.UnicodeEncodeError, PyStr.of(encoding), input,
                PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }

    /** A UnicodeDecodeError over {@code input} (a str). */
    public static PyException decodeError(String encoding, PyObject input, int start, int end, String reason) {
        return new PyException(Exceptions.UnicodeDecodeError, decodeErrorObject(encoding, input, start, end, reason));
    }

    public static PyException encodeError(String encoding, PyUnicode input, int start, int end, String reason) {
        return new PyException(Exceptions.UnicodeEncodeError, encodeErrorObject(encoding, input, start, end, reason));
    }

    // ================================================================================
    // Error handlers
    // ================================================================================

    /** The built-in handlers (shared). */
    private static final Map<String, PyObject> ERROR_HANDLERS = new ConcurrentHashMap<>();

    /** What Python code registers (codecs.register, codecs.register_error) lives per interpreter, as in CPython. */
    private static final class Registry {
        final Map<String, PyObject> errorHandlers = new ConcurrentHashMap<>();
        final List<PyObject> search = new CopyOnWriteArrayList<>();
        final Map<String, Codec> cache = new ConcurrentHashMap<>();
        /** What the search functions returned, by normalised name (codecs.lookup's cache). */
        final Map<String, PyObject> infos = new ConcurrentHashMap<>();
        /** Set once the {@code encodings} package was imported (its search function registered). */
        volatile boolean encodingsLoaded;
    }

    private static final Map<Interp, Registry> REGISTRIES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static Registry registry() {
        Interp in = Interp.current();
        synchronized (REGISTRIES) {
            return REGISTRIES.computeIfAbsent(in, k -> new Registry());
        }
    }

    static final String STRICT = "strict", IGNORE = "ignore", REPLACE = "replace",
            XMLCHARREF = "xmlcharrefreplace", BACKSLASH = "backslashreplace";

    static {
        ERROR_HANDLERS.put(STRICT, new PyBuiltinFunction("strict_errors", (s, a, k) -> strictErrors(one(a, k, "strict_errors"))));
        ERROR_HANDLERS.put(IGNORE, new PyBuiltinFunction("ignore_errors", (s, a, k) -> ignoreErrors(one(a, k, "ignore_errors"))));
        ERROR_HANDLERS.put(REPLACE, new PyBuiltinFunction("replace_errors", (s, a, k) -> replaceErrors(one(a, k, "replace_errors"))));
        ERROR_HANDLERS.put(XMLCHARREF, new PyBuiltinFunction("xmlcharrefreplace_errors",
                (s, a, k) -> xmlcharrefreplaceErrors(one(a, k, "xmlcharrefreplace_errors"))));
        ERROR_HANDLERS.put(BACKSLASH, new PyBuiltinFunction("backslashreplace_errors",
                (s, a, k) -> backslashreplaceErrors(one(a, k, "backslashreplace_errors"))));
    }

    private static PyObject one(PyObject[] a, String[] k, String name) {
        PyBaseString.argCount(name, a, k, 1, 1);
        return a[0];
    }

    /** codecs.register_error. */
    public static void registerError(String name, PyObject handler) {
        if (!Ops.isCallable(handler)) {
            throw Py.TypeError("handler must be callable");
        }
        registry().errorHandlers.put(name, handler);
    }

    /** codecs.lookup_error: LookupError for unknown names. */
    public static PyObject lookupError(String name) {
        String n = name == null ? STRICT : name;
        PyObject h = registry().errorHandlers.get(n);
        if (h == null) {
            h = ERROR_HANDLERS.get(n);
        }
        if (h == null) {
            throw new PyException(Exceptions.LookupError, "unknown error handler name '" + name + "'");
        }
        return h;
    }

    /** True when the name's handler is the built-in one (not replaced by codecs.register_error). */
    private static boolean isBuiltinHandler(String errors) {
        if (errors == null) {
            return true;
        }
        switch (errors) {
            case STRICT: case IGNORE: case REPLACE: case XMLCHARREF: case BACKSLASH: {
                Registry r;
                synchronized (REGISTRIES) {
                    r = REGISTRIES.isEmpty() ? null : REGISTRIES.get(Interp.current());
                }
                return r == null || !r.errorHandlers.containsKey(errors);
            }
            default:
                return false;
        }
    }

    private static PyUnicodeError asUnicodeError(PyObject exc, String handler) {
        if (exc instanceof PyUnicodeError u && ((PyObject) u).getType().isSubtypeOf(Exceptions.UnicodeError)) {
            // the start/end accessors of 2.7 check the object attribute's type
            if (isDecode(exc) && !(u.object instanceof PyStr)) {
                throw Py.TypeError("object attribute must be str");
            }
            if ((isEncode(exc) || isTranslate(exc)) && !(u.object instanceof PyUnicode)) {
                throw Py.TypeError("object attribute must be unicode");
            }
            return u;
        }
        throw Py.TypeError("don't know how to handle " + exc.getType().getName() + " in error callback");
    }

    private static PyObject strictErrors(PyObject exc) {
        if (exc instanceof PyBaseException) {
            throw new PyException(exc.getType(), exc);
        }
        throw Py.TypeError("codec must pass exception instance");
    }

    private static boolean isEncode(PyObject e) {
        return e.getType().isSubtypeOf(Exceptions.UnicodeEncodeError);
    }

    private static boolean isDecode(PyObject e) {
        return e.getType().isSubtypeOf(Exceptions.UnicodeDecodeError);
    }

    private static boolean isTranslate(PyObject e) {
        return e.getType().isSubtypeOf(Exceptions.UnicodeTranslateError);
    }

    private static PyObject ignoreErrors(PyObject exc) {
        PyUnicodeError u = asUnicodeError(exc, "ignore");
        if (!isEncode(exc) && !isDecode(exc) && !isTranslate(exc)) {
            throw Py.TypeError("don't know how to handle " + exc.getType().getName() + " in error callback");
        }
        return PyTuple.of(PyUnicode.EMPTY, PyInt.of(Py.asLongArg(u.end)));
    }

    private static PyObject replaceErrors(PyObject exc) {
        PyUnicodeError u = asUnicodeError(exc, "replace");
        long start = Py.asLongArg(u.start), end = Py.asLongArg(u.end);
        if (isEncode(exc)) {
            return PyTuple.of(PyUnicode.fromCodePoints(new IntBuilder().repeat('?', end - start).toArray()), PyInt.of(end));
        }
        if (isDecode(exc)) {
            return PyTuple.of(PyUnicode.ofCodePoint(0xfffd), PyInt.of(end));
        }
        if (isTranslate(exc)) {
            return PyTuple.of(PyUnicode.fromCodePoints(new IntBuilder().repeat(0xfffd, end - start).toArray()), PyInt.of(end));
        }
        throw Py.TypeError("don't know how to handle " + exc.getType().getName() + " in error callback");
    }

    private static PyObject xmlcharrefreplaceErrors(PyObject exc) {
        PyUnicodeError u = asUnicodeError(exc, "xmlcharrefreplace");
        if (!isEncode(exc)) {
            throw Py.TypeError("don't know how to handle " + exc.getType().getName() + " in error callback");
        }
        int[] v = ((PyUnicode) u.object).cps;
        int start = (int) Py.asLongArg(u.start), end = (int) Py.asLongArg(u.end);
        IntBuilder b = new IntBuilder();
        for (int i = Math.max(start, 0); i < end && i < v.length; i++) {
            b.append("&#" + v[i] + ";");
        }
        return PyTuple.of(PyUnicode.fromCodePoints(b.toArray()), PyInt.of(end));
    }

    private static PyObject backslashreplaceErrors(PyObject exc) {
        PyUnicodeError u = asUnicodeError(exc, "backslashreplace");
        if (!isEncode(exc)) {
            throw Py.TypeError("don't know how to handle " + exc.getType().getName() + " in error callback");
        }
        int[] v = ((PyUnicode) u.object).cps;
        int start = (int) Py.asLongArg(u.start), end = (int) Py.asLongArg(u.end);
        IntBuilder b = new IntBuilder();
        for (int i = Math.max(start, 0); i < end && i < v.length; i++) {
            backslashEscape(b, v[i]);
        }
        return PyTuple.of(PyUnicode.fromCodePoints(b.toArray()), PyInt.of(end));
    }

    private static void backslashEscape(IntBuilder b, int c) {
        if (c >= 0x10000) {
            b.append('\\').append('U').hex(c, 8);
        } else if (c >= 0x100) {
            b.append('\\').append('u').hex(c, 4);
        } else {
            b.append('\\').append('x').hex(c, 2);
        }
    }

    /** The (replacement, new position) an error handler returned, checked as 2.7 does. */
    private static int[] handlerResult(PyObject r, boolean encoding, int length, int[] posOut) {
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyUnicode)) {
            throw Py.TypeError((encoding ? "encoding" : "decoding") + " error handler must return (unicode, int) tuple");
        }
        PyObject p = t.get(1);
        if (!(p instanceof PyInt) && !(p instanceof PyLong) && p.getType().lookup(N.__index__) == null) {
            throw Py.TypeError("an integer is required");
        }
        long pos = Py.index(p);
        if (pos < 0) {
            pos += length;
        }
        if (pos < 0 || pos > length) {
            throw Py.IndexError("position " + pos + " from error handler out of bounds");
        }
        posOut[0] = (int) pos;
        return ((PyUnicode) t.get(0)).cps;
    }

    /**
     * Calls the error handler {@code errors} (any, built in or registered) for the
     * unencodable u[start:end]; returns the replacement and stores the resume position.
     */
    static int[] callEncodeHandler(String errors, String encoding, PyUnicode u, int start, int end, String reason,
                                   int[] posOut) {
        PyObject h = lookupError(errors == null ? STRICT : errors);
        PyObject r = Ops.call(h, encodeErrorObject(encoding, u, start, end, reason));
        return handlerResult(r, true, u.cps.length, posOut);
    }

    /** Looks up the handler for a name that is not a built-in fast path (raises LookupError). */
    private static PyObject handlerFor(String errors) {
        return lookupError(errors);
    }

    // ---- decoding with errors ----------------------------------------------------------

    /**
     * The state of one decode: the input, the output, the error handler. Decoders call
     * {@link #error} for every malformed range; it applies the handler and returns the
     * position to resume at.
     */
    static final class Decoding {
        final String encoding;
        final byte[] in;
        final int length;
        final String errors;
        final IntBuilder out;
        private PyObject inputObj;

        Decoding(String encoding, byte[] in, int length, String errors, PyObject inputObj) {
            this.encoding = encoding;
            this.in = in;
            this.length = length;
            this.errors = errors == null ? STRICT : errors;
            this.out = new IntBuilder(length);
            this.inputObj = inputObj;
        }

        private PyObject input() {
            if (inputObj == null || !(inputObj instanceof PyStr)) {
                inputObj = PyStr.of(java.util.Arrays.copyOf(in, length));
            }
            return inputObj;
        }

        /** Handles the malformed bytes in[start:end]; returns where decoding resumes. */
        int error(String reason, int start, int end) {
            switch (errors) {
                case STRICT:
                    if (isBuiltinHandler(STRICT)) {
                        throw decodeError(encoding, input(), start, end, reason);
                    }
                    break;
                case IGNORE:
                    if (isBuiltinHandler(IGNORE)) {
                        return end;
                    }
                    break;
                case REPLACE:
                    if (isBuiltinHandler(REPLACE)) {
                        out.append(0xfffd);
                        return end;
                    }
                    break;
                default:
                    break;
            }
            PyObject h = handlerFor(errors);
            PyObject exc = decodeErrorObject(encoding, input(), start, end, reason);
            PyObject r = Ops.call(h, exc);
            int[] pos = new int[1];
            int[] rep = handlerResult(r, false, length, pos);
            out.append(rep, 0, rep.length);
            return pos[0];
        }

        PyUnicode result() {
            return PyUnicode.fromCodePoints(out.toArray());
        }
    }

    // ---- encoding with errors -----------------------------------------------------------

    /** Encodes one code point for a codec's error path: the byte, or -1 if unencodable. */
    interface CharEncoder {
        int encode(int cp);
    }

    /** The state of one encode; {@link #error} applies the handler to u[start:end]. */
    static final class Encoding {
        final String encoding;
        final PyUnicode u;
        final int[] in;
        final String errors;
        final ByteBuilder out;
        final String reason;
        final CharEncoder enc;

        Encoding(String encoding, PyUnicode u, String errors, String reason, CharEncoder enc) {
            this.encoding = encoding;
            this.u = u;
            this.in = u.cps;
            this.errors = errors == null ? STRICT : errors;
            this.out = new ByteBuilder(in.length);
            this.reason = reason;
            this.enc = enc;
        }

        /** Handles the unencodable u[start:end]; returns where encoding resumes. */
        int error(int start, int end) {
            switch (errors) {
                case STRICT:
                    if (isBuiltinHandler(STRICT)) {
                        throw encodeError(encoding, u, start, end, reason);
                    }
                    break;
                case IGNORE:
                    if (isBuiltinHandler(IGNORE)) {
                        return end;
                    }
                    break;
                case REPLACE:
                    if (isBuiltinHandler(REPLACE)) {
                        int q = enc.encode('?');
                        for (int i = start; i < end; i++) {
                            out.append(q);
                        }
                        return end;
                    }
                    break;
                case XMLCHARREF:
                    if (isBuiltinHandler(XMLCHARREF)) {
                        for (int i = start; i < end; i++) {
                            appendAscii("&#" + in[i] + ";");
                        }
                        return end;
                    }
                    break;
                case BACKSLASH:
                    if (isBuiltinHandler(BACKSLASH)) {
                        IntBuilder b = new IntBuilder();
                        for (int i = start; i < end; i++) {
                            backslashEscape(b, in[i]);
                        }
                        for (int c : b.toArray()) {
                            out.append(enc.encode(c));
                        }
                        return end;
                    }
                    break;
                default:
                    break;
            }
            PyObject h = handlerFor(errors);
            PyObject exc = encodeErrorObject(encoding, u, start, end, reason);
            PyObject r = Ops.call(h, exc);
            int[] pos = new int[1];
            int[] rep = handlerResult(r, true, in.length, pos);
            for (int c : rep) {
                int b = enc.encode(c);
                if (b < 0) {
                    throw encodeError(encoding, u, start, start + 1, reason);
                }
                out.append(b);
            }
            return pos[0];
        }

        private void appendAscii(String s) {
            for (int i = 0; i < s.length(); i++) {
                out.append(enc.encode(s.charAt(i)));
            }
        }
    }

    // ================================================================================
    // Codec lookup
    // ================================================================================

    /** A codec as the core uses it: whole-input encode and decode. */
    public interface Codec {
        /** The name codecs.lookup(...).name reports ("utf-8", "iso8859-1"...). */
        String name();

        /** Encodes (the object given to .encode); the result is usually a str. */
        PyObject encode(PyObject input, String errors);

        /** Decodes (the object given to .decode); the result is usually a unicode. */
        PyObject decode(PyObject input, String errors);

        /** The Python-level CodecInfo/4-tuple for codecs found by search functions, else null. */
        default PyObject codecInfo() {
            return null;
        }
    }

    /** A text codec implemented in Java: unicode to bytes and back. */
    abstract static class TextCodec implements Codec {
        private final String name;

        TextCodec(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        abstract byte[] encode(PyUnicode u, String errors);

        abstract PyUnicode decode(byte[] b, int n, String errors, PyObject inputObj);

        @Override
        public PyObject encode(PyObject input, String errors) {
            return new PyStr(encode(PyUnicode.coerceArg(input), errors));
        }

        @Override
        public PyObject decode(PyObject input, String errors) {
            byte[] b = bytesOf(input);
            return decode(b, b.length, errors, input instanceof PyStr ? input : null);
        }
    }

    /** A unicode argument of an encoder: unicode, or str/buffer decoded with the default codec. */
    public static PyUnicode unicodeArg(PyObject o) {
        return PyUnicode.coerceArg(o);
    }

    /** Whether {@code c} is one of the Java text codecs (unicode to str and back). */
    public static boolean isTextCodec(Codec c) {
        return c instanceof TextCodec;
    }

    /** The bytes a decoder reads from its argument ('s*': str, buffers, unicode via ASCII). */
    static byte[] bytesOf(PyObject input) {
        if (input instanceof PyStr s) {
            return s.value;
        }
        if (input instanceof PyUnicode u) {
            return PyUnicode.encodeAscii(u).value;
        }
        if (input instanceof BufferProtocol b) {
            return b.bufferBytes();
        }
        throw Py.TypeError("expected a readable buffer object");
    }

    private static final Map<String, Codec> BUILTIN = new HashMap<>();
    private static final Map<String, String> ALIASES = new HashMap<>();
    private static final Map<String, Codec> CACHE = new ConcurrentHashMap<>();

    private static void alias(String target, String... names) {
        for (String n : names) {
            ALIASES.put(n, target);
        }
    }

    /**
     * Normalises an encoding name as 2.7's codecs machinery does: lower case, then runs
     * of characters other than letters, digits and '.' become one '_'.
     */
    static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || (c >= 0x80 && Character.isLetterOrDigit(c))) {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(c);
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /** codecs.register: adds a search function (called with a normalised name). */
    public static void register(PyObject searchFunction) {
        if (!Ops.isCallable(searchFunction)) {
            throw Py.TypeError("argument must be callable");
        }
        Registry r = registry();
        r.search.add(searchFunction);
        r.cache.clear();
        r.infos.clear();
    }

    /**
     * Imports the {@code encodings} package once per interpreter, as CPython's start-up
     * does: it registers the search function that finds {@code encodings.<name>} modules.
     */
    private static void loadEncodings(Registry r) {
        if (r.encodingsLoaded) {
            return;
        }
        r.encodingsLoaded = true;
        try {
            Interp.current().importModule("encodings");
        } catch (PyException e) {
            if (!e.matches(Exceptions.ImportError)) {
                throw e;
            }
        }
    }

    /** The key search functions get: 2.7's first normalisation (lower case, spaces to '-'). */
    private static String searchKey(String encoding) {
        return encoding.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    /**
     * codecs.lookup: the CodecInfo (or 4-tuple) a registered search function returns for
     * {@code encoding}, cached; LookupError("unknown encoding: ...") if none knows it.
     */
    public static PyObject lookupInfo(String encoding) {
        Registry r = registry();
        loadEncodings(r);
        String key = searchKey(encoding);
        PyObject info = r.infos.get(key);
        if (info != null) {
            return info;
        }
        for (PyObject f : r.search) {
            PyObject res = Ops.call(f, PyStr.of(key));
            if (res == Py.None) {
                continue;
            }
            if (!(res instanceof PyTuple t) || t.size() != 4) {
                throw Py.TypeError("codec search functions must return 4-tuples");
            }
            r.infos.put(key, res);
            return res;
        }
        throw new PyException(Exceptions.LookupError, "unknown encoding: " + encoding);
    }

    /** The Java codec built in under {@code encoding} (aliases resolved), or null. */
    public static Codec builtin(String encoding) {
        String norm = normalize(encoding);
        String target = ALIASES.get(norm);
        if (target == null) {
            target = ALIASES.get(norm.replace('.', '_'));
        }
        if (target == null) {
            target = norm;
        }
        Codec c;
        synchronized (BUILTIN) {
            c = BUILTIN.get(target);
        }
        return c != null ? c : charmapCodec(target);
    }

    /** Registers a Java codec under a (normalised) name, ahead of the search functions. */
    public static void registerCodec(String name, Codec codec) {
        synchronized (BUILTIN) {
            BUILTIN.put(normalize(name), codec);
        }
        CACHE.clear();
        synchronized (REGISTRIES) {
            for (Registry r : REGISTRIES.values()) {
                r.cache.clear();
            }
        }
    }

    /** The codec for {@code encoding}, or LookupError("unknown encoding: ..."). */
    public static Codec lookup(String encoding) {
        Codec c = CACHE.get(encoding);
        if (c != null) {
            return c;
        }
        Registry reg = null;
        if (!REGISTRIES.isEmpty()) {
            reg = registry();
            c = reg.cache.get(encoding);
            if (c != null) {
                return c;
            }
        }
        String norm = normalize(encoding);
        String target = ALIASES.get(norm);
        if (target == null) {
            target = ALIASES.get(norm.replace('.', '_'));
        }
        if (target == null) {
            target = norm;
        }
        synchronized (BUILTIN) {
            c = BUILTIN.get(target);
        }
        if (c == null) {
            c = charmapCodec(target);
        }
        if (c != null) {
            CACHE.put(encoding, c);
            return c;
        }
        if (reg == null) {
            reg = registry();
        }
        c = new PythonCodec(lookupInfo(encoding));
        reg.cache.put(encoding, c);
        return c;
    }

    /** A codec found by a Python search function: a CodecInfo or 4-tuple. */
    private static final class PythonCodec implements Codec {
        private final PyObject info;

        PythonCodec(PyObject info) {
            this.info = info;
        }

        @Override
        public String name() {
            PyObject n = Ops.getattrOrNull(info, "name");
            return n == null ? "" : n.toString();
        }

        private PyObject call(int which, PyObject input, String errors) {
            PyObject f = ((PyTuple) info).get(which);
            PyObject r = errors == null ? Ops.call(f, input) : Ops.call(f, input, PyStr.of(errors));
            if (!(r instanceof PyTuple t) || t.size() != 2) {
                throw Py.TypeError((which == 0 ? "encoder" : "decoder") + " must return a tuple (object,integer)");
            }
            return t.get(0);
        }

        @Override
        public PyObject encode(PyObject input, String errors) {
            return call(0, input, errors);
        }

        @Override
        public PyObject decode(PyObject input, String errors) {
            return call(1, input, errors);
        }

        @Override
        public PyObject codecInfo() {
            return info;
        }
    }

    // ================================================================================
    // The entry points
    // ================================================================================

    static String defaultEncoding() {
        return "ascii";
    }

    /** PyCodec_Encode as {@code str.encode} and {@code unicode.encode} use it, with their type check. */
    public static PyObject encodeObject(PyObject obj, String encoding, String errors) {
        if (encoding == null) {
            encoding = defaultEncoding();
        }
        PyObject r = lookup(encoding).encode(obj, errors);
        if (!(r instanceof PyStr) && !(r instanceof PyUnicode)) {
            throw Py.TypeError("encoder did not return a string/unicode object (type=" + r.getType().getName() + ")");
        }
        return r;
    }

    /** PyCodec_Decode as {@code str.decode} and {@code unicode.decode} use it, with their type check. */
    public static PyObject decodeObject(PyObject obj, String encoding, String errors) {
        if (encoding == null) {
            encoding = defaultEncoding();
        }
        PyObject r = lookup(encoding).decode(obj, errors);
        if (!(r instanceof PyStr) && !(r instanceof PyUnicode)) {
            throw Py.TypeError("decoder did not return a string/unicode object (type=" + r.getType().getName() + ")");
        }
        return r;
    }

    /** PyUnicode_AsEncodedString: unicode to str. */
    public static PyStr encode(PyUnicode u, String encoding, String errors) {
        if (encoding == null) {
            encoding = defaultEncoding();
        }
        Codec c = lookup(encoding);
        if (c instanceof TextCodec tc) {
            return new PyStr(tc.encode(u, errors));
        }
        PyObject r = c.encode(u, errors);
        if (!(r instanceof PyStr s)) {
            throw Py.TypeError("encoder did not return a string object (type=" + r.getType().getName() + ")");
        }
        return s;
    }

    /** PyUnicode_Decode: str to unicode. */
    public static PyUnicode decode(PyStr s, String encoding, String errors) {
        return decodeBytes(s.value, s.value.length, s, encoding, errors);
    }

    /** Decodes {@code b[0:n]} (from any buffer) to unicode. */
    public static PyUnicode decode(byte[] b, int n, String encoding, String errors) {
        return decodeBytes(b, n, null, encoding, errors);
    }

    private static PyUnicode decodeBytes(byte[] b, int n, PyObject obj, String encoding, String errors) {
        if (encoding == null) {
            encoding = defaultEncoding();
        }
        Codec c = lookup(encoding);
        if (c instanceof TextCodec tc) {
            return tc.decode(b, n, errors, obj);
        }
        PyObject r = c.decode(obj != null ? obj : PyStr.of(java.util.Arrays.copyOf(b, n)), errors);
        if (!(r instanceof PyUnicode u)) {
            throw Py.TypeError("decoder did not return an unicode object (type=" + r.getType().getName() + ")");
        }
        return u;
    }

    /** PyUnicode_FromEncodedObject: {@code unicode(obj, encoding, errors)}. */
    public static PyUnicode fromEncodedObject(PyObject obj, String encoding, String errors) {
        if (obj instanceof PyUnicode) {
            throw Py.TypeError("decoding Unicode is not supported");
        }
        if (obj instanceof PyByteArray) {
            throw Py.TypeError("decoding bytearray is not supported");
        }
        if (obj instanceof PyStr s) {
            return decodeBytes(s.value, s.value.length, s, encoding, errors);
        }
        if (obj instanceof BufferProtocol bp) {
            byte[] b = bp.bufferBytes();
            return decodeBytes(b, b.length, null, encoding, errors);
        }
        throw Py.TypeError("coercing to Unicode: need string or buffer, " + obj.getType().getName() + " found");
    }

    // ================================================================================
    // ASCII and Latin-1
    // ================================================================================

    static final class Ucs1Codec extends TextCodec {
        private final int limit;
        private final String errName, reason;

        Ucs1Codec(String name, String errName, int limit) {
            super(name);
            this.limit = limit;
            this.errName = errName;
            this.reason = limit == 128 ? "ordinal not in range(128)" : "ordinal not in range(256)";
        }

        @Override
        byte[] encode(PyUnicode u, String errors) {
            int[] v = u.cps;
            int n = v.length;
            int i = 0;
            while (i < n && v[i] >= 0 && v[i] < limit) {
                i++;
            }
            if (i == n) {
                byte[] r = new byte[n];
                for (int k = 0; k < n; k++) {
                    r[k] = (byte) v[k];
                }
                return r;
            }
            Encoding e = new Encoding(errName, u, errors, reason, c -> c >= 0 && c < limit ? c : -1);
            for (int k = 0; k < i; k++) {
                e.out.append(v[k]);
            }
            while (i < n) {
                int c = v[i];
                if (c >= 0 && c < limit) {
                    e.out.append(c);
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < n && (v[end] < 0 || v[end] >= limit)) {
                    end++;
                }
                i = e.error(i, end);
            }
            return e.out.toArray();
        }

        @Override
        PyUnicode decode(byte[] b, int n, String errors, PyObject inputObj) {
            if (limit == 256) {
                int[] r = new int[n];
                for (int i = 0; i < n; i++) {
                    r[i] = b[i] & 0xff;
                }
                return PyUnicode.fromCodePoints(r);
            }
            int i = 0;
            while (i < n && b[i] >= 0) {
                i++;
            }
            if (i == n) {
                int[] r = new int[n];
                for (int k = 0; k < n; k++) {
                    r[k] = b[k];
                }
                return PyUnicode.fromCodePoints(r);
            }
            Decoding d = new Decoding(errName, b, n, errors, inputObj);
            d.out.appendLatin1(b, 0, i);
            while (i < n) {
                if (b[i] >= 0) {
                    d.out.append(b[i++]);
                } else {
                    i = d.error("ordinal not in range(128)", i, i + 1);
                }
            }
            return d.result();
        }
    }

    // ================================================================================
    // UTF-8
    // ================================================================================

    /** The result of a stateful decode: the text and the number of bytes consumed. */
    public record Decoded(PyUnicode text, int consumed) {}

    static final class Utf8Codec extends TextCodec {
        Utf8Codec() {
            super("utf-8");
        }

        @Override
        byte[] encode(PyUnicode u, String errors) {
            return encodeUtf8(u.cps);
        }

        @Override
        PyUnicode decode(byte[] b, int n, String errors, PyObject inputObj) {
            return decodeUtf8(b, n, errors, true, inputObj).text();
        }
    }

    /** 2.7's UTF-8 encoder: never fails; lone surrogates are written as 3 bytes, pairs joined. */
    public static byte[] encodeUtf8(int[] v) {
        int n = v.length;
        int i = 0;
        while (i < n && v[i] >= 0 && v[i] < 0x80) {
            i++;
        }
        if (i == n) {
            byte[] r = new byte[n];
            for (int k = 0; k < n; k++) {
                r[k] = (byte) v[k];
            }
            return r;
        }
        ByteBuilder out = new ByteBuilder(n + n / 2 + 8);
        for (int k = 0; k < i; k++) {
            out.append(v[k]);
        }
        while (i < n) {
            int c = v[i++];
            if (c < 0x80) {
                out.append(c);
            } else if (c < 0x800) {
                out.append(0xc0 | (c >> 6));
                out.append(0x80 | (c & 0x3f));
            } else if (c < 0x10000) {
                if (c >= 0xd800 && c <= 0xdbff && i < n && v[i] >= 0xdc00 && v[i] <= 0xdfff) {
                    c = ((c - 0xd800) << 10 | (v[i] - 0xdc00)) + 0x10000;
                    i++;
                    utf8Four(out, c);
                    continue;
                }
                out.append(0xe0 | (c >> 12));
                out.append(0x80 | ((c >> 6) & 0x3f));
                out.append(0x80 | (c & 0x3f));
            } else {
                utf8Four(out, c);
            }
        }
        return out.toArray();
    }

    private static void utf8Four(ByteBuilder out, int c) {
        out.append(0xf0 | (c >> 18));
        out.append(0x80 | ((c >> 12) & 0x3f));
        out.append(0x80 | ((c >> 6) & 0x3f));
        out.append(0x80 | (c & 0x3f));
    }

    private static int utf8Length(int b0) {
        if (b0 < 0x80) {
            return 1;
        }
        if (b0 < 0xc2) {
            return 0;
        }
        if (b0 < 0xe0) {
            return 2;
        }
        if (b0 < 0xf0) {
            return 3;
        }
        if (b0 < 0xf5) {
            return 4;
        }
        return 0;
    }

    private static boolean cont(byte b) {
        return (b & 0xc0) == 0x80;
    }

    /**
     * 2.7's UTF-8 decoder ("utf8" in messages). With {@code last} false an incomplete
     * sequence at the end is left unconsumed (for incremental decoders).
     */
    public static Decoded decodeUtf8(byte[] b, int n, String errors, boolean last, PyObject inputObj) {
        int i = 0;
        while (i < n && b[i] >= 0) {
            i++;
        }
        if (i == n) {
            int[] r = new int[n];
            for (int k = 0; k < n; k++) {
                r[k] = b[k];
            }
            return new Decoded(PyUnicode.fromCodePoints(r), n);
        }
        Decoding d = new Decoding("utf8", b, n, errors, inputObj);
        d.out.appendLatin1(b, 0, i);
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                d.out.append(c);
                i++;
                continue;
            }
            int len = utf8Length(c);
            if (len == 0) {
                i = d.error("invalid start byte", i, i + 1);
                continue;
            }
            if (i + len > n) {
                if (!last) {
                    break;
                }
                int end = i + 1;
                for (int k = 1; k < n - i && cont(b[i + k]); k++) {
                    end++;
                }
                i = d.error("unexpected end of data", i, end);
                continue;
            }
            boolean bad;
            int b1 = b[i + 1] & 0xff;
            switch (len) {
                case 2:
                    bad = !cont(b[i + 1]);
                    break;
                case 3:
                    bad = !cont(b[i + 1]) || !cont(b[i + 2]) || (c == 0xe0 && b1 < 0xa0);
                    break;
                default:
                    bad = !cont(b[i + 1]) || !cont(b[i + 2]) || !cont(b[i + 3])
                            || (c == 0xf0 && b1 < 0x90) || (c == 0xf4 && b1 > 0x8f);
                    break;
            }
            if (bad) {
                int end = i + 1;
                for (int k = 1; k < len - 1 && cont(b[i + k]); k++) {
                    end++;
                }
                i = d.error("invalid continuation byte", i, end);
                continue;
            }
            int cp;
            switch (len) {
                case 2:
                    cp = ((c & 0x1f) << 6) | (b1 & 0x3f);
                    break;
                case 3:
                    cp = ((c & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b[i + 2] & 0x3f);
                    break;
                default:
                    cp = ((c & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
                    break;
            }
            d.out.append(cp);
            i += len;
        }
        return new Decoded(d.result(), i);
    }

    // ================================================================================
    // UTF-16 and UTF-32
    // ================================================================================

    /** byteorder: 0 native with BOM (detect on decode), -1 little endian, 1 big endian. */
    static final class Utf16Codec extends TextCodec {
        private final int byteorder;

        Utf16Codec(String name, int byteorder) {
            super(name);
            this.byteorder = byteorder;
        }

        @Override
        byte[] encode(PyUnicode u, String errors) {
            return encodeUtf16(u.cps, byteorder);
        }

        @Override
        PyUnicode decode(byte[] b, int n, String errors, PyObject inputObj) {
            return decodeUtf16(b, n, errors, new int[] {byteorder}, true, inputObj).text();
        }
    }

    /** UTF-16: byteorder 0 writes a BOM and little-endian units (the native order CPython uses here). */
    public static byte[] encodeUtf16(int[] v, int byteorder) {
        ByteBuilder out = new ByteBuilder(v.length * 2 + 2);
        boolean big = byteorder > 0;
        if (byteorder == 0) {
            out.append(0xff).append(0xfe);
        }
        for (int c : v) {
            if (c >= 0x10000) {
                int hi = 0xd800 | ((c - 0x10000) >> 10);
                int lo = 0xdc00 | ((c - 0x10000) & 0x3ff);
                unit16(out, hi, big);
                unit16(out, lo, big);
            } else {
                unit16(out, c, big);
            }
        }
        return out.toArray();
    }

    private static void unit16(ByteBuilder out, int u, boolean big) {
        if (big) {
            out.append(u >> 8).append(u & 0xff);
        } else {
            out.append(u & 0xff).append(u >> 8);
        }
    }

    /**
     * UTF-16 decoder ("utf16" in messages). {@code byteorder[0]} is 0 (detect a BOM, then
     * little endian), -1 or 1; it is updated to the order found.
     */
    public static Decoded decodeUtf16(byte[] b, int n, String errors, int[] byteorder, boolean last, PyObject inputObj) {
        int bo = byteorder[0];
        int q = 0;
        if (bo == 0 && n >= 2) {
            int bom = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
            if (bom == 0xfffe) {
                q = 2;
                bo = -1;
            } else if (bom == 0xfeff) {
                q = 2;
                bo = 1;
            }
        }
        boolean big = bo > 0;
        int ihi = big ? 0 : 1, ilo = big ? 1 : 0;
        Decoding d = new Decoding("utf16", b, n, errors, inputObj);
        while (q < n) {
            if (n - q < 2) {
                if (!last) {
                    break;
                }
                q = d.error("truncated data", q, n);
                continue;
            }
            int ch = ((b[q + ihi] & 0xff) << 8) | (b[q + ilo] & 0xff);
            q += 2;
            if (ch < 0xd800 || ch > 0xdfff) {
                d.out.append(ch);
                continue;
            }
            if (n - q < 2) {
                q -= 2;
                if (!last) {
                    break;
                }
                q = d.error("unexpected end of data", q, n);
                continue;
            }
            if (ch <= 0xdbff) {
                int ch2 = ((b[q + ihi] & 0xff) << 8) | (b[q + ilo] & 0xff);
                q += 2;
                if (ch2 >= 0xdc00 && ch2 <= 0xdfff) {
                    d.out.append((((ch & 0x3ff) << 10) | (ch2 & 0x3ff)) + 0x10000);
                    continue;
                }
                q = d.error("illegal UTF-16 surrogate", q - 4, q - 2);
                continue;
            }
            q = d.error("illegal encoding", q - 2, q);
        }
        byteorder[0] = bo;
        return new Decoded(d.result(), q);
    }

    static final class Utf32Codec extends TextCodec {
        private final int byteorder;

        Utf32Codec(String name, int byteorder) {
            super(name);
            this.byteorder = byteorder;
        }

        @Override
        byte[] encode(PyUnicode u, String errors) {
            return encodeUtf32(u.cps, byteorder);
        }

        @Override
        PyUnicode decode(byte[] b, int n, String errors, PyObject inputObj) {
            return decodeUtf32(b, n, errors, new int[] {byteorder}, true, inputObj).text();
        }
    }

    public static byte[] encodeUtf32(int[] v, int byteorder) {
        ByteBuilder out = new ByteBuilder(v.length * 4 + 4);
        boolean big = byteorder > 0;
        if (byteorder == 0) {
            out.append(0xff).append(0xfe).append(0).append(0);
        }
        for (int i = 0; i < v.length; i++) {
            int c = v[i];
            if (big) {
                out.append(c >>> 24).append((c >> 16) & 0xff).append((c >> 8) & 0xff).append(c & 0xff);
            } else {
                out.append(c & 0xff).append((c >> 8) & 0xff).append((c >> 16) & 0xff).append(c >>> 24);
            }
        }
        return out.toArray();
    }

    public static Decoded decodeUtf32(byte[] b, int n, String errors, int[] byteorder, boolean last, PyObject inputObj) {
        int bo = byteorder[0];
        int q = 0;
        if (bo == 0 && n >= 4) {
            long bom = ((long) (b[3] & 0xff) << 24) | ((b[2] & 0xff) << 16) | ((b[1] & 0xff) << 8) | (b[0] & 0xff);
            if (bom == 0x0000feffL) {
                q = 4;
                bo = -1;
            } else if (bom == 0xfffe0000L) {
                q = 4;
                bo = 1;
            }
        }
        boolean big = bo > 0;
        Decoding d = new Decoding("utf32", b, n, errors, inputObj);
        while (q < n) {
            if (n - q < 4) {
                if (!last) {
                    break;
                }
                q = d.error("truncated data", q, n);
                continue;
            }
            long ch = big
                    ? ((long) (b[q] & 0xff) << 24) | ((b[q + 1] & 0xff) << 16) | ((b[q + 2] & 0xff) << 8) | (b[q + 3] & 0xff)
                    : ((long) (b[q + 3] & 0xff) << 24) | ((b[q + 2] & 0xff) << 16) | ((b[q + 1] & 0xff) << 8) | (b[q] & 0xff);
            if (ch >= 0x110000) {
                q = d.error("code point not in range(0x110000)", q, q + 4);
                continue;
            }
            d.out.append((int) ch);
            q += 4;
        }
        byteorder[0] = bo;
        return new Decoded(d.result(), q);
    }

    // ================================================================================
    // UTF-7
    // ================================================================================

    /** RFC 2152 classes: 0 direct, 1 optional direct (set O), 2 whitespace, 3 must be encoded. */
    private static final byte[] UTF7_CATEGORY = {
        3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
    };

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static boolean isBase64(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    private static int fromBase64(int c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : 63;
    }

    private static boolean utf7Direct(int c) {
        return c > 0 && c < 128 && UTF7_CATEGORY[c] != 3;
    }

    static final class Utf7Codec extends TextCodec {
        Utf7Codec() {
            super("utf-7");
        }

        @Override
        byte[] encode(PyUnicode u, String errors) {
            return encodeUtf7(u.cps);
        }

        @Override
        PyUnicode decode(byte[] b, int n, String errors, PyObject inputObj) {
            return decodeUtf7(b, n, errors, true, inputObj).text();
        }
    }

    public static byte[] encodeUtf7(int[] v) {
        ByteBuilder out = new ByteBuilder(v.length + 8);
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        for (int ch : v) {
            if (inShift) {
                if (utf7Direct(ch)) {
                    if (bits > 0) {
                        out.append(B64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
                        buffer = 0;
                        bits = 0;
                    }
                    inShift = false;
                    if (isBase64(ch) || ch == '-') {
                        out.append('-');
                    }
                    out.append(ch);
                    continue;
                }
            } else {
                if (ch == '+') {
                    out.append('+').append('-');
                    continue;
                }
                if (utf7Direct(ch)) {
                    out.append(ch);
                    continue;
                }
                out.append('+');
                inShift = true;
            }
            if (ch >= 0x10000) {
                bits += 16;
                buffer = (buffer << 16) | 0xd800 | ((ch - 0x10000) >> 10);
                while (bits >= 6) {
                    out.append(B64.charAt((int) ((buffer >> (bits - 6)) & 0x3f)));
                    bits -= 6;
                }
                ch = 0xdc00 | ((ch - 0x10000) & 0x3ff);
            }
            bits += 16;
            buffer = (buffer << 16) | (ch & 0xffff);
            while (bits >= 6) {
                out.append(B64.charAt((int) ((buffer >> (bits - 6)) & 0x3f)));
                bits -= 6;
            }
            buffer &= (1L << bits) - 1;
        }
        if (bits > 0) {
            out.append(B64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
        }
        if (inShift) {
            out.append('-');
        }
        return out.toArray();
    }

    public static Decoded decodeUtf7(byte[] b, int n, String errors, boolean last, PyObject inputObj) {
        Decoding d = new Decoding("utf7", b, n, errors, inputObj);
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        int surrogate = 0;
        int startinpos = 0;
        int shiftOutStart = 0;
        int s = 0;
        while (true) {
            while (s < n) {
                int ch = b[s] & 0xff;
                String errmsg = null;
                if (inShift) {
                    if (isBase64(ch)) {
                        buffer = (buffer << 6) | fromBase64(ch);
                        bits += 6;
                        s++;
                        if (bits >= 16) {
                            int outCh = (int) ((buffer >> (bits - 16)) & 0xffff);
                            bits -= 16;
                            buffer &= (1L << bits) - 1;
                            if (surrogate != 0) {
                                if (outCh >= 0xdc00 && outCh <= 0xdfff) {
                                    d.out.append((((surrogate & 0x3ff) << 10) | (outCh & 0x3ff)) + 0x10000);
                                    surrogate = 0;
                                    continue;
                                }
                                d.out.append(surrogate);
                                surrogate = 0;
                            }
                            if (outCh >= 0xd800 && outCh <= 0xdbff) {
                                surrogate = outCh;
                            } else {
                                d.out.append(outCh);
                            }
                        }
                        continue;
                    }
                    inShift = false;
                    s++;
                    if (surrogate != 0) {
                        // a special character ending the run takes a pending high surrogate with it (as 2.7)
                        if (ch < 128) {
                            d.out.append(surrogate);
                        }
                        surrogate = 0;
                    }
                    if (bits > 0) {
                        if (bits >= 6) {
                            errmsg = "partial character in shift sequence";
                        } else if (buffer != 0) {
                            errmsg = "non-zero padding bits in shift sequence";
                        }
                    }
                    if (errmsg == null) {
                        if (ch != '-') {
                            if (ch >= 128) {
                                s = d.error("unexpected special character", s - 1, s);
                                continue;
                            }
                            d.out.append(ch);
                        }
                        continue;
                    }
                } else if (ch == '+') {
                    startinpos = s;
                    s++;
                    if (s < n && b[s] == '-') {
                        s++;
                        d.out.append('+');
                    } else {
                        inShift = true;
                        shiftOutStart = d.out.length();
                        bits = 0;
                        buffer = 0;
                    }
                    continue;
                } else if (ch < 128) {
                    d.out.append(ch);
                    s++;
                    continue;
                } else {
                    startinpos = s;
                    s++;
                    errmsg = "unexpected special character";
                }
                s = d.error(errmsg, startinpos, s);
            }
            if (inShift && last && (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0))) {
                inShift = false;
                surrogate = 0;
                s = d.error("unterminated shift sequence", startinpos, n);
                if (s < n) {
                    continue;
                }
            }
            break;
        }
        int consumed = s;
        if (!last && inShift) {
            d.out.setLength(shiftOutStart);
            consumed = startinpos;
        }
        return new Decoded(d.result(), consumed);
    }

    // ================================================================================
    // unicode-escape, raw-unicode-escape, unicode-internal
    // ================================================================================

    static final class UnicodeEscapeCodec extends TextCodec {
        private final boolean raw;

        UnicodeEscapeCodec(boolean raw) {
            super(raw ? "raw-unicode-escape" : "unicode-escape");
            this.raw = raw;
        }

        @Override
        byte[] encode(PyUnicode u, String errors) {
            return raw ? encodeRawUnicodeEscape(u.cps) : encodeUnicodeEscape(u.cps, false);
        }

        @Override
        PyUnicode decode(byte[] b, int n, String errors, PyObject inputObj) {
            return raw ? decodeRawUnicodeEscape(b, n, errors, inputObj) : decodeUnicodeEscape(b, n, errors, inputObj);
        }
    }

    /** The unicode-escape encoding (quotes escaped too when {@code quotes}, as repr does). */
    public static byte[] encodeUnicodeEscape(int[] v, boolean quotes) {
        ByteBuilder out = new ByteBuilder(v.length + 8);
        for (int c : v) {
            if ((quotes && c == '\'') || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x10000) {
                out.append('\\').append('U').hex(c, 8);
            } else if (c >= 0x100) {
                out.append('\\').append('u').hex(c, 4);
            } else if (c == '\t') {
                out.append('\\').append('t');
            } else if (c == '\n') {
                out.append('\\').append('n');
            } else if (c == '\r') {
                out.append('\\').append('r');
            } else if (c < ' ' || c >= 0x7f) {
                out.append('\\').append('x').hex(c, 2);
            } else {
                out.append(c);
            }
        }
        return out.toArray();
    }

    public static byte[] encodeRawUnicodeEscape(int[] v) {
        ByteBuilder out = new ByteBuilder(v.length + 8);
        for (int c : v) {
            if (c >= 0x10000) {
                out.append('\\').append('U').hex(c, 8);
            } else if (c >= 0x100) {
                out.append('\\').append('u').hex(c, 4);
            } else {
                out.append(c);
            }
        }
        return out.toArray();
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    public static PyUnicode decodeUnicodeEscape(byte[] b, int n, String errors, PyObject inputObj) {
        Decoding d = new Decoding("unicodeescape", b, n, errors, inputObj);
        int s = 0;
        while (s < n) {
            int c = b[s] & 0xff;
            if (c != '\\') {
                d.out.append(c);
                s++;
                continue;
            }
            int start = s;
            s++;
            if (s >= n) {
                s = d.error("\\ at end of string", start, n);
                continue;
            }
            c = b[s++] & 0xff;
            switch (c) {
                case '\n': break;
                case '\\': d.out.append('\\'); break;
                case '\'': d.out.append('\''); break;
                case '"': d.out.append('"'); break;
                case 'b': d.out.append('\b'); break;
                case 'f': d.out.append('\f'); break;
                case 't': d.out.append('\t'); break;
                case 'n': d.out.append('\n'); break;
                case 'r': d.out.append('\r'); break;
                case 'v': d.out.append(0x0b); break;
                case 'a': d.out.append(0x07); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int x = c - '0';
                    if (s < n && b[s] >= '0' && b[s] <= '7') {
                        x = (x << 3) + b[s++] - '0';
                        if (s < n && b[s] >= '0' && b[s] <= '7') {
                            x = (x << 3) + b[s++] - '0';
                        }
                    }
                    d.out.append(x);
                    break;
                }
                case 'x': case 'u': case 'U': {
                    int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    String msg = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long chr = 0;
                    int i;
                    for (i = 0; i < digits; i++) {
                        int hv = s + i < n ? hexValue(b[s + i] & 0xff) : -1;
                        if (hv < 0) {
                            break;
                        }
                        chr = (chr << 4) | hv;
                    }
                    if (i < digits) {
                        s = d.error(msg, start, s + i);
                        break;
                    }
                    s += digits;
                    if (chr > 0x10ffff) {
                        s = d.error("illegal Unicode character", start, s);
                        break;
                    }
                    d.out.append((int) chr);
                    break;
                }
                case 'N': {
                    String msg = "malformed \\N character escape";
                    if (s < n && b[s] == '{') {
                        int nameStart = s + 1;
                        while (s < n && b[s] != '}') {
                            s++;
                        }
                        if (s > nameStart && s < n && b[s] == '}') {
                            msg = "unknown Unicode character name";
                            s++;
                            int cp = lookupName(new String(b, nameStart, s - 1 - nameStart, java.nio.charset.StandardCharsets.ISO_8859_1));
                            if (cp >= 0) {
                                d.out.append(cp);
                                break;
                            }
                        }
                    }
                    s = d.error(msg, start, s);
                    break;
                }
                default:
                    d.out.append('\\');
                    d.out.append(c);
                    break;
            }
        }
        return d.result();
    }

    /** The code point of a Unicode character name (\N{...}), or -1. Case is ignored. */
    public static int lookupName(String name) {
        if (name.isEmpty() || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
            return -1;
        }
        if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            String hex = name.substring(22);
            if (hex.length() < 4 || hex.length() > 5) {
                return -1;
            }
            int cp = 0;
            for (int i = 0; i < hex.length(); i++) {
                char c = hex.charAt(i);
                if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
                    return -1;
                }
                cp = cp * 16 + Character.digit(c, 16);
            }
            boolean cjk = (cp >= 0x3400 && cp <= 0x4db5) || (cp >= 0x4e00 && cp <= 0x9fcb)
                    || (cp >= 0x20000 && cp <= 0x2a6d6) || (cp >= 0x2a700 && cp <= 0x2b734);
            return cjk ? cp : -1;
        }
        if (name.startsWith("HANGUL SYLLABLE ")) {
            return hangul(name.substring(16));
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        String canon = Character.getName(cp);
        if (canon == null || canon.endsWith(" " + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT))) {
            return -1; // a name the JDK makes up for unnamed characters
        }
        return cp;
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The algorithmic Hangul syllable names (U+AC00..U+D7A3). */
    private static int hangul(String s) {
        for (int l = 0; l < JAMO_L.length; l++) {
            if (!s.startsWith(JAMO_L[l])) {
                continue;
            }
            for (int v = 0; v < JAMO_V.length; v++) {
                String lv = JAMO_L[l] + JAMO_V[v];
                if (!s.startsWith(lv)) {
                    continue;
                }
                for (int t = 0; t < JAMO_T.length; t++) {
                    if (s.equals(lv + JAMO_T[t])) {
                        return 0xac00 + (l * 21 + v) * 28 + t;
                    }
                }
            }
        }
        return -1;
    }

    public static PyUnicode decodeRawUnicodeEscape(byte[] b, int n, String errors, PyObject inputObj) {
        Decoding d = new Decoding("rawunicodeescape", b, n, errors, inputObj);
        int s = 0;
        while (s < n) {
            int c = b[s] & 0xff;
            if (c != '\\') {
                d.out.append(c);
                s++;
                continue;
            }
            int start = s;
            int bs = s;
            while (s < n && b[s] == '\\') {
                d.out.append('\\');
                s++;
            }
            if (((s - bs) & 1) == 0 || s >= n || (b[s] != 'u' && b[s] != 'U')) {
                continue;
            }
            d.out.setLength(d.out.length() - 1);
            int count = b[s] == 'u' ? 4 : 8;
            s++;
            long x = 0;
            int i;
            for (i = 0; i < count; i++) {
                int hv = s < n ? hexValue(b[s] & 0xff) : -1;
                if (hv < 0) {
                    break;
                }
                x = (x << 4) | hv;
                s++;
            }
            if (i < count) {
                s = d.error("truncated \\uXXXX", start, s);
                continue;
            }
            if (x > 0x10ffff) {
                s = d.error("\\Uxxxxxxxx out of range", start, s);
                continue;
            }
            d.out.append((int) x);
        }
        return d.result();
    }

    static final class UnicodeInternalCodec extends TextCodec {
        UnicodeInternalCodec() {
            super("unicode-internal");
        }

        @Override
        byte[] encode(PyUnicode u, String errors) {
            return encodeUtf32(u.cps, -1);
        }

        @Override
        PyUnicode decode(byte[] b, int n, String errors, PyObject inputObj) {
            Decoding d = new Decoding("unicode_internal", b, n, errors, inputObj);
            int q = 0;
            while (q < n) {
                if (n - q < 4) {
                    q = d.error("truncated input", q, n);
                    continue;
                }
                long ch = ((long) (b[q + 3] & 0xff) << 24) | ((b[q + 2] & 0xff) << 16) | ((b[q + 1] & 0xff) << 8) | (b[q] & 0xff);
                if (ch > 0x10ffff) {
                    q = d.error("illegal code point (> 0x10FFFF)", q, q + 4);
                    continue;
                }
                d.out.append((int) ch);
                q += 4;
            }
            return d.result();
        }
    }

    // ================================================================================
    // string-escape (str to str)
    // ================================================================================

    static final class StringEscapeCodec implements Codec {
        @Override
        public String name() {
            return "string-escape";
        }

        @Override
        public PyObject encode(PyObject input, String errors) {
            if (!(input instanceof PyStr s)) {
                throw Py.TypeError("escape_encode() argument 1 must be string, not " + input.getType().getName());
            }
            return new PyStr(encodeStringEscape(s.value, s.value.length));
        }

        @Override
        public PyObject decode(PyObject input, String errors) {
            if (input instanceof PyByteArray) {
                throw Py.TypeError("escape_decode() argument 1 must be string or read-only buffer, not bytearray");
            }
            byte[] b = bytesOf(input);
            return PyStr.of(decodeStringEscape(b, b.length, errors));
        }
    }

    /** repr() of a str without the quotes, escaping only single quotes. */
    public static byte[] encodeStringEscape(byte[] v, int n) {
        ByteBuilder out = new ByteBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            int c = v[i] & 0xff;
            if (c == '\'' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\t') {
                out.append('\\').append('t');
            } else if (c == '\n') {
                out.append('\\').append('n');
            } else if (c == '\r') {
                out.append('\\').append('r');
            } else if (c < ' ' || c >= 0x7f) {
                out.append('\\').append('x').hex(c, 2);
            } else {
                out.append(c);
            }
        }
        return out.toArray();
    }

    /** PyString_DecodeEscape. */
    public static byte[] decodeStringEscape(byte[] b, int n, String errors) {
        ByteBuilder out = new ByteBuilder(n);
        int s = 0;
        while (s < n) {
            int c = b[s] & 0xff;
            if (c != '\\') {
                out.append(c);
                s++;
                continue;
            }
            s++;
            if (s == n) {
                throw Py.ValueError("Trailing \\ in string");
            }
            c = b[s++] & 0xff;
            switch (c) {
                case '\n': break;
                case '\\': out.append('\\'); break;
                case '\'': out.append('\''); break;
                case '"': out.append('"'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 't': out.append('\t'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 'v': out.append(0x0b); break;
                case 'a': out.append(0x07); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int x = c - '0';
                    if (s < n && b[s] >= '0' && b[s] <= '7') {
                        x = (x << 3) + b[s++] - '0';
                        if (s < n && b[s] >= '0' && b[s] <= '7') {
                            x = (x << 3) + b[s++] - '0';
                        }
                    }
                    out.append(x);
                    break;
                }
                case 'x': {
                    if (s + 1 < n && hexValue(b[s] & 0xff) >= 0 && hexValue(b[s + 1] & 0xff) >= 0) {
                        out.append((hexValue(b[s] & 0xff) << 4) | hexValue(b[s + 1] & 0xff));
                        s += 2;
                        break;
                    }
                    if (errors == null || errors.equals(STRICT)) {
                        throw Py.ValueError("invalid \\x escape");
                    }
                    if (errors.equals(REPLACE)) {
                        out.append('?');
                    } else if (!errors.equals(IGNORE)) {
                        throw Py.ValueError("decoding error; unknown error handling code: " + errors);
                    }
                    if (s < n && hexValue(b[s] & 0xff) >= 0) {
                        s++;
                    }
                    break;
                }
                default:
                    out.append('\\');
                    s--;
                    break;
            }
        }
        return out.toArray();
    }

    // ================================================================================
    // hex (str to str, as encodings.hex_codec)
    // ================================================================================

    static final class HexCodec implements Codec {
        @Override
        public String name() {
            return "hex";
        }

        private static void checkErrors(String errors) {
            if (errors != null && !errors.equals(STRICT)) {
                throw new PyException(Exceptions.AssertionError);
            }
        }

        @Override
        public PyObject encode(PyObject input, String errors) {
            checkErrors(errors);
            byte[] b = bytesOf(input);
            ByteBuilder out = new ByteBuilder(b.length * 2);
            for (byte x : b) {
                out.hex(x & 0xff, 2);
            }
            return PyStr.of(out.toArray());
        }

        @Override
        public PyObject decode(PyObject input, String errors) {
            checkErrors(errors);
            byte[] b = bytesOf(input);
            if ((b.length & 1) != 0) {
                throw Py.TypeError("Odd-length string");
            }
            byte[] r = new byte[b.length / 2];
            for (int i = 0; i < r.length; i++) {
                int hi = hexValue(b[2 * i] & 0xff), lo = hexValue(b[2 * i + 1] & 0xff);
                if (hi < 0 || lo < 0) {
                    throw Py.TypeError("Non-hexadecimal digit found");
                }
                r[i] = (byte) ((hi << 4) | lo);
            }
            return PyStr.of(r);
        }
    }

    // ================================================================================
    // charmap code pages (single-byte tables read from the JDK)
    // ================================================================================

    /** A single-byte code page: 256 code points (-1 undefined) and the reverse map. */
    static final class CharmapCodec extends TextCodec {
        final int[] decodeTable;
        private final Map<Integer, Integer> encodeMap = new HashMap<>();
        private final int[] encodeLow = new int[256];

        CharmapCodec(String name, int[] table) {
            super(name);
            this.decodeTable = table;
            java.util.Arrays.fill(encodeLow, -1);
            for (int b = 0; b < 256; b++) {
                int cp = table[b];
                if (cp < 0) {
                    continue;
                }
                if (cp < 256) {
                    encodeLow[cp] = b;
                } else {
                    encodeMap.put(cp, b);
                }
            }
        }

        int encodeChar(int c) {
            if (c >= 0 && c < 256) {
                return encodeLow[c];
            }
            Integer b = encodeMap.get(c);
            return b == null ? -1 : b;
        }

        @Override
        byte[] encode(PyUnicode u, String errors) {
            int[] v = u.cps;
            int n = v.length;
            Encoding e = null;
            ByteBuilder out = new ByteBuilder(n);
            int i = 0;
            while (i < n) {
                int b = encodeChar(v[i]);
                if (b >= 0) {
                    (e == null ? out : e.out).append(b);
                    i++;
                    continue;
                }
                if (e == null) {
                    e = new Encoding("charmap", u, errors, "character maps to <undefined>", this::encodeChar);
                    e.out.append(out.toArray());
                }
                int end = i + 1;
                while (end < n && encodeChar(v[end]) < 0) {
                    end++;
                }
                i = e.error(i, end);
            }
            return (e == null ? out : e.out).toArray();
        }

        @Override
        PyUnicode decode(byte[] b, int n, String errors, PyObject inputObj) {
            Decoding d = null;
            int[] fast = new int[n];
            int i = 0;
            while (i < n) {
                int cp = decodeTable[b[i] & 0xff];
                if (cp < 0) {
                    break;
                }
                fast[i++] = cp;
            }
            if (i == n) {
                return PyUnicode.fromCodePoints(fast);
            }
            d = new Decoding("charmap", b, n, errors, inputObj);
            d.out.append(fast, 0, i);
            while (i < n) {
                int cp = decodeTable[b[i] & 0xff];
                if (cp < 0) {
                    i = d.error("character maps to <undefined>", i, i + 1);
                } else {
                    d.out.append(cp);
                    i++;
                }
            }
            return d.result();
        }
    }

    /**
     * The 2.7 code pages the JDK has, with the codec module name, the Java charset, and the
     * bytes where 2.7's table differs from the JDK's ("byte:codepoint", -1 = undefined).
     */
    private static final String[][] CODE_PAGES = {
        {"cp037", "IBM037", "15:85"}, {"cp1006", "IBM1006", "b2:fe8e c7:fb84 d5:fec1 d6:fec5 e3:fed9 f9:fef1 fa:fef2 fb:fef3"},
        {"cp1026", "IBM1026", "15:85"}, {"cp1140", "IBM01140", "15:85"},
        {"cp1250", "windows-1250", ""}, {"cp1251", "windows-1251", ""}, {"cp1252", "windows-1252", ""},
        {"cp1253", "windows-1253", ""}, {"cp1254", "windows-1254", ""}, {"cp1255", "windows-1255", ""},
        {"cp1256", "windows-1256", ""}, {"cp1257", "windows-1257", ""}, {"cp1258", "windows-1258", ""},
        {"cp424", "IBM424", "15:85 b3:b7 bc:af"}, {"cp437", "IBM437", ""}, {"cp500", "IBM500", "15:85"},
        {"cp737", "x-IBM737", ""}, {"cp775", "IBM775", ""}, {"cp850", "IBM850", ""}, {"cp852", "IBM852", ""},
        {"cp855", "IBM855", ""}, {"cp856", "x-IBM856", "ee:af fa:b7"}, {"cp857", "IBM857", ""},
        {"cp858", "IBM00858", ""}, {"cp860", "IBM860", ""}, {"cp861", "IBM861", ""}, {"cp862", "IBM862", ""},
        {"cp863", "IBM863", ""}, {"cp864", "IBM864", ""}, {"cp865", "IBM865", ""}, {"cp866", "IBM866", ""},
        {"cp869", "IBM869", ""}, {"cp874", "x-IBM874", ""},
        {"cp875", "x-IBM875", "15:85 dc:1a e1:1a ec:1a ed:1a fc:1a fd:1a"},
        {"iso8859_2", "ISO-8859-2", ""}, {"iso8859_3", "ISO-8859-3", ""}, {"iso8859_4", "ISO-8859-4", ""},
        {"iso8859_5", "ISO-8859-5", ""}, {"iso8859_6", "ISO-8859-6", ""}, {"iso8859_7", "ISO-8859-7", ""},
        {"iso8859_8", "ISO-8859-8", ""}, {"iso8859_9", "ISO-8859-9", ""}, {"iso8859_11", "x-iso-8859-11", ""},
        {"iso8859_13", "ISO-8859-13", ""}, {"iso8859_15", "ISO-8859-15", ""}, {"iso8859_16", "ISO-8859-16", ""},
        {"koi8_r", "KOI8-R", ""}, {"koi8_u", "KOI8-U", ""},
        {"mac_centeuro", "x-MacCentralEurope", ""}, {"mac_croatian", "x-MacCroatian", "bd:3a9 db:20ac"},
        {"mac_cyrillic", "x-MacCyrillic", "a2:490 b6:491 ff:20ac"}, {"mac_greek", "x-MacGreek", "9c:20ac af:b7 ff:ad"},
        {"mac_iceland", "x-MacIceland", "bd:3a9 db:20ac"}, {"mac_roman", "x-MacRoman", ""},
        {"mac_turkish", "x-MacTurkish", "bd:3a9 f5:f8a0"},
    };

    private static final Map<String, String[]> CODE_PAGE_BY_NAME = new HashMap<>();

    static {
        for (String[] cp : CODE_PAGES) {
            CODE_PAGE_BY_NAME.put(cp[0], cp);
        }
    }

    private static Codec charmapCodec(String name) {
        String[] cp = CODE_PAGE_BY_NAME.get(name);
        if (cp == null) {
            return null;
        }
        int[] table = new int[256];
        Charset cs;
        try {
            cs = Charset.forName(cp[1]);
        } catch (RuntimeException e) {
            return null;
        }
        for (int b = 0; b < 256; b++) {
            try {
                CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                table[b] = cb.length() == 1 ? cb.charAt(0) : -1;
            } catch (CharacterCodingException e) {
                table[b] = -1;
            }
        }
        if (!cp[2].isEmpty()) {
            for (String fix : cp[2].split(" ")) {
                String[] kv = fix.split(":");
                table[Integer.parseInt(kv[0], 16)] = Integer.parseInt(kv[1], 16);
            }
        }
        for (int b = 0; b < 256; b++) {
            if (table[b] == 0xfffe) {
                table[b] = -1;
            }
        }
        String display = name.replace('_', '-');
        Codec c = new CharmapCodec(display, table);
        synchronized (BUILTIN) {
            BUILTIN.put(name, c);
        }
        return c;
    }

    /** The 'charmap' codec without a mapping: Latin-1 with charmap's error texts. */
    static final class CharmapLatin1 extends TextCodec {
        CharmapLatin1() {
            super("charmap");
        }

        @Override
        byte[] encode(PyUnicode u, String errors) {
            return ((Ucs1Codec) BUILTIN.get("latin_1")).encode(u, errors);
        }

        @Override
        PyUnicode decode(byte[] b, int n, String errors, PyObject inputObj) {
            return ((Ucs1Codec) BUILTIN.get("latin_1")).decode(b, n, errors, inputObj);
        }
    }

    // ================================================================================
    // Registration of the built-in codecs
    // ================================================================================

    static {
        BUILTIN.put("ascii", new Ucs1Codec("ascii", "ascii", 128));
        BUILTIN.put("latin_1", new Ucs1Codec("iso8859-1", "latin-1", 256));
        BUILTIN.put("utf_8", new Utf8Codec());
        BUILTIN.put("utf_16", new Utf16Codec("utf-16", 0));
        BUILTIN.put("utf_16_le", new Utf16Codec("utf-16-le", -1));
        BUILTIN.put("utf_16_be", new Utf16Codec("utf-16-be", 1));
        BUILTIN.put("utf_32", new Utf32Codec("utf-32", 0));
        BUILTIN.put("utf_32_le", new Utf32Codec("utf-32-le", -1));
        BUILTIN.put("utf_32_be", new Utf32Codec("utf-32-be", 1));
        BUILTIN.put("utf_7", new Utf7Codec());
        BUILTIN.put("unicode_escape", new UnicodeEscapeCodec(false));
        BUILTIN.put("raw_unicode_escape", new UnicodeEscapeCodec(true));
        BUILTIN.put("unicode_internal", new UnicodeInternalCodec());
        BUILTIN.put("string_escape", new StringEscapeCodec());
        BUILTIN.put("charmap", new CharmapLatin1());
        BUILTIN.put("hex_codec", new HexCodec());
        alias("hex_codec", "hex");

        alias("ascii", "646", "ansi_x3.4_1968", "ansi_x3.4_1986", "ansi_x3_4_1968", "cp367", "csascii", "ibm367",
                "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        alias("latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
                "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1");
        alias("utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4");
        alias("utf_16", "u16", "utf16");
        alias("utf_16_be", "unicodebigunmarked", "utf_16be");
        alias("utf_16_le", "unicodelittleunmarked", "utf_16le");
        alias("utf_32", "u32", "utf32");
        alias("utf_32_be", "utf_32be");
        alias("utf_32_le", "utf_32le");
        alias("utf_7", "u7", "unicode_1_1_utf_7", "utf7");
        alias("cp037", "037", "csibm037", "ebcdic_cp_ca", "ebcdic_cp_nl", "ebcdic_cp_us", "ebcdic_cp_wt", "ibm037", "ibm039");
        alias("cp1026", "1026", "csibm1026", "ibm1026");
        alias("cp1140", "1140", "ibm1140");
        for (int i = 1250; i <= 1258; i++) {
            alias("cp" + i, "" + i, "windows_" + i);
        }
        alias("cp424", "424", "csibm424", "ebcdic_cp_he", "ibm424");
        alias("cp437", "437", "cspc8codepage437", "ibm437");
        alias("cp500", "500", "csibm500", "ebcdic_cp_be", "ebcdic_cp_ch", "ibm500");
        alias("cp775", "775", "cspc775baltic", "ibm775");
        alias("cp850", "850", "cspc850multilingual", "ibm850");
        alias("cp852", "852", "cspcp852", "ibm852");
        alias("cp855", "855", "csibm855", "ibm855");
        alias("cp857", "857", "csibm857", "ibm857");
        alias("cp858", "858", "csibm858", "ibm858");
        alias("cp860", "860", "csibm860", "ibm860");
        alias("cp861", "861", "cp_is", "csibm861", "ibm861");
        alias("cp862", "862", "cspc862latinhebrew", "ibm862");
        alias("cp863", "863", "csibm863", "ibm863");
        alias("cp864", "864", "csibm864", "ibm864");
        alias("cp865", "865", "csibm865", "ibm865");
        alias("cp866", "866", "csibm866", "ibm866");
        alias("cp869", "869", "cp_gr", "csibm869", "ibm869");
        alias("iso8859_11", "iso_8859_11", "iso_8859_11_2001", "thai");
        alias("iso8859_13", "iso_8859_13", "l7", "latin7");
        alias("iso8859_15", "iso_8859_15", "l9", "latin9");
        alias("iso8859_16", "iso_8859_16", "iso_8859_16_2001", "iso_ir_226", "l10", "latin10");
        alias("iso8859_2", "csisolatin2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2");
        alias("iso8859_3", "csisolatin3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3");
        alias("iso8859_4", "csisolatin4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4");
        alias("iso8859_5", "csisolatincyrillic", "cyrillic", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144");
        alias("iso8859_6", "arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6", "iso_8859_6_1987", "iso_ir_127");
        alias("iso8859_7", "csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7", "iso_8859_7_1987", "iso_ir_126");
        alias("iso8859_8", "csisolatinhebrew", "hebrew", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138");
        alias("iso8859_9", "csisolatin5", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5");
        alias("koi8_r", "cskoi8r");
        alias("mac_cyrillic", "maccyrillic");
        alias("mac_greek", "macgreek");
        alias("mac_iceland", "maciceland");
        alias("mac_roman", "macroman");
        alias("mac_turkish", "macturkish");
    }
}
