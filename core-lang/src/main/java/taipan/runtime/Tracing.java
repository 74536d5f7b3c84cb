package taipan.runtime;

import taipan.interp.Stmt;

/**
 * sys.settrace / sys.setprofile: 'call', 'line', 'return' and 'exception' events with
 * CPython 2.7's rules (the global trace function is called on 'call' and its result
 * becomes the frame's local trace function; a None result keeps the previous one; a
 * trace function that raises turns tracing off). The evaluator checks {@link #active}
 * (one volatile read) before doing anything else.
 */
public final class Tracing {
    private Tracing() {}

    /** Number of threads with a trace or profile function. */
    public static volatile int active;

    private static final PyStr CALL = PyStr.intern("call"), LINE = PyStr.intern("line"),
            RETURN = PyStr.intern("return"), EXCEPTION = PyStr.intern("exception");

    public static synchronized void setTrace(ThreadState ts, PyObject func) {
        boolean before = ts.traceFunc != null || ts.profileFunc != null;
        ts.traceFunc = func == Py.None ? null : func;
        adjust(ts, before);
    }

    public static synchronized void setProfile(ThreadState ts, PyObject func) {
        boolean before = ts.traceFunc != null || ts.profileFunc != null;
        ts.profileFunc = func == Py.None ? null : func;
        adjust(ts, before);
    }

    private static void adjust(ThreadState ts, boolean before) {
        boolean after = ts.traceFunc != null || ts.profileFunc != null;
        if (before != after) {
            active += after ? 1 : -1;
        }
    }

    /** Calls a trace function with tracing suspended; a failure turns tracing off. */
    private static PyObject invoke(ThreadState ts, PyObject func, PyFrame f, PyStr event, PyObject arg, boolean profile) {
        ts.tracing = true;
        try {
            return Ops.call(func, f, event, arg);
        } catch (PyException e) {
            if (profile) {
                setProfile(ts, Py.None);
            } else {
                setTrace(ts, Py.None);
                f.trace = null;
            }
            throw e;
        } finally {
            ts.tracing = false;
        }
    }

    /** Runs a frame's body with the call/return/exception events around it. */
    static PyObject runTraced(PyFrame f, ThreadState ts) {
        if (ts.tracing) {
            return runBody(f);
        }
        if (ts.traceFunc != null) {
            PyObject r = invoke(ts, ts.traceFunc, f, CALL, Py.None, false);
            f.trace = r == Py.None ? null : r;
        }
        if (ts.profileFunc != null) {
            invoke(ts, ts.profileFunc, f, CALL, Py.None, true);
        }
        PyObject result;
        try {
            result = runBody(f);
        } catch (PyException e) {
            exception(f, e);
            returned(f, ts, Py.None);
            throw e;
        }
        returned(f, ts, result);
        return result;
    }

    private static PyObject runBody(PyFrame f) {
        int r = f.code.getBody().exec(f);
        return r == Stmt.RETURN ? f.returnValue : Py.None;
    }

    private static void returned(PyFrame f, ThreadState ts, PyObject value) {
        if (ts.tracing) {
            return;
        }
        if (f.trace != null) {
            PyObject r = invoke(ts, f.trace, f, RETURN, value, false);
            if (r != Py.None && f.trace != null) {
                f.trace = r;
            }
        }
        if (ts.profileFunc != null) {
            invoke(ts, ts.profileFunc, f, RETURN, value, true);
        }
    }

    /** An exception raised in or propagating through {@code f}. */
    public static void exception(PyFrame f, PyException e) {
        ThreadState ts = f.ts();
        if (ts.tracing || f.trace == null) {
            return;
        }
        PyObject arg = PyTuple.of(e.type, e.value, e.traceback == null ? Py.None : e.traceback);
        PyObject r = invoke(ts, f.trace, f, EXCEPTION, arg, false);
        if (r != Py.None && f.trace != null) {
            f.trace = r;
        }
    }

    /** A new line starts in {@code f}. */
    static void line(PyFrame f) {
        ThreadState ts = f.ts;
        if (ts == null || ts.tracing || f.trace == null || f.line == f.lastTracedLine) {
            return;
        }
        f.lastTracedLine = f.line;
        PyObject r = invoke(ts, f.trace, f, LINE, Py.None, false);
        if (r != Py.None && f.trace != null) {
            f.trace = r;
        }
    }
}
