package taipan.net.socket;

import jnr.ffi.Memory;
import jnr.ffi.Pointer;

/**
 * Per-thread native buffers for send and recv: data moves once between Java arrays and
 * native memory, instead of jnr copying whole Java arrays in and out around every call.
 */
final class Buffers {
    private Buffers() {}

    private static final long CACHED_MAX = 1 << 22;
    private static final ThreadLocal<Pointer> LOCAL = new ThreadLocal<>();

    /** Native memory of at least {@code size} bytes, for one call on this thread. */
    static Pointer get(long size) {
        if (size > CACHED_MAX) {
            return Memory.allocateDirect(Native.runtime(), size);
        }
        Pointer p = LOCAL.get();
        if (p == null || p.size() < size) {
            p = Memory.allocateDirect(Native.runtime(), Math.max(size, 65536));
            LOCAL.set(p);
        }
        return p;
    }
}
