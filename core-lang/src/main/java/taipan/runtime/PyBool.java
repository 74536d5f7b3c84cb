package taipan.runtime;

/**
 * {@code bool}: the two instances True and False, a subclass of int that cannot be
 * subclassed. Arithmetic is int's; {@code & | ^} of two bools give a bool.
 */
@ExposedType(name = "bool", base = PyInt.class, subclassable = false, doc = "bool(x) -> bool\n\n"
        + "Returns True when the argument x is true, False otherwise.\n"
        + "The builtins True and False are the only two instances of the class bool.\n"
        + "The class bool is a subclass of the class int, and cannot be subclassed.")
public final class PyBool extends PyInt {
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);
    public static final PyType TYPE = PyType.builtin(PyBool.class);

    private static final PyStr TRUE_NAME = PyStr.intern("True");
    private static final PyStr FALSE_NAME = PyStr.intern("False");

    private PyBool(long v) {
        super(v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static final String[] NEW_KW = {"x"};

    @ExposedNew
    static PyObject bool_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("bool", args, kw, NEW_KW, 0);
        return a[0] == null ? FALSE : Py.bool(Ops.isTrue(a[0]));
    }

    @Override
    public PyObject __repr__() {
        return value != 0 ? TRUE_NAME : FALSE_NAME;
    }

    @Override
    public PyObject __str__() {
        return value != 0 ? TRUE_NAME : FALSE_NAME;
    }

    @Override
    public PyObject __and__(PyObject o) {
        return o instanceof PyBool b ? Py.bool((value & b.value) != 0) : super.__and__(o);
    }

    @Override
    public PyObject __rand__(PyObject o) {
        return o instanceof PyBool b ? Py.bool((value & b.value) != 0) : super.__rand__(o);
    }

    @Override
    public PyObject __or__(PyObject o) {
        return o instanceof PyBool b ? Py.bool((value | b.value) != 0) : super.__or__(o);
    }

    @Override
    public PyObject __ror__(PyObject o) {
        return o instanceof PyBool b ? Py.bool((value | b.value) != 0) : super.__ror__(o);
    }

    @Override
    public PyObject __xor__(PyObject o) {
        return o instanceof PyBool b ? Py.bool((value ^ b.value) != 0) : super.__xor__(o);
    }

    @Override
    public PyObject __rxor__(PyObject o) {
        return o instanceof PyBool b ? Py.bool((value ^ b.value) != 0) : super.__rxor__(o);
    }
}
