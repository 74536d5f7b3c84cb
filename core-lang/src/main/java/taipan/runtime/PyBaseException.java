package taipan.runtime;

/**
 * Instances of BaseException and of every exception class (builtin or Python-defined)
 * whose solid base is BaseException. Builtin exception classes with extra attributes
 * have their own Java subclass (EnvironmentError, SyntaxError, SystemExit, KeyError,
 * the UnicodeErrors).
 */
@ExposedType(name = "exceptions.BaseException", doc = "Common base class for all exceptions")
public class PyBaseException extends PyObject implements Derived {
    public static final PyType TYPE = PyType.builtin(PyBaseException.class);

    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;
    public PyTuple args = PyTuple.EMPTY;
    public PyObject message = PyStr.EMPTY;

    public PyBaseException(PyType type) {
        this.type = type;
        this.slots = Derived.slotsFor(type);
    }

    @Override public PyType getType() { return type; }
    @Override public void setType(PyType type) { this.type = type; }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override public void setDict(PyDict dict) { this.dict = dict; }
    @Override public PyObject[] getSlots() { return slots; }

    /** Sets the arguments as BaseException.__init__ does (subclasses add their fields). */
    public void initArgs(PyObject[] a) {
        args = PyTuple.of(a.clone());
        if (a.length == 1) {
            message = a[0];
        }
    }

    @ExposedNew
    static PyObject BaseException_new(PyType subtype, PyObject[] a, String[] kw) {
        PyBaseException e = (PyBaseException) subtype.newInstance();
        int n = a.length - (kw == null ? 0 : kw.length);
        PyObject[] pos = new PyObject[n];
        System.arraycopy(a, 0, pos, 0, n);
        e.args = PyTuple.of(pos);
        return e;
    }

    @Override
    public void __init__(PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError(getType().getName() + " does not take keyword arguments");
        }
        initArgs(a);
    }

    @Override
    public PyObject __str__() {
        switch (args.size()) {
            case 0: return PyStr.EMPTY;
            case 1: return Ops.str(args.get(0));
            default: return Ops.str(args);
        }
    }

    @ExposedMethod
    public PyObject __unicode__() {
        // as CPython (issue6108): a class whose __str__ is not BaseException's own gets
        // unicode(its __str__()), and that __str__'s errors propagate
        PyObject str = getType().lookup(N.__str__);
        if (str != null && str != TYPE.lookup(N.__str__)) {
            return Ops.unicode(Ops.callMethod(str, this));
        }
        switch (args.size()) {
            case 0: return PyUnicode.EMPTY;
            case 1: return Ops.unicode(args.get(0));
            default: return Ops.unicode(args);
        }
    }

    @Override
    public PyObject __repr__() {
        String name = getType().getName();
        String r = Ops.repr(args).toString();
        return PyStr.of(name + (args.size() == 1 ? r : r));
    }

    @Override
    public PyObject __getitem__(PyObject index) {
        return args.__getitem__(index);
    }

    @ExposedMethod
    public PyObject __getslice__(PyObject i, PyObject j) {
        return Ops.getslice(args, i, j);
    }

    @ExposedMethod
    public PyObject __reduce__() {
        if (dict != null && dict.size() > 0) {
            return PyTuple.of(getType(), args, dict);
        }
        return PyTuple.of(getType(), args);
    }

    @ExposedMethod
    public PyObject __setstate__(PyObject state) {
        if (state != Py.None) {
            if (!(state instanceof PyDict d)) {
                throw Py.TypeError("state is not a dictionary");
            }
            for (PyObject k : d.keysList()) {
                Ops.setattr(this, k, d.getItem(k));
            }
        }
        return Py.None;
    }

    @ExposedGet(name = "args")
    public PyObject getArgs() {
        return args;
    }

    @ExposedSet(name = "args")
    public void setArgs(PyObject v) {
        args = PyTuple.fromIterable(v);
    }

    @ExposedGet(name = "message")
    public PyObject getMessage() {
        if (dict != null) {
            PyObject m = dict.getItem(PyStr.intern("message"));
            if (m != null) {
                return m;
            }
        }
        return message;
    }

    @ExposedSet(name = "message")
    public void setMessage(PyObject v) {
        getDict().setItem(PyStr.intern("message"), v);
    }

    @ExposedDelete(name = "message")
    public void delMessage() {
        if (dict != null && dict.getItem(PyStr.intern("message")) != null) {
            dict.delItem(PyStr.intern("message"));
            return;
        }
        throw Py.AttributeError("message attribute was deleted");
    }

    @ExposedGet(name = "__dict__")
    public PyObject getDictAttr() {
        return getDict();
    }

    @ExposedSet(name = "__dict__")
    public void setDictAttr(PyObject v) {
        if (!(v instanceof PyDict d)) {
            throw Py.TypeError("__dict__ must be a dictionary");
        }
        dict = d;
    }
}
