package taipan.runtime;

/** {@code instancemethod}: a function bound to an instance, or unbound (im_self None). */
@ExposedType(name = "instancemethod", subclassable = false)
public final class PyMethod extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin(PyMethod.class);

    public final PyObject func;
    /** The bound instance, or null for an unbound method. */
    public final PyObject self;
    public final PyObject cls;

    public PyMethod(PyObject func, PyObject self, PyObject cls) {
        this.func = func;
        this.self = self;
        this.cls = cls;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        if (self != null) {
            if (func instanceof PyFunction f) {
                return f.callWithSelf(self, args, kwnames);
            }
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
            return Ops.call(func, a, kwnames);
        }
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        PyObject first = npos > 0 ? args[0] : null;
        if (cls != null && cls != Py.None && (first == null || !Ops.isInstance(first, cls))) {
            String got = first == null ? "nothing" : describe(first) + " instance";
            throw Py.TypeError("unbound method " + funcName() + "() must be called with " + className(cls)
                    + " instance as first argument (got " + got + " instead)");
        }
        return Ops.call(func, args, kwnames);
    }

    private static String describe(PyObject o) {
        if (o instanceof PyInstance i) {
            return i.getInstClass().getName();
        }
        return o.getType().getName();
    }

    private static String className(PyObject c) {
        if (c instanceof PyType t) {
            return t.getName();
        }
        if (c instanceof PyClass k) {
            return k.getName();
        }
        PyObject n = Ops.getattrOrNull(c, N.__name__);
        return n == null ? "?" : n.toString();
    }

    private String funcName() {
        PyObject n = Ops.getattrOrNull(func, N.__name__);
        return n instanceof PyStr ? n.toString() : "?";
    }

    @Override
    public PyObject __get__(PyObject obj, PyObject type) {
        // an unbound method fetched through a subclass instance binds (old behaviour of 2.7)
        if (self != null || obj == null || obj == Py.None) {
            return this;
        }
        if (cls != null && cls != Py.None && type != null && !Ops.isSubclass(type, cls)) {
            return this;
        }
        return new PyMethod(func, obj, type == null ? cls : type);
    }

    @Override
    public PyObject lookupAttr(PyStr name) {
        PyObject v = Ops.genericGetAttr(this, name);
        if (v == null) {
            // unknown attributes are looked up on the function
            v = Ops.getattrOrNull(func, name);
        }
        return v;
    }

    @Override
    public void setAttr(PyStr name, PyObject value) {
        // the type's own attributes refuse with their messages; anything else is unknown
        if (getType().lookup(name) instanceof PyGetSetDescr d) {
            d.__set__(this, value);
            return;
        }
        throw Py.AttributeError("'instancemethod' object has no attribute '" + name + "'");
    }

    @Override
    public PyObject __repr__() {
        String cname = cls == null || cls == Py.None ? "?" : className(cls);
        if (self == null) {
            return PyStr.of("<unbound method " + cname + "." + funcName() + ">");
        }
        return PyStr.of("<bound method " + cname + "." + funcName() + " of " + Ops.repr(self) + ">");
    }

    @Override
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof PyMethod m)) {
            return null;
        }
        boolean same = Ops.eq(func, m.func) && (self == null ? m.self == null : m.self != null && Ops.eq(self, m.self));
        return Py.bool(same);
    }

    @Override
    public PyObject __ne__(PyObject o) {
        PyObject r = __eq__(o);
        return r == null ? null : Py.bool(r == Py.False);
    }

    @Override
    public long __hash__() {
        long h = self == null ? 0 : Ops.hash(self);
        return h ^ Ops.hash(func);
    }

    // im_func, im_self, im_class and their aliases are read-only members, as in CPython
    @ExposedSet(name = "im_func") public void set_im_func(PyObject v) { throw readonly(); }
    @ExposedDelete(name = "im_func") public void del_im_func() { throw readonly(); }
    @ExposedSet(name = "__func__") public void set__func__(PyObject v) { throw readonly(); }
    @ExposedDelete(name = "__func__") public void del__func__() { throw readonly(); }
    @ExposedSet(name = "im_self") public void set_im_self(PyObject v) { throw readonly(); }
    @ExposedDelete(name = "im_self") public void del_im_self() { throw readonly(); }
    @ExposedSet(name = "__self__") public void set__self__(PyObject v) { throw readonly(); }
    @ExposedDelete(name = "__self__") public void del__self__() { throw readonly(); }
    @ExposedSet(name = "im_class") public void set_im_class(PyObject v) { throw readonly(); }
    @ExposedDelete(name = "im_class") public void del_im_class() { throw readonly(); }

    static PyException readonly() {
        return Py.TypeError("readonly attribute");
    }

    @ExposedGet(name = "im_func") public PyObject im_func() { return func; }
    @ExposedGet(name = "__func__") public PyObject __func__() { return func; }
    @ExposedGet(name = "im_self") public PyObject im_self() { return self == null ? Py.None : self; }
    @ExposedGet(name = "__self__") public PyObject __self__() { return self == null ? Py.None : self; }
    @ExposedGet(name = "im_class") public PyObject im_class() { return cls == null ? Py.None : cls; }
    @ExposedGet(name = "__doc__") public PyObject __doc__() {
        PyObject d = Ops.getattrOrNull(func, N.__doc__);
        return d == null ? Py.None : d;
    }

    @ExposedNew
    static PyObject instancemethod_new(PyType subtype, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("instancemethod", kw);
        if (args.length < 2 || args.length > 3) {
            throw Py.TypeError("instancemethod expected 2 or 3 arguments, got " + args.length);
        }
        if (!Ops.isCallable(args[0])) {
            throw Py.TypeError("first argument must be callable");
        }
        PyObject self = args[1] == Py.None ? null : args[1];
        if (self == null && (args.length < 3 || args[2] == Py.None)) {
            throw Py.TypeError("unbound methods must have non-NULL im_class");
        }
        return new PyMethod(args[0], self, args.length == 3 ? args[2] : null);
    }
}
