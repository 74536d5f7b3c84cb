package taipan.runtime;

/** SystemExit: {@code code} is None, the single argument, or the argument tuple. */
public class PySystemExit extends PyBaseException {
    public PyObject code = Py.None;

    public PySystemExit(PyType type) {
        super(type);
    }

    @Override
    public void initArgs(PyObject[] a) {
        super.initArgs(a);
        code = a.length == 0 ? Py.None : a.length == 1 ? a[0] : args;
    }

    @ExposedGet(name = "code") public PyObject getCode() { return code; }
    @ExposedSet(name = "code") public void setCode(PyObject v) { code = v; }
}
