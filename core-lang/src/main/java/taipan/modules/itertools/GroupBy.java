package taipan.modules.itertools;

import taipan.runtime.*;

/** {@code itertools.groupby(iterable, key=None)} and its group iterators. */
@ExposedType(name = "itertools.groupby")
final class GroupBy extends Iterators.Base {
    static final PyType TYPE = PyType.builtin(GroupBy.class);

    private final PyObject it;
    private final PyObject keyfunc;
    PyObject tgtkey, currkey, currvalue;
    private boolean exhausted;

    GroupBy(PyObject it, PyObject keyfunc) {
        this.it = it;
        this.keyfunc = keyfunc;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static final String[] PARAMS = {"iterable", "key"};

    @ExposedNew
    static PyObject groupby_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] v = ArgParser.parse("groupby", args, kw, PARAMS, 1);
        return new GroupBy(Ops.iter(v[0]), v[1] == null ? Py.None : v[1]);
    }

    /** Advances the underlying iterator; false at its end. */
    boolean step() {
        if (exhausted) {
            return false;
        }
        PyObject v = Ops.next(it);
        if (v == null) {
            exhausted = true;
            return false;
        }
        currvalue = v;
        currkey = keyfunc == Py.None ? v : Ops.call(keyfunc, v);
        return true;
    }

    @Override
    public PyObject __iternext__() {
        // skip the rest of the current group
        while (true) {
            if (currkey != null) {
                if (tgtkey == null || !Ops.richCompareBool(tgtkey, currkey, CompareOp.EQ)) {
                    break;
                }
            }
            if (!step()) {
                return null;
            }
        }
        tgtkey = currkey;
        return PyTuple.of(currkey, new Grouper(this, tgtkey));
    }

    @ExposedType(name = "itertools._grouper", subclassable = false)
    static final class Grouper extends Iterators.Base {
        static final PyType TYPE = PyType.builtin(Grouper.class);
        private final GroupBy parent;
        private final PyObject key;

        Grouper(GroupBy parent, PyObject key) {
            this.parent = parent;
            this.key = key;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject __iternext__() {
            if (parent.currvalue == null) {
                if (!parent.step()) {
                    return null;
                }
            }
            if (!Ops.richCompareBool(key, parent.currkey, CompareOp.EQ)) {
                return null;
            }
            PyObject r = parent.currvalue;
            parent.currvalue = null;
            parent.currkey = null;
            return r;
        }
    }
}
