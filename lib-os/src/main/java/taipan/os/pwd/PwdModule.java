package taipan.os.pwd;

import jnr.ffi.Pointer;
import taipan.runtime.*;

/** {@code pwd}: the password database through libc (so NSS sources are seen, not only /etc/passwd). */
@PyModuleDef(name = "pwd", doc = "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found.")
public final class PwdModule {
    private PwdModule() {}

    static final PyType STRUCT_PASSWD = PyStructSequence.newType("pwd.struct_passwd",
            "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n"
                    + "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n"
                    + "or via the object attributes as named in the above tuple.",
            new String[] {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"},
            new String[] {"user name", "password", "user id", "group id", "real name", "home directory",
                "shell program"}, 7, true);

    static void init(PyModule m) {
        m.set("struct_passwd", STRUCT_PASSWD);
        m.set("struct_pwent", STRUCT_PASSWD);
    }

    /** Reads a struct passwd (LP64: five char* and two 32-bit ids). */
    private static PyObject entry(Pointer p) {
        return PyStructSequence.of(STRUCT_PASSWD, str(p.getPointer(0)), str(p.getPointer(8)),
                PyInt.of(p.getInt(16) & 0xffffffffL), PyInt.of(p.getInt(20) & 0xffffffffL), str(p.getPointer(24)),
                str(p.getPointer(32)), str(p.getPointer(40)));
    }

    private static PyStr str(Pointer s) {
        if (s == null) {
            return PyStr.EMPTY;
        }
        int n = s.indexOf(0, (byte) 0);
        byte[] b = new byte[n];
        s.get(0, b, 0, n);
        return PyStr.of(b);
    }

    @ExposedMethod(doc = "getpwuid(uid) -> (pw_name,pw_passwd,pw_uid,\n                  pw_gid,pw_gecos,pw_dir,pw_shell)\nReturn the password database entry for the given numeric user ID.\nSee help(pwd) for more on password database entries.")
    static PyObject getpwuid(PyObject uid) {
        if (!(uid instanceof PyInt) && !(uid instanceof PyLong)) {
            throw Py.TypeError("an integer is required");
        }
        // uid_t is 32 bits: -1 is (uid_t)-1; numbers beyond it are no uid at all
        PyObject big = PyInt.of(0xffffffffL);
        if (Ops.richCompareBool(uid, PyInt.of(-1), CompareOp.LT) || Ops.richCompareBool(uid, big, CompareOp.GT)) {
            throw Py.KeyError(PyStr.of("getpwuid(): uid not found"));
        }
        long u = Py.asLongArg(uid) & 0xffffffffL;
        Pointer p = PwdLib.Holder.LIB.getpwuid((int) u);
        if (p == null) {
            throw Py.KeyError(PyStr.of("getpwuid(): uid not found: " + u));
        }
        return entry(p);
    }

    @ExposedMethod(doc = "getpwnam(name) -> (pw_name,pw_passwd,pw_uid,\n                    pw_gid,pw_gecos,pw_dir,pw_shell)\nReturn the password database entry for the given user name.\nSee help(pwd) for more on password database entries.")
    static PyObject getpwnam(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Py.TypeError("getpwnam() argument 1 must be string, not " + name.getType().getName());
        }
        byte[] b = s.bytes();
        byte[] c = java.util.Arrays.copyOf(b, b.length + 1);
        Pointer p = PwdLib.Holder.LIB.getpwnam(c);
        if (p == null) {
            throw Py.KeyError(PyStr.of("getpwnam(): name not found: " + s));
        }
        return entry(p);
    }

    @ExposedMethod(doc = "getpwall() -> list_of_entries\nReturn a list of all available password database entries, in arbitrary order.\nSee help(pwd) for more on password database entries.")
    static synchronized PyObject getpwall() {
        PwdLib lib = PwdLib.Holder.LIB;
        PyList out = new PyList();
        lib.setpwent();
        try {
            for (Pointer p = lib.getpwent(); p != null; p = lib.getpwent()) {
                out.append(entry(p));
            }
        } finally {
            lib.endpwent();
        }
        return out;
    }
}
