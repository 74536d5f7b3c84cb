package taipan.runtime;

/** {@code int}: a 64-bit C long, as on 64-bit Linux CPython 2.7; overflows into {@link PyLong}. */
@ExposedType(name = "int")
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyInt.class);

    private static final int CACHE_LOW = -5, CACHE_HIGH = 256;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(i + CACHE_LOW);
        }
    }

    public final long value;

    public PyInt(long value) {
        this.value = value;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v);
    }

    public static PyInt of(int v) {
        return of((long) v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public long __hash__() {
        return value == -1 ? -2 : value;
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of(Long.toString(value));
    }

    @Override
    public boolean __nonzero__() {
        return value != 0;
    }

    @Override
    public PyObject __index__() {
        return getClass() == PyInt.class ? this : PyInt.of(value);
    }

    @Override
    public PyObject __int__() {
        return getClass() == PyInt.class ? this : PyInt.of(value);
    }

    /** An instance of a Python subclass of int. */
    public static final class Derived extends PyInt implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type, long value) {
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
