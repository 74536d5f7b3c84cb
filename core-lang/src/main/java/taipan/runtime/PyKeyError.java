package taipan.runtime;

/** KeyError: str() of a single argument is its repr, so that {@code KeyError: ''} shows quotes. */
public class PyKeyError extends PyBaseException {
    public PyKeyError(PyType type) {
        super(type);
    }

    @Override
    public PyObject __str__() {
        if (args.size() == 1) {
            return Ops.repr(args.get(0));
        }
        return super.__str__();
    }
}
