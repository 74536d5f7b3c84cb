package taipan.runtime;

/** {@code dictproxy}: the read-only {@code __dict__} of a class. */
@ExposedType(name = "dictproxy", subclassable = false)
public final class PyDictProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyDictProxy.class);

    private final PyDict dict;

    public PyDictProxy(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public PyDict getWrapped() {
        return dict;
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        return dict.__getitem__(key);
    }

    @Override
    public boolean __contains__(PyObject key) {
        return dict.__contains__(key);
    }

    @Override
    public int __len__() {
        return dict.size();
    }

    @Override
    public PyObject __iter__() {
        return dict.__iter__();
    }

    @ExposedMethod
    public PyObject get(PyObject key, @Default("None") PyObject dflt) {
        return dict.get(key, dflt);
    }

    @ExposedMethod
    public boolean has_key(PyObject key) {
        return dict.has_key(key);
    }

    @ExposedMethod
    public PyObject keys() {
        return dict.keys();
    }

    @ExposedMethod
    public PyObject values() {
        return dict.values();
    }

    @ExposedMethod
    public PyObject items() {
        return dict.items();
    }

    @ExposedMethod
    public PyObject iterkeys() {
        return dict.iterkeys();
    }

    @ExposedMethod
    public PyObject itervalues() {
        return dict.itervalues();
    }

    @ExposedMethod
    public PyObject iteritems() {
        return dict.iteritems();
    }

    @ExposedMethod
    public PyObject copy() {
        return dict.copy();
    }

    @Override
    public PyObject __str__() {
        return dict.__repr__();
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of("dict_proxy(" + dict.__repr__() + ")");
    }

    @Override
    public int __cmp__(PyObject o) {
        return Ops.cmp(dict, o);
    }

    @Override
    public PyObject __eq__(PyObject o) {
        return Ops.richCompare(dict, o instanceof PyDictProxy p ? p.dict : o, CompareOp.EQ);
    }
}
