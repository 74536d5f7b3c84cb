package taipan.runtime;

/** {@code complex}. */
@ExposedType(name = "complex")
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyComplex.class);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public boolean __nonzero__() {
        return real != 0.0 || imag != 0.0;
    }

    /** An instance of a Python subclass of complex. */
    public static final class Derived extends PyComplex implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type, double real, double imag) {
            super(real, imag);
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
