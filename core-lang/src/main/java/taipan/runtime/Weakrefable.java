package taipan.runtime;

/**
 * Marks builtin types whose instances can be the referent of a weak reference (those
 * CPython gives a weak-reference list: functions, types, classes, instances, sets,
 * generators, files, ...). Instances of Python classes are weakly referenceable when
 * their class has a {@code __weakref__} slot.
 */
public interface Weakrefable {
    /** Whether {@code o} may be weakly referenced. */
    static boolean check(PyObject o) {
        if (o instanceof Weakrefable) {
            return true;
        }
        PyType t = o.getType();
        return t.isHeap() && o instanceof Derived && t.lookup(N.__weakref__) != null;
    }
}
