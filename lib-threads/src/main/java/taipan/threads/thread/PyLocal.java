package taipan.threads.thread;

import taipan.runtime.*;

/**
 * {@code thread._local}: an object whose attributes are per thread. Each thread sees its
 * own instance dict; a thread touching the object for the first time gets a fresh dict and,
 * for a subclass defining {@code __init__}, a call of it with the constructor's arguments.
 */
@ExposedType(name = "thread._local", doc = "Thread-local data")
public class PyLocal extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyLocal.class);

    private final ThreadLocal<PyDict> dicts = new ThreadLocal<>();
    private PyObject[] initArgs = new PyObject[0];
    private String[] initKw;

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject local_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject init = subtype.lookup(N.__init__);
        if (args.length > 0 && (init == PyType.OBJECT.lookup(N.__init__) || init == TYPE.lookup(N.__init__))) {
            throw Py.TypeError("Initialization arguments are not supported");
        }
        PyLocal l = subtype == TYPE ? new PyLocal() : new Derived(subtype);
        l.initArgs = args.clone();
        l.initKw = kw == null ? null : kw.clone();
        l.dicts.set(new PyDict()); // the creating thread: __init__ follows as for any object
        return l;
    }

    @Override
    public void __init__(PyObject[] args, String[] kwnames) {
        // the arguments were checked by __new__
    }

    @Override
    public PyDict getDict() {
        PyDict d = dicts.get();
        if (d == null) {
            d = new PyDict();
            dicts.set(d);
            PyObject init = getType().lookup(N.__init__);
            if (init != PyType.OBJECT.lookup(N.__init__) && init != TYPE.lookup(N.__init__)) {
                PyObject bound = init.__get__(this, getType());
                try {
                    Ops.call(bound, initArgs, initKw);
                } catch (PyException e) {
                    dicts.remove();
                    throw e;
                }
            }
        }
        return d;
    }

    @ExposedGet(name = "__dict__")
    public PyObject dictGet() {
        return getDict();
    }

    /** Instances of Python subclasses of _local. */
    public static final class Derived extends PyLocal implements taipan.runtime.Derived {
        private PyType type;
        private final PyObject[] slots;

        public Derived(PyType type) {
            this.type = type;
            this.slots = taipan.runtime.Derived.slotsFor(type);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public void setDict(PyDict dict) { throw Py.AttributeError("'" + type.getName() + "' object attribute '__dict__' is read-only"); }
        @Override public PyObject[] getSlots() { return slots; }
    }
}
