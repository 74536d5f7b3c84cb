package taipan.modules.functools;

import taipan.runtime.*;

/** {@code functools.partial(func, *args, **keywords)}. */
@ExposedType(name = "functools.partial", doc = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n")
public class PyPartial extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin(PyPartial.class);

    PyObject func;
    PyTuple args = PyTuple.EMPTY;
    PyObject keywords = Py.None;
    private PyDict dict;

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @ExposedNew
    static PyObject partial_new(PyType subtype, PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (npos < 1) {
            throw Py.TypeError("type 'partial' takes at least one argument");
        }
        if (!Ops.isCallable(a[0])) {
            throw Py.TypeError("the first argument must be callable");
        }
        PyPartial p = subtype == TYPE ? new PyPartial() : new Derived(subtype);
        p.func = a[0];
        PyObject[] pos = new PyObject[npos - 1];
        System.arraycopy(a, 1, pos, 0, pos.length);
        p.args = PyTuple.of(pos);
        if (nkw > 0) {
            PyDict d = new PyDict();
            for (int i = 0; i < nkw; i++) {
                d.setItem(PyStr.intern(kw[i]), a[npos + i]);
            }
            p.keywords = d;
        }
        return p;
    }

    @Override
    public void __init__(PyObject[] args, String[] kwnames) {
    }

    @Override
    public PyObject __call__(PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        PyObject[] stored = args.array();
        PyDict kwd = null;
        if (keywords instanceof PyDict d && d.size() > 0) {
            kwd = d.copy();
        }
        if (nkw > 0) {
            if (kwd == null) {
                kwd = new PyDict();
            }
            for (int i = 0; i < nkw; i++) {
                kwd.setItem(PyStr.intern(kw[i]), a[npos + i]);
            }
        }
        int nk = kwd == null ? 0 : kwd.size();
        PyObject[] all = new PyObject[stored.length + npos + nk];
        System.arraycopy(stored, 0, all, 0, stored.length);
        System.arraycopy(a, 0, all, stored.length, npos);
        String[] names = null;
        if (kwd != null) {
            names = new String[nk];
            int i = 0;
            for (PyDict.Entry e : kwd.entries()) {
                names[i] = e.key().toString();
                all[stored.length + npos + i] = e.value();
                i++;
            }
        }
        return Ops.call(func, all, names);
    }

    @ExposedGet(name = "func", doc = "function object to use in future partial calls")
    public PyObject getFunc() {
        return func;
    }

    @ExposedGet(name = "args", doc = "tuple of arguments to future partial calls")
    public PyObject getArgs() {
        return args;
    }

    @ExposedGet(name = "keywords", doc = "dictionary of keyword arguments to future partial calls")
    public PyObject getKeywords() {
        return keywords;
    }

    @ExposedGet(name = "__dict__")
    public PyObject getDictAttr() {
        return getDict();
    }

    @ExposedSet(name = "__dict__")
    public void setDictAttr(PyObject v) {
        if (!(v instanceof PyDict d)) {
            throw Py.TypeError("setting partial object's dictionary to a non-dict");
        }
        dict = d;
    }

    @ExposedMethod
    public PyObject __reduce__() {
        return PyTuple.of(getType(), PyTuple.of(func), PyTuple.of(func, args, keywords,
                dict == null || dict.size() == 0 ? Py.None : dict));
    }

    @ExposedMethod
    public PyObject __setstate__(PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 4) {
            throw Py.TypeError("invalid partial state");
        }
        func = t.get(0);
        args = PyTuple.fromIterable(t.get(1));
        keywords = t.get(2);
        dict = t.get(3) instanceof PyDict d ? d : null;
        return Py.None;
    }

    /** An instance of a Python subclass of partial. */
    public static final class Derived extends PyPartial implements taipan.runtime.Derived {
        private PyType type;
        private final PyObject[] slots;

        public Derived(PyType type) {
            this.type = type;
            this.slots = taipan.runtime.Derived.slotsFor(type);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public void setDict(PyDict dict) { setDictAttr(dict); }
        @Override public PyObject[] getSlots() { return slots; }
    }
}
