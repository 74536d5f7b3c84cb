package taipan.runtime;

/** {@code float}: a Java double. */
@ExposedType(name = "float")
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyFloat.class);

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public boolean __nonzero__() {
        return value != 0.0;
    }

    /** An instance of a Python subclass of float. */
    public static final class Derived extends PyFloat implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type, double value) {
            super(value);
            this.type = type;
            this.dict = taipan.runtime.Derived.dictFor(type);
            this.slots = taipan.runtime.Derived.slotsFor(type);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public PyDict getDict() { return dict; }
        @Override public void setDict(PyDict dict) { this.dict = dict; }
        @Override public PyObject[] getSlots() { return slots; }
    }
}
