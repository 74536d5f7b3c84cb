package taipan.runtime;

/** {@code xrange}. */
@ExposedType(name = "xrange", subclassable = false)
public final class PyXRange extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyXRange.class);

    final long start, step, len;

    public PyXRange(long start, long step, long len) {
        this.start = start;
        this.step = step;
        this.len = len;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
