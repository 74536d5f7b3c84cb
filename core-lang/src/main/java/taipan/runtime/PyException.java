package taipan.runtime;

/**
 * A Python exception in flight: the one Java exception type the evaluator throws for
 * Python errors. It carries the exception class, the (normalised) instance and the
 * traceback, and builds no Java stack trace.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The exception class: a PyType derived from BaseException, or an old-style class. */
    public PyObject type;
    /** The exception instance. */
    public PyObject value;
    /** Innermost-last chain of frames the exception passed through; may be null. */
    public PyTraceback traceback;

    public PyException(PyObject type, PyObject value, PyTraceback traceback) {
        super(null, null, false, false);
        this.type = type;
        this.value = value;
        this.traceback = traceback;
    }

    public PyException(PyObject type, PyObject value) {
        this(type, value, null);
    }

    /** An exception of a builtin class with a message (or no arguments when null). */
    public PyException(PyType type, String message) {
        this(type, message == null ? Exceptions.newInstance(type) : Exceptions.newInstance(type, PyStr.of(message)));
    }

    /** An exception of class {@code type} with no arguments. */
    public PyException(PyType type) {
        this(type, Exceptions.newInstance(type));
    }

    /** True if this exception matches {@code cls}, as an {@code except cls:} clause decides. */
    public boolean matches(PyObject cls) {
        return Exceptions.matches(type, cls);
    }

    /** Records that the exception passed through {@code frame} at {@code line}. */
    public void addTraceback(PyFrame frame, int line) {
        if (traceback != null && traceback.frame == frame) {
            return;
        }
        traceback = new PyTraceback(frame, line, traceback);
    }

    @Override
    public String getMessage() {
        try {
            String name = type instanceof PyType t ? t.getName() : type.toString();
            String s = Ops.str(value).toString();
            return s.isEmpty() ? name : name + ": " + s;
        } catch (RuntimeException e) {
            return "<exception>";
        }
    }

    @Override
    public String toString() {
        return "PyException(" + getMessage() + ")";
    }
}
