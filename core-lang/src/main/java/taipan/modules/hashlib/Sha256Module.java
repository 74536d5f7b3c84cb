package taipan.modules.hashlib;

import taipan.runtime.*;

/** {@code _sha256}: SHA-224 and SHA-256 hash objects. */
@PyModuleDef(name = "_sha256")
public final class Sha256Module {
    private Sha256Module() {}

    @ExposedMethod(doc = "Return a new SHA-256 hash object; optionally initialized with a string.")
    static PyObject sha256(PyObject[] args, String[] kw) {
        return HashModules.construct(PyHash.Algorithm.SHA256, "new", args, kw, true);
    }

    @ExposedMethod(doc = "Return a new SHA-224 hash object; optionally initialized with a string.")
    static PyObject sha224(PyObject[] args, String[] kw) {
        return HashModules.construct(PyHash.Algorithm.SHA224, "new", args, kw, true);
    }
}
