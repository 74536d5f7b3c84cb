package taipan.runtime;

/**
 * {@code dict_keys}, {@code dict_values}, {@code dict_items}: live views of a dict (2.7's
 * {@code viewkeys()}, {@code viewvalues()}, {@code viewitems()}). Keys and items views are
 * set-like: comparisons with sets and set-like views, and {@code & | - ^} with any
 * iterable on either side (the result is a set).
 */
public abstract class PyDictView extends SizedObject {
    final PyDict dict;

    PyDictView(PyDict dict) {
        this.dict = dict;
    }

    final int size() {
        return dict.size();
    }

    final PyObject repr() {
        return PyStr.of(getType().getName() + "(" + Ops.repr(new PyList(Ops.toList(this))) + ")");
    }

    // ---- the set-like behaviour of keys and items views -------------------------------------

    /** all_contained_in: every item of {@code a} is in {@code b}. */
    private static boolean allContainedIn(PyObject a, PyObject b) {
        PyObject it = Ops.iter(a);
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            if (!Ops.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    static PyObject richCompare(PyObject self, PyObject other, CompareOp op) {
        if (!(other instanceof BaseSet) && !(other instanceof Keys) && !(other instanceof Items)) {
            return null;
        }
        int ls = Ops.len(self);
        int lo = Ops.len(other);
        boolean ok = false;
        switch (op) {
            case EQ:
            case NE:
                if (ls == lo) {
                    ok = allContainedIn(self, other);
                }
                if (op == CompareOp.NE) {
                    ok = !ok;
                }
                break;
            case LT:
                if (ls < lo) {
                    ok = allContainedIn(self, other);
                }
                break;
            case LE:
                if (ls <= lo) {
                    ok = allContainedIn(self, other);
                }
                break;
            case GT:
                if (ls > lo) {
                    ok = allContainedIn(other, self);
                }
                break;
            default:
                if (ls >= lo) {
                    ok = allContainedIn(other, self);
                }
                break;
        }
        return Py.bool(ok);
    }

    /** dictviews_sub and friends: {@code set(a).<method>(b)}; a may be the non-view operand. */
    static PyObject sub(PyObject a, PyObject b) {
        PySet r = new PySet(a);
        r.differenceUpdateInternal(b);
        return r;
    }

    static PyObject and(PyObject a, PyObject b) {
        PySet r = new PySet(a);
        r.intersection_update(new PyObject[] {b});
        return r;
    }

    static PyObject or(PyObject a, PyObject b) {
        PySet r = new PySet(a);
        r.updateInternal(b);
        return r;
    }

    static PyObject xor(PyObject a, PyObject b) {
        PySet r = new PySet(a);
        r.symmetricDifferenceUpdate(b);
        return r;
    }

    // ---- the three view types ----------------------------------------------------------------

    /** {@code dict.viewkeys()}. */
    @ExposedType(name = "dict_keys", subclassable = false, unhashable = true)
    public static final class Keys extends PyDictView {
        public static final PyType TYPE = PyType.builtin(Keys.class);

        Keys(PyDict dict) {
            super(dict);
        }

        @Override
        public int __len__() {
            return size();
        }

        @Override
        public PyObject __repr__() {
            return repr();
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject __iter__() {
            return new DictIterator(dict, DictIterator.KEYS);
        }

        @Override
        public boolean __contains__(PyObject o) {
            return dict.getItem(o) != null;
        }

        @Override
        public long __hash__() {
            throw Py.TypeError("unhashable type: 'dict_keys'");
        }

        @Override public PyObject __eq__(PyObject o) { return richCompare(this, o, CompareOp.EQ); }
        @Override public PyObject __ne__(PyObject o) { return richCompare(this, o, CompareOp.NE); }
        @Override public PyObject __lt__(PyObject o) { return richCompare(this, o, CompareOp.LT); }
        @Override public PyObject __le__(PyObject o) { return richCompare(this, o, CompareOp.LE); }
        @Override public PyObject __gt__(PyObject o) { return richCompare(this, o, CompareOp.GT); }
        @Override public PyObject __ge__(PyObject o) { return richCompare(this, o, CompareOp.GE); }

        @Override public PyObject __sub__(PyObject o) { return sub(this, o); }
        @Override public PyObject __rsub__(PyObject o) { return sub(o, this); }
        @Override public PyObject __and__(PyObject o) { return and(this, o); }
        @Override public PyObject __rand__(PyObject o) { return and(o, this); }
        @Override public PyObject __or__(PyObject o) { return or(this, o); }
        @Override public PyObject __ror__(PyObject o) { return or(o, this); }
        @Override public PyObject __xor__(PyObject o) { return xor(this, o); }
        @Override public PyObject __rxor__(PyObject o) { return xor(o, this); }
    }

    /** {@code dict.viewvalues()}: not set-like; compared by identity, hashable. */
    @ExposedType(name = "dict_values", subclassable = false)
    public static final class Values extends PyDictView {
        public static final PyType TYPE = PyType.builtin(Values.class);

        Values(PyDict dict) {
            super(dict);
        }

        @Override
        public int __len__() {
            return size();
        }

        @Override
        public PyObject __repr__() {
            return repr();
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject __iter__() {
            return new DictIterator(dict, DictIterator.VALUES);
        }
    }

    /** {@code dict.viewitems()}. */
    @ExposedType(name = "dict_items", subclassable = false, unhashable = true)
    public static final class Items extends PyDictView {
        public static final PyType TYPE = PyType.builtin(Items.class);

        Items(PyDict dict) {
            super(dict);
        }

        @Override
        public int __len__() {
            return size();
        }

        @Override
        public PyObject __repr__() {
            return repr();
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject __iter__() {
            return new DictIterator(dict, DictIterator.ITEMS);
        }

        /** dictitems_contains: a (key, value) pair; errors of the key lookup count as absent. */
        @Override
        public boolean __contains__(PyObject o) {
            if (!(o instanceof PyTuple t) || t.size() != 2) {
                return false;
            }
            PyObject v;
            try {
                v = dict.getItem(t.get(0));
            } catch (PyException e) {
                return false;
            }
            return v != null && Ops.richCompareBool(t.get(1), v, CompareOp.EQ);
        }

        @Override
        public long __hash__() {
            throw Py.TypeError("unhashable type: 'dict_items'");
        }

        @Override public PyObject __eq__(PyObject o) { return richCompare(this, o, CompareOp.EQ); }
        @Override public PyObject __ne__(PyObject o) { return richCompare(this, o, CompareOp.NE); }
        @Override public PyObject __lt__(PyObject o) { return richCompare(this, o, CompareOp.LT); }
        @Override public PyObject __le__(PyObject o) { return richCompare(this, o, CompareOp.LE); }
        @Override public PyObject __gt__(PyObject o) { return richCompare(this, o, CompareOp.GT); }
        @Override public PyObject __ge__(PyObject o) { return richCompare(this, o, CompareOp.GE); }

        @Override public PyObject __sub__(PyObject o) { return sub(this, o); }
        @Override public PyObject __rsub__(PyObject o) { return sub(o, this); }
        @Override public PyObject __and__(PyObject o) { return and(this, o); }
        @Override public PyObject __rand__(PyObject o) { return and(o, this); }
        @Override public PyObject __or__(PyObject o) { return or(this, o); }
        @Override public PyObject __ror__(PyObject o) { return or(o, this); }
        @Override public PyObject __xor__(PyObject o) { return xor(this, o); }
        @Override public PyObject __rxor__(PyObject o) { return xor(o, this); }
    }
}
