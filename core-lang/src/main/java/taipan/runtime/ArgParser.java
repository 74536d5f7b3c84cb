package taipan.runtime;

/**
 * Parses (args, kwnames) against parameter names for code that takes the raw call,
 * with PyArg_ParseTupleAndKeywords' error texts.
 */
public final class ArgParser {
    private ArgParser() {}

    /**
     * Returns one slot per name: the argument, or null when not given. The first
     * {@code required} names must be given.
     */
    public static PyObject[] parse(String func, PyObject[] args, String[] kwnames, String[] names, int required) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos + nkw > names.length) {
            throw Py.TypeError(func + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s")
                    + " (" + (npos + nkw) + " given)");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        int matched = 0;
        // as vgetargskeywords: parameters in order (name and position clash, missing required),
        // then keywords that match no parameter
        for (int i = 0; i < names.length; i++) {
            int k = indexOf(kwnames, nkw, names[i]);
            if (k >= 0) {
                matched++;
                if (i < npos) {
                    throw Py.TypeError("Argument given by name ('" + names[i] + "') and position (" + (i + 1) + ")");
                }
                out[i] = args[npos + k];
            }
            if (out[i] == null && i < required) {
                throw Py.TypeError("Required argument '" + names[i] + "' (pos " + (i + 1) + ") not found");
            }
        }
        if (matched < nkw) {
            for (int k = 0; k < nkw; k++) {
                if (indexOf(names, names.length, kwnames[k]) < 0) {
                    throw Py.TypeError("'" + kwnames[k] + "' is an invalid keyword argument for this function");
                }
            }
        }
        return out;
    }

    /** Rejects keyword arguments ("f() takes no keyword arguments"). */
    public static void noKeywords(String func, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.TypeError(func + "() takes no keyword arguments");
        }
    }

    private static int indexOf(String[] names, int n, String name) {
        for (int i = 0; i < n; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
