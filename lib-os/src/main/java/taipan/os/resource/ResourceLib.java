package taipan.os.resource;

import jnr.ffi.LibraryLoader;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;

/** getrlimit/setrlimit (struct rlimit: two rlim_t) and getrusage (struct rusage: 144 bytes on LP64). */
public interface ResourceLib {
    int getrlimit(int resource, @Out long[] limit);
    int setrlimit(int resource, @In long[] limit);
    int getrusage(int who, @Out long[] usage);
    int getpagesize();

    /** Loaded on first use. */
    final class Holder {
        private Holder() {}

        static final ResourceLib LIB = LibraryLoader.create(ResourceLib.class).load("c");
        static final jnr.ffi.Runtime RUNTIME = jnr.ffi.Runtime.getRuntime(LIB);
    }
}
