package taipan.modules.hashlib;

import taipan.modules.hashlib.PyHash.Algorithm;
import taipan.runtime.*;

/** The constructors of the builtin hash modules, shared by their module classes. */
final class HashModules {
    private HashModules() {}

    private static final String[] STRING = {"string"};

    /** A constructor taking an optional 'string' (by keyword too when {@code keywords}). */
    static PyObject construct(Algorithm alg, String func, PyObject[] args, String[] kw, boolean keywords) {
        if (!keywords) {
            ArgParser.noKeywords(func, kw);
        }
        PyObject[] a = ArgParser.parse(func, args, kw, STRING, 0);
        return PyHash.create(alg, a[0], func);
    }
}
