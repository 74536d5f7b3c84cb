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
        // vgetargskeywords' order: each name in turn (given by name and position, or missing
        // while required), then the keywords nobody claimed
        int remaining = nkw;
        boolean[] claimed = nkw == 0 ? null : new boolean[nkw];
        for (int i = 0; i < names.length; i++) {
            if (remaining > 0) {
                int k = indexOf(kwnames, names[i]);
                if (k >= 0) {
                    remaining--;
                    claimed[k] = true;
                    if (i < npos) {
                        throw Py.TypeError("Argument given by name ('" + names[i] + "') and position (" + (i + 1) + ")");
                    }
                    out[i] = args[npos + k];
                    continue;
                }
            }
            if (i < npos) {
                continue;
            }
            if (i < required) {
                throw Py.TypeError("Required argument '" + names[i] + "' (pos " + (i + 1) + ") not found");
            }
            if (remaining == 0) {
                return out;
            }
        }
        for (int k = 0; k < nkw; k++) {
            if (!claimed[k]) {
                throw Py.TypeError("'" + kwnames[k] + "' is an invalid keyword argument for this function");
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

    private static int indexOf(String[] names, String n) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(n)) {
                return i;
            }
        }
        return -1;
    }
}
