package taipan.runtime;

/** {@code NotImplemented}. */
@ExposedType(name = "NotImplementedType", subclassable = false)
public final class PyNotImplemented extends PyObject {
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();
    public static final PyType TYPE = PyType.builtin(PyNotImplemented.class);

    private PyNotImplemented() {}

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject __repr__() {
        return PyStr.intern("NotImplemented");
    }
}
