package taipan.modules.operator;

import taipan.runtime.*;

/** {@code operator.methodcaller(name, *args, **kwargs)}. */
@ExposedType(name = "operator.methodcaller", subclassable = false)
public final class MethodCaller extends PyObject {
    public static final PyType TYPE = PyType.builtin(MethodCaller.class);

    private final PyStr name;
    private final PyObject[] args;
    private final String[] kwnames;

    private MethodCaller(PyStr name, PyObject[] args, String[] kwnames) {
        this.name = name;
        this.args = args;
        this.kwnames = kwnames;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject methodcaller_new(PyType subtype, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (args.length - nkw < 1) {
            throw Py.TypeError("methodcaller needs at least one argument, the method name");
        }
        if (!(args[0] instanceof PyStr name)) {
            throw Py.TypeError("method name must be a string");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return new MethodCaller(PyStr.intern(name), rest, nkw == 0 ? null : kw.clone());
    }

    @Override
    public PyObject __call__(PyObject[] a, String[] kw) {
        ArgParser.noKeywords("methodcaller", kw);
        if (a.length != 1) {
            throw Py.TypeError("methodcaller expected 1 arguments, got " + a.length);
        }
        return Ops.call(Ops.getattr(a[0], name), args, kwnames);
    }
}
