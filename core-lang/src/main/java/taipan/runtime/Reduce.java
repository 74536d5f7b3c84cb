package taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/** {@code object.__reduce_ex__} and {@code __reduce__}: the copy_reg protocol of 2.7's typeobject.c. */
final class Reduce {
    private Reduce() {}

    static PyObject reduceEx(PyObject self, int protocol) {
        PyObject clsReduce = self.getType().lookup(PyStr.intern("__reduce__"));
        PyObject objReduce = PyType.OBJECT.lookup(PyStr.intern("__reduce__"));
        if (clsReduce != null && clsReduce != objReduce) {
            return Ops.call(Ops.getattr(self, "__reduce__"));
        }
        return reduce(self, protocol);
    }

    static PyObject reduce(PyObject self, int protocol) {
        if (protocol >= 2) {
            return reduce2(self);
        }
        PyObject copyreg = Interp.current().importModule("copy_reg");
        return Ops.invoke(copyreg, "_reduce_ex", self, PyInt.of(protocol));
    }

    /** Protocol 2: (copy_reg.__newobj__, (cls,) + args, state, listitems, dictitems). */
    private static PyObject reduce2(PyObject obj) {
        PyType cls = obj.getType();
        PyObject getnewargs = Ops.getattrOrNull(obj, "__getnewargs__");
        PyObject[] args;
        if (getnewargs != null) {
            PyObject a = Ops.call(getnewargs);
            if (!(a instanceof PyTuple t)) {
                throw Py.TypeError("__getnewargs__ should return a tuple, not '" + a.getType().getName() + "'");
            }
            args = t.toArray();
        } else {
            args = Py.EMPTY;
        }
        PyObject getstate = Ops.getattrOrNull(obj, "__getstate__");
        PyObject state;
        if (getstate != null) {
            state = Ops.call(getstate);
        } else {
            PyObject d = Ops.getattrOrNull(obj, N.__dict__);
            // an empty __dict__ is still state (typeobject.c's reduce_2 keeps it)
            state = d == null ? Py.None : d;
            PyObject copyreg = Interp.current().importModule("copy_reg");
            PyObject names = Ops.invoke(copyreg, "_slotnames", cls);
            List<PyObject> slotNames = Ops.toList(names);
            if (!slotNames.isEmpty()) {
                PyDict slots = new PyDict();
                for (PyObject n : slotNames) {
                    PyObject v;
                    try {
                        v = Ops.getattrOrNull(obj, Ops.attrName(n));
                    } catch (PyException e) {
                        if (!e.matches(Exceptions.AttributeError)) {
                            throw e;
                        }
                        v = null; // an empty slot
                    }
                    if (v != null) {
                        slots.setItem(n, v);
                    }
                }
                if (slots.size() > 0) {
                    state = PyTuple.of(state, slots);
                }
            }
        }
        PyObject listitems = obj instanceof PyList ? Ops.iter(obj) : Py.None;
        PyObject dictitems = obj instanceof PyDict ? Ops.invoke(obj, "iteritems") : Py.None;
        PyObject copyreg = Interp.current().importModule("copy_reg");
        PyObject newobj = Ops.getattr(copyreg, "__newobj__");
        List<PyObject> a2 = new ArrayList<>();
        a2.add(cls);
        for (PyObject a : args) {
            a2.add(a);
        }
        return PyTuple.of(newobj, PyTuple.of(a2), state, listitems, dictitems);
    }
}
