package taipan.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

/** Py_ReprEnter/Py_ReprLeave: detects recursion in repr of containers, per thread. */
public final class ReprGuard {
    private ReprGuard() {}

    private static final ThreadLocal<Map<PyObject, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    /** False if {@code o} is already being represented on this thread. */
    public static boolean enter(PyObject o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    public static void exit(PyObject o) {
        ACTIVE.get().remove(o);
    }
}
