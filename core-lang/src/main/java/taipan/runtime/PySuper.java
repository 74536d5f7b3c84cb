package taipan.runtime;

/**
 * {@code super}: attribute lookup along the MRO of {@code __self_class__}, starting after
 * {@code __thisclass__}. Bound ({@code super(C, obj)}, {@code super(C, C2)}) or unbound
 * ({@code super(C)}, bound later through {@code __get__}).
 */
@ExposedType(name = "super", doc = "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
        + "super(type) -> unbound super object\n"
        + "super(type, type2) -> bound super object; requires issubclass(type2, type)\n"
        + "Typical use to call a cooperative superclass method:\n"
        + "class C(B):\n"
        + "    def meth(self, arg):\n"
        + "        super(C, self).meth(arg)")
public class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin(PySuper.class);

    private static final PyStr CLASS = PyStr.intern("__class__");

    /** The three fields are set together by {@link #init}; a super object is immutable after that. */
    private volatile State state = State.EMPTY;

    private record State(PyType type, PyObject obj, PyType objType) {
        static final State EMPTY = new State(null, null, null);
    }

    public PySuper() {}

    /** {@code super(type, obj)} from Java; obj may be null (unbound). */
    public PySuper(PyType type, PyObject obj) {
        init(type, obj);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private void init(PyType type, PyObject obj) {
        if (obj == Py.None) {
            obj = null;
        }
        PyType objType = obj == null ? null : check(type, obj);
        state = new State(type, obj, objType);
    }

    /**
     * The type whose MRO is searched: obj itself when it is a subclass of type, else the
     * class of the instance obj (also its {@code __class__}, for proxies).
     */
    static PyType check(PyType type, PyObject obj) {
        if (obj instanceof PyType t && t.isSubtypeOf(type)) {
            return t;
        }
        PyType ot = obj.getType();
        if (ot.isSubtypeOf(type)) {
            return ot;
        }
        PyObject cls;
        try {
            cls = Ops.getattrOrNull(obj, CLASS);
        } catch (PyException e) {
            cls = null;
        }
        if (cls instanceof PyType ct && ct != ot && ct.isSubtypeOf(type)) {
            return ct;
        }
        throw Py.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }

    @ExposedNew
    static PyObject super_new(PyType subtype, PyObject[] args, String[] kw) {
        return subtype == TYPE ? new PySuper() : new Derived(subtype);
    }

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError("super does not take keyword arguments");
        }
        int n = args.length;
        if (n < 1 || n > 2) {
            throw Py.TypeError("super() takes " + (n < 1 ? "at least 1 argument" : "at most 2 arguments") + " (" + n + " given)");
        }
        if (!(args[0] instanceof PyType t)) {
            throw Py.TypeError("super() argument 1 must be type, not "
                    + (args[0] == Py.None ? "None" : args[0].getType().getName()));
        }
        init(t, n > 1 ? args[1] : null);
    }

    @Override
    public PyObject lookupAttr(PyStr name) {
        State s = state;
        if (s.objType != null && !name.equals(CLASS)) {
            PyObject[] mro = s.objType.getMro();
            int n = mro.length;
            int i = 0;
            while (i < n && mro[i] != s.type) {
                i++;
            }
            for (i++; i < n; i++) {
                PyObject c = mro[i];
                PyDict d;
                if (c instanceof PyType t) {
                    d = t.getDict();
                } else if (c instanceof PyClass k) {
                    d = k.getDict();
                } else {
                    continue;
                }
                PyObject res = d.getItem(name);
                if (res != null) {
                    if (Ops.hasGet(res)) {
                        // only instance-mode super passes the object (classmethods get the class)
                        return Ops.get(res, s.obj == s.objType ? null : s.obj, s.objType);
                    }
                    return res;
                }
            }
        }
        return Ops.genericGetAttr(this, name);
    }

    @Override
    public PyObject __get__(PyObject obj, PyObject type) {
        State s = state;
        if (obj == null || obj == Py.None || s.obj != null) {
            return this;
        }
        if (getType() != TYPE) {
            // a subclass of super: call its type
            return Ops.call(getType(), s.type == null ? Py.None : s.type, obj);
        }
        PySuper r = new PySuper();
        r.state = new State(s.type, obj, check(s.type, obj));
        return r;
    }

    private static String tpName(PyType t) {
        return t.isHeap() ? t.getName() : t.qualifiedName();
    }

    @Override
    public PyObject __repr__() {
        State s = state;
        String type = s.type == null ? "NULL" : tpName(s.type);
        if (s.objType != null) {
            return PyStr.of("<super: <class '" + type + "'>, <" + tpName(s.objType) + " object>>");
        }
        return PyStr.of("<super: <class '" + type + "'>, NULL>");
    }

    @ExposedGet(name = "__thisclass__", doc = "the class invoking super()")
    public PyObject getThisClass() {
        PyType t = state.type;
        return t == null ? Py.None : t;
    }

    @ExposedGet(name = "__self__", doc = "the instance invoking super(); may be None")
    public PyObject getSelf() {
        PyObject o = state.obj;
        return o == null ? Py.None : o;
    }

    @ExposedGet(name = "__self_class__", doc = "the type of the instance invoking super(); may be None")
    public PyObject getSelfClass() {
        PyType t = state.objType;
        return t == null ? Py.None : t;
    }

    /** An instance of a Python subclass of super. */
    public static final class Derived extends PySuper implements taipan.runtime.Derived {
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
