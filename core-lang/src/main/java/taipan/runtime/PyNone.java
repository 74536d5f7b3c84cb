package taipan.runtime;

/** {@code None}. */
@ExposedType(name = "NoneType", subclassable = false)
public final class PyNone extends PyObject {
    public static final PyNone INSTANCE = new PyNone();
    public static final PyType TYPE = PyType.builtin(PyNone.class);

    private PyNone() {}

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject __repr__() {
        return PyStr.intern("None");
    }

    @Override
    public long __hash__() {
        return Py.identityHash(this);
    }
}
