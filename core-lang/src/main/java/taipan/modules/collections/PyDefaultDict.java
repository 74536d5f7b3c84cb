package taipan.modules.collections;

import taipan.runtime.*;

/** {@code collections.defaultdict}: a dict calling default_factory for missing keys. */
@ExposedType(name = "collections.defaultdict", base = PyDict.class, unhashable = true, doc = "defaultdict(default_factory[, ...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n")
public class PyDefaultDict extends PyDict {
    public static final PyType TYPE = PyType.builtin(PyDefaultDict.class);

    PyObject defaultFactory = Py.None;

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject defaultdict_new(PyType subtype, PyObject[] args, String[] kw) {
        return subtype == TYPE ? new PyDefaultDict() : new Derived(subtype);
    }

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject[] rest = args;
        if (npos > 0) {
            PyObject f = args[0];
            if (f != Py.None && !Ops.isCallable(f)) {
                throw Py.TypeError("first argument must be callable");
            }
            defaultFactory = f;
            rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
        }
        super.__init__(rest, kw);
    }

    @ExposedMethod(doc = "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n")
    public PyObject __missing__(PyObject key) {
        if (defaultFactory == Py.None) {
            throw Py.KeyError(key);
        }
        PyObject v = Ops.call(defaultFactory);
        Ops.setitem(this, key, v);
        return v;
    }

    @ExposedGet(name = "default_factory", doc = "Factory for default value called by __missing__().")
    public PyObject getFactory() {
        return defaultFactory;
    }

    @ExposedSet(name = "default_factory")
    public void setFactory(PyObject f) {
        defaultFactory = f;
    }

    @ExposedMethod(names = {"copy", "__copy__"}, doc = "D.copy() -> a shallow copy of D.")
    public PyObject copyDefault() {
        PyObject d = Ops.call(getType(), defaultFactory, this);
        return d;
    }

    @ExposedMethod(doc = "Return state information for pickling.")
    public PyObject __reduce__() {
        PyObject args = defaultFactory == Py.None ? PyTuple.EMPTY : PyTuple.of(defaultFactory);
        return PyTuple.of(getType(), args, Py.None, Py.None, Ops.invoke(this, "iteritems"));
    }

    @Override
    public PyObject __repr__() {
        String factory;
        if (defaultFactory == Py.None) {
            factory = "None";
        } else if (!ReprGuard.enter(defaultFactory)) {
            factory = "...";
        } else {
            try {
                factory = Ops.repr(defaultFactory).toString();
            } finally {
                ReprGuard.exit(defaultFactory);
            }
        }
        return PyStr.of("defaultdict(" + factory + ", " + super.__repr__() + ")");
    }

    /** An instance of a Python subclass of defaultdict. */
    public static final class Derived extends PyDefaultDict implements taipan.runtime.Derived {
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
