package taipan.modules.operator;

import taipan.runtime.*;

/** {@code operator.attrgetter(attr, ...)}: dotted names allowed. */
@ExposedType(name = "operator.attrgetter", subclassable = false)
public final class AttrGetter extends PyObject {
    public static final PyType TYPE = PyType.builtin(AttrGetter.class);

    private final PyStr[][] paths;

    private AttrGetter(PyStr[][] paths) {
        this.paths = paths;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject attrgetter_new(PyType subtype, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("attrgetter", kw);
        if (args.length == 0) {
            throw Py.TypeError("attrgetter expected 1 arguments, got 0");
        }
        PyStr[][] paths = new PyStr[args.length][];
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof PyStr s)) {
                throw Py.TypeError("attribute name must be a string");
            }
            String[] parts = s.toString().split("\\.", -1);
            paths[i] = new PyStr[parts.length];
            for (int k = 0; k < parts.length; k++) {
                paths[i][k] = PyStr.intern(parts[k]);
            }
        }
        return new AttrGetter(paths);
    }

    private static PyObject resolve(PyObject obj, PyStr[] path) {
        for (PyStr p : path) {
            obj = Ops.getattr(obj, p);
        }
        return obj;
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("attrgetter", kwnames);
        if (args.length != 1) {
            throw Py.TypeError("attrgetter expected 1 arguments, got " + args.length);
        }
        if (paths.length == 1) {
            return resolve(args[0], paths[0]);
        }
        PyObject[] out = new PyObject[paths.length];
        for (int i = 0; i < paths.length; i++) {
            out[i] = resolve(args[0], paths[i]);
        }
        return PyTuple.of(out);
    }
}
