package taipan.runtime;

import taipan.interp.Stmt;

/**
 * A compiled code block (module, class body, function, lambda, generator expression):
 * the executable node tree plus what calls and frames need to know about its variables.
 */
@ExposedType(name = "code", subclassable = false)
public final class PyCode extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin(PyCode.class);

    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
            CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40;

    public final String name;
    public final String filename;
    public final int firstLine;
    /** Number of named positional parameters. */
    public final int argcount;
    public final int flags;
    /** Names of the fast-local slots: parameters first (then *args, **kw), then locals. */
    public final String[] varnames;
    /** Slots in a frame's locals array: varnames plus hidden temporaries. */
    public final int nslots;
    public final String[] cellvars;
    public final String[] freevars;
    /** For each cell variable, the parameter slot it starts from, or -1. */
    public final int[] cellFromParam;
    /** True for module/class bodies and functions with bare exec / import *: names live in a dict. */
    public final boolean dictLocals;
    /** Number of resumable-node states (generators). */
    public final int genStates;
    /** co_consts as far as introspection needs it: the docstring first (or None). */
    public final PyObject[] consts;
    /** co_names. */
    public final String[] names;
    /** Future flags in effect (CO_FUTURE_DIVISION etc.). */
    public final int futureFlags;
    private Stmt body;

    public PyCode(String name, String filename, int firstLine, int argcount, int flags, String[] varnames,
                  int nslots, String[] cellvars, String[] freevars, int[] cellFromParam, boolean dictLocals,
                  int genStates, PyObject[] consts, String[] names, int futureFlags) {
        this.name = name;
        this.filename = filename;
        this.firstLine = firstLine;
        this.argcount = argcount;
        this.flags = flags;
        this.varnames = varnames;
        this.nslots = nslots;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cellFromParam = cellFromParam;
        this.dictLocals = dictLocals;
        this.genStates = genStates;
        this.consts = consts;
        this.names = names;
        this.futureFlags = futureFlags;
    }

    /**
     * The parameters as written when some are sublists ({@code def f(a, (b, c))}): a list of
     * names and nested lists (for inspect, which cannot read them from bytecode); else null.
     */
    public PyObject argStructure;

    public void setBody(Stmt body) {
        this.body = body;
    }

    public Stmt getBody() {
        return body;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    public boolean hasVarargs() {
        return (flags & CO_VARARGS) != 0;
    }

    public boolean hasVarkw() {
        return (flags & CO_VARKEYWORDS) != 0;
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of("<code object " + name + " at " + Py.addressString(this) + ", file \"" + filename + "\", line " + firstLine + ">");
    }

    private static PyTuple strTuple(String[] a) {
        PyObject[] o = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            o[i] = PyStr.intern(a[i]);
        }
        return PyTuple.of(o);
    }

    @ExposedGet(name = "co_name") public PyObject co_name() { return PyStr.of(name); }
    @ExposedGet(name = "co_filename") public PyObject co_filename() { return PyStr.of(filename); }
    @ExposedGet(name = "co_firstlineno") public int co_firstlineno() { return firstLine; }
    @ExposedGet(name = "co_argcount") public int co_argcount() { return argcount; }
    @ExposedGet(name = "co_flags") public int co_flags() { return flags | futureFlags; }
    @ExposedGet(name = "co_nlocals") public int co_nlocals() { return varnames.length; }
    @ExposedGet(name = "co_varnames") public PyObject co_varnames() { return strTuple(varnames); }
    @ExposedGet(name = "co_cellvars") public PyObject co_cellvars() { return strTuple(cellvars); }
    @ExposedGet(name = "co_freevars") public PyObject co_freevars() { return strTuple(freevars); }
    @ExposedGet(name = "co_names") public PyObject co_names() { return strTuple(names); }
    @ExposedGet(name = "co_consts") public PyObject co_consts() { return PyTuple.of(consts.clone()); }
    @ExposedGet(name = "co_code") public PyObject co_code() { return PyStr.EMPTY; }
    @ExposedGet(name = "co_lnotab") public PyObject co_lnotab() { return PyStr.EMPTY; }
    @ExposedGet(name = "co_stacksize") public int co_stacksize() { return 0; }
}
