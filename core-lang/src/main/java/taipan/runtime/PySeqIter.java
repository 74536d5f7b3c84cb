package taipan.runtime;

/** The iterator over anything with {@code __getitem__} (and over str, tuple, ...). */
@ExposedType(name = "iterator", subclassable = false)
public final class PySeqIter extends PyObject {
    public static final PyType TYPE = PyType.builtin(PySeqIter.class);

    private PyObject seq;
    private int index;

    public PySeqIter(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject __iter__() {
        return this;
    }

    @Override
    public PyObject __iternext__() {
        PyObject s = seq;
        if (s == null) {
            return null;
        }
        if (s instanceof PyTuple t && s.getClass() == PyTuple.class) {
            if (index < t.items.length) {
                return t.items[index++];
            }
            seq = null;
            return null;
        }
        if (s.getClass() == PyStr.class) {
            PyStr str = (PyStr) s;
            if (index < str.value.length) {
                return PyStr.ofChar(str.value[index++]);
            }
            seq = null;
            return null;
        }
        try {
            return Ops.getitem(s, PyInt.of(index++));
        } catch (PyException e) {
            if (e.matches(Exceptions.IndexError) || e.matches(Exceptions.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }

    @ExposedMethod
    public PyObject __length_hint__() {
        if (seq == null) {
            return PyInt.of(0);
        }
        try {
            return PyInt.of(Math.max(0, Ops.len(seq) - index));
        } catch (PyException e) {
            return PyInt.of(0);
        }
    }
}
