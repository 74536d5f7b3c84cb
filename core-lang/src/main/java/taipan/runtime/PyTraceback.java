package taipan.runtime;

/** One entry of a traceback ({@code traceback} objects: tb_frame, tb_lineno, tb_next). */
@ExposedType(name = "traceback", subclassable = false)
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyTraceback.class);

    public final PyFrame frame;
    public final int line;
    public final PyTraceback next;

    public PyTraceback(PyFrame frame, int line, PyTraceback next) {
        this.frame = frame;
        this.line = line;
        this.next = next;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedGet(name = "tb_frame")
    public PyObject tb_frame() {
        return frame;
    }

    @ExposedGet(name = "tb_lineno")
    public int tb_lineno() {
        return line;
    }

    @ExposedGet(name = "tb_lasti")
    public int tb_lasti() {
        return -1;
    }

    @ExposedGet(name = "tb_next")
    public PyObject tb_next() {
        return next == null ? Py.None : next;
    }
}
