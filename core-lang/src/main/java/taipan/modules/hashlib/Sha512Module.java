package taipan.modules.hashlib;

import taipan.runtime.*;

/** {@code _sha512}: SHA-384 and SHA-512 hash objects. */
@PyModuleDef(name = "_sha512")
public final class Sha512Module {
    private Sha512Module() {}

    @ExposedMethod(doc = "Return a new SHA-512 hash object; optionally initialized with a string.")
    static PyObject sha512(PyObject[] args, String[] kw) {
        return HashModules.construct(PyHash.Algorithm.SHA512, "new", args, kw, true);
    }

    @ExposedMethod(doc = "Return a new SHA-384 hash object; optionally initialized with a string.")
    static PyObject sha384(PyObject[] args, String[] kw) {
        return HashModules.construct(PyHash.Algorithm.SHA384, "new", args, kw, true);
    }
}
