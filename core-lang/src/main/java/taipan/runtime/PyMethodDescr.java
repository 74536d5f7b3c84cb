package taipan.runtime;

/**
 * A method of a builtin type as found in the type's dict ({@code method_descriptor}), or a
 * special-method wrapper ({@code wrapper_descriptor}). Fetched through an instance it
 * becomes a bound {@link PyBuiltinFunction}; the evaluator calls {@link #callWithSelf}
 * directly for {@code obj.method(...)} to avoid the bound object.
 */
@ExposedType(name = "method_descriptor", subclassable = false)
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyMethodDescr.class);

    private final String name;
    private final PyType owner;
    private final PyBuiltinFunction.BuiltinCall body;
    private final boolean slotWrapper;
    private final String doc;

    public PyMethodDescr(String name, PyType owner, PyBuiltinFunction.BuiltinCall body, boolean slotWrapper, String doc) {
        this.name = name;
        this.owner = owner;
        this.body = body;
        this.slotWrapper = slotWrapper;
        this.doc = doc;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public String getName() {
        return name;
    }

    public PyType getOwner() {
        return owner;
    }

    public boolean isSlotWrapper() {
        return slotWrapper;
    }

    private void checkSelf(PyObject self) {
        if (!self.getType().isSubtypeOf(owner)) {
            throw Py.TypeError("descriptor '" + name + "' requires a '" + owner.getName()
                    + "' object but received a '" + self.getType().getName() + "'");
        }
    }

    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        checkSelf(self);
        return body.call(self, args, kwnames);
    }

    @Override
    public PyObject __get__(PyObject obj, PyObject type) {
        if (obj == null || obj == Py.None && type != null && type != Py.None && obj.getType() != owner) {
            return this;
        }
        checkSelf(obj);
        return new PyBuiltinFunction(name, body, obj, doc, null);
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw Py.TypeError("descriptor '" + name + "' of '" + owner.getName() + "' object needs an argument");
        }
        PyObject self = args[0];
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callWithSelf(self, rest, kwnames);
    }

    @Override
    public PyObject __repr__() {
        if (slotWrapper) {
            return PyStr.of("<slot wrapper '" + name + "' of '" + owner.getName() + "' objects>");
        }
        return PyStr.of("<method '" + name + "' of '" + owner.getName() + "' objects>");
    }

    @ExposedGet(name = "__name__")
    public PyObject get_name() {
        return PyStr.of(name);
    }

    @ExposedGet(name = "__objclass__")
    public PyObject get_objclass() {
        return owner;
    }

    @ExposedGet(name = "__doc__")
    public PyObject get_doc() {
        return doc == null ? Py.None : PyStr.of(doc);
    }
}
