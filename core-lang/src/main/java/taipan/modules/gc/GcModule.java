package taipan.modules.gc;

import taipan.modules.weakref.WeakrefModule;
import taipan.runtime.*;

/**
 * {@code gc}: on the JVM the collector is always on; collect() forces a full collection
 * and delivers the weak-reference callbacks it causes. Object enumeration is not
 * available on the JVM and says so.
 */
@PyModuleDef(name = "gc", doc = "This module provides access to the garbage collector for reference cycles.")
public final class GcModule {
    private GcModule() {}

    private static volatile boolean enabled = true;
    private static volatile int debug;
    private static final long[] THRESHOLDS = {700, 10, 10};

    @ExposedConstant static final int DEBUG_STATS = 1;
    @ExposedConstant static final int DEBUG_COLLECTABLE = 2;
    @ExposedConstant static final int DEBUG_UNCOLLECTABLE = 4;
    @ExposedConstant static final int DEBUG_INSTANCES = 8;
    @ExposedConstant static final int DEBUG_OBJECTS = 16;
    @ExposedConstant static final int DEBUG_SAVEALL = 32;
    @ExposedConstant static final int DEBUG_LEAK = 62;

    static void init(PyModule m) {
        m.set("garbage", new PyList());
    }

    @ExposedMethod(doc = "collect([generation]) -> n\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.\n")
    static PyObject collect(@Default("2") int generation) {
        if (generation < 0 || generation > 2) {
            throw Py.ValueError("invalid generation");
        }
        WeakrefModule.collectAndDeliver();
        return PyInt.of(0);
    }

    @ExposedMethod(doc = "enable() -> None\n\nEnable automatic garbage collection.\n")
    static void enable() {
        enabled = true;
    }

    @ExposedMethod(doc = "disable() -> None\n\nDisable automatic garbage collection.\n")
    static void disable() {
        enabled = false;
    }

    @ExposedMethod(doc = "isenabled() -> status\n\nReturns true if automatic garbage collection is enabled.\n")
    static boolean isenabled() {
        return enabled;
    }

    @ExposedMethod(doc = "set_debug(flags) -> None\n\nSet the garbage collection debugging flags.")
    static void set_debug(int flags) {
        debug = flags;
    }

    @ExposedMethod(doc = "get_debug() -> flags\n\nGet the garbage collection debugging flags.\n")
    static int get_debug() {
        return debug;
    }

    @ExposedMethod(doc = "get_count() -> (count0, count1, count2)\n\nReturn the current collection counts\n")
    static PyObject get_count() {
        return PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0));
    }

    @ExposedMethod(doc = "get_threshold() -> (threshold0, threshold1, threshold2)\n\nReturn the current collection thresholds\n")
    static PyObject get_threshold() {
        synchronized (THRESHOLDS) {
            return PyTuple.of(PyInt.of(THRESHOLDS[0]), PyInt.of(THRESHOLDS[1]), PyInt.of(THRESHOLDS[2]));
        }
    }

    @ExposedMethod(doc = "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n")
    static void set_threshold(long t0, @Default("-1") long t1, @Default("-1") long t2) {
        synchronized (THRESHOLDS) {
            THRESHOLDS[0] = t0;
            if (t1 >= 0) {
                THRESHOLDS[1] = t1;
            }
            if (t2 >= 0) {
                THRESHOLDS[2] = t2;
            }
        }
    }

    @ExposedMethod(doc = "is_tracked(obj) -> bool\n\nReturns true if the object is tracked by the garbage collector.\nSimple atomic objects will return false.\n")
    static boolean is_tracked(PyObject o) {
        return !(o instanceof PyInt || o instanceof PyLong || o instanceof PyFloat || o instanceof PyComplex
                || o instanceof PyStr || o instanceof PyUnicode || o == Py.None);
    }

    private static PyException unavailable(String what) {
        return Py.NotImplementedError(what + " is not available on the JVM");
    }

    @ExposedMethod(doc = "get_objects() -> [...]\n\nReturn a list of objects tracked by the collector (excluding the list\nreturned).\n")
    static PyObject get_objects() {
        throw unavailable("gc.get_objects()");
    }

    @ExposedMethod(doc = "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs.")
    static PyObject get_referrers(PyObject... objs) {
        throw unavailable("gc.get_referrers()");
    }

    @ExposedMethod(doc = "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs.")
    static PyObject get_referents(PyObject... objs) {
        throw unavailable("gc.get_referents()");
    }
}
