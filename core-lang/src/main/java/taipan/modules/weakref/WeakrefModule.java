package taipan.modules.weakref;

import java.util.List;

import taipan.runtime.*;

/** {@code _weakref}: ref, proxy, getweakrefcount, getweakrefs. */
@PyModuleDef(name = "_weakref", doc = "Weak-reference support module.")
public final class WeakrefModule {
    private WeakrefModule() {}

    static void init(PyModule m) {
        m.set("ref", PyWeakRef.TYPE);
        m.set("ReferenceType", PyWeakRef.TYPE);
        m.set("ProxyType", PyWeakProxy.TYPE);
        m.set("CallableProxyType", PyWeakProxy.CALLABLE_TYPE);
    }

    @ExposedMethod(doc = "proxy(object[, callback]) -- create a proxy object that weakly\nreferences 'object'.  'callback', if given, is called with a\nreference to the proxy when 'object' is about to be finalized.")
    static PyObject proxy(PyObject object, @Default("None") PyObject callback) {
        return PyWeakProxy.create(object, callback);
    }

    @ExposedMethod(doc = "getweakrefcount(object) -- return the number of weak references\nto 'object'.")
    static PyObject getweakrefcount(PyObject object) {
        return PyInt.of(live(object).size());
    }

    @ExposedMethod(doc = "getweakrefs(object) -- return a list of all weak reference objects\nthat point to 'object'.")
    static PyObject getweakrefs(PyObject object) {
        return new PyList(live(object));
    }

    @ExposedMethod
    static PyObject _remove_dead_weakref(PyObject dict, PyObject key) {
        if (!(dict instanceof PyDict d)) {
            throw Py.TypeError("_remove_dead_weakref() argument 1 must be dict, not " + dict.getType().getName());
        }
        PyObject v = d.getItem(key);
        if (v instanceof PyWeakRef r && r.get() == null) {
            d.delItemIfPresent(key);
        }
        return Py.None;
    }

    private static List<PyObject> live(PyObject object) {
        return WeakRefs.refsTo(object);
    }

    /** gc.collect(): a full collection, then the callbacks of the references it cleared. */
    public static void collectAndDeliver() {
        System.gc();
        WeakRefs.drainNow();
    }
}
