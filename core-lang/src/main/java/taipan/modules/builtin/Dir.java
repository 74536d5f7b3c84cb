package taipan.modules.builtin;

import java.util.Arrays;

import taipan.runtime.*;

/** {@code dir()}: CPython 2.7's PyObject_Dir, for each kind of object. */
final class Dir {
    private Dir() {}

    /** dir() without argument: the keys of the current locals mapping. */
    static PyObject locals(PyFrame f) {
        if (f == null) {
            throw Py.SystemError("frame does not exist");
        }
        PyObject locals = f.getLocals();
        PyObject names = locals instanceof PyDict d && locals.getClass() == PyDict.class
                ? new PyList(d.keysList()) : Ops.invoke(locals, "keys");
        if (!(names instanceof PyList)) {
            throw Py.TypeError("dir(): expected keys() of locals to be a list, not '" + Args.typeName(names) + "'");
        }
        return names;
    }

    /** dir(obj), unsorted. */
    static PyObject object(PyObject obj) {
        PyObject dirfunc = null;
        if (obj instanceof PyInstance) {
            try {
                dirfunc = Ops.getattrOrNull(obj, N.__dir__);
            } catch (PyException e) {
                if (!e.matches(Exceptions.AttributeError)) {
                    throw e;
                }
            }
        } else {
            PyObject m = obj.getType().lookup(N.__dir__);
            if (m != null) {
                dirfunc = Ops.hasGet(m) ? Ops.get(m, obj, obj.getType()) : m;
            }
        }
        if (dirfunc != null) {
            PyObject r = Ops.call(dirfunc);
            if (!(r instanceof PyList)) {
                throw Py.TypeError("__dir__() must return a list, not " + Args.typeName(r));
            }
            return r;
        }
        if (obj instanceof PyModule mod) {
            PyObject d = Ops.getattr(obj, N.__dict__);
            if (!(d instanceof PyDict dd)) {
                throw Py.TypeError(mod.getName() + ".__dict__ is not a dictionary");
            }
            return new PyList(dd.keysList());
        }
        PyDict dict;
        if (obj instanceof PyType || obj instanceof PyClass) {
            dict = new PyDict();
            mergeClassDict(dict, obj);
        } else {
            PyObject d = getOrNull(obj, N.__dict__);
            dict = d instanceof PyDict dd ? dd.copy() : new PyDict();
            mergeListAttr(dict, obj, N.__members__);
            mergeListAttr(dict, obj, N.__methods__);
            PyObject cls = getOrNull(obj, N.__class__);
            if (cls != null) {
                mergeClassDict(dict, cls);
            }
        }
        return new PyList(dict.keysList());
    }

    /** An attribute, or null when getting it raises (any exception is cleared, as CPython does). */
    private static PyObject getOrNull(PyObject o, PyStr name) {
        try {
            return Ops.getattrOrNull(o, name);
        } catch (PyException e) {
            return null;
        }
    }

    /** Adds the names of a class's dict and, recursively, of its bases' dicts. */
    private static void mergeClassDict(PyDict dict, PyObject cls) {
        PyObject classdict;
        if (cls instanceof PyType t && t.getType() == PyType.TYPE) {
            classdict = t.getDict();
        } else if (cls instanceof PyClass c) {
            classdict = c.getDict();
        } else {
            classdict = getOrNull(cls, N.__dict__);
        }
        if (classdict instanceof PyDict cd) {
            dict.merge(cd, true);
        } else if (classdict != null) {
            dict.update(classdict);
        }
        PyObject bases;
        if (cls instanceof PyType t && t.getType() == PyType.TYPE) {
            bases = PyTuple.of(t.getBases());
        } else {
            bases = getOrNull(cls, N.__bases__);
        }
        if (bases == null) {
            return;
        }
        int n;
        try {
            n = Ops.len(bases);
        } catch (PyException e) {
            return;
        }
        for (int i = 0; i < n; i++) {
            mergeClassDict(dict, Ops.getitem(bases, PyInt.of(i)));
        }
    }

    /** Adds the str items of the list attribute {@code name} (__members__, __methods__). */
    private static void mergeListAttr(PyDict dict, PyObject obj, PyStr name) {
        PyObject list = getOrNull(obj, name);
        if (list instanceof PyList l) {
            for (PyObject item : l.toArray()) {
                if (item instanceof PyStr) {
                    dict.setItem(item, Py.None);
                }
            }
        }
    }

    /** Sorts a list of names in place (list.sort() for anything but plain strings). */
    static void sort(PyObject result) {
        PyList l = (PyList) result;
        PyObject[] items = l.toArray();
        for (PyObject x : items) {
            if (x.getClass() != PyStr.class) {
                Ops.invoke(result, "sort");
                return;
            }
        }
        Arrays.sort(items, (a, b) -> ((PyStr) a).compareTo((PyStr) b));
        synchronized (l) {
            if (l.size() == items.length) {
                for (int i = 0; i < items.length; i++) {
                    l.set(i, items[i]);
                }
                return;
            }
        }
        Ops.invoke(result, "sort");
    }
}
