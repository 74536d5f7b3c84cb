package taipan.os.fcntl;

import jnr.ffi.LibraryLoader;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;

/** fcntl(2), ioctl(2) and flock(2): the third argument as an integer or as a buffer. */
public interface FcntlLib {
    int fcntl(int fd, int cmd, long arg);
    int fcntl(int fd, int cmd, @In @Out byte[] arg);
    int ioctl(int fd, long request, long arg);
    int ioctl(int fd, long request, @In @Out byte[] arg);
    int flock(int fd, int operation);

    /** Loaded on first use. */
    final class Holder {
        private Holder() {}

        static final FcntlLib LIB = LibraryLoader.create(FcntlLib.class).load("c");
        static final jnr.ffi.Runtime RUNTIME = jnr.ffi.Runtime.getRuntime(LIB);
    }
}
