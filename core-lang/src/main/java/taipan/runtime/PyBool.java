package taipan.runtime;

/** {@code bool}: the two instances True and False, a subclass of int. */
@ExposedType(name = "bool", base = PyInt.class, subclassable = false)
public final class PyBool extends PyInt {
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);
    public static final PyType TYPE = PyType.builtin(PyBool.class);

    private PyBool(long v) {
        super(v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject __repr__() {
        return PyStr.intern(value != 0 ? "True" : "False");
    }
}
