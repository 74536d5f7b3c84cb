package taipan.runtime.io;

import java.io.IOException;

/**
 * Unbuffered I/O on one open file: the system calls a C library's {@code FILE} sits on
 * ({@code read}, {@code write}, {@code lseek}, {@code ftruncate}, {@code fstat}'s size,
 * {@code close}, {@code isatty}). {@link Stdio} adds C stdio's buffering on top and
 * {@code taipan.runtime.PyFile} the Python {@code file} object.
 *
 * <p>Failures are {@link IOException}s; {@link Errno#errnoOf} gives their errno
 * ({@link ErrnoException} carries it directly). Implementations: {@link FdIO} (a real
 * descriptor through the JDK's channels), {@link StreamIO} (Java streams, for embedding and
 * tests); lib-os may add one over libc calls.
 *
 * <p>Callers serialise the operations on one object (Stdio holds a lock around them).
 */
public interface RawIO {
    int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;

    /** {@code read(2)}: up to {@code len} (> 0) bytes; 0 at end of file. Blocks like read(2). */
    int read(byte[] b, int off, int len) throws IOException;

    /** {@code write(2)}: writes some of the bytes (at least one when {@code len} > 0); returns the count. */
    int write(byte[] b, int off, int len) throws IOException;

    /** {@code lseek(2)}: returns the new offset. EINVAL for a bad whence or a negative result, ESPIPE when unseekable. */
    long seek(long offset, int whence) throws IOException;

    /** The current offset ({@code lseek(fd, 0, SEEK_CUR)}). */
    default long tell() throws IOException {
        return seek(0, SEEK_CUR);
    }

    /** {@code ftruncate(2)}: sets the size (shrinking or extending with zeros); the offset is unchanged. */
    void truncate(long length) throws IOException;

    /** The file's size ({@code fstat}'s st_size). */
    long size() throws IOException;

    /** Closes the descriptor. Closing twice is harmless. */
    void close() throws IOException;

    boolean isClosed();

    /** The descriptor number; an IOException saying why when there is none or it cannot be known. */
    int fileno() throws IOException;

    /** Whether the descriptor is a terminal. */
    boolean isatty();

    /** Whether the descriptor was opened for reading (O_RDONLY or O_RDWR). */
    boolean readable();

    /** Whether the descriptor was opened for writing (O_WRONLY or O_RDWR). */
    boolean writable();

    /** Whether every write goes to the end of the file (O_APPEND). */
    boolean append();

    /**
     * What {@code file.close()} returns once this raw I/O is closed: null for None, else
     * e.g. the exit status of the process at the other end of an {@code os.popen} pipe.
     */
    default taipan.runtime.PyObject closeResult() {
        return null;
    }

    /** Pushes data held by the implementation itself (Java streams) to its destination; no-op for descriptors. */
    default void flush() throws IOException {}
}
