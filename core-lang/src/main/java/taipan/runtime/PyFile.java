package taipan.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.Cleaner;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import taipan.runtime.io.Errno;
import taipan.runtime.io.ErrnoException;
import taipan.runtime.io.FdIO;
import taipan.runtime.io.LineEditor;
import taipan.runtime.io.RawIO;
import taipan.runtime.io.Stdio;
import taipan.runtime.io.StreamIO;

/**
 * {@code file}: Python 2.7's file object over a C-stdio-like {@link Stdio} stream on a
 * real descriptor ({@link FdIO}), with 2.7's modes, universal newlines, the iteration
 * read-ahead buffer (and its "Mixing iteration and read methods" rule), softspace, and
 * CPython's error texts.
 *
 * <p>Java callers: {@link #stdin()}/{@link #stdout()}/{@link #stderr()} (the standard
 * streams), {@link #fromRaw} (any {@link RawIO}, e.g. for os.fdopen), {@link #readline(int)},
 * {@link #getLine(PyObject, int)} (PyFile_GetLine), {@link #rawInput(PyObject)} (the whole
 * of raw_input), {@link #writeString}/{@link #writeObject} (print), {@link #flushAll()} (at exit).
 */
@ExposedType(name = "file", doc = PyFile.DOC)
public class PyFile extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin(PyFile.class);

    static final String DOC = "file(name[, mode[, buffering]]) -> file object\n\nOpen a file.  The mode can be 'r', 'w' or 'a' for reading (default),\n"
            + "writing or appending.  The file will be created if it doesn't exist\nwhen opened for writing or appending; it will be truncated when\n"
            + "opened for writing.  Add a 'b' to the mode for binary files.\nAdd a '+' to the mode to allow simultaneous reading and writing.\n"
            + "If the buffering argument is given, 0 means unbuffered, 1 means line\nbuffered, and larger numbers specify the buffer size.  The preferred way\n"
            + "to open a file is with the builtin open() function.\nAdd a 'U' to mode to open the file for input with universal newline\n"
            + "support.  Any line ending in the input file will be seen as a '\\n'\nin Python.  Also, a file so opened gains the attribute 'newlines';\n"
            + "the value for this attribute is one of None (no newline read yet),\n'\\r', '\\n', '\\r\\n' or a tuple containing all the newline types seen.\n\n"
            + "'U' cannot be combined with 'w' or '+' mode.\n";

    private static final PyStr UNINITIALIZED = PyStr.of("<uninitialized file>");
    private static final int NEWLINE_CR = 1, NEWLINE_LF = 2, NEWLINE_CRLF = 4;
    private static final int READAHEAD_BUFSIZE = 8192;
    private static final int SMALLCHUNK = 8192;
    private static final Cleaner CLEANER = Cleaner.create();

    /** The softspace flag print uses (an int, as CPython's f_softspace). */
    public int softspace;

    /** The stream; null while the file is closed or was never opened. */
    private volatile Stdio stream;
    private PyObject name = UNINITIALIZED;
    private PyObject mode = UNINITIALIZED;
    private PyObject encoding = Py.None;
    private PyObject errors = Py.None;
    private boolean readable, writable, binary, univNewline;
    /** close() closes the descriptor; false for the standard streams, whose close only flushes. */
    private boolean closeRaw;
    private int newlineTypes;
    private boolean skipNextLf;
    /** The read-ahead buffer of iteration (CPython's f_buf): null, or bytes [raPos, raEnd). */
    private byte[] raBuf;
    private int raPos, raEnd;
    private Cleaner.Cleanable cleanable;

    public PyFile() {
    }

    /**
     * A write-only file named {@code name} writing to a Java stream (tests, embedding): fully
     * buffered, unbuffered when the name is {@code <stderr>}; close() only flushes.
     */
    public PyFile(String name, OutputStream out) {
        Stdio s = new Stdio(new StreamIO(null, out, false), false, true, false);
        s.setBuffering(name.equals("<stderr>") ? Stdio.NONE : Stdio.FULL);
        attach(s, PyStr.of(name), "w", false);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private void attach(Stdio s, PyObject name, String mode, boolean closeRaw) {
        this.name = name;
        this.mode = PyStr.of(mode);
        this.readable = mode.indexOf('r') >= 0 || mode.indexOf('+') >= 0;
        this.writable = mode.indexOf('w') >= 0 || mode.indexOf('a') >= 0 || mode.indexOf('+') >= 0;
        this.binary = mode.indexOf('b') >= 0;
        this.univNewline = false;
        this.closeRaw = closeRaw;
        this.stream = s;
    }

    // ---- the standard streams -------------------------------------------------------------

    private static volatile boolean ignoreEnvironment;

    /**
     * Set by the launcher before the interpreter starts: {@code -u} (or PYTHONUNBUFFERED,
     * unless {@code -E}) makes the standard streams unbuffered; {@code -E} also ignores
     * PYTHONIOENCODING.
     */
    public static void configureStandardStreams(boolean unbuffered, boolean ignoreEnv) {
        ignoreEnvironment = ignoreEnv;
        if (!unbuffered && !ignoreEnv) {
            String v = System.getenv("PYTHONUNBUFFERED");
            unbuffered = v != null && !v.isEmpty();
        }
        Stdio.setUnbufferedStandard(unbuffered);
    }

    /** A new file object for sys.stdin (the process's descriptor 0, shared stream). */
    public static PyFile stdin() {
        return standard(0, "<stdin>", "r");
    }

    /** A new file object for sys.stdout. */
    public static PyFile stdout() {
        return standard(1, "<stdout>", "w");
    }

    /** A new file object for sys.stderr. */
    public static PyFile stderr() {
        return standard(2, "<stderr>", "w");
    }

    private static PyFile standard(int fd, String name, String mode) {
        PyFile f = new PyFile();
        Stdio s = Stdio.standard(fd);
        f.attach(s, PyStr.of(name), mode, false);
        String io = ignoreEnvironment ? null : System.getenv("PYTHONIOENCODING");
        if (io != null && !io.isEmpty()) {
            int colon = io.indexOf(':');
            f.encoding = PyStr.of(colon < 0 ? io : io.substring(0, colon));
            if (colon >= 0) {
                f.errors = PyStr.of(io.substring(colon + 1));
            }
        } else if (s.raw.isatty()) {
            f.encoding = PyStr.of(terminalEncoding());
        }
        return f;
    }

    /** The locale's codeset as nl_langinfo(CODESET) names it ("UTF-8", "ANSI_X3.4-1968" for C). */
    public static String terminalEncoding() {
        return terminalEncoding(System::getenv);
    }

    /** {@link #terminalEncoding()} for the environment {@code env}. */
    static String terminalEncoding(java.util.function.Function<String, String> env) {
        String loc = null;
        for (String var : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.apply(var);
            if (v != null && !v.isEmpty()) {
                loc = v;
                break;
            }
        }
        if (loc == null || loc.equals("C") || loc.equals("POSIX")) {
            return "ANSI_X3.4-1968";
        }
        int dot = loc.indexOf('.');
        if (dot < 0) {
            return "ISO-8859-1";
        }
        String cs = loc.substring(dot + 1);
        int at = cs.indexOf('@');
        if (at >= 0) {
            cs = cs.substring(0, at);
        }
        String norm = cs.toLowerCase().replace("-", "").replace("_", "");
        if (norm.equals("utf8")) {
            return "UTF-8";
        }
        return cs.toUpperCase();
    }

    /** Flushes every open file with pending output (at interpreter exit, as C's exit does). */
    public static void flushAll() {
        Stdio.flushAll();
    }

    /**
     * A file object over any raw I/O ({@code os.fdopen}, {@code os.popen}...): {@code mode}
     * as the file's mode attribute ('r', 'w', 'a', '+', 'b'; 'U' for universal newlines),
     * {@code bufsize} as open()'s buffering argument; {@code closeRaw}: close() closes the
     * raw I/O (else it only flushes). The file is closed when it becomes garbage.
     */
    public static PyFile fromRaw(RawIO raw, PyObject name, String mode, int bufsize, boolean closeRaw) {
        PyFile f = new PyFile();
        String m = mode.replace("U", "");
        boolean plus = mode.indexOf('+') >= 0;
        boolean canRead = m.startsWith("r") || plus || mode.indexOf('U') >= 0;
        boolean canWrite = m.startsWith("w") || m.startsWith("a") || plus;
        Stdio s = new Stdio(raw, canRead, canWrite, m.startsWith("a"));
        f.attach(s, name, mode, closeRaw);
        f.univNewline = mode.indexOf('U') >= 0;
        f.readable |= f.univNewline;
        setBufSize(s, bufsize);
        if (closeRaw) {
            f.cleanable = CLEANER.register(f, new Closer(s, true));
            s.setOwner(null, f);
        }
        return f;
    }

    /**
     * A file object on an existing stream that other code shares (the interactive loop's
     * input, an embedding's console): {@code mode} as the mode attribute; close() only
     * flushes the stream.
     */
    public static PyFile fromStream(Stdio s, PyObject name, String mode) {
        PyFile f = new PyFile();
        f.attach(s, name, mode, false);
        return f;
    }

    /** PyFile_SetBufSize: 0 unbuffered, 1 line buffered (8192 bytes), n > 1 a buffer of n bytes. */
    private static void setBufSize(Stdio s, int bufsize) {
        if (bufsize == 0) {
            s.setBuffering(Stdio.NONE);
        } else if (bufsize == 1) {
            s.setBuffering(Stdio.LINE, 8192);
        } else if (bufsize > 1) {
            s.setBuffering(Stdio.FULL, bufsize);
        }
    }

    /** Closes a stream whose file object became garbage (CPython closes it at deallocation). */
    private record Closer(Stdio stream, boolean closeRaw) implements Runnable {
        @Override
        public void run() {
            stream.closeQuietly(closeRaw);
        }
    }

    // ---- errors ---------------------------------------------------------------------------

    private static PyException closedError() {
        return Py.ValueError("I/O operation on closed file");
    }

    private static PyException modeError(String action) {
        return Py.IOError("File not open for " + action);
    }

    private static PyException mixingError() {
        return Py.ValueError("Mixing iteration and read methods would lose data");
    }

    /** IOError for a failed operation: [Errno n] strerror, or the message of an errno-less failure. */
    static PyException ioError(IOException e) {
        if (e instanceof ErrnoException ee) {
            return Py.IOError(ee.errno, Errno.strerror(ee.errno), null);
        }
        String msg = e.getMessage();
        int n = Errno.errnoOf(e);
        if (msg == null || Errno.fromMessage(msg) != 0) {
            return Py.IOError(n, Errno.strerror(n), null);
        }
        return Py.IOError(msg);
    }

    private static PyException ioError(int errno) {
        return Py.IOError(errno, Errno.strerror(errno), null);
    }

    private static PyException ioErrorWithName(int errno, String strerror, PyObject filename) {
        return new PyException(Exceptions.IOError,
                Exceptions.newInstance(Exceptions.IOError, PyInt.of(errno), PyStr.of(strerror), filename));
    }

    /** The open stream, locked; ValueError when the file is closed. Unlock in a finally. */
    private Stdio lockOpen() {
        Stdio s = stream;
        if (s == null) {
            throw closedError();
        }
        s.lock.lock();
        if (stream != s) {
            s.lock.unlock();
            throw closedError();
        }
        return s;
    }

    private void checkMixing() {
        if (raBuf != null && raEnd - raPos > 0 && raBuf[0] != 0) {
            throw mixingError();
        }
    }

    private static void noKeywords(String func, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError(func + "() takes no keyword arguments");
        }
    }

    private static void atMost(String func, PyObject[] args, int max) {
        if (args.length > max) {
            throw Py.TypeError(func + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " ("
                    + args.length + " given)");
        }
    }

    private static void exactlyOne(PyObject[] args) {
        if (args.length != 1) {
            throw Py.TypeError("function takes exactly 1 argument (" + args.length + " given)");
        }
    }

    /** PyInt_AsLong: an int, a long, or anything with __int__ (floats truncate). */
    private static long asLongNbInt(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (o instanceof PyFloat fl) {
            double d = fl.value;
            if (Double.isNaN(d) || Double.isInfinite(d) || d >= 9.223372036854775807E18 || d < -9.223372036854775808E18) {
                throw Py.OverflowError("long int too large to convert to int");
            }
            return (long) d;
        }
        if (o instanceof PyLong l) {
            return l.longValueExact();
        }
        PyObject r = Ops.intOrNull(o);
        if (r == null) {
            throw Py.TypeError("an integer is required");
        }
        if (r instanceof PyInt i) {
            return i.value;
        }
        if (r instanceof PyLong l) {
            return l.longValueExact();
        }
        throw Py.TypeError("nb_int should return int object");
    }

    // ---- creation -----------------------------------------------------------------------

    @ExposedNew
    static PyObject file_new(PyType subtype, PyObject[] args, String[] kw) {
        return subtype == TYPE ? new PyFile() : new Derived(subtype);
    }

    /** The {@code open} builtin: {@code file(name[, mode[, buffering]])}. */
    public static PyObject open(PyObject[] args, String[] kw) {
        PyFile f = new PyFile();
        f.__init__(args, kw);
        return f;
    }

    private static final String[] INIT_NAMES = {"name", "mode", "buffering"};

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        Stdio old = stream;
        if (old != null) {
            close();
        }
        int nkw = kw == null ? 0 : kw.length;
        if (args.length > 3) {
            throw Py.TypeError("file() takes at most 3 arguments (" + args.length + " given)");
        }
        int npos = args.length - nkw;
        PyObject nameObj = null;
        String path = null;
        String modeStr = "r";
        int bufsize = -1;
        // as PyArg_ParseTupleAndKeywords("et|si:file"): each argument checked and converted in turn
        for (int i = 0; i < 3; i++) {
            PyObject v = null;
            for (int k = 0; k < nkw; k++) {
                if (INIT_NAMES[i].equals(kw[k])) {
                    v = args[npos + k];
                }
            }
            if (v != null && i < npos) {
                throw Py.TypeError("Argument given by name ('" + INIT_NAMES[i] + "') and position (" + (i + 1) + ")");
            }
            if (v == null && i < npos) {
                v = args[i];
            }
            if (v == null) {
                if (i == 0) {
                    throw Py.TypeError("Required argument 'name' (pos 1) not found");
                }
                continue;
            }
            if (i == 0) {
                nameObj = v;
                path = pathOf(v);
            } else if (i == 1) {
                PyObject m = v instanceof PyUnicode u ? PyStr.fromUnicodeDefault(u) : v;
                if (!(m instanceof PyStr ms)) {
                    throw Py.TypeError("file() argument 2 must be string, not " + typeName(v));
                }
                modeStr = ms.toString();
                if (modeStr.indexOf('\0') >= 0) {
                    throw Py.TypeError("file() argument 2 must be string without null bytes, not str");
                }
            } else {
                bufsize = Py.asIntArg(v);
            }
        }
        for (int k = 0; k < nkw; k++) {
            if (!kw[k].equals("name") && !kw[k].equals("mode") && !kw[k].equals("buffering")) {
                throw Py.TypeError("'" + kw[k] + "' is an invalid keyword argument for this function");
            }
        }
        // fill_file_fields: the attributes are set even when opening fails
        raBuf = null;
        newlineTypes = 0;
        skipNextLf = false;
        softspace = 0;
        encoding = Py.None;
        errors = Py.None;
        name = nameObj;
        mode = PyStr.of(modeStr);
        binary = modeStr.indexOf('b') >= 0;
        univNewline = modeStr.indexOf('U') >= 0;
        readable = modeStr.indexOf('r') >= 0 || univNewline;
        writable = modeStr.indexOf('w') >= 0 || modeStr.indexOf('a') >= 0;
        if (modeStr.indexOf('+') >= 0) {
            readable = writable = true;
        }
        closeRaw = true;
        openTheFile(path, modeStr, bufsize);
    }

    private static String typeName(PyObject o) {
        return o == Py.None ? "None" : o.getType().getName();
    }

    private static final Charset FS_CHARSET = fsCharset();

    private static Charset fsCharset() {
        try {
            String n = System.getProperty("sun.jnu.encoding");
            return n == null ? StandardCharsets.UTF_8 : Charset.forName(n);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The path a file name stands for ("et" with the file system encoding). */
    private static String pathOf(PyObject nameObj) {
        if (nameObj instanceof PyStr s) {
            byte[] b = s.bytes();
            for (byte x : b) {
                if (x == 0) {
                    throw Py.TypeError("file() argument 1 must be encoded string without null bytes, not str");
                }
            }
            return new String(b, FS_CHARSET);
        }
        if (nameObj instanceof PyUnicode u) {
            String v = u.toString();
            if (v.indexOf('\0') >= 0) {
                throw Py.TypeError("file() argument 1 must be encoded string without null bytes, not unicode");
            }
            return v;
        }
        if (nameObj instanceof BufferProtocol bp && bp.isCharBuffer()) {
            return new String(bp.bufferBytes(), FS_CHARSET);
        }
        throw Py.TypeError("coercing to Unicode: need string or buffer, " + nameObj.getType().getName() + " found");
    }

    /** _PyFile_SanitizeMode: the mode given to fopen, or a ValueError. */
    private static String sanitizeMode(String m) {
        if (m.isEmpty()) {
            throw Py.ValueError("empty mode string");
        }
        int u = m.indexOf('U');
        if (u >= 0) {
            String s = m.substring(0, u) + m.substring(u + 1);
            if (s.startsWith("w") || s.startsWith("a")) {
                throw Py.ValueError("universal newline mode can only be used with modes starting with 'r'");
            }
            if (!s.startsWith("r")) {
                s = "r" + s;
            }
            if (s.indexOf('b') < 0) {
                s = s.charAt(0) + "b" + s.substring(1);
            }
            return s;
        }
        char c = m.charAt(0);
        if (c != 'r' && c != 'w' && c != 'a') {
            String shown = m.length() > 200 ? m.substring(0, 200) : m;
            throw Py.ValueError("mode string must begin with one of 'r', 'w', 'a' or 'U', not '" + shown + "'");
        }
        return m;
    }

    private void openTheFile(String path, String modeStr, int bufsize) {
        String cmode = sanitizeMode(modeStr);
        // glibc's fopen: the first letter, then '+' and 'x' among the next six characters
        char first = cmode.charAt(0);
        boolean plus = false, excl = false;
        for (int i = 1; i < 7 && i < cmode.length(); i++) {
            char c = cmode.charAt(i);
            if (c == '+') {
                plus = true;
            } else if (c == 'x') {
                excl = true;
            }
        }
        int flags;
        switch (first) {
            case 'r': flags = plus ? FdIO.O_RDWR : FdIO.O_RDONLY; break;
            case 'w': flags = (plus ? FdIO.O_RDWR : FdIO.O_WRONLY) | FdIO.O_CREAT | FdIO.O_TRUNC; break;
            default: flags = (plus ? FdIO.O_RDWR : FdIO.O_WRONLY) | FdIO.O_CREAT | FdIO.O_APPEND; break;
        }
        if (excl) {
            flags |= FdIO.O_EXCL;
        }
        String abs = absolute(path);
        if (abs != null) {
            Stdio.syncPath(abs);
        }
        FdIO raw;
        try {
            try {
                raw = FdIO.open(path, flags, 0666);
            } catch (ErrnoException e) {
                if ((e.errno != Errno.EMFILE && e.errno != Errno.ENFILE) || !Stdio.reclaimDescriptors()) {
                    throw e;
                }
                raw = FdIO.open(path, flags, 0666);
            }
        } catch (ErrnoException e) {
            if (e.errno == Errno.EINVAL) {
                throw ioErrorWithName(Errno.EINVAL, "invalid mode ('" + (modeStr.length() > 50 ? modeStr.substring(0, 50) : modeStr)
                        + "') or filename", name);
            }
            throw ioErrorWithName(e.errno, Errno.strerror(e.errno), name);
        } catch (IOException e) {
            int n = Errno.errnoOf(e);
            throw ioErrorWithName(n, Errno.strerror(n), name);
        }
        if ((flags & 3) == FdIO.O_RDONLY && isDirectory(path)) {
            try {
                raw.close();
            } catch (IOException e) {
                // already failing
            }
            throw ioErrorWithName(Errno.EISDIR, Errno.strerror(Errno.EISDIR), name);
        }
        boolean appending = first == 'a';
        if (appending && !plus) {
            // glibc moves an append-only stream to the end, and fails the open if it cannot (but a pipe is fine)
            try {
                raw.seek(0, RawIO.SEEK_END);
            } catch (IOException e) {
                int n = Errno.errnoOf(e);
                if (n != Errno.ESPIPE) {
                    try {
                        raw.close();
                    } catch (IOException ignored) {
                        // already failing
                    }
                    if (n == Errno.EINVAL) {
                        throw ioErrorWithName(Errno.EINVAL, "invalid mode ('" + (modeStr.length() > 50 ? modeStr.substring(0, 50) : modeStr)
                                + "') or filename", name);
                    }
                    throw ioErrorWithName(n, Errno.strerror(n), name);
                }
            }
        }
        Stdio s = new Stdio(raw, first == 'r' || plus, first != 'r' || plus, appending);
        setBufSize(s, bufsize);
        s.setOwner(abs, this);
        cleanable = CLEANER.register(this, new Closer(s, true));
        stream = s;
    }

    private static String absolute(String path) {
        try {
            return Path.of(path).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException | java.io.IOError | SecurityException e) {
            return null;
        }
    }

    private static boolean isDirectory(String path) {
        try {
            return Files.isDirectory(Path.of(path));
        } catch (InvalidPathException | SecurityException e) {
            return false;
        }
    }

    // ---- closing ----------------------------------------------------------------------

    @ExposedMethod(doc = "close() -> None or (perhaps) an integer.  Close the file.\n\nSets data attribute .closed to True.  A closed file cannot be used for\n"
            + "further I/O operations.  close() may be called more than once without\nerror.  Some kinds of file objects (for example, opened by popen())\n"
            + "may return an exit status upon closing.")
    public PyObject close() {
        Stdio s = stream;
        if (s == null) {
            return Py.None;
        }
        if (!s.lock.tryLock()) {
            if (s.lock.isLocked()) {
                throw Py.IOError("close() called during concurrent operation on the same file object.");
            }
            s.lock.lock();
        }
        try {
            if (stream != s) {
                return Py.None;
            }
            stream = null;
            raBuf = null;
            Cleaner.Cleanable c = cleanable;
            cleanable = null;
            try {
                s.close(closeRaw);
            } catch (IOException e) {
                throw ioError(e);
            } finally {
                if (c != null) {
                    c.clean();
                }
            }
            if (closeRaw) {
                PyObject result = s.raw.closeResult();
                if (result != null) {
                    return result;
                }
            }
        } finally {
            s.lock.unlock();
        }
        return Py.None;
    }

    @ExposedMethod(doc = "__enter__() -> self.")
    public PyObject __enter__() {
        if (stream == null) {
            throw closedError();
        }
        return this;
    }

    @ExposedMethod(doc = "__exit__(*excinfo) -> None.  Closes the file.")
    public PyObject __exit__(PyObject[] excinfo, String[] kw) {
        noKeywords("__exit__", kw);
        // through the attribute, so that a subclass' close() runs (as CPython)
        if (getType() == TYPE) {
            close();
        } else {
            Ops.invoke(this, "close");
        }
        return Py.None;
    }

    // ---- attributes -------------------------------------------------------------------

    @ExposedGet(name = "closed", doc = "True if the file is closed")
    public PyObject getClosed() {
        return Py.bool(stream == null);
    }

    /** Whether the file is closed (Java). */
    public boolean isClosed() {
        return stream == null;
    }

    @ExposedGet(name = "name", doc = "file name")
    public PyObject getName() {
        return name;
    }

    @ExposedSet(name = "name")
    public void setName(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "name")
    public void delName() {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedGet(name = "mode", doc = "file mode ('r', 'U', 'w', 'a', possibly with 'b' or '+' added)")
    public PyObject getMode() {
        return mode;
    }

    @ExposedSet(name = "mode")
    public void setMode(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "mode")
    public void delMode() {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedGet(name = "encoding", doc = "file encoding")
    public PyObject getEncoding() {
        return encoding;
    }

    @ExposedSet(name = "encoding")
    public void setEncoding(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "encoding")
    public void delEncoding() {
        throw Py.TypeError("readonly attribute");
    }

    /** PyFile_SetEncodingAndErrors (Java): the encoding print and write use for unicode. */
    public void setEncodingAndErrors(String enc, String errs) {
        encoding = enc == null ? Py.None : PyStr.of(enc);
        errors = errs == null ? Py.None : PyStr.of(errs);
    }

    @ExposedGet(name = "errors", doc = "Unicode error handler")
    public PyObject getErrors() {
        return errors;
    }

    @ExposedSet(name = "errors")
    public void setErrors(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "errors")
    public void delErrors() {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedGet(name = "newlines", doc = "end-of-line convention used in this file")
    public PyObject getNewlines() {
        PyStr cr = PyStr.of("\r"), lf = PyStr.of("\n"), crlf = PyStr.of("\r\n");
        switch (newlineTypes) {
            case 0: return Py.None;
            case NEWLINE_CR: return cr;
            case NEWLINE_LF: return lf;
            case NEWLINE_CR | NEWLINE_LF: return PyTuple.of(cr, lf);
            case NEWLINE_CRLF: return crlf;
            case NEWLINE_CR | NEWLINE_CRLF: return PyTuple.of(cr, crlf);
            case NEWLINE_LF | NEWLINE_CRLF: return PyTuple.of(lf, crlf);
            default: return PyTuple.of(cr, lf, crlf);
        }
    }

    @ExposedGet(name = "softspace", doc = "flag indicating that a space needs to be printed; used by print")
    public PyObject getSoftspace() {
        return PyInt.of(softspace);
    }

    @ExposedSet(name = "softspace")
    public void setSoftspace(PyObject v) {
        if (!(v instanceof PyInt) && !(v instanceof PyLong)) {
            throw Py.TypeError("an integer is required");
        }
        softspace = Py.asIntArg(v);
    }

    @ExposedDelete(name = "softspace")
    public void delSoftspace() {
        throw Py.TypeError("can't delete softspace attribute");
    }

    @Override
    public PyObject __repr__() {
        String state = stream == null ? "closed" : "open";
        String nm;
        if (name instanceof PyUnicode u) {
            nm = "u'" + unicodeEscape(u.toString()) + "'";
        } else {
            nm = Ops.repr(name).toString();
        }
        return PyStr.of("<" + state + " file " + nm + ", mode '" + Ops.str(mode) + "' at " + Py.addressString(this) + ">");
    }

    private static String unicodeEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\\') {
                sb.append("\\\\");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || (cp >= 0x7f && cp < 0x100)) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp >= 0x10000) {
                sb.append(String.format("\\U%08x", cp));
            } else if (cp >= 0x100) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append((char) cp);
            }
        }
        return sb.toString();
    }

    // ---- simple operations ------------------------------------------------------------

    @ExposedMethod(doc = "fileno() -> integer \"file descriptor\".\n\nThis is needed for lower-level file interfaces, such os.read().")
    public PyObject fileno() {
        Stdio s = stream;
        if (s == null) {
            throw closedError();
        }
        try {
            return PyInt.of(s.raw.fileno());
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @ExposedMethod(doc = "isatty() -> true or false.  True if the file is connected to a tty device.")
    public PyObject isatty() {
        Stdio s = stream;
        if (s == null) {
            throw closedError();
        }
        return Py.bool(s.raw.isatty());
    }

    @ExposedMethod(doc = "flush() -> None.  Flush the internal I/O buffer.")
    public void flush() {
        Stdio s = lockOpen();
        try {
            s.flush();
        } catch (IOException e) {
            s.clearerr();
            throw ioError(e);
        } finally {
            s.lock.unlock();
        }
    }

    @ExposedMethod(doc = "tell() -> current file position, an integer (may be a long integer).")
    public PyObject tell() {
        Stdio s = lockOpen();
        try {
            long pos;
            try {
                pos = s.tell();
            } catch (IOException e) {
                s.clearerr();
                throw ioError(e);
            }
            if (skipNextLf) {
                int c = s.getc();
                if (c == '\n') {
                    newlineTypes |= NEWLINE_CRLF;
                    pos++;
                    skipNextLf = false;
                } else if (c >= 0) {
                    s.ungetc();
                }
            }
            return PyInt.of(pos);
        } finally {
            s.lock.unlock();
        }
    }

    @ExposedMethod(doc = "seek(offset[, whence]) -> None.  Move to new file position.\n\nArgument offset is a byte count.  Optional argument whence defaults to\n"
            + "0 (offset from start of file, offset should be >= 0); other values are 1\n(move relative to current position, positive or negative), and 2 (move\n"
            + "relative to end of file, usually negative, although many platforms allow\nseeking beyond the end of a file).  If the file is opened in text mode,\n"
            + "only offsets returned by tell() are legal.  Use of other offsets causes\nundefined behavior.\nNote that not all file objects are seekable.")
    public PyObject seek(PyObject[] args, String[] kw) {
        noKeywords("seek", kw);
        Stdio s = lockOpen();
        try {
            raBuf = null;
            if (args.length == 0) {
                throw Py.TypeError("seek() takes at least 1 argument (0 given)");
            }
            atMost("seek", args, 2);
            int whence = args.length > 1 ? Py.asIntArg(args[1]) : 0;
            PyObject off = args[0];
            long offset;
            if (off instanceof PyFloat fl) {
                offset = (long) fl.value;
            } else {
                PyObject i = Ops.index(off);
                offset = i instanceof PyInt pi ? pi.value : ((PyLong) i).longValueExact();
            }
            try {
                s.seek(offset, whence);
            } catch (IOException e) {
                s.clearerr();
                throw ioError(e);
            }
            skipNextLf = false;
            return Py.None;
        } finally {
            s.lock.unlock();
        }
    }

    @ExposedMethod(doc = "truncate([size]) -> None.  Truncate the file to at most size bytes.\n\nSize defaults to the current file position, as returned by tell().")
    public PyObject truncate(PyObject[] args, String[] kw) {
        noKeywords("truncate", kw);
        Stdio s = lockOpen();
        try {
            if (!writable) {
                throw modeError("writing");
            }
            if (args.length > 1) {
                throw Py.TypeError("truncate expected at most 1 arguments, got " + args.length);
            }
            try {
                long initial = s.tell();
                long size = args.length == 0 ? initial : asLongNbInt(args[0]);
                s.flush();
                s.raw.truncate(size);
                s.seek(initial, RawIO.SEEK_SET);
            } catch (IOException e) {
                s.clearerr();
                throw ioError(e);
            }
            return Py.None;
        } finally {
            s.lock.unlock();
        }
    }

    // ---- reading ----------------------------------------------------------------------

    /** Py_UniversalNewlineFread: fread translating \r and \r\n in universal-newline mode. */
    private int uread(Stdio s, byte[] buf, int off, int n) {
        if (!univNewline) {
            return s.read(buf, off, n);
        }
        int dst = off;
        boolean skip = skipNextLf;
        int types = newlineTypes;
        while (n > 0) {
            int nread = s.read(buf, dst, n);
            if (nread == 0) {
                break;
            }
            n -= nread;
            boolean shortread = n != 0;
            int src = dst;
            int end = dst + nread;
            while (src < end) {
                byte c = buf[src++];
                if (c == '\r') {
                    buf[dst++] = '\n';
                    skip = true;
                } else if (skip && c == '\n') {
                    skip = false;
                    types |= NEWLINE_CRLF;
                    n++;
                } else {
                    if (c == '\n') {
                        types |= NEWLINE_LF;
                    } else if (skip) {
                        types |= NEWLINE_CR;
                    }
                    buf[dst++] = c;
                    skip = false;
                }
            }
            if (shortread) {
                if (skip && s.eof()) {
                    types |= NEWLINE_CR;
                }
                break;
            }
        }
        newlineTypes = types;
        skipNextLf = skip;
        return dst - off;
    }

    /**
     * get_line: the next line (n > 0: at most n bytes), with universal-newline translation;
     * clears end of file when it reaches it. Caller holds the lock.
     */
    private PyStr getLineLocked(Stdio s, int n) {
        byte[] buf = new byte[n > 0 ? Math.min(n, 100) : 100];
        int len = 0;
        int c = 0;
        if (univNewline) {
            boolean skip = skipNextLf;
            int types = newlineTypes;
            while (n <= 0 || len < n) {
                c = s.getc();
                if (c < 0) {
                    break;
                }
                if (skip) {
                    skip = false;
                    if (c == '\n') {
                        types |= NEWLINE_CRLF;
                        c = s.getc();
                        if (c < 0) {
                            break;
                        }
                    } else {
                        types |= NEWLINE_CR;
                    }
                }
                if (c == '\r') {
                    skip = true;
                    c = '\n';
                } else if (c == '\n') {
                    types |= NEWLINE_LF;
                }
                if (len == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, len * 2);
                }
                buf[len++] = (byte) c;
                if (c == '\n') {
                    break;
                }
            }
            if (c < 0 && skip) {
                types |= NEWLINE_CR;
            }
            newlineTypes = types;
            skipNextLf = skip;
        } else {
            byte[] line = s.readLine(n);
            if (s.eof() || s.error()) {
                if (s.error()) {
                    int errno = s.errno();
                    s.clearerr();
                    throw ioError(errno);
                }
                s.clearerr();
            }
            return PyStr.of(line);
        }
        if (c < 0) {
            if (s.error()) {
                int errno = s.errno();
                s.clearerr();
                throw ioError(errno);
            }
            s.clearerr();
        }
        return PyStr.of(len == buf.length ? buf : java.util.Arrays.copyOf(buf, len));
    }

    /**
     * {@code readline(size)} from Java: the next line with its newline ("" at end of file);
     * size < 0 for no limit. Raises as the Python method does.
     */
    public PyStr readline(int size) {
        Stdio s = lockOpen();
        try {
            if (!readable) {
                throw modeError("reading");
            }
            checkMixing();
            if (size == 0) {
                return PyStr.EMPTY;
            }
            return getLineLocked(s, size < 0 ? 0 : size);
        } finally {
            s.lock.unlock();
        }
    }

    @ExposedMethod(names = "readline", doc = "readline([size]) -> next line from the file, as a string.\n\nRetain newline.  A non-negative size argument limits the maximum\n"
            + "number of bytes to return (an incomplete line may be returned then).\nReturn an empty string at EOF.")
    public PyObject readline_(PyObject[] args, String[] kw) {
        noKeywords("readline", kw);
        Stdio s = lockOpen();
        try {
            if (!readable) {
                throw modeError("reading");
            }
            checkMixing();
            atMost("readline", args, 1);
            int n = args.length == 0 ? -1 : Py.asIntArg(args[0]);
            if (n == 0) {
                return PyStr.EMPTY;
            }
            return getLineLocked(s, n < 0 ? 0 : n);
        } finally {
            s.lock.unlock();
        }
    }

    /** CPython's new_buffersize: how much read() asks for next. */
    private static long newBufferSize(Stdio s, long current) {
        try {
            long end = s.raw.size();
            long pos;
            try {
                s.raw.tell();
                pos = s.tell();
            } catch (IOException e) {
                s.clearerr();
                pos = -1;
            }
            if (end > pos && pos >= 0) {
                return current + end - pos + 1;
            }
        } catch (IOException e) {
            // no size: grow as below
        }
        return current > 65536 ? current + (current >> 3) : current + 8192;
    }

    @ExposedMethod(doc = "read([size]) -> read at most size bytes, returned as a string.\n\nIf the size argument is negative or omitted, read until EOF is reached.\n"
            + "Notice that when in non-blocking mode, less data than what was requested\nmay be returned, even if no size parameter was given.")
    public PyObject read(PyObject[] args, String[] kw) {
        noKeywords("read", kw);
        Stdio s = lockOpen();
        try {
            if (!readable) {
                throw modeError("reading");
            }
            checkMixing();
            atMost("read", args, 1);
            long request = args.length == 0 ? -1 : Py.asLongArg(args[0]);
            if (request > Integer.MAX_VALUE - 16) {
                throw Py.OverflowError("requested number of bytes is more than a Python string can hold");
            }
            if (request > LARGE_READ) {
                return readLarge(s, (int) request);
            }
            long bufsize = request < 0 ? newBufferSize(s, 0) : request;
            if (bufsize > Integer.MAX_VALUE - 16) {
                throw Py.OverflowError("requested number of bytes is more than a Python string can hold");
            }
            byte[] buf = new byte[(int) bufsize];
            int got = 0;
            while (true) {
                int chunk = uread(s, buf, got, buf.length - got);
                if (chunk == 0) {
                    if (!s.error()) {
                        break;
                    }
                    int errno = s.errno();
                    s.clearerr();
                    if (got > 0 && errno == Errno.EAGAIN) {
                        break;
                    }
                    throw ioError(errno);
                }
                got += chunk;
                if (got < buf.length) {
                    s.clearerr();
                    break;
                }
                if (request >= 0) {
                    break;
                }
                long next = newBufferSize(s, buf.length);
                if (next > Integer.MAX_VALUE - 16) {
                    throw Py.OverflowError("requested number of bytes is more than a Python string can hold");
                }
                buf = java.util.Arrays.copyOf(buf, (int) next);
            }
            return PyStr.of(got == buf.length ? buf : java.util.Arrays.copyOf(buf, got));
        } finally {
            s.lock.unlock();
        }
    }

    /** Above this a read(n) buffer grows as data arrives instead of being allocated at once. */
    private static final int LARGE_READ = 1 << 20;

    /** read(n) for a large n: as one fread of n bytes, without allocating n bytes up front. */
    private PyStr readLarge(Stdio s, int request) {
        byte[] buf = new byte[LARGE_READ];
        int got = 0;
        while (got < request) {
            if (got == buf.length) {
                buf = java.util.Arrays.copyOf(buf, (int) Math.min((long) request, buf.length * 2L));
            }
            int want = buf.length - got;
            int chunk = uread(s, buf, got, want);
            got += chunk;
            if (chunk < want) {
                if (s.error()) {
                    int errno = s.errno();
                    s.clearerr();
                    if (got == 0 || errno != Errno.EAGAIN) {
                        throw ioError(errno);
                    }
                } else if (got > 0) {
                    s.clearerr();
                }
                break;
            }
        }
        return PyStr.of(got == buf.length ? buf : java.util.Arrays.copyOf(buf, got));
    }

    @ExposedMethod(doc = "readinto() -> Undocumented.  Don't use this; it may go away.")
    public PyObject readinto(PyObject[] args, String[] kw) {
        noKeywords("readinto", kw);
        Stdio s = lockOpen();
        try {
            if (!readable) {
                throw modeError("reading");
            }
            checkMixing();
            exactlyOne(args);
            if (args[0] instanceof PyUnicode) {
                throw Py.TypeError("cannot use unicode as modifiable buffer");
            }
            if (!(args[0] instanceof BufferProtocol bp) || !bp.isWritableBuffer()) {
                throw Py.TypeError("argument 1 must be read-write buffer, not " + typeName(args[0]));
            }
            int todo = bp.bufferLength();
            byte[] tmp = new byte[todo];
            int done = 0;
            while (todo > 0) {
                int now = uread(s, tmp, done, todo);
                if (now == 0) {
                    if (!s.error()) {
                        break;
                    }
                    int errno = s.errno();
                    s.clearerr();
                    throw ioError(errno);
                }
                done += now;
                todo -= now;
            }
            bp.storeBytes(0, tmp, 0, done);
            return PyInt.of(done);
        } finally {
            s.lock.unlock();
        }
    }

    @ExposedMethod(doc = "readlines([size]) -> list of strings, each a line from the file.\n\nCall readline() repeatedly and return a list of the lines so read.\n"
            + "The optional size argument, if given, is an approximate bound on the\ntotal number of bytes in the lines returned.")
    public PyObject readlines(PyObject[] args, String[] kw) {
        noKeywords("readlines", kw);
        Stdio s = lockOpen();
        try {
            if (!readable) {
                throw modeError("reading");
            }
            checkMixing();
            atMost("readlines", args, 1);
            long sizehint = args.length == 0 ? 0 : Py.asLongArg(args[0]);
            List<PyObject> lines = new ArrayList<>();
            byte[] buffer = new byte[SMALLCHUNK];
            int nfilled = 0;
            long totalread = 0;
            boolean shortread = false;
            while (true) {
                int nread;
                if (shortread) {
                    nread = 0;
                } else {
                    nread = uread(s, buffer, nfilled, buffer.length - nfilled);
                    shortread = nread < buffer.length - nfilled;
                }
                if (nread == 0) {
                    sizehint = 0;
                    if (!s.error()) {
                        break;
                    }
                    int errno = s.errno();
                    s.clearerr();
                    throw ioError(errno);
                }
                totalread += nread;
                int p = indexOf(buffer, (byte) '\n', nfilled, nfilled + nread);
                if (p < 0) {
                    nfilled += nread;
                    if (buffer.length > (Integer.MAX_VALUE - 16) / 2) {
                        throw Py.OverflowError("line is longer than a Python string can hold");
                    }
                    buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                    continue;
                }
                int end = nfilled + nread;
                int q = 0;
                do {
                    p++;
                    lines.add(PyStr.of(java.util.Arrays.copyOfRange(buffer, q, p)));
                    q = p;
                    p = indexOf(buffer, (byte) '\n', q, end);
                } while (p >= 0);
                nfilled = end - q;
                System.arraycopy(buffer, q, buffer, 0, nfilled);
                if (sizehint > 0 && totalread >= sizehint) {
                    break;
                }
            }
            if (nfilled != 0) {
                PyStr line = PyStr.of(java.util.Arrays.copyOf(buffer, nfilled));
                if (sizehint > 0) {
                    PyStr rest = getLineLocked(s, 0);
                    byte[] both = java.util.Arrays.copyOf(line.bytes(), line.size() + rest.size());
                    System.arraycopy(rest.bytes(), 0, both, line.size(), rest.size());
                    line = PyStr.of(both);
                }
                lines.add(line);
            }
            return new PyList(lines);
        } finally {
            s.lock.unlock();
        }
    }

    private static int indexOf(byte[] b, byte v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    // ---- iteration --------------------------------------------------------------------

    @Override
    public PyObject __iter__() {
        if (stream == null) {
            throw closedError();
        }
        return this;
    }

    @ExposedMethod(doc = "xreadlines() -> returns self.\n\nFor backward compatibility. File objects now include the performance\n"
            + "optimizations previously implemented in the xreadlines module.")
    public PyObject xreadlines() {
        if (stream == null) {
            throw closedError();
        }
        return this;
    }

    @Override
    public PyObject __iternext__() {
        Stdio s = lockOpen();
        try {
            if (!readable) {
                throw modeError("reading");
            }
            PyStr line = readaheadLine(s);
            return line.size() == 0 ? null : line;
        } finally {
            s.lock.unlock();
        }
    }

    /** Fills the read-ahead buffer (readahead()); false on error (raised by the caller). */
    private void readahead(Stdio s, int bufsize) {
        byte[] b = new byte[bufsize];
        int n = uread(s, b, 0, bufsize);
        if (n == 0 && s.error()) {
            int errno = s.errno();
            s.clearerr();
            raBuf = null;
            throw ioError(errno);
        }
        raBuf = b;
        raPos = 0;
        raEnd = n;
    }

    /** readahead_get_line_skip: the next line from the read-ahead buffer ("" at its end). */
    private PyStr readaheadLine(Stdio s) {
        int bufsize = READAHEAD_BUFSIZE;
        byte[] acc = null;
        int accLen = 0;
        while (true) {
            if (raBuf == null) {
                readahead(s, bufsize);
            }
            int len = raEnd - raPos;
            if (len == 0) {
                return acc == null ? PyStr.EMPTY : PyStr.of(java.util.Arrays.copyOf(acc, accLen));
            }
            int p = indexOf(raBuf, (byte) '\n', raPos, raEnd);
            if (p >= 0) {
                int n = p + 1 - raPos;
                byte[] line;
                if (acc == null) {
                    line = java.util.Arrays.copyOfRange(raBuf, raPos, p + 1);
                } else {
                    line = java.util.Arrays.copyOf(acc, accLen + n);
                    System.arraycopy(raBuf, raPos, line, accLen, n);
                }
                raPos = p + 1;
                if (raPos == raEnd) {
                    raBuf = null;
                }
                return PyStr.of(line);
            }
            if (acc == null) {
                acc = new byte[len * 2];
            } else if (accLen + len > acc.length) {
                acc = java.util.Arrays.copyOf(acc, Math.max(acc.length * 2, accLen + len));
            }
            System.arraycopy(raBuf, raPos, acc, accLen, len);
            accLen += len;
            raBuf = null;
            bufsize += bufsize >> 2;
        }
    }

    // ---- writing ----------------------------------------------------------------------

    /** Bytes of a unicode for this file: its encoding (else ASCII) and error handler. */
    private PyStr encodeUnicode(PyUnicode u) {
        String enc = encoding == Py.None ? "ascii" : Ops.str(encoding).toString();
        String errs = errors == Py.None ? "strict" : Ops.str(errors).toString();
        return encode(u, enc, errs);
    }

    /** unicode.encode(encoding, errors) with Java fast paths for ASCII and UTF-8 in strict mode. */
    static PyStr encode(PyUnicode u, String enc, String errs) {
        if (errs.equals("strict")) {
            String e = enc.toLowerCase().replace('_', '-');
            if (e.equals("ascii") || e.equals("us-ascii") || e.equals("ansi-x3.4-1968") || e.equals("646")) {
                return PyUnicode.encodeAscii(u);
            }
            if (e.equals("utf-8") || e.equals("utf8")) {
                return PyStr.of(utf8(u.toString()));
            }
        }
        PyObject r = Ops.invoke(u, "encode", PyStr.of(enc), PyStr.of(errs));
        if (r instanceof PyStr rs) {
            return rs;
        }
        throw Py.TypeError("encoder did not return a string object (type=" + r.getType().getName() + ")");
    }

    /** UTF-8 as Python 2.7 encodes it: surrogate pairs joined, lone surrogates encoded as themselves. */
    private static byte[] utf8(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (Character.isHighSurrogate((char) c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, s.charAt(++i));
            }
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(0x80 | (c & 0x3f));
            } else if (c < 0x10000) {
                out.write(0xe0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3f));
                out.write(0x80 | (c & 0x3f));
            } else {
                out.write(0xf0 | (c >> 18));
                out.write(0x80 | ((c >> 12) & 0x3f));
                out.write(0x80 | ((c >> 6) & 0x3f));
                out.write(0x80 | (c & 0x3f));
            }
        }
        return out.toByteArray();
    }

    /** The raw buffer of a unicode object as CPython's UCS4 build exposes it. */
    private static byte[] ucs4(PyUnicode u) {
        String v = u.toString();
        int n = v.codePointCount(0, v.length());
        byte[] b = new byte[n * 4];
        int k = 0;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            b[k++] = (byte) cp;
            b[k++] = (byte) (cp >> 8);
            b[k++] = (byte) (cp >> 16);
            b[k++] = (byte) (cp >> 24);
        }
        return b;
    }

    @ExposedMethod(doc = "write(str) -> None.  Write string str to file.\n\nNote that due to buffering, flush() or close() may be needed before\n"
            + "the file on disk reflects the data written.")
    public PyObject write(PyObject[] args, String[] kw) {
        noKeywords("write", kw);
        Stdio s = lockOpen();
        try {
            if (!writable) {
                throw modeError("writing");
            }
            exactlyOne(args);
            PyObject o = args[0];
            byte[] data;
            if (o instanceof PyStr str) {
                data = str.bytes();
            } else if (binary) {
                if (o instanceof PyUnicode u) {
                    data = PyStr.fromUnicodeDefault(u).bytes();
                } else if (o instanceof BufferProtocol bp) {
                    data = bp.bufferBytes();
                } else {
                    throw Py.TypeError("argument 1 must be string or buffer, not " + typeName(o));
                }
            } else if (o instanceof PyUnicode u) {
                data = encodeUnicode(u).bytes();
            } else if (o instanceof BufferProtocol bp && bp.isCharBuffer()) {
                data = bp.bufferBytes();
            } else {
                throw Py.TypeError("expected a string or other character buffer object");
            }
            softspace = 0;
            try {
                s.write(data, 0, data.length);
            } catch (IOException e) {
                s.clearerr();
                throw ioError(e);
            }
            return Py.None;
        } finally {
            s.lock.unlock();
        }
    }

    @ExposedMethod(doc = "writelines(sequence_of_strings) -> None.  Write the strings to the file.\n\nNote that newlines are not added.  The sequence can be any iterable object\n"
            + "producing strings. This is equivalent to calling write() for each string.")
    public PyObject writelines(PyObject seq) {
        if (stream == null) {
            throw closedError();
        }
        if (!writable) {
            throw modeError("writing");
        }
        PyObject it;
        try {
            it = Ops.iter(seq);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                throw Py.TypeError("writelines() requires an iterable argument");
            }
            throw e;
        }
        final int chunk = 1000;
        byte[][] lines = new byte[chunk][];
        while (true) {
            int j = 0;
            PyObject[] items = new PyObject[chunk];
            for (; j < chunk; j++) {
                PyObject line = Ops.next(it);
                if (line == null) {
                    break;
                }
                items[j] = line;
            }
            if (stream == null) {
                throw closedError();
            }
            if (j == 0) {
                break;
            }
            for (int i = 0; i < j; i++) {
                PyObject v = items[i];
                if (v instanceof PyStr str) {
                    lines[i] = str.bytes();
                } else if (v instanceof PyUnicode u) {
                    if (binary) {
                        lines[i] = ucs4(u);
                    } else {
                        try {
                            lines[i] = PyUnicode.encodeAscii(u).bytes();
                        } catch (PyException e) {
                            throw Py.TypeError("writelines() argument must be a sequence of strings");
                        }
                    }
                } else if (v instanceof BufferProtocol bp && (binary || bp.isCharBuffer())) {
                    lines[i] = bp.bufferBytes();
                } else {
                    throw Py.TypeError("writelines() argument must be a sequence of strings");
                }
            }
            Stdio s = lockOpen();
            try {
                softspace = 0;
                for (int i = 0; i < j; i++) {
                    s.write(lines[i], 0, lines[i].length);
                }
            } catch (IOException e) {
                s.clearerr();
                throw ioError(e);
            } finally {
                s.lock.unlock();
            }
            if (j < chunk) {
                break;
            }
        }
        return Py.None;
    }

    // ---- Java API used by print, the REPL and raw_input --------------------------------

    /** Writes bytes as they are (no mode check, as C stdio's fwrite under print). */
    public void writeBytes(byte[] b) {
        Stdio s = lockOpen();
        try {
            s.write(b, 0, b.length);
        } catch (IOException e) {
            s.clearerr();
            throw ioError(e);
        } finally {
            s.lock.unlock();
        }
    }

    /**
     * PyFile_WriteString: the string's chars as bytes (chars above U+00FF as UTF-8); a closed
     * file raises ValueError, write errors are left for the next flush, as CPython's fputs.
     */
    public void writeString(String str) {
        Stdio s = lockOpen();
        try {
            byte[] b = PyStr.of(str).bytes();
            s.write(b, 0, b.length);
        } catch (IOException e) {
            // ignored, as fputs' result is
        } finally {
            s.lock.unlock();
        }
    }

    /**
     * PyFile_WriteObject: str() ({@code raw}) or repr() of {@code v}; a unicode printed raw
     * is encoded with the file's encoding when it has one.
     */
    public void writeObject(PyObject v, boolean raw) {
        if (stream == null) {
            throw closedError();
        }
        PyObject value;
        if (raw && v instanceof PyUnicode u && encoding != Py.None) {
            value = encodeUnicode(u);
        } else {
            value = raw ? Ops.str(v) : Ops.repr(v);
        }
        byte[] b = ((PyStr) value).bytes();
        writeBytes(b);
    }

    /**
     * PyFile_GetLine: a line from {@code f} (a file or any object with readline). For
     * n < 0 (raw_input) the newline is stripped and end of file raises EOFError.
     */
    public static PyObject getLine(PyObject f, int n) {
        PyObject result;
        if (f instanceof PyFile pf) {
            result = pf.readline(n <= 0 ? -1 : n);
        } else {
            PyObject r = n <= 0 ? Ops.invoke(f, "readline") : Ops.invoke(f, "readline", PyInt.of(n));
            if (!(r instanceof PyStr) && !(r instanceof PyUnicode)) {
                throw Py.TypeError("object.readline() returned non-string");
            }
            result = r;
        }
        if (n < 0) {
            if (result instanceof PyStr rs) {
                int len = rs.size();
                if (len == 0) {
                    throw Py.EOFError("EOF when reading a line");
                }
                if (rs.byteAt(len - 1) == '\n') {
                    result = PyStr.of(java.util.Arrays.copyOf(rs.bytes(), len - 1));
                }
            } else {
                PyUnicode ru = (PyUnicode) result;
                String v = ru.toString();
                if (v.isEmpty()) {
                    throw Py.EOFError("EOF when reading a line");
                }
                if (v.endsWith("\n")) {
                    result = PyUnicode.of(v.substring(0, v.length() - 1));
                }
            }
        }
        return result;
    }

    /**
     * The whole of 2.7's {@code raw_input([prompt])} ({@code prompt} null when not given):
     * with sys.stdin and sys.stdout the standard streams on terminals the line is read with
     * the line editor ({@link LineEditor}, history shared with the interactive prompt);
     * otherwise the prompt goes to sys.stdout and the line comes from sys.stdin.readline.
     * The trailing newline is removed; end of file raises EOFError, Ctrl-C KeyboardInterrupt.
     */
    public static PyObject rawInput(PyObject prompt) {
        Interp interp = Interp.current();
        PyObject fin = interp.sysGet("stdin");
        PyObject fout = interp.sysGet("stdout");
        if (fin == null || fin == Py.None) {
            throw Py.RuntimeError("[raw_]input: lost sys.stdin");
        }
        if (fout == null || fout == Py.None) {
            throw Py.RuntimeError("[raw_]input: lost sys.stdout");
        }
        if (Interp.softspace(fout, false)) {
            Interp.writeString(fout, " ");
        }
        if (fin instanceof PyFile in && fout instanceof PyFile out && in.stream != null && out.stream != null
                && in.stream.raw.isatty() && out.stream.raw.isatty()) {
            out.flush();
            byte[] p = prompt == null ? new byte[0] : ((PyStr) Ops.str(prompt)).bytes();
            byte[] line;
            LineEditor editor = in.stream == Stdio.standard(0) && out.stream == Stdio.standard(1) ? LineEditor.system() : null;
            if (editor != null) {
                try {
                    line = editor.readLine(p);
                } catch (LineEditor.Interrupted e) {
                    throw new PyException(Exceptions.KeyboardInterrupt);
                }
                if (line == null) {
                    throw new PyException(Exceptions.EOFError);
                }
                return PyStr.of(line);
            }
            // PyOS_StdioReadline: the prompt on the standard error stream, the line from the file
            Stdio err = Stdio.standard(2);
            err.lock.lock();
            try {
                err.write(p, 0, p.length);
                err.flush();
            } catch (IOException e) {
                // as fprintf to stderr: nothing to report to
            } finally {
                err.lock.unlock();
            }
            PyStr l = in.readline(-1);
            if (l.size() == 0) {
                throw new PyException(Exceptions.EOFError);
            }
            return l.byteAt(l.size() - 1) == '\n' ? PyStr.of(java.util.Arrays.copyOf(l.bytes(), l.size() - 1)) : l;
        }
        if (prompt != null) {
            Interp.writeObject(fout, prompt, true);
        }
        return getLine(fin, -1);
    }

    /** An instance of a Python subclass of file. */
    public static final class Derived extends PyFile implements taipan.runtime.Derived {
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
