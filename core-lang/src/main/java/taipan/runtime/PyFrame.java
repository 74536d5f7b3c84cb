package taipan.runtime;

/**
 * An executing code block. Fast locals live in {@link #locals} by slot; closures in
 * {@link #cells}; module and class bodies keep their names in {@link #localsDict}.
 * The generator fields are used only by the resumable nodes of generator code.
 */
@ExposedType(name = "frame", subclassable = false)
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyFrame.class);

    public final PyCode code;
    public final PyObject[] locals;
    public PyCell[] cells;
    public final PyDict globals;
    /** The locals mapping for dict-based code (module, class body, exec); else null. */
    public PyObject localsDict;
    /** f_locals of a function frame (built by {@link #getLocals}), or null. */
    private PyDict fastLocals;
    public PyObject builtins;
    public PyFrame back;
    /** The thread running this frame (set when the frame starts executing). */
    public ThreadState ts;
    /** The line being executed (for tracebacks). */
    public int line;
    /** f_trace: the local trace function, or null. */
    public PyObject trace;
    /** The last line reported to the trace function. */
    int lastTracedLine = -1;
    /** Value of the last return statement. */
    public PyObject returnValue;

    // ---- generator support ----
    /** True while re-descending the node tree to the yield that suspended the frame. */
    public boolean resuming;
    /** Per-resumable-node state (which statement, which branch, ...). */
    public int[] gen;
    /** Objects the resumable nodes keep across a suspension (iterators, __exit__, exceptions). */
    public Object[] genTemps;
    /** The value a yield produced, and the value sent in on resumption. */
    public PyObject yielded, sent;
    /** An exception to raise at the yield on resumption (generator.throw). */
    public PyException thrown;
    /** Per-thread exception state saved across a suspension. */
    public PyException savedExc;
    /** The generator running this frame, if any. */
    public PyGenerator generator;

    public PyFrame(PyCode code, PyDict globals, PyObject builtins) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = code.nslots == 0 ? Py.EMPTY : new PyObject[code.nslots];
        this.line = code.firstLine;
        if (code.genStates > 0) {
            gen = new int[code.genStates];
            genTemps = new Object[code.genStates];
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Records that a new line starts executing (and reports it to a trace function). */
    public void setLine(int l) {
        line = l;
        if (Tracing.active != 0) {
            Tracing.line(this);
        }
    }

    /** At a loop's back edge: the next line event fires even for the same line. */
    public void loopBack() {
        lastTracedLine = -1;
    }

    public ThreadState ts() {
        ThreadState t = ts;
        return t != null ? t : ThreadState.get();
    }

    /** The builtins as a dict (from a module or a dict). */
    public PyDict builtinsDict() {
        PyObject b = builtins;
        if (b instanceof PyDict d) {
            return d;
        }
        if (b instanceof PyModule m) {
            return m.getDict();
        }
        return Interp.current().builtinsDict();
    }

    /** {@code f_locals}: the locals dict, built from the fast slots for function frames. */
    public PyObject getLocals() {
        if (localsDict != null) {
            return localsDict;
        }
        // as PyFrame_FastToLocals: one dict per frame, refreshed from the slots on each call
        // (names bound since are added, names unbound since are removed, other keys stay)
        PyDict d = fastLocals;
        if (d == null) {
            d = fastLocals = new PyDict();
        }
        String[] names = code.varnames;
        for (int i = 0; i < names.length && i < locals.length; i++) {
            mapToDict(d, names[i], locals[i]);
        }
        if (cells != null) {
            int nc = code.cellvars.length;
            for (int i = 0; i < cells.length; i++) {
                String n = i < nc ? code.cellvars[i] : code.freevars[i - nc];
                mapToDict(d, n, cells[i].value);
            }
        }
        return d;
    }

    /** The f_locals dict of a function frame if {@link #getLocals} has made one, else null. */
    public PyDict fastLocalsOrNull() {
        return fastLocals;
    }

    private static void mapToDict(PyDict d, String name, PyObject value) {
        PyStr key = PyStr.intern(name);
        if (value != null) {
            d.setItem(key, value);
        } else {
            d.delItemIfPresent(key);
        }
    }

    @ExposedGet(name = "f_locals") public PyObject f_locals() { return getLocals(); }
    @ExposedGet(name = "f_globals") public PyObject f_globals() { return globals; }
    @ExposedGet(name = "f_builtins") public PyObject f_builtins() { return builtinsDict(); }
    @ExposedGet(name = "f_code") public PyObject f_code() { return code; }
    @ExposedGet(name = "f_back") public PyObject f_back() { return back == null ? Py.None : back; }
    @ExposedGet(name = "f_lineno") public int f_lineno() { return line; }
    @ExposedGet(name = "f_lasti") public int f_lasti() { return -1; }
    @ExposedGet(name = "f_restricted") public boolean f_restricted() { return false; }
    @ExposedGet(name = "f_trace") public PyObject f_trace() { return trace == null ? Py.None : trace; }
    @ExposedSet(name = "f_trace") public void set_f_trace(PyObject v) { trace = v == Py.None ? null : v; }

    @Override
    public PyObject __repr__() {
        return PyStr.of("<frame object at " + Py.addressString(this) + ">");
    }
}
