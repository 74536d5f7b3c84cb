package taipan.runtime;

import taipan.interp.Stmt;

/** A Python function ({@code def} or {@code lambda}). */
@ExposedType(name = "function", subclassable = false)
public final class PyFunction extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin(PyFunction.class);

    public PyCode code;
    public final PyDict globals;
    public final PyObject builtins;
    public PyObject[] defaults;
    public final PyCell[] closure;
    public String name;
    public PyObject doc;
    public PyObject module;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyObject[] defaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        PyObject b = globals.getItem(N.__builtins__);
        this.builtins = b != null ? b : Interp.current().builtinsModule();
        this.defaults = defaults == null ? Py.EMPTY : defaults;
        this.closure = closure;
        this.name = code.name;
        this.doc = code.consts.length > 0 ? code.consts[0] : Py.None;
        PyObject m = globals.getItem(N.__name__);
        this.module = m == null ? Py.None : m;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyObject __get__(PyObject obj, PyObject type) {
        if (obj == Py.None) {
            obj = null;
        }
        return new PyMethod(this, obj, type == null ? (obj == null ? Py.None : obj.getType()) : type);
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        return invoke(null, args, kwnames);
    }

    /** Calls with {@code self} as an extra first positional argument (method calls). */
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        return invoke(self, args, kwnames);
    }

    private PyObject invoke(PyObject self, PyObject[] args, String[] kwnames) {
        PyCode co = code;
        PyFrame f = new PyFrame(co, globals, builtins);
        bind(f.locals, self, args, kwnames);
        if (co.cellvars.length > 0 || co.freevars.length > 0) {
            setupCells(f);
        }
        if (co.dictLocals) {
            f.localsDict = f.getLocals();
        }
        if (co.isGenerator()) {
            return new PyGenerator(f, this);
        }
        return run(f, ThreadState.get());
    }

    private void setupCells(PyFrame f) {
        PyCode co = code;
        int nc = co.cellvars.length;
        PyCell[] cells = new PyCell[nc + co.freevars.length];
        for (int i = 0; i < nc; i++) {
            int p = co.cellFromParam[i];
            cells[i] = new PyCell(p >= 0 ? f.locals[p] : null);
        }
        if (closure != null) {
            System.arraycopy(closure, 0, cells, nc, Math.min(closure.length, co.freevars.length));
        }
        f.cells = cells;
    }

    /** Executes a frame as a call: pushes it, runs the body, records the traceback. */
    public static PyObject run(PyFrame f, ThreadState ts) {
        f.back = ts.frame;
        f.ts = ts;
        if (++ts.depth > ts.interp.recursionLimit) {
            ts.depth--;
            throw Py.RuntimeError("maximum recursion depth exceeded");
        }
        ts.frame = f;
        PyException savedExc = ts.exc;
        try {
            if (Safepoint.pending) {
                Safepoint.run();
            }
            if (Tracing.active != 0 && (ts.traceFunc != null || ts.profileFunc != null)) {
                return Tracing.runTraced(f, ts);
            }
            int r = f.code.getBody().exec(f);
            return r == Stmt.RETURN ? f.returnValue : Py.None;
        } catch (PyException e) {
            e.addTraceback(f, f.line);
            throw e;
        } catch (StackOverflowError e) {
            PyException pe = Py.RuntimeError("maximum recursion depth exceeded");
            pe.addTraceback(f, f.line);
            throw pe;
        } catch (RuntimeException e) {
            // a bug of the runtime: reported as a Python SystemError rather than killing the thread
            PyException pe = Py.SystemError("internal error: " + e);
            pe.addTraceback(f, f.line);
            throw pe;
        } finally {
            ts.exc = savedExc;
            ts.depth--;
            ts.frame = f.back;
        }
    }

    /** Binds call arguments to parameter slots with CPython 2.7's rules and messages. */
    private void bind(PyObject[] slots, PyObject self, PyObject[] args, String[] kwnames) {
        PyCode co = code;
        int n = co.argcount;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int off = self == null ? 0 : 1;
        int npos = args.length - nkw + off;
        if (nkw == 0 && npos == n && !co.hasVarargs() && !co.hasVarkw()) {
            if (self != null) {
                slots[0] = self;
            }
            System.arraycopy(args, 0, slots, off, npos - off);
            return;
        }
        int ndef = defaults.length;
        int take = Math.min(npos, n);
        if (take > 0) {
            if (self != null) {
                slots[0] = self;
            }
            System.arraycopy(args, 0, slots, off, take - off);
        }
        int varargSlot = n;
        int kwSlot = n + (co.hasVarargs() ? 1 : 0);
        if (n == 0 && !co.hasVarargs() && !co.hasVarkw() && npos + nkw > 0) {
            // as ceval: a function without parameters counts keywords too
            throw Py.TypeError(name + "() takes no arguments (" + (npos + nkw) + " given)");
        }
        if (npos > n) {
            if (!co.hasVarargs()) {
                throw Py.TypeError(name + "() takes " + (ndef > 0 ? "at most" : "exactly") + " " + n + " argument"
                        + (n == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
            }
            PyObject[] extra = new PyObject[npos - n];
            if (n == 0 && self != null) {
                // self itself is the first extra positional: def f(*args) bound as a method
                extra[0] = self;
                System.arraycopy(args, 0, extra, 1, extra.length - 1);
            } else {
                System.arraycopy(args, n - off, extra, 0, extra.length);
            }
            slots[varargSlot] = PyTuple.of(extra);
        } else if (co.hasVarargs()) {
            slots[varargSlot] = PyTuple.EMPTY;
        }
        PyDict kwdict = null;
        if (co.hasVarkw()) {
            kwdict = new PyDict();
            slots[kwSlot] = kwdict;
        }
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            PyObject v = args[args.length - nkw + k];
            int idx = -1;
            String[] names = co.varnames;
            for (int i = 0; i < n; i++) {
                if (names[i].equals(kw)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                if (kwdict == null) {
                    throw Py.TypeError(name + "() got an unexpected keyword argument '" + kw + "'");
                }
                kwdict.setItem(PyStr.intern(kw), v);
            } else {
                if (slots[idx] != null) {
                    throw Py.TypeError(name + "() got multiple values for keyword argument '" + kw + "'");
                }
                slots[idx] = v;
            }
        }
        if (npos < n) {
            int firstDefault = n - ndef;
            for (int i = npos; i < n; i++) {
                if (slots[i] == null) {
                    if (i >= firstDefault) {
                        slots[i] = defaults[i - firstDefault];
                    } else {
                        int given = 0;
                        for (int j = 0; j < n; j++) {
                            if (slots[j] != null) {
                                given++;
                            }
                        }
                        int m = n - ndef;
                        throw Py.TypeError(name + "() takes " + ((co.hasVarargs() || ndef > 0) ? "at least" : "exactly") + " "
                                + m + " argument" + (m == 1 ? "" : "s") + " (" + given + " given)");
                    }
                }
            }
        }
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of("<function " + name + " at " + Py.addressString(this) + ">");
    }

    @ExposedGet(name = "func_name") public PyObject func_name() { return PyStr.of(name); }
    @ExposedSet(name = "func_name") public void set_func_name(PyObject v) { setName(v); }
    @ExposedDelete(name = "func_name") public void del_func_name() { throw Py.TypeError("__name__ must be set to a string object"); }
    @ExposedGet(name = "__name__") public PyObject __name__() { return PyStr.of(name); }
    @ExposedSet(name = "__name__") public void set__name__(PyObject v) { setName(v); }
    @ExposedDelete(name = "__name__") public void del__name__() { throw Py.TypeError("__name__ must be set to a string object"); }

    private void setName(PyObject v) {
        if (!(v instanceof PyStr)) {
            throw Py.TypeError("__name__ must be set to a string object");
        }
        name = v.toString();
    }

    @ExposedGet(name = "func_doc") public PyObject func_doc() { return doc; }
    @ExposedSet(name = "func_doc") public void set_func_doc(PyObject v) { doc = v; }
    @ExposedDelete(name = "func_doc") public void del_func_doc() { doc = Py.None; }
    @ExposedGet(name = "__doc__") public PyObject __doc__() { return doc; }
    @ExposedSet(name = "__doc__") public void set__doc__(PyObject v) { doc = v; }
    @ExposedDelete(name = "__doc__") public void del__doc__() { doc = Py.None; }
    @ExposedGet(name = "func_code") public PyObject func_code() { return code; }
    @ExposedSet(name = "func_code") public void set_func_code(PyObject v) { setCode(v); }
    @ExposedGet(name = "__code__") public PyObject __code__() { return code; }
    @ExposedSet(name = "__code__") public void set__code__(PyObject v) { setCode(v); }

    private void setCode(PyObject v) {
        if (!(v instanceof PyCode c)) {
            throw Py.TypeError("__code__ must be set to a code object");
        }
        int nfree = c.freevars.length;
        int nclosure = closure == null ? 0 : closure.length;
        if (nfree != nclosure) {
            throw Py.ValueError(name + "() requires a code object with " + nclosure + " free vars, not " + nfree);
        }
        code = c;
    }

    // func_globals and func_closure (and aliases) are read-only members, as in CPython
    @ExposedSet(name = "func_globals") public void set_func_globals(PyObject v) { throw PyMethod.readonly(); }
    @ExposedDelete(name = "func_globals") public void del_func_globals() { throw PyMethod.readonly(); }
    @ExposedSet(name = "__globals__") public void set__globals__(PyObject v) { throw PyMethod.readonly(); }
    @ExposedDelete(name = "__globals__") public void del__globals__() { throw PyMethod.readonly(); }
    @ExposedSet(name = "func_closure") public void set_func_closure(PyObject v) { throw PyMethod.readonly(); }
    @ExposedDelete(name = "func_closure") public void del_func_closure() { throw PyMethod.readonly(); }
    @ExposedSet(name = "__closure__") public void set__closure__(PyObject v) { throw PyMethod.readonly(); }
    @ExposedDelete(name = "__closure__") public void del__closure__() { throw PyMethod.readonly(); }
    @ExposedGet(name = "func_globals") public PyObject func_globals() { return globals; }
    @ExposedGet(name = "__globals__") public PyObject __globals__() { return globals; }
    @ExposedGet(name = "func_closure") public PyObject func_closure() { return closure == null ? Py.None : PyTuple.of((PyObject[]) closure.clone()); }
    @ExposedGet(name = "__closure__") public PyObject __closure__() { return func_closure(); }
    @ExposedGet(name = "func_defaults") public PyObject func_defaults() { return defaults.length == 0 ? Py.None : PyTuple.of(defaults.clone()); }
    @ExposedSet(name = "func_defaults") public void set_func_defaults(PyObject v) { setDefaults(v); }
    @ExposedDelete(name = "func_defaults") public void del_func_defaults() { defaults = Py.EMPTY; }
    @ExposedGet(name = "__defaults__") public PyObject __defaults__() { return func_defaults(); }
    @ExposedSet(name = "__defaults__") public void set__defaults__(PyObject v) { setDefaults(v); }
    @ExposedDelete(name = "__defaults__") public void del__defaults__() { defaults = Py.EMPTY; }

    private void setDefaults(PyObject v) {
        if (v == Py.None) {
            defaults = Py.EMPTY;
            return;
        }
        if (!(v instanceof PyTuple t)) {
            throw Py.TypeError("func_defaults must be set to a tuple object");
        }
        defaults = t.toArray();
    }

    @ExposedGet(name = "__module__") public PyObject __module__() { return module; }
    @ExposedSet(name = "__module__") public void set__module__(PyObject v) { module = v; }
    @ExposedGet(name = "func_dict") public PyObject func_dict() { return getDict(); }
    @ExposedSet(name = "func_dict") public void set_func_dict(PyObject v) { setDictAttr(v); }
    @ExposedDelete(name = "func_dict") public void del_func_dict() { throw Py.TypeError("function's dictionary may not be deleted"); }
    @ExposedGet(name = "__dict__") public PyObject __dict__() { return getDict(); }
    @ExposedSet(name = "__dict__") public void set__dict__(PyObject v) { setDictAttr(v); }
    @ExposedDelete(name = "__dict__") public void del__dict__() { throw Py.TypeError("function's dictionary may not be deleted"); }

    private void setDictAttr(PyObject v) {
        if (!(v instanceof PyDict d)) {
            throw Py.TypeError("setting function's dictionary to a non-dict");
        }
        dict = d;
    }

    @ExposedNew
    static PyObject function_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] v = ArgParser.parse("function", args, kw, new String[] {"code", "globals", "name", "argdefs", "closure"}, 2);
        if (!(v[0] instanceof PyCode c)) {
            throw Py.TypeError("function() argument 1 must be code, not " + v[0].getType().getName());
        }
        if (!(v[1] instanceof PyDict g)) {
            throw Py.TypeError("function() argument 2 must be dict, not " + v[1].getType().getName());
        }
        PyObject name = v[2] == null ? Py.None : v[2];
        PyObject defaults = v[3] == null ? Py.None : v[3];
        PyObject closure = v[4] == null ? Py.None : v[4];
        if (name != Py.None && !(name instanceof PyStr)) {
            throw Py.TypeError("arg 3 (name) must be None or string");
        }
        if (defaults != Py.None && !(defaults instanceof PyTuple)) {
            throw Py.TypeError("arg 4 (defaults) must be None or tuple");
        }
        int nfree = c.freevars.length;
        if (!(closure instanceof PyTuple)) {
            if (nfree > 0 && closure == Py.None) {
                throw Py.TypeError("arg 5 (closure) must be tuple");
            } else if (closure != Py.None) {
                throw Py.TypeError("arg 5 (closure) must be None or tuple");
            }
        }
        PyObject[] cells = closure == Py.None ? new PyObject[0] : ((PyTuple) closure).toArray();
        if (nfree != cells.length) {
            throw Py.ValueError(c.name + " requires closure of length " + nfree + ", not " + cells.length);
        }
        PyObject[] defs = defaults == Py.None ? null : ((PyTuple) defaults).toArray();
        PyCell[] cl = null;
        if (cells.length > 0) {
            cl = new PyCell[cells.length];
            for (int i = 0; i < cells.length; i++) {
                if (!(cells[i] instanceof PyCell cell)) {
                    throw Py.TypeError("arg 5 (closure) expected cell, found " + cells[i].getType().getName());
                }
                cl[i] = cell;
            }
        }
        PyFunction f = new PyFunction(c, g, defs, cl);
        if (name != Py.None) {
            f.name = name.toString();
        }
        return f;
    }
}
