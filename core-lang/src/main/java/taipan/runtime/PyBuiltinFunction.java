package taipan.runtime;

/**
 * A builtin function or a builtin method bound to its object ({@code builtin_function_or_method}).
 * The call goes to a {@link BuiltinCall}: an exposed Java method or a hand-written lambda.
 */
@ExposedType(name = "builtin_function_or_method", subclassable = false)
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyBuiltinFunction.class);

    /** The Java side of a builtin: receives self (or null), the arguments and keyword names. */
    @FunctionalInterface
    public interface BuiltinCall {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    private final String name;
    private final BuiltinCall body;
    private final PyObject self;
    private final String doc;
    private final String module;

    public PyBuiltinFunction(String name, BuiltinCall body, PyObject self, String doc, String module) {
        this.name = name;
        this.body = body;
        this.self = self;
        this.doc = doc;
        this.module = module;
    }

    public PyBuiltinFunction(String name, BuiltinCall body) {
        this(name, body, null, null, null);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public String getName() {
        return name;
    }

    public PyObject getSelf() {
        return self;
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        return body.call(self, args, kwnames);
    }

    @Override
    public PyObject __repr__() {
        if (self == null || self instanceof PyModule) {
            return PyStr.of("<built-in function " + name + ">");
        }
        return PyStr.of("<built-in method " + name + " of " + self.getType().getName() + " object at "
                + Py.addressString(self) + ">");
    }

    @ExposedGet(name = "__name__")
    public PyObject get_name() {
        return PyStr.of(name);
    }

    @ExposedGet(name = "__doc__")
    public PyObject get_doc() {
        return doc == null ? Py.None : PyStr.of(doc);
    }

    @ExposedGet(name = "__self__")
    public PyObject get_self() {
        return self == null ? Py.None : self;
    }

    @ExposedGet(name = "__module__")
    public PyObject get_module() {
        return module == null ? Py.None : PyStr.of(module);
    }

    @Override
    public PyObject __eq__(PyObject other) {
        if (other instanceof PyBuiltinFunction f) {
            return Py.bool(f.body == body && f.self == self);
        }
        return null;
    }

    @Override
    public PyObject __ne__(PyObject other) {
        PyObject r = __eq__(other);
        return r == null ? null : Py.bool(r == Py.False);
    }

    @Override
    public long __hash__() {
        return Py.identityHash(body) ^ (self == null ? 0 : Ops.hash(self));
    }
}
