package taipan.runtime;

/** {@code property(fget, fset, fdel, doc)}. */
@ExposedType(name = "property")
public class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyProperty.class);

    PyObject fget = Py.None, fset = Py.None, fdel = Py.None, doc = Py.None;
    private boolean docFromGetter;

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject property_new(PyType subtype, PyObject[] args, String[] kw) {
        return subtype == TYPE ? new PyProperty() : new Derived(subtype);
    }

    private static final String[] PARAMS = {"fget", "fset", "fdel", "doc"};

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        PyObject[] v = ArgParser.parse("property", args, kw, PARAMS, 0);
        fget = v[0] == null ? Py.None : v[0];
        fset = v[1] == null ? Py.None : v[1];
        fdel = v[2] == null ? Py.None : v[2];
        doc = v[3] == null ? Py.None : v[3];
        if (doc == Py.None && fget != Py.None) {
            PyObject d = Ops.getattrOrNull(fget, N.__doc__);
            if (d != null) {
                if (getType() == TYPE) {
                    doc = d;
                } else {
                    // property_init: a subclass gets it in its instance __dict__, where the class'
                    // own __doc__ does not shadow it (no __dict__: AttributeError)
                    Ops.setattr(this, N.__doc__, d);
                }
                docFromGetter = true;
            }
        }
    }

    @Override
    public PyObject __get__(PyObject obj, PyObject type) {
        if (obj == null || obj == Py.None) {
            return this;
        }
        if (fget == Py.None) {
            throw Py.AttributeError("unreadable attribute");
        }
        return Ops.call(fget, obj);
    }

    @Override
    public void __set__(PyObject obj, PyObject value) {
        if (fset == Py.None) {
            throw Py.AttributeError("can't set attribute");
        }
        Ops.call(fset, obj, value);
    }

    @Override
    public void __delete__(PyObject obj) {
        if (fdel == Py.None) {
            throw Py.AttributeError("can't delete attribute");
        }
        Ops.call(fdel, obj);
    }

    private PyObject copyWith(PyObject get, PyObject set, PyObject del) {
        PyObject d = docFromGetter ? Py.None : doc;
        PyObject type = getType();
        return Ops.call(type, get == null ? Py.None : get, set == null ? Py.None : set, del == null ? Py.None : del, d);
    }

    @ExposedMethod(doc = "Descriptor to change the getter on a property.")
    public PyObject getter(PyObject f) {
        return copyWith(f, fset, fdel);
    }

    @ExposedMethod(doc = "Descriptor to change the setter on a property.")
    public PyObject setter(PyObject f) {
        return copyWith(fget, f, fdel);
    }

    @ExposedMethod(doc = "Descriptor to change the deleter on a property.")
    public PyObject deleter(PyObject f) {
        return copyWith(fget, fset, f);
    }

    @ExposedGet(name = "fget") public PyObject getFget() { return fget; }
    @ExposedGet(name = "fset") public PyObject getFset() { return fset; }
    @ExposedGet(name = "fdel") public PyObject getFdel() { return fdel; }
    @ExposedGet(name = "__doc__") public PyObject getDoc() { return doc; }
    @ExposedSet(name = "__doc__") public void setDoc(PyObject v) { doc = v; }

    /** An instance of a Python subclass of property. */
    public static final class Derived extends PyProperty implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
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
