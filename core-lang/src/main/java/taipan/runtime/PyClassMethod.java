package taipan.runtime;

/** {@code classmethod}. */
@ExposedType(name = "classmethod")
public class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyClassMethod.class);

    private PyObject callable;

    public PyClassMethod(PyObject callable) {
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
            throw Py.RuntimeError("uninitialized classmethod object");
        }
        if (type == null || type == Py.None) {
            type = obj.getType();
        }
        return new PyMethod(callable, type, type.getType());
    }

    @ExposedGet(name = "__func__")
    public PyObject getFunc() {
        return callable;
    }

    @ExposedNew
    static PyObject classmethod_new(PyType subtype, PyObject[] args, String[] kw) {
        return subtype == TYPE ? new PyClassMethod(null) : new Derived(subtype);
    }

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError("classmethod does not take keyword arguments");
        }
        if (args.length != 1) {
            throw Py.TypeError("classmethod expected 1 arguments, got " + args.length);
        }
        if (!Ops.isCallable(args[0])) {
            throw Py.TypeError("'" + args[0].getType().getName() + "' object is not callable");
        }
        callable = args[0];
    }

    /** An instance of a Python subclass of classmethod. */
    public static final class Derived extends PyClassMethod implements taipan.runtime.Derived {
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
