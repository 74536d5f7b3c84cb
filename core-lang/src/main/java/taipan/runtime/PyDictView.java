package taipan.runtime;

/** {@code dict_keys}, {@code dict_values}, {@code dict_items}: live views of a dict. */
@ExposedType(name = "dict_keys", subclassable = false, unhashable = true)
public final class PyDictView extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyDictView.class);
    static final PyType VALUES_TYPE = PyType.newBuiltin("dict_values", PyType.OBJECT, PyDictView.class, PyDictView.class, null);
    static final PyType ITEMS_TYPE = PyType.newBuiltin("dict_items", PyType.OBJECT, PyDictView.class, PyDictView.class, null);

    private final PyDict dict;
    private final int kind;

    PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType getType() {
        return kind == DictIterator.KEYS ? TYPE : kind == DictIterator.VALUES ? VALUES_TYPE : ITEMS_TYPE;
    }

    @Override
    public int __len__() {
        return dict.size();
    }

    @Override
    public PyObject __iter__() {
        return new DictIterator(dict, kind);
    }

    @Override
    public boolean __contains__(PyObject o) {
        switch (kind) {
            case DictIterator.KEYS:
                return dict.getItem(o) != null;
            case DictIterator.ITEMS: {
                if (!(o instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                PyObject v = dict.getItem(t.get(0));
                return v != null && Ops.eq(v, t.get(1));
            }
            default:
                return Ops.iterContains(this, o);
        }
    }

    @Override
    public long __hash__() {
        throw Py.TypeError("unhashable type: '" + getType().getName() + "'");
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of(getType().getName() + "(" + Ops.repr(new PyList(Ops.toList(this))) + ")");
    }
}
