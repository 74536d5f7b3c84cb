package taipan.os.posix;

import java.io.IOException;

import taipan.runtime.PyInt;
import taipan.runtime.PyObject;
import taipan.runtime.io.RawIO;

/**
 * The parent's end of an {@code os.popen} pipe: closing it waits for the command, and
 * {@code close()} returns the wait status when it is not 0 (None otherwise), as pclose does.
 */
final class PopenIO implements RawIO {
    private final RawIO pipe;
    private final int pid;
    private PyObject result;

    PopenIO(RawIO pipe, int pid) {
        this.pipe = pipe;
        this.pid = pid;
    }

    @Override public int read(byte[] b, int off, int len) throws IOException { return pipe.read(b, off, len); }
    @Override public int write(byte[] b, int off, int len) throws IOException { return pipe.write(b, off, len); }
    @Override public long seek(long offset, int whence) throws IOException { return pipe.seek(offset, whence); }
    @Override public void truncate(long length) throws IOException { pipe.truncate(length); }
    @Override public long size() throws IOException { return pipe.size(); }
    @Override public boolean isClosed() { return pipe.isClosed(); }
    @Override public int fileno() throws IOException { return pipe.fileno(); }
    @Override public boolean isatty() { return pipe.isatty(); }
    @Override public boolean readable() { return pipe.readable(); }
    @Override public boolean writable() { return pipe.writable(); }
    @Override public boolean append() { return false; }

    @Override
    public synchronized void close() throws IOException {
        if (pipe.isClosed()) {
            return;
        }
        pipe.close();
        int status = Spawn.waitFor(pid);
        result = status == 0 ? null : PyInt.of(status);
    }

    @Override
    public synchronized PyObject closeResult() {
        return result;
    }
}
