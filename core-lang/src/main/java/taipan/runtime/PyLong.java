package taipan.runtime;

import java.math.BigInteger;

/** {@code long}: arbitrary precision. */
@ExposedType(name = "long")
public class PyLong extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyLong.class);

    public final BigInteger value;

    public PyLong(BigInteger value) {
        this.value = value;
    }

    public static PyLong of(long v) {
        return new PyLong(BigInteger.valueOf(v));
    }

    public static PyLong of(BigInteger v) {
        return new PyLong(v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The value as a Java long, or OverflowError. */
    public long longValueExact() {
        if (value.bitLength() > 63) {
            throw Py.OverflowError("Python int too large to convert to C long");
        }
        return value.longValue();
    }

    public double doubleValue() {
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            throw Py.OverflowError("long int too large to convert to float");
        }
        return d;
    }

    /** CPython 2.7's long hash (30-bit digits, rotation); equals int's hash in int range. */
    @Override
    public long __hash__() {
        BigInteger a = value.abs();
        int sign = value.signum();
        int ndigits = (a.bitLength() + 29) / 30;
        long x = 0;
        for (int i = ndigits - 1; i >= 0; i--) {
            long digit = a.shiftRight(30 * i).longValue() & 0x3fffffffL;
            x = (x << 30) | (x >>> (64 - 30));
            x += digit;
            if (Long.compareUnsigned(x, digit) < 0) {
                x++;
            }
        }
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of(value.toString() + "L");
    }

    @Override
    public PyObject __str__() {
        return PyStr.of(value.toString());
    }

    @Override
    public boolean __nonzero__() {
        return value.signum() != 0;
    }

    @Override
    public PyObject __index__() {
        return getClass() == PyLong.class ? this : new PyLong(value);
    }

    /** An instance of a Python subclass of long. */
    public static final class Derived extends PyLong implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type, BigInteger value) {
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
