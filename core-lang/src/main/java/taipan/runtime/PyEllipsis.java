package taipan.runtime;

/** {@code Ellipsis}. */
@ExposedType(name = "ellipsis", subclassable = false)
public final class PyEllipsis extends PyObject {
    public static final PyEllipsis INSTANCE = new PyEllipsis();
    public static final PyType TYPE = PyType.builtin(PyEllipsis.class);

    private PyEllipsis() {}

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject __repr__() {
        return PyStr.intern("Ellipsis");
    }
}
