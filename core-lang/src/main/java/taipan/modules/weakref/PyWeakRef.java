package taipan.modules.weakref;

import taipan.runtime.*;

/** {@code weakref.ref} (ReferenceType): calling it returns the referent or None. */
@ExposedType(name = "weakref")
public class PyWeakRef extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyWeakRef.class);

    private WeakRefs.Ref ref;
    PyObject callback;
    private long hash;
    private boolean hashed;

    @Override
    public PyType getType() {
        return TYPE;
    }

    void bind(PyObject referent, PyObject cb) {
        callback = cb == null || cb == Py.None ? null : cb;
        ref = new WeakRefs.Ref(referent, this, callback);
        WeakRefs.register(referent, this);
    }

    /** The referent, or null once it is gone. */
    public PyObject get() {
        return ref == null ? null : ref.get();
    }

    @ExposedNew
    static PyObject weakref_new(PyType subtype, PyObject[] args, String[] kw) {
        int n = args.length - (kw == null ? 0 : kw.length);
        if (subtype == TYPE) {
            ArgParser.noKeywords("weakref", kw);
            if (n < 1 || n > 2) {
                throw Py.TypeError(n < 1 ? "__new__ expected at least 1 arguments, got 0"
                        : "__new__ expected at most 2 arguments, got " + n);
            }
        } else if (n < 1) {
            throw Py.TypeError("__new__ expected at least 1 arguments, got 0");
        }
        PyObject referent = args[0];
        WeakRefs.checkReferent(referent);
        PyObject cb = n > 1 ? args[1] : Py.None;
        if (subtype == TYPE && cb == Py.None) {
            PyObject existing = WeakRefs.existing(referent, PyWeakRef.class);
            if (existing != null) {
                return existing;
            }
        }
        PyWeakRef r = subtype == TYPE ? new PyWeakRef() : new Derived(subtype);
        r.bind(referent, cb);
        return r;
    }

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        // all done in __new__ (subclasses may pass extra arguments to their own __init__)
        int n = args.length - (kw == null ? 0 : kw.length);
        if (n < 1) {
            throw Py.TypeError("__init__ expected at least 1 arguments, got " + n);
        }
        if (n > 2) {
            throw Py.TypeError("__init__ expected at most 2 arguments, got " + n);
        }
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("weakref", kw);
        if (args.length != 0) {
            throw Py.TypeError("__call__() takes exactly 0 arguments (" + args.length + " given)");
        }
        PyObject o = get();
        return o == null ? Py.None : o;
    }

    @Override
    public long __hash__() {
        if (hashed) {
            return hash;
        }
        PyObject o = get();
        if (o == null) {
            throw Py.TypeError("weak object has gone away");
        }
        hash = Ops.hash(o);
        hashed = true;
        return hash;
    }

    private PyObject compare(PyObject other, boolean eq) {
        if (!(other instanceof PyWeakRef w)) {
            return null;
        }
        PyObject a = get(), b = w.get();
        if (a == null || b == null) {
            return Py.bool((this == other) == eq);
        }
        return Ops.richCompare(a, b, eq ? CompareOp.EQ : CompareOp.NE);
    }

    @Override
    public PyObject __eq__(PyObject other) {
        return compare(other, true);
    }

    @Override
    public PyObject __ne__(PyObject other) {
        return compare(other, false);
    }

    @Override
    public PyObject __repr__() {
        PyObject o = get();
        if (o == null) {
            return PyStr.of("<weakref at " + Py.addressString(this) + "; dead>");
        }
        PyObject name = Ops.getattrOrNull(o, N.__name__);
        String type = o instanceof PyInstance i ? i.getInstClass().getName() : o.getType().getName();
        if (name instanceof PyStr) {
            return PyStr.of("<weakref at " + Py.addressString(this) + "; to '" + type + "' at " + Py.addressString(o)
                    + " (" + name + ")>");
        }
        return PyStr.of("<weakref at " + Py.addressString(this) + "; to '" + type + "' at " + Py.addressString(o) + ">");
    }

    /** An instance of a Python subclass of weakref (e.g. weakref.KeyedRef). */
    public static final class Derived extends PyWeakRef implements taipan.runtime.Derived {
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
