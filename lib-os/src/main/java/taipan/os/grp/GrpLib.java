package taipan.os.grp;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;

/** The libc group-database calls (each returns a struct group owned by libc, or null). */
public interface GrpLib {
    Pointer getgrnam(@In byte[] name);
    Pointer getgrgid(int gid);
    void setgrent();
    Pointer getgrent();
    void endgrent();

    /** Loaded on first use. */
    final class Holder {
        private Holder() {}

        static final GrpLib LIB = LibraryLoader.create(GrpLib.class).load("c");
    }
}
