package taipan.runtime;

import java.util.List;

/** Iterators over a dict's keys, values or items; detect size changes as 2.7 does. */
@ExposedType(name = "dictionary-keyiterator", subclassable = false)
public final class DictIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin(DictIterator.class);
    static final PyType VALUES_TYPE = PyType.newBuiltin("dictionary-valueiterator", PyType.OBJECT, DictIterator.class, DictIterator.class, null);
    static final PyType ITEMS_TYPE = PyType.newBuiltin("dictionary-itemiterator", PyType.OBJECT, DictIterator.class, DictIterator.class, null);

    static final int KEYS = 0, VALUES = 1, ITEMS = 2;

    private final PyDict dict;
    private final int kind;
    private final int expectedSize;
    private List<PyDict.Entry> snapshot;
    private int pos;

    DictIterator(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
        this.expectedSize = dict.size();
    }

    @Override
    public PyType getType() {
        return kind == KEYS ? TYPE : kind == VALUES ? VALUES_TYPE : ITEMS_TYPE;
    }

    @Override
    public PyObject __iter__() {
        return this;
    }

    @Override
    public PyObject __iternext__() {
        if (snapshot == null) {
            snapshot = dict.entries();
        }
        if (dict.size() != expectedSize) {
            pos = snapshot.size();
            throw Py.RuntimeError("dictionary changed size during iteration");
        }
        while (pos < snapshot.size()) {
            PyDict.Entry e = snapshot.get(pos++);
            PyObject v = e.value;
            if (v == null) {
                continue; // deleted and re-added keys keep the size: skip the dead entry
            }
            switch (kind) {
                case KEYS: return e.key;
                case VALUES: return v;
                default: return PyTuple.of(e.key, v);
            }
        }
        return null;
    }

    @ExposedMethod
    public PyObject __length_hint__() {
        if (snapshot == null) {
            return PyInt.of(dict.size());
        }
        return PyInt.of(Math.max(0, snapshot.size() - pos));
    }
}
