package taipan.net.socket;

import jnr.ffi.LibraryLoader;

/**
 * The libc binding of lib-net, loaded on first use (loading jnr costs more than the JVM's
 * start, so a program that never makes a socket never pays for it).
 */
public final class Native {
    private Native() {}

    private static final class Holder {
        static final NetLibC LIBC = LibraryLoader.create(NetLibC.class).load("c");
        static final jnr.ffi.Runtime RUNTIME = jnr.ffi.Runtime.getRuntime(LIBC);
    }

    public static NetLibC libc() {
        return Holder.LIBC;
    }

    public static jnr.ffi.Runtime runtime() {
        return Holder.RUNTIME;
    }

    /** errno as the last libc call on this thread left it. */
    public static int errno() {
        return Holder.RUNTIME.getLastError();
    }

    public static String strerror(int errno) {
        return Holder.LIBC.strerror(errno);
    }
}
