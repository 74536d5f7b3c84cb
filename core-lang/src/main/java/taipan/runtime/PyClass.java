package taipan.runtime;

/** An old-style ("classic") class: {@code classobj}. */
@ExposedType(name = "classobj", subclassable = false)
public final class PyClass extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin(PyClass.class);

    private String name;
    private PyClass[] bases;
    private PyDict dict;
    // cached hooks, recomputed when the class or a base changes (rarely)
    PyObject getattrHook, setattrHook, delattrHook;

    public PyClass(String name, PyClass[] bases, PyDict dict) {
        this.name = name;
        this.bases = bases;
        this.dict = dict;
        if (dict.getItem(N.__doc__) == null) {
            dict.setItem(N.__doc__, Py.None);
        }
        refreshHooks();
    }

    /** {@code classobj(name, bases, dict)} as the class statement calls it. */
    public static PyObject create(PyObject name, PyObject bases, PyObject dict) {
        if (!(name instanceof PyStr)) {
            throw Py.TypeError("PyClass_New: name must be a string");
        }
        if (!(dict instanceof PyDict d)) {
            throw Py.TypeError("PyClass_New: dict must be a dictionary");
        }
        if (!(bases instanceof PyTuple bt)) {
            throw Py.TypeError("PyClass_New: bases must be a tuple");
        }
        PyClass[] bs = new PyClass[bt.size()];
        for (int i = 0; i < bs.length; i++) {
            if (!(bt.get(i) instanceof PyClass c)) {
                PyObject b = bt.get(i);
                if (Ops.isCallable(b.getType())) {
                    return Ops.call(b.getType(), name, bases, dict);
                }
                throw Py.TypeError("PyClass_New: base must be a class");
            }
            bs[i] = c;
        }
        return new PyClass(name.toString(), bs, d);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public String getName() {
        return name;
    }

    public PyClass[] getBases() {
        return bases;
    }

    void refreshHooks() {
        getattrHook = lookup(N.__getattr__);
        setattrHook = lookup(N.__setattr__);
        delattrHook = lookup(N.__delattr__);
    }

    /** Depth-first, left-to-right lookup through the bases. */
    public PyObject lookup(PyStr n) {
        PyObject v = dict.getItem(n);
        if (v != null) {
            return v;
        }
        for (PyClass b : bases) {
            v = b.lookup(n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubclassOf(PyClass other) {
        if (this == other) {
            return true;
        }
        for (PyClass b : bases) {
            if (b.isSubclassOf(other)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject lookupAttr(PyStr n) {
        String s = n.toString();
        if (s.startsWith("__")) {
            switch (s) {
                case "__dict__": return dict;
                case "__bases__": return PyTuple.of((PyObject[]) bases.clone());
                case "__name__": return PyStr.of(name);
                default: break;
            }
        }
        PyObject v = lookup(n);
        if (v == null) {
            return null;
        }
        if (v instanceof PyFunction f) {
            return new PyMethod(f, null, this);
        }
        return Ops.hasGet(v) ? Ops.get(v, null, this) : v;
    }

    @Override
    public void setAttr(PyStr n, PyObject value) {
        String s = n.toString();
        if (s.startsWith("__") && s.endsWith("__")) {
            switch (s) {
                case "__dict__":
                    if (!(value instanceof PyDict d)) {
                        throw Py.TypeError("__dict__ must be a dictionary object");
                    }
                    dict = d;
                    refreshHooks();
                    return;
                case "__bases__":
                    if (!(value instanceof PyTuple t)) {
                        throw Py.TypeError("__bases__ must be a tuple object");
                    }
                    PyClass[] bs = new PyClass[t.size()];
                    for (int i = 0; i < bs.length; i++) {
                        if (!(t.get(i) instanceof PyClass c)) {
                            throw Py.TypeError("__bases__ items must be classes");
                        }
                        if (c.isSubclassOf(this)) {
                            throw Py.TypeError("a __bases__ item causes an inheritance cycle");
                        }
                        bs[i] = c;
                    }
                    bases = bs;
                    refreshHooks();
                    return;
                case "__name__":
                    if (!(value instanceof PyStr)) {
                        throw Py.TypeError("__name__ must be a string object");
                    }
                    name = value.toString();
                    return;
                default:
                    break;
            }
        }
        dict.setItem(n, value);
        if (s.equals("__getattr__") || s.equals("__setattr__") || s.equals("__delattr__")) {
            refreshHooks();
        }
    }

    @Override
    public void delAttr(PyStr n) {
        if (!dict.delItemIfPresent(n)) {
            throw Py.AttributeError("class " + name + " has no attribute '" + n + "'");
        }
        refreshHooks();
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        PyInstance inst = new PyInstance(this);
        PyObject init = lookup(N.__init__);
        if (init == null) {
            int npos = args.length - (kwnames == null ? 0 : kwnames.length);
            if (npos > 0 || (kwnames != null && kwnames.length > 0)) {
                throw Py.TypeError("this constructor takes no arguments");
            }
            return inst;
        }
        PyObject r = Ops.callMethod(init, inst, args, kwnames);
        if (r != Py.None) {
            throw Py.TypeError("__init__() should return None");
        }
        return inst;
    }

    @Override
    public PyObject __repr__() {
        PyObject mod = dict.getItem(N.__module__);
        if (mod instanceof PyStr) {
            return PyStr.of("<class " + mod + "." + name + " at " + Py.addressString(this) + ">");
        }
        return PyStr.of("<class ?." + name + " at " + Py.addressString(this) + ">");
    }

    @Override
    public PyObject __str__() {
        PyObject mod = dict.getItem(N.__module__);
        if (mod instanceof PyStr) {
            return PyStr.of(mod + "." + name);
        }
        return PyStr.of(name);
    }

    @ExposedNew
    static PyObject classobj_new(PyType subtype, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("classobj", kw);
        if (args.length != 3) {
            throw Py.TypeError("classobj() takes exactly 3 arguments (" + args.length + " given)");
        }
        return create(args[0], args[1], args[2]);
    }
}
