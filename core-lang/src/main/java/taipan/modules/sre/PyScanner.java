package taipan.modules.sre;

import taipan.runtime.*;

/**
 * {@code _sre.SRE_Scanner}: successive matches over one subject, each starting where the
 * previous one ended (one past it after an empty match); once a match fails, or an empty
 * match ends the subject, the scanner is exhausted. Calls are serialized: the engine
 * state belongs to the scanner.
 */
@ExposedType(name = "_sre.SRE_Scanner", subclassable = false)
public final class PyScanner extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyScanner.class);

    private final PyPattern pattern;
    private final Subject subject;
    private final Engine state;

    PyScanner(PyPattern pattern, Subject subject, Engine state) {
        this.pattern = pattern;
        this.subject = subject;
        this.state = state;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedGet(name = "pattern")
    public PyObject getPattern() {
        return pattern;
    }

    @ExposedSet(name = "pattern")
    public void setPattern(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "pattern")
    public void delPattern() {
        throw Py.TypeError("readonly attribute");
    }

    /** Set after a failed match or an empty match at the end: later calls return None. */
    private boolean exhausted;

    private synchronized PyObject next(boolean search) {
        if (exhausted) {
            return Py.None;
        }
        Engine st = state;
        st.reset();
        st.ptr = st.start;
        boolean ok;
        try {
            ok = search ? st.search() : st.match();
        } catch (Engine.EngineError e) {
            throw Py.RuntimeError(e.getMessage());
        } catch (StackOverflowError e) {
            throw Py.RuntimeError("maximum recursion limit exceeded");
        }
        PyObject m = ok ? pattern.newMatch(st, subject) : Py.None;
        if (!ok) {
            exhausted = true;
        } else if (st.ptr != st.start) {
            st.start = st.ptr;
        } else if (st.ptr != st.end) {
            st.start = st.ptr + 1;
        } else {
            exhausted = true;
        }
        return m;
    }

    @ExposedMethod
    public PyObject match() {
        return next(false);
    }

    @ExposedMethod
    public PyObject search() {
        return next(true);
    }
}
