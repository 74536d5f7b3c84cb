package taipan.os.posix;

import jnr.ffi.LibraryLoader;

/**
 * The libc binding, loaded on first use: loading jnr costs far more than the JVM's start,
 * so programs that only import os never pay for it.
 */
public final class Native {
    private Native() {}

    private static final class Holder {
        static final LibC LIBC = LibraryLoader.create(LibC.class).load("c");
        static final jnr.ffi.Runtime RUNTIME = jnr.ffi.Runtime.getRuntime(LIBC);
    }

    public static jnr.ffi.Runtime runtime() {
        return Holder.RUNTIME;
    }

    public static LibC libc() {
        return Holder.LIBC;
    }

    /** errno as the last libc call on this thread left it. */
    public static int errno() {
        return Holder.RUNTIME.getLastError();
    }

    public static void setErrno(int e) {
        Holder.RUNTIME.setLastError(e);
    }
}
