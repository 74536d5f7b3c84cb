package taipan.runtime;

/** A closure cell. */
@ExposedType(name = "cell", subclassable = false)
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyCell.class);

    public volatile PyObject value;

    public PyCell() {
    }

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedGet(name = "cell_contents")
    public PyObject contents() {
        PyObject v = value;
        if (v == null) {
            throw Py.ValueError("Cell is empty");
        }
        return v;
    }

    @Override
    public PyObject __repr__() {
        PyObject v = value;
        if (v == null) {
            return PyStr.of("<cell at " + Py.addressString(this) + ": empty>");
        }
        return PyStr.of("<cell at " + Py.addressString(this) + ": " + v.getType().getName() + " object at " + Py.addressString(v) + ">");
    }

    @Override
    public int __cmp__(PyObject o) {
        if (!(o instanceof PyCell c)) {
            return Ops.CMP_NOT_IMPLEMENTED;
        }
        PyObject a = value, b = c.value;
        if (a == null) {
            return b == null ? 0 : -1;
        }
        if (b == null) {
            return 1;
        }
        return Ops.cmp(a, b);
    }
}
