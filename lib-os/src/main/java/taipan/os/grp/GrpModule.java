package taipan.os.grp;

import jnr.ffi.Pointer;
import taipan.runtime.*;

/** {@code grp}: the group database through libc. */
@PyModuleDef(name = "grp", doc = "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)")
public final class GrpModule {
    private GrpModule() {}

    static final PyType STRUCT_GROUP = PyStructSequence.newType("grp.struct_group",
            "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n"
                    + "  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n",
            new String[] {"gr_name", "gr_passwd", "gr_gid", "gr_mem"},
            new String[] {"group name", "password", "group id", "group members"}, 4, true);

    static void init(PyModule m) {
        m.set("struct_group", STRUCT_GROUP);
    }

    /** Reads a struct group (LP64: name, passwd, a 32-bit gid, a NULL-terminated member array). */
    private static PyObject entry(Pointer p) {
        PyList members = new PyList();
        Pointer mem = p.getPointer(24);
        if (mem != null) {
            for (int i = 0;; i++) {
                Pointer s = mem.getPointer(8L * i);
                if (s == null) {
                    break;
                }
                members.append(str(s));
            }
        }
        return PyStructSequence.of(STRUCT_GROUP, str(p.getPointer(0)), str(p.getPointer(8)),
                PyInt.of(p.getInt(16) & 0xffffffffL), members);
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

    @ExposedMethod(doc = "getgrgid(id) -> (gr_name,gr_passwd,gr_gid,gr_mem)\nReturn the group database entry for the given numeric group ID.  If\nid is not valid, raise KeyError.")
    static PyObject getgrgid(PyObject id) {
        PyObject v = Ops.call(PyInt.TYPE, id);
        if (Ops.richCompareBool(v, PyInt.of(-1), CompareOp.LT)) {
            throw Py.OverflowError("group id is less than minimum");
        }
        if (Ops.richCompareBool(v, PyInt.of(0xffffffffL), CompareOp.GT)) {
            throw Py.OverflowError("group id is greater than maximum");
        }
        long g = Py.asLongArg(v) & 0xffffffffL;
        Pointer p = GrpLib.Holder.LIB.getgrgid((int) g);
        if (p == null) {
            throw Py.KeyError(PyStr.of("getgrgid(): gid not found: " + g));
        }
        return entry(p);
    }

    @ExposedMethod(doc = "getgrnam(name) -> (gr_name,gr_passwd,gr_gid,gr_mem)\nReturn the group database entry for the given group name.  If\nname is not valid, raise KeyError.")
    static PyObject getgrnam(PyObject name) {
        PyObject s = name instanceof PyStr ? name : Ops.str(name);
        byte[] b = ((PyStr) s).bytes();
        Pointer p = GrpLib.Holder.LIB.getgrnam(java.util.Arrays.copyOf(b, b.length + 1));
        if (p == null) {
            throw Py.KeyError(PyStr.of("getgrnam(): name not found: " + s));
        }
        return entry(p);
    }

    @ExposedMethod(doc = "getgrall() -> list of tuples\nReturn a list of all available group entries, in arbitrary order.\nAn entry whose name starts with '+' or '-' represents an instruction\nto use YP/NIS and may not be accessible via getgrnam or getgrgid.")
    static synchronized PyObject getgrall() {
        GrpLib lib = GrpLib.Holder.LIB;
        PyList out = new PyList();
        lib.setgrent();
        try {
            for (Pointer p = lib.getgrent(); p != null; p = lib.getgrent()) {
                out.append(entry(p));
            }
        } finally {
            lib.endgrent();
        }
        return out;
    }
}
