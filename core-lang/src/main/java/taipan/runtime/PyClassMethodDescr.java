package taipan.runtime;

/** A classmethod of a builtin type (e.g. {@code dict.fromkeys}): binds to the class. */
@ExposedType(name = "classmethod_descriptor", subclassable = false)
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyClassMethodDescr.class);

    private final String name;
    private final PyType owner;
    private final PyBuiltinFunction.BuiltinCall body;

    public PyClassMethodDescr(String name, PyType owner, PyBuiltinFunction.BuiltinCall body) {
        this.name = name;
        this.owner = owner;
        this.body = body;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject __get__(PyObject obj, PyObject type) {
        PyObject cls = (type == null || type == Py.None) ? obj.getType() : type;
        return new PyBuiltinFunction(name, body, cls, null, null);
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        if (args.length < 1 || !(args[0] instanceof PyType t) || !t.isSubtypeOf(owner)) {
            throw Py.TypeError("descriptor '" + name + "' for type '" + owner.getName() + "' needs a type, not a '"
                    + (args.length < 1 ? "NoneType" : args[0].getType().getName()) + "' as arg 2");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return body.call(args[0], rest, kwnames);
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of("<method '" + name + "' of '" + owner.getName() + "' objects>");
    }
}
