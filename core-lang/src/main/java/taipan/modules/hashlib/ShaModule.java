package taipan.modules.hashlib;

import taipan.runtime.*;

/** {@code _sha}: SHA-1 hash objects. */
@PyModuleDef(name = "_sha")
public final class ShaModule {
    private ShaModule() {}

    @ExposedConstant static final int blocksize = 1;
    @ExposedConstant static final int digest_size = 20;
    @ExposedConstant static final int digestsize = 20;

    @ExposedMethod(doc = "Return a new SHA hashing object.  An optional string argument\nmay be provided; if present, this string will be automatically\nhashed.")
    static PyObject new_(PyObject[] args, String[] kw) {
        return HashModules.construct(PyHash.Algorithm.SHA1, "new", args, kw, true);
    }
}
