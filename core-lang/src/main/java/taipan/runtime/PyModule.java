package taipan.runtime;

/** {@code module}: a namespace backed by its dict (the module's globals). */
@ExposedType(name = "module")
public class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyModule.class);

    private final PyDict dict;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        if (name != null) {
            dict.setItem(N.__name__, PyStr.of(name));
            if (dict.getItem(N.__doc__) == null) {
                dict.setItem(N.__doc__, Py.None);
            }
            if (dict.getItem(N.__package__) == null) {
                dict.setItem(N.__package__, Py.None);
            }
        }
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
        PyObject n = dict.getItem(N.__name__);
        return n instanceof PyStr s ? s.toString() : "?";
    }

    /** Sets a module attribute from Java. */
    public void set(String name, PyObject value) {
        dict.setItem(PyStr.intern(name), value);
    }

    public PyObject get(String name) {
        return dict.getItem(PyStr.intern(name));
    }

    @Override
    public PyObject lookupAttr(PyStr name) {
        PyObject v = dict.getItem(name);
        if (v != null) {
            return v;
        }
        return Ops.genericGetAttr(this, name);
    }

    @Override
    public void setAttr(PyStr name, PyObject value) {
        PyObject descr = getType().lookup(name);
        if (descr != null && Ops.isDataDescriptor(descr)) {
            Ops.set(descr, this, value);
            return;
        }
        dict.setItem(name, value);
    }

    @Override
    public void delAttr(PyStr name) {
        if (!dict.delItemIfPresent(name)) {
            throw Py.AttributeError(name.toString());
        }
    }

    @ExposedNew
    static PyObject module_new(PyType subtype, PyObject[] args, String[] kw) {
        return subtype == TYPE ? new PyModule(null) : new Derived(subtype);
    }

    private static final String[] INIT_PARAMS = {"name", "doc"};

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        PyObject[] v = ArgParser.parse("module", args, kw, INIT_PARAMS, 1);
        if (!(v[0] instanceof PyStr)) {
            throw Py.TypeError("module.__init__() argument 1 must be string, not " + v[0].getType().getName());
        }
        dict.setItem(N.__name__, v[0]);
        dict.setItem(N.__doc__, v[1] == null ? Py.None : v[1]);
    }

    @Override
    public PyObject __repr__() {
        PyObject name = dict.getItem(N.__name__);
        String n = name instanceof PyStr ? name.toString() : "?";
        PyObject file = dict.getItem(N.__file__);
        if (file instanceof PyStr) {
            return PyStr.of("<module '" + n + "' from '" + file + "'>");
        }
        return PyStr.of("<module '" + n + "' (built-in)>");
    }

    @ExposedGet(name = "__dict__")
    public PyObject get_dict() {
        return dict;
    }

    /** An instance of a Python subclass of module. */
    public static final class Derived extends PyModule implements taipan.runtime.Derived {
        private PyType type;
        private final PyObject[] slots;

        public Derived(PyType type) {
            super(null);
            this.type = type;
            this.slots = taipan.runtime.Derived.slotsFor(type);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public void setDict(PyDict dict) { throw Py.TypeError("readonly attribute"); }
        @Override public PyObject[] getSlots() { return slots; }
    }
}
