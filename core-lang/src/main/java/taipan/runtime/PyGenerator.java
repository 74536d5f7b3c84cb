package taipan.runtime;

import taipan.interp.Stmt;

/**
 * A generator: a suspended frame of generator code. Each resumption re-enters the node
 * tree with {@code frame.resuming} set (see {@code taipan.interp.Generators}).
 */
@ExposedType(name = "generator", subclassable = false)
public final class PyGenerator extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin(PyGenerator.class);

    private final PyFrame frame;
    private final String name;
    private boolean started;
    private boolean running;
    private boolean finished;

    public PyGenerator(PyFrame frame, PyFunction func) {
        this.frame = frame;
        this.name = func == null ? frame.code.name : func.name;
        frame.generator = this;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Resumes the frame: returns the next value, or null when the generator finishes. */
    private PyObject resume(PyObject sent, PyException toThrow) {
        if (running) {
            throw Py.ValueError("generator already executing");
        }
        if (finished) {
            if (toThrow != null) {
                throw toThrow;
            }
            return null;
        }
        if (!started && sent != null && sent != Py.None) {
            throw Py.TypeError("can't send non-None value to a just-started generator");
        }
        ThreadState ts = ThreadState.get();
        PyFrame f = frame;
        if (!started && toThrow != null) {
            finished = true;
            throw toThrow;
        }
        f.resuming = started;
        f.sent = sent;
        f.thrown = toThrow;
        f.back = ts.frame;
        f.ts = ts;
        if (++ts.depth > ts.interp.recursionLimit) {
            ts.depth--;
            throw Py.RuntimeError("maximum recursion depth exceeded");
        }
        ts.frame = f;
        PyException savedExc = ts.exc;
        ts.exc = f.savedExc;
        running = true;
        try {
            int r = f.code.getBody().exec(f);
            if (r == Stmt.YIELD) {
                started = true;
                PyObject v = f.yielded;
                f.yielded = null;
                return v;
            }
            finished = true;
            return null;
        } catch (PyException e) {
            finished = true;
            e.addTraceback(f, f.line);
            throw e;
        } catch (StackOverflowError e) {
            finished = true;
            throw Py.RuntimeError("maximum recursion depth exceeded");
        } finally {
            running = false;
            started = true;
            f.savedExc = ts.exc;
            ts.exc = savedExc;
            ts.depth--;
            ts.frame = f.back;
            f.back = null;
        }
    }

    @Override
    public PyObject __iter__() {
        return this;
    }

    @Override
    public PyObject __iternext__() {
        return resume(Py.None, null);
    }

    @ExposedMethod(doc = "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.")
    public PyObject send(PyObject value) {
        PyObject r = resume(value, null);
        if (r == null) {
            throw Py.StopIteration();
        }
        return r;
    }

    @ExposedMethod(names = "throw", doc = "throw(typ[,val[,tb]]) -> raise exception in generator,\nreturn next yielded value or raise StopIteration.")
    public PyObject throw_(PyObject type, @Default("null") PyObject value, @Default("null") PyObject tb) {
        PyException e = Exceptions.forRaise(type, value, tb);
        PyObject r = resume(Py.None, e);
        if (r == null) {
            throw Py.StopIteration();
        }
        return r;
    }

    @ExposedMethod(doc = "close() -> raise GeneratorExit inside generator.")
    public PyObject close() {
        if (finished || !started) {
            finished = true;
            return Py.None;
        }
        try {
            PyObject r = resume(Py.None, new PyException(Exceptions.GeneratorExit));
            if (r != null) {
                throw Py.RuntimeError("generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.matches(Exceptions.GeneratorExit) && !e.matches(Exceptions.StopIteration)) {
                throw e;
            }
        }
        return Py.None;
    }

    @ExposedGet(name = "gi_frame")
    public PyObject gi_frame() {
        return finished ? Py.None : frame;
    }

    @ExposedGet(name = "gi_running")
    public int gi_running() {
        return running ? 1 : 0;
    }

    @ExposedGet(name = "gi_code")
    public PyObject gi_code() {
        return frame.code;
    }

    @ExposedGet(name = "__name__")
    public PyObject get_name() {
        return PyStr.of(name);
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of("<generator object " + name + " at " + Py.addressString(this) + ">");
    }
}
