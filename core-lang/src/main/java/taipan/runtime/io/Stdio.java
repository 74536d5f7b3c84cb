package taipan.runtime.io;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A C stdio {@code FILE} over a {@link RawIO}, behaving as glibc's does where Python
 * programs can tell: one buffer shared by reading and writing with the logical position
 * kept right when switching (read then write on an update stream writes where reading
 * stopped); full, line or no buffering, line buffering by default on a terminal; the
 * buffer as large as glibc makes it (4096 bytes, 1024 on a terminal); requests at least as
 * large as the buffer read and written directly; end of file sticky for buffered reads
 * (glibc 2.28+) until {@link #clearerr} or a seek; reading a line-buffered or unbuffered
 * stream first flushes a line-buffered standard output.
 *
 * <p>Reads report end of file and errors through {@link #eof()}/{@link #error()} as C
 * does (callers need the distinction); writes, flushes, seeks and tells throw
 * {@link ErrnoException}. Callers hold {@link #lock} around each operation.
 *
 * <p>Writable streams are registered until closed, so that {@link #flushAll} can flush them
 * at exit as C's {@code exit} does.
 */
public final class Stdio {
    public static final int FULL = 0, LINE = 1, NONE = 2;
    private static final int DEFAULT = -1;

    public final RawIO raw;
    /** The lock callers hold around every operation. */
    public final ReentrantLock lock = new ReentrantLock();
    private final boolean canRead;
    private final boolean canWrite;
    /** Opened in an 'a' mode: the position of pending writes is the end of the file. */
    private final boolean appending;
    private int bufMode = DEFAULT;
    /** The buffer size asked for with {@link #setBuffering(int, int)}; 0: glibc's choice. */
    private int bufSize;
    private byte[] buf;
    private int rpos, rend;
    private int wlen;
    private boolean eof;
    private boolean error;
    private int errno;
    private boolean closed;
    /** The absolute path the stream was opened on, or null (see {@link #syncPath}). */
    private String path;
    /** The object that owns the stream (a Python file), to know when it has become garbage. */
    private WeakReference<Object> owner;

    private static final Set<Stdio> OPEN = ConcurrentHashMap.newKeySet();
    /** Streams with an owner (see {@link #setOwner}) until closed. */
    private static final Set<Stdio> OWNED = ConcurrentHashMap.newKeySet();
    private static final Stdio[] STANDARD = new Stdio[3];

    static {
        // any normal end of the JVM flushes what is still buffered (os._exit halts and does not)
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(Stdio::flushAll, "taipan-stdio-flush"));
        } catch (IllegalStateException | SecurityException e) {
            // already shutting down: Main.finish has flushed
        }
    }
    private static volatile boolean unbufferedStandard;

    /**
     * A stream over {@code raw}: {@code canRead}/{@code canWrite} as the C mode string
     * allows (glibc refuses the other direction with EBADF); {@code appending} for 'a'
     * modes.
     */
    public Stdio(RawIO raw, boolean canRead, boolean canWrite, boolean appending) {
        this.raw = raw;
        this.canRead = canRead;
        this.canWrite = canWrite;
        this.appending = appending;
        if (canWrite) {
            OPEN.add(this);
        }
    }

    // ---- the standard streams -------------------------------------------------------------

    /**
     * The process's stream on descriptor 0, 1 or 2 (C's stdin, stdout, stderr): stderr
     * unbuffered, the others line buffered on a terminal and fully buffered otherwise,
     * all unbuffered after {@link #setUnbufferedStandard}.
     */
    public static Stdio standard(int n) {
        synchronized (STANDARD) {
            Stdio s = STANDARD[n];
            if (s == null) {
                s = new Stdio(FdIO.standard(n), n == 0, n != 0, false);
                if (n == 2 || unbufferedStandard) {
                    s.bufMode = NONE;
                }
                STANDARD[n] = s;
            }
            return s;
        }
    }

    /** python -u: the three standard streams unbuffered (also those already made). */
    public static void setUnbufferedStandard(boolean on) {
        synchronized (STANDARD) {
            unbufferedStandard = on;
            for (int i = 0; i < 2; i++) {
                if (STANDARD[i] != null && on) {
                    STANDARD[i].setBuffering(NONE);
                }
            }
        }
    }

    public static boolean unbufferedStandard() {
        return unbufferedStandard;
    }

    private static Stdio standardOut() {
        synchronized (STANDARD) {
            return STANDARD[1];
        }
    }

    // ---- state --------------------------------------------------------------------------

    /** {@code setvbuf(f, NULL, mode, 0)}: FULL, LINE or NONE with glibc's buffer size. */
    public void setBuffering(int mode) {
        setBuffering(mode, 0);
    }

    /** {@code setvbuf} with a buffer of {@code size} bytes (0: glibc's size). */
    public void setBuffering(int mode, int size) {
        lock.lock();
        try {
            if (mode == bufMode && size == bufSize) {
                return;
            }
            try {
                flushBuffer();
            } catch (IOException e) {
                error = true;
            }
            if (rend > rpos) {
                return; // input already buffered: changing the buffer now would lose it
            }
            bufMode = mode;
            bufSize = size;
            buf = null;
            rpos = rend = 0;
        } finally {
            lock.unlock();
        }
    }

    public boolean eof() {
        return eof;
    }

    public boolean error() {
        return error;
    }

    /** The errno of the last failed read ({@link #error()} true). */
    public int errno() {
        return errno;
    }

    /** {@code clearerr}: forgets end of file and the error. */
    public void clearerr() {
        eof = false;
        error = false;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Bytes of input buffered and not yet consumed. */
    public int buffered() {
        return rend - rpos;
    }

    /** Whether written data waits in the buffer. */
    public boolean hasPendingOutput() {
        return wlen > 0;
    }

    /** Records the file's path and owning object (see {@link #syncPath}). */
    public void setOwner(String absolutePath, Object ownerObject) {
        this.path = absolutePath;
        this.owner = new WeakReference<>(ownerObject);
        OWNED.add(this);
    }

    private void ensureBuf() {
        if (buf == null) {
            boolean tty = raw.isatty();
            if (bufMode == DEFAULT) {
                bufMode = tty ? LINE : FULL;
            }
            buf = new byte[bufMode == NONE ? 1 : bufSize > 0 ? bufSize : tty ? 1024 : 4096];
        }
    }

    // ---- reading ------------------------------------------------------------------------

    private void readError(IOException e) {
        error = true;
        errno = Errno.errnoOf(e);
    }

    /** Leaves write mode before reading; false (error set) when pending output cannot be written. */
    private boolean switchToRead() {
        if (wlen > 0) {
            try {
                flushBuffer();
            } catch (IOException e) {
                readError(e);
                return false;
            }
        }
        return true;
    }

    /** Refills the empty buffer; false at end of file (sticky) or on error. */
    private boolean underflow() {
        if (eof) {
            return false;
        }
        if (!canRead) {
            error = true;
            errno = Errno.EBADF;
            return false;
        }
        ensureBuf();
        if (bufMode != FULL) {
            Stdio out = standardOut();
            if (out != null && out != this && out.bufMode == LINE && out.wlen > 0) {
                out.flushQuietly();
            }
        }
        if (!switchToRead()) {
            return false;
        }
        rpos = rend = 0;
        int n;
        try {
            n = raw.read(buf, 0, buf.length);
        } catch (IOException e) {
            readError(e);
            return false;
        }
        if (n == 0) {
            eof = true;
            return false;
        }
        rend = n;
        return true;
    }

    /** {@code getc}: the next byte, or -1 at end of file or on error. */
    public int getc() {
        if (rpos < rend) {
            return buf[rpos++] & 0xff;
        }
        if (!underflow()) {
            return -1;
        }
        return buf[rpos++] & 0xff;
    }

    /**
     * The bytes up to and including the next newline, at most {@code max} of them
     * ({@code max} <= 0: no limit): {@code getc} in a loop, scanning the buffer instead.
     * Shorter only at end of file or on error (see {@link #eof()}, {@link #error()}).
     */
    public byte[] readLine(int max) {
        byte[] out = null;
        int len = 0;
        while (true) {
            if (rpos >= rend && !underflow()) {
                break;
            }
            int end = rend;
            if (max > 0 && end - rpos > max - len) {
                end = rpos + (max - len);
            }
            int i = rpos;
            byte[] b = buf;
            while (i < end && b[i] != '\n') {
                i++;
            }
            boolean found = i < end;
            int stop = found ? i + 1 : end;
            int n = stop - rpos;
            if (out == null) {
                if (found || (max > 0 && len + n >= max)) {
                    out = java.util.Arrays.copyOfRange(b, rpos, stop);
                    rpos = stop;
                    return out;
                }
                out = new byte[Math.max(n * 2, 128)];
            } else if (len + n > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, len + n));
            }
            System.arraycopy(b, rpos, out, len, n);
            len += n;
            rpos = stop;
            if (found || (max > 0 && len >= max)) {
                break;
            }
        }
        if (out == null) {
            return new byte[0];
        }
        return len == out.length ? out : java.util.Arrays.copyOf(out, len);
    }

    /** {@code ungetc} of the byte {@link #getc} just returned. */
    public void ungetc() {
        if (rpos > 0) {
            rpos--;
            eof = false;
        }
    }

    /**
     * {@code fread}: up to {@code n} bytes; fewer only at end of file or on error (see
     * {@link #eof()}, {@link #error()}).
     */
    public int read(byte[] dst, int off, int n) {
        if (n <= 0) {
            return 0;
        }
        if (!canRead) {
            error = true;
            errno = Errno.EBADF;
            return 0;
        }
        if (wlen > 0 && !switchToRead()) {
            return 0;
        }
        int total = 0;
        int avail = rend - rpos;
        if (avail > 0) {
            int c = Math.min(avail, n);
            System.arraycopy(buf, rpos, dst, off, c);
            rpos += c;
            total += c;
            n -= c;
        }
        while (n > 0) {
            ensureBuf();
            int bsz = buf.length;
            if (n < bsz) {
                if (!underflow()) {
                    break;
                }
                int c = Math.min(rend - rpos, n);
                System.arraycopy(buf, rpos, dst, off + total, c);
                rpos += c;
                total += c;
                n -= c;
            } else {
                int count = bsz >= 128 ? n - n % bsz : n;
                int r;
                try {
                    r = raw.read(dst, off + total, count);
                } catch (IOException e) {
                    readError(e);
                    break;
                }
                if (r == 0) {
                    eof = true;
                    break;
                }
                total += r;
                n -= r;
            }
        }
        return total;
    }

    // ---- writing ------------------------------------------------------------------------

    private void switchToWrite() {
        if (rend > rpos) {
            try {
                raw.seek(-(rend - rpos), RawIO.SEEK_CUR);
            } catch (IOException e) {
                // an unseekable device: nothing to put back
            }
        }
        rpos = rend = 0;
    }

    private void rawWriteAll(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = raw.write(b, off, len);
            off += n;
            len -= n;
        }
    }

    /** Writes out the write buffer (the buffer is emptied even when that fails). */
    private void flushBuffer() throws IOException {
        if (wlen > 0) {
            int n = wlen;
            wlen = 0;
            rawWriteAll(buf, 0, n);
        }
    }

    /** {@code fwrite}: all of the bytes, or an exception. */
    public void write(byte[] src, int off, int n) throws IOException {
        if (n <= 0) {
            return;
        }
        if (!canWrite || closed) {
            error = true;
            throw new ErrnoException(Errno.EBADF);
        }
        if (rend > 0) {
            switchToWrite();
        }
        ensureBuf();
        try {
            if (bufMode == NONE) {
                flushBuffer();
                rawWriteAll(src, off, n);
                return;
            }
            int space = buf.length - wlen;
            if (n <= space) {
                if (bufMode == LINE) {
                    int nl = -1;
                    for (int i = off + n - 1; i >= off; i--) {
                        if (src[i] == '\n') {
                            nl = i;
                            break;
                        }
                    }
                    if (nl >= 0) {
                        int c = nl - off + 1;
                        System.arraycopy(src, off, buf, wlen, c);
                        wlen += c;
                        flushBuffer();
                        System.arraycopy(src, off + c, buf, 0, n - c);
                        wlen = n - c;
                        return;
                    }
                }
                System.arraycopy(src, off, buf, wlen, n);
                wlen += n;
                return;
            }
            System.arraycopy(src, off, buf, wlen, space);
            wlen += space;
            flushBuffer();
            int rest = n - space;
            int bsz = buf.length;
            int direct = bsz >= 128 ? rest - rest % bsz : rest;
            if (direct > 0) {
                rawWriteAll(src, off + space, direct);
            }
            int left = rest - direct;
            System.arraycopy(src, off + space + direct, buf, 0, left);
            wlen = left;
        } catch (IOException e) {
            error = true;
            throw Errno.of(e);
        }
    }

    /**
     * {@code fflush}: writes pending output; on an input stream, gives unread buffered
     * input back to the descriptor (seeking back), unless it is not seekable.
     */
    public void flush() throws IOException {
        try {
            if (wlen > 0) {
                flushBuffer();
            } else if (rend > rpos) {
                try {
                    raw.seek(-(rend - rpos), RawIO.SEEK_CUR);
                    rpos = rend = 0;
                } catch (ErrnoException e) {
                    if (e.errno != Errno.ESPIPE) {
                        throw e;
                    }
                }
            }
            raw.flush();
        } catch (IOException e) {
            error = true;
            throw Errno.of(e);
        }
    }

    private void flushQuietly() {
        lock.lock();
        try {
            flushBuffer();
            raw.flush();
        } catch (IOException e) {
            error = true;
        } finally {
            lock.unlock();
        }
    }

    // ---- positioning ----------------------------------------------------------------------

    /** {@code ftell}: the logical position, counting buffered input and output. */
    public long tell() throws IOException {
        try {
            long pos = raw.tell();
            if (rend > rpos) {
                pos -= rend - rpos;
            } else if (wlen > 0) {
                pos = appending ? raw.size() + wlen : pos + wlen;
            }
            return pos;
        } catch (IOException e) {
            throw Errno.of(e);
        }
    }

    /** {@code fseek}: flushes, moves, forgets buffered input and end of file. */
    public void seek(long offset, int whence) throws IOException {
        try {
            flushBuffer();
            if (whence == RawIO.SEEK_CUR) {
                long target = tell() + offset;
                if (target < 0) {
                    throw new ErrnoException(Errno.EINVAL);
                }
                raw.seek(target, RawIO.SEEK_SET);
            } else {
                raw.seek(offset, whence);
            }
            rpos = rend = 0;
            eof = false;
        } catch (IOException e) {
            throw Errno.of(e);
        }
    }

    // ---- closing ------------------------------------------------------------------------

    /**
     * {@code fclose} ({@code closeRaw}) or only a flush (the standard streams' close):
     * flushes, then closes the descriptor; an error of either is thrown after both ran.
     */
    public void close(boolean closeRaw) throws IOException {
        IOException failure = null;
        try {
            flushBuffer();
            raw.flush();
        } catch (IOException e) {
            failure = Errno.of(e);
        }
        if (closeRaw) {
            closed = true;
            OPEN.remove(this);
            OWNED.remove(this);
            buf = null;
            rpos = rend = 0;
            try {
                raw.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = Errno.of(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Closes from a cleaner or at exit: takes the lock, ignores errors. */
    public void closeQuietly(boolean closeRaw) {
        lock.lock();
        try {
            if (!closed) {
                close(closeRaw);
            }
        } catch (IOException e) {
            // nobody to report to, as CPython's file destructor when stderr is gone
        } finally {
            lock.unlock();
        }
    }

    // ---- the registry ---------------------------------------------------------------------

    /**
     * Flushes every open stream with pending output, as C's {@code exit} does. A stream
     * another thread holds (blocked in a read, say) for more than a moment is skipped.
     */
    public static void flushAll() {
        for (Stdio s : OPEN) {
            if (s.wlen == 0) {
                continue;
            }
            try {
                if (s.lock.tryLock(50, TimeUnit.MILLISECONDS)) {
                    try {
                        s.flushBuffer();
                        s.raw.flush();
                    } catch (IOException e) {
                        s.error = true;
                    } finally {
                        s.lock.unlock();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Makes the file at {@code absolutePath} (all files when null) show what was written to
     * it through streams whose owner is garbage: in CPython such a file object is closed,
     * hence flushed, the moment its last reference goes ({@code open(p, 'w').write(s)}),
     * while here it waits for the collector. When such streams may exist this runs the
     * collector once and closes the ones whose owner is gone. Streams still referenced keep
     * their buffers, as in CPython. Called before opening a file, and meant for any code
     * that looks at a file's contents from outside a stream (os.stat, subprocesses).
     */
    public static void syncPath(String absolutePath) {
        boolean candidates = false;
        for (Stdio s : OWNED) {
            if (s.wlen > 0 && (absolutePath == null || absolutePath.equals(s.path))) {
                if (s.owner.get() == null) {
                    s.closeQuietly(true);
                } else {
                    candidates = true;
                }
            }
        }
        if (candidates) {
            System.gc();
            closeGarbage(absolutePath, true);
        }
    }

    /**
     * Closes the streams whose owner has become garbage, after a collection: for when
     * descriptors run out (EMFILE, ENFILE), which in CPython such files would not hold.
     * Returns whether any was closed.
     */
    public static boolean reclaimDescriptors() {
        System.gc();
        return closeGarbage(null, false);
    }

    private static boolean closeGarbage(String absolutePath, boolean pendingOnly) {
        boolean any = false;
        for (Stdio s : OWNED) {
            if ((!pendingOnly || s.wlen > 0) && s.owner.get() == null
                    && (absolutePath == null || absolutePath.equals(s.path))) {
                s.closeQuietly(true);
                any = true;
            }
        }
        return any;
    }
}
