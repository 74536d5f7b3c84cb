package taipan.runtime;

/** {@code staticmethod}. */
@ExposedType(name = "staticmethod")
public class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyStaticMethod.class);

    private PyObject callable;

    public PyStaticMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public PyObject getCallable() {
        return callable;
    }

    @Override
    public PyObject __get__(PyObject obj, PyObject type) {
        if (callable == null) {
            throw Py.RuntimeError("uninitialized staticmethod object");
        }
        return callable;
    }

    @ExposedGet(name = "__func__")
    public PyObject getFunc() {
        return callable;
    }

    @ExposedNew
    static PyObject staticmethod_new(PyType subtype, PyObject[] args, String[] kw) {
        PyStaticMethod sm = subtype == TYPE ? new PyStaticMethod(null) : new Derived(subtype);
        return sm;
    }

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError("staticmethod does not take keyword arguments");
        }
        if (args.length != 1) {
            throw Py.TypeError("staticmethod expected 1 arguments, got " + args.length);
        }
        callable = args[0];
    }

    /** An instance of a Python subclass of staticmethod. */
    public static final class Derived extends PyStaticMethod implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
            super(null);
            this.type = type;
            this.dict = taipan.runtime.Derived.dictFor(type);
            this.slots = taipan.runtime.Derived.slotsFor(type);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public PyDict getDict() { return dict; }
        @Override public void setDict(PyDict dict) { this.dict = dict; }
        @Override public PyObject[] getSlots() { return slots; }
    }
}
