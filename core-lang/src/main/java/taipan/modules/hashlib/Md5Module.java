package taipan.modules.hashlib;

import taipan.runtime.*;

/** {@code _md5}: MD5 hash objects. */
@PyModuleDef(name = "_md5")
public final class Md5Module {
    private Md5Module() {}

    @ExposedConstant static final int digest_size = 16;

    static void init(PyModule m) {
        m.set("MD5Type", PyHash.Algorithm.MD5.type);
    }

    @ExposedMethod(doc = "Return a new MD5 hash object; optionally initialized with a string.")
    static PyObject new_(PyObject[] args, String[] kw) {
        return HashModules.construct(PyHash.Algorithm.MD5, "new", args, kw, false);
    }
}
