package taipan.runtime;

/** {@code frozenset}. */
@ExposedType(name = "frozenset")
public class PyFrozenSet extends PySet {
    public static final PyType TYPE = PyType.builtin(PyFrozenSet.class);

    @Override
    public PyType getType() {
        return TYPE;
    }
}
