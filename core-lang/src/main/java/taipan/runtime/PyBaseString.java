package taipan.runtime;

/** {@code basestring}: the abstract base of str and unicode. */
@ExposedType(name = "basestring", doc = "Type basestring cannot be instantiated; it is the base for str and unicode.")
public abstract class PyBaseString extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyBaseString.class);

    @ExposedNew
    static PyObject basestring_new(PyType subtype, PyObject[] args, String[] kw) {
        throw Py.TypeError("The basestring type cannot be instantiated");
    }
}
