package taipan.modules.operator;

import taipan.runtime.*;

/** {@code operator.itemgetter(item, ...)}. */
@ExposedType(name = "operator.itemgetter", subclassable = false)
public final class ItemGetter extends PyObject {
    public static final PyType TYPE = PyType.builtin(ItemGetter.class);

    private final PyObject[] items;

    private ItemGetter(PyObject[] items) {
        this.items = items;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject itemgetter_new(PyType subtype, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("itemgetter", kw);
        if (args.length == 0) {
            throw Py.TypeError("itemgetter expected 1 arguments, got 0");
        }
        return new ItemGetter(args.clone());
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("itemgetter", kwnames);
        if (args.length != 1) {
            throw Py.TypeError("itemgetter expected 1 arguments, got " + args.length);
        }
        if (items.length == 1) {
            return Ops.getitem(args[0], items[0]);
        }
        PyObject[] out = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = Ops.getitem(args[0], items[i]);
        }
        return PyTuple.of(out);
    }
}
