package taipan.runtime.io;

import java.io.IOException;

/** An I/O failure with its errno; the message is {@code strerror(errno)}. No stack trace. */
public class ErrnoException extends IOException {
    private static final long serialVersionUID = 1L;

    public final int errno;

    public ErrnoException(int errno) {
        super(Errno.strerror(errno));
        this.errno = errno;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
