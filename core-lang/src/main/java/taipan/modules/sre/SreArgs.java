package taipan.modules.sre;

import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyFloat;
import taipan.runtime.PyInt;
import taipan.runtime.PyLong;
import taipan.runtime.PyObject;

/**
 * Argument parsing with the exact messages of CPython 2.7's {@code PyArg_ParseTuple}
 * and {@code PyArg_ParseTupleAndKeywords} for the signatures of the _sre methods.
 */
final class SreArgs {
    private SreArgs() {}

    /**
     * {@code PyArg_ParseTupleAndKeywords}: one slot per keyword name (null when absent);
     * the first {@code required} are mandatory. {@code fname} is the name in messages.
     */
    static PyObject[] keywords(String fname, PyObject[] args, String[] kwnames, String[] names, int required) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int len = names.length;
        if (npos + nkw > len) {
            throw Py.TypeError(fname + "() takes at most " + len + " argument" + (len == 1 ? "" : "s") + " ("
                    + (npos + nkw) + " given)");
        }
        PyObject[] out = new PyObject[len];
        for (int i = 0; i < len; i++) {
            PyObject v = null;
            for (int k = 0; k < nkw; k++) {
                if (kwnames[k].equals(names[i])) {
                    v = args[npos + k];
                    if (i < npos) {
                        throw Py.TypeError("Argument given by name ('" + names[i] + "') and position (" + (i + 1) + ")");
                    }
                }
            }
            if (v == null && i < npos) {
                v = args[i];
            }
            if (v == null && i < required) {
                throw Py.TypeError("Required argument '" + names[i] + "' (pos " + (i + 1) + ") not found");
            }
            out[i] = v;
        }
        for (int k = 0; k < nkw; k++) {
            boolean known = false;
            for (String n : names) {
                known |= n.equals(kwnames[k]);
            }
            if (!known) {
                throw Py.TypeError("'" + kwnames[k] + "' is an invalid keyword argument for this function");
            }
        }
        return out;
    }

    /**
     * {@code PyArg_ParseTuple} with min..max positional arguments and no keywords;
     * {@code fname} null for a format without a function name ("function takes ...").
     */
    static void positional(String fname, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(fname == null ? "function" : fname, kwnames);
        int n = args.length;
        if (n < min || n > max) {
            String how = min == max ? "exactly" : n < min ? "at least" : "at most";
            int k = n < min ? min : max;
            throw Py.TypeError((fname == null ? "function" : fname + "()") + " takes " + how + " " + k + " argument"
                    + (k == 1 ? "" : "s") + " (" + n + " given)");
        }
    }

    static void noKeywords(String fname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.TypeError(fname + "() takes no keyword arguments");
        }
    }

    /** The 'n' (Py_ssize_t, i.e. C long) conversion. */
    static long ssize(PyObject o) {
        if (o instanceof PyFloat) {
            throw Py.TypeError("integer argument expected, got float");
        }
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (o instanceof PyLong l) {
            java.math.BigInteger b = l.value;
            if (b.bitLength() > 63) {
                throw Py.OverflowError("Python int too large to convert to C long");
            }
            return b.longValue();
        }
        PyObject r = Ops.intOrNull(o);
        if (r == null) {
            throw Py.TypeError("an integer is required");
        }
        return ssize(r);
    }

    /** The 'i' (C int) conversion. */
    static int cint(PyObject o) {
        long v = ssize(o);
        if (v > Integer.MAX_VALUE) {
            throw Py.OverflowError("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw Py.OverflowError("signed integer is less than minimum");
        }
        return (int) v;
    }

    /**
     * 2.7's {@code fix_string_param}: the subject given as {@code string} or under its old
     * keyword name; both, or neither, is an error.
     */
    static PyObject subject(PyObject string, PyObject old, String oldName) {
        if (old != null) {
            if (string != null) {
                throw Py.TypeError("Argument given by name ('" + oldName + "') and position (1)");
            }
            return old;
        }
        if (string == null) {
            throw Py.TypeError("Required argument 'string' (pos 1) not found");
        }
        return string;
    }
}
