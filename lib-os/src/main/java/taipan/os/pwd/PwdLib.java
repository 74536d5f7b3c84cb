package taipan.os.pwd;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;

/** The libc password-database calls (each returns a struct passwd owned by libc, or null). */
public interface PwdLib {
    Pointer getpwnam(@In byte[] name);
    Pointer getpwuid(int uid);
    void setpwent();
    Pointer getpwent();
    void endpwent();

    /** Loaded on first use. */
    final class Holder {
        private Holder() {}

        static final PwdLib LIB = LibraryLoader.create(PwdLib.class).load("c");
    }
}
