package taipan.runtime;

/** An instance of a Python class whose only builtin base is {@code object}. */
public class PyUserObject extends PyObject implements Derived {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    public PyUserObject(PyType type) {
        this.type = type;
        this.dict = Derived.dictFor(type);
        this.slots = Derived.slotsFor(type);
    }

    @Override public PyType getType() { return type; }
    @Override public void setType(PyType type) { this.type = type; }
    @Override public PyDict getDict() { return dict; }
    @Override public void setDict(PyDict dict) { this.dict = dict; }
    @Override public PyObject[] getSlots() { return slots; }
}
