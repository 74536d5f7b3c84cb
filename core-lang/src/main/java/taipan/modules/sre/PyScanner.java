package taipan.modules.sre;

import taipan.runtime.*;

/**
 * {@code _sre.SRE_Scanner}: successive matches over one subject, each starting where the
 * previous one ended (one past it after an empty match). Calls are serialized: the
 * engine state belongs to the scanner.
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

    private synchronized PyObject next(boolean search) {
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
        if (!ok || st.ptr == st.start) {
            st.start = st.ptr + 1;
        } else {
            st.start = st.ptr;
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
