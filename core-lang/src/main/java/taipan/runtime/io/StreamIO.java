package taipan.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Raw I/O over Java streams (an embedding application's or a test's): no descriptor, not
 * seekable (ESPIPE, as a pipe), never a terminal.
 */
public final class StreamIO implements RawIO {
    private final InputStream in;
    private final OutputStream out;
    private final boolean closeStreams;
    private volatile boolean closed;

    /** Either stream may be null; {@code closeStreams}: {@link #close} closes them. */
    public StreamIO(InputStream in, OutputStream out, boolean closeStreams) {
        this.in = in;
        this.out = out;
        this.closeStreams = closeStreams;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed || in == null) {
            throw new ErrnoException(Errno.EBADF);
        }
        int n = in.read(b, off, len);
        return n < 0 ? 0 : n;
    }

    @Override
    public int write(byte[] b, int off, int len) throws IOException {
        if (closed || out == null) {
            throw new ErrnoException(Errno.EBADF);
        }
        out.write(b, off, len);
        return len;
    }

    @Override
    public long seek(long offset, int whence) throws IOException {
        if (closed) {
            throw new ErrnoException(Errno.EBADF);
        }
        throw new ErrnoException(Errno.ESPIPE);
    }

    @Override
    public void truncate(long length) throws IOException {
        throw new ErrnoException(closed ? Errno.EBADF : Errno.EINVAL);
    }

    @Override
    public long size() throws IOException {
        return 0;
    }

    @Override
    public void flush() throws IOException {
        if (out != null && !closed) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (closeStreams) {
            if (in != null) {
                in.close();
            }
            if (out != null) {
                out.close();
            }
        } else if (out != null) {
            out.flush();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public int fileno() throws IOException {
        throw new IOException("the file is not backed by a file descriptor");
    }

    @Override
    public boolean isatty() {
        return false;
    }

    @Override
    public boolean readable() {
        return in != null;
    }

    @Override
    public boolean writable() {
        return out != null;
    }

    @Override
    public boolean append() {
        return false;
    }
}
