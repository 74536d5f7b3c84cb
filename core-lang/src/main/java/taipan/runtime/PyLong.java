package taipan.runtime;

import java.math.BigInteger;

/**
 * {@code long}: arbitrary precision. Operations accept int and long operands (an int is
 * converted as 2.7's long coercion does) and always return a long; NotImplemented (null)
 * for anything else.
 */
@ExposedType(name = "long", doc = PyLong.DOC)
public class PyLong extends PyObject {
    static final String DOC = "long(x=0) -> long\nlong(x, base=10) -> long\n\n"
            + "Convert a number or string to a long integer, or return 0L if no arguments\n"
            + "are given.  If x is floating point, the conversion truncates towards zero.\n\n"
            + "If x is not a number or if base is given, then x must be a string or\n"
            + "Unicode object representing an integer literal in the given base.  The\n"
            + "literal can be preceded by '+' or '-' and be surrounded by whitespace.\n"
            + "The base defaults to 10.  Valid bases are 0 and 2-36.  Base 0 means to\n"
            + "interpret the base from the string as an integer literal.\n"
            + ">>> int('0b100', base=0)\n4L";

    public static final PyType TYPE = PyType.builtin(PyLong.class);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

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

    /** An int when the value fits a C long, else a long (what {@code int()} returns). */
    public static PyObject intOrLong(BigInteger v) {
        return v.bitLength() <= 63 ? PyInt.of(v.longValue()) : new PyLong(v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** This value as an exact long (itself when already exact). */
    final PyLong exact() {
        return getClass() == PyLong.class ? this : new PyLong(value);
    }

    /** The value of an int or long operand, or null for other types. */
    static BigInteger big(PyObject o) {
        if (o instanceof PyInt i) {
            return BigInteger.valueOf(i.value);
        }
        if (o instanceof PyLong l) {
            return l.value;
        }
        return null;
    }

    /** The value as a Java long, or OverflowError. */
    public long longValueExact() {
        if (value.bitLength() > 63) {
            throw Py.OverflowError("Python int too large to convert to C long");
        }
        return value.longValue();
    }

    /** The value as a double (correctly rounded), or OverflowError. */
    public double doubleValue() {
        return toDouble(value);
    }

    /** A big integer as a double (correctly rounded, half-even), or OverflowError. */
    public static double toDouble(BigInteger v) {
        if (v.bitLength() <= 63) {
            return (double) v.longValue();
        }
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw Py.OverflowError("long int too large to convert to float");
        }
        return d;
    }

    static PyException zeroDivision() {
        return Py.ZeroDivisionError("long division or modulo by zero");
    }

    /** A shift count or similar index: OverflowError when it does not fit Py_ssize_t. */
    static long ssize(BigInteger b) {
        if (b.bitLength() > 63) {
            throw Py.OverflowError("long int too large to convert to int");
        }
        return b.longValue();
    }

    // ---- construction ------------------------------------------------------------------------

    private static final String[] NEW_KW = {"x", "base"};

    @ExposedNew
    static PyObject long_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("long", args, kw, NEW_KW, 0);
        PyObject r = construct(a[0], a[1]);
        if (subtype == TYPE) {
            return r;
        }
        return new Derived(subtype, ((PyLong) r).value);
    }

    /** {@code long(x)} / {@code long(x, base)}; either may be null. Always an exact long. */
    public static PyObject construct(PyObject x, PyObject baseArg) {
        if (x == null) {
            if (baseArg != null) {
                throw Py.TypeError("long() missing string argument");
            }
            return new PyLong(BigInteger.ZERO);
        }
        if (baseArg == null) {
            return toLong(x);
        }
        int base = Py.asIntArg(baseArg);
        if (x instanceof PyStr s) {
            String str = s.toString();
            PyInt.checkBase(base, "long");
            if (str.indexOf('\0') >= 0) {
                throw Py.ValueError("invalid literal for long() with base " + base + ": " + Ops.repr(s));
            }
            return NumberParser.parseLong(str, base);
        }
        if (x instanceof PyUnicode u) {
            PyInt.checkBase(base, "long");
            return NumberParser.parseLong(NumberParser.encodeDecimal(u), base);
        }
        throw Py.TypeError("long() can't convert non-string with explicit base");
    }

    /** 2.7's PyNumber_Long: {@code long(x)}, always returning an exact long. */
    public static PyObject toLong(PyObject x) {
        if (x.getClass() == PyLong.class) {
            return x;
        }
        PyObject r = Ops.longOrNull(x);
        if (r != null) {
            if (r instanceof PyInt i) {
                return new PyLong(BigInteger.valueOf(i.value));
            }
            if (r instanceof PyLong l) {
                return l.exact();
            }
            throw Py.TypeError("__long__ returned non-long (type " + r.getType().getName() + ")");
        }
        if (x instanceof PyLong l) {
            return l.exact();
        }
        PyObject trunc = Ops.getattrOrNull(x, "__trunc__");
        if (trunc != null) {
            PyObject t = PyInt.integralToInt(Ops.call(trunc), "__trunc__ returned non-Integral (type ");
            return t instanceof PyInt i ? new PyLong(BigInteger.valueOf(i.value)) : ((PyLong) t).exact();
        }
        if (x instanceof PyStr s) {
            return PyInt.fromCString(s.toString(), "long");
        }
        if (x instanceof PyUnicode u) {
            return NumberParser.parseLong(NumberParser.encodeDecimal(u), 10);
        }
        throw Py.TypeError("long() argument must be a string or a number, not '" + x.getType().getName() + "'");
    }

    // ---- representation --------------------------------------------------------------------

    /** CPython 2.7's long hash (30-bit digits, rotation); equals int's hash in int range. */
    @Override
    public long __hash__() {
        if (value.bitLength() <= 63) {
            long v = value.longValue();
            return v == -1 ? -2 : v;
        }
        return hash(value);
    }

    static long hash(BigInteger value) {
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
    @ExposedMethod
    public PyObject __format__(PyObject spec) {
        return NumberFormat.formatMethod(this, spec);
    }

    @Override
    public PyObject __oct__() {
        if (value.signum() == 0) {
            return PyStr.of("0L");
        }
        String d = value.abs().toString(8);
        return PyStr.of((value.signum() < 0 ? "-0" : "0") + d + "L");
    }

    @Override
    public PyObject __hex__() {
        String d = value.abs().toString(16);
        return PyStr.of((value.signum() < 0 ? "-0x" : "0x") + d + "L");
    }

    @ExposedMethod(names = "__sizeof__", doc = "Returns size in memory, in bytes")
    public PyObject longSizeof() {
        return PyInt.of(24 + 4 * ((value.abs().bitLength() + 29) / 30));
    }

    // ---- truth and conversions -------------------------------------------------------------

    @Override
    public boolean __nonzero__() {
        return value.signum() != 0;
    }

    @Override
    public PyObject __index__() {
        return exact();
    }

    @Override
    public PyObject __int__() {
        if (value.bitLength() <= 63) {
            return PyInt.of(value.longValue());
        }
        return exact();
    }

    @Override
    public PyObject __long__() {
        return exact();
    }

    @Override
    public PyObject __float__() {
        return new PyFloat(toDouble(value));
    }

    @ExposedMethod(doc = "Truncating an Integral returns itself.")
    public PyObject __trunc__() {
        return exact();
    }

    @ExposedMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(new PyLong(value));
    }

    @ExposedMethod(doc = "Returns self, the complex conjugate of any long.")
    public PyObject conjugate() {
        return exact();
    }

    @ExposedMethod(doc = "long.bit_length() -> int or long\n\nNumber of bits necessary to represent self in binary.\n"
            + ">>> bin(37L)\n'0b100101'\n>>> (37L).bit_length()\n6")
    public PyObject bit_length() {
        return PyInt.of(value.abs().bitLength());
    }

    @ExposedGet(name = "real", doc = "the real part of a complex number")
    public PyObject getReal() {
        return exact();
    }

    @ExposedGet(name = "imag", doc = "the imaginary part of a complex number")
    public PyObject getImag() {
        return new PyLong(BigInteger.ZERO);
    }

    @ExposedGet(name = "numerator", doc = "the numerator of a rational number in lowest terms")
    public PyObject getNumerator() {
        return exact();
    }

    @ExposedGet(name = "denominator", doc = "the denominator of a rational number in lowest terms")
    public PyObject getDenominator() {
        return new PyLong(BigInteger.ONE);
    }

    // ---- comparison and coercion -----------------------------------------------------------------

    @Override
    public int __cmp__(PyObject o) {
        BigInteger b = big(o);
        if (b == null) {
            return Ops.CMP_NOT_IMPLEMENTED;
        }
        return value.compareTo(b);
    }

    @Override
    public PyObject __coerce__(PyObject o) {
        if (o instanceof PyInt i) {
            return PyTuple.of(this, new PyLong(BigInteger.valueOf(i.value)));
        }
        if (o instanceof PyLong) {
            return PyTuple.of(this, o);
        }
        return null;
    }

    // ---- arithmetic on big integers -------------------------------------------------------------------

    static PyLong floorDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw zeroDivision();
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            q = q.subtract(BigInteger.ONE);
        }
        return new PyLong(q);
    }

    static PyLong mod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw zeroDivision();
        }
        BigInteger r = a.remainder(b);
        if (r.signum() != 0 && r.signum() != b.signum()) {
            r = r.add(b);
        }
        return new PyLong(r);
    }

    static PyTuple divmod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw zeroDivision();
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() != 0 && r.signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(b);
        }
        return PyTuple.of(new PyLong(q), new PyLong(r));
    }

    /** a / b correctly rounded to a double (round-half-even), as 2.7's long_true_divide. */
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw Py.ZeroDivisionError("division by zero");
        }
        boolean neg = (a.signum() < 0) != (b.signum() < 0);
        if (a.signum() == 0) {
            return neg ? -0.0 : 0.0;
        }
        BigInteger x = a.abs(), y = b.abs();
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            double r = x.doubleValue() / y.doubleValue();
            return neg ? -r : r;
        }
        int e = x.bitLength() - y.bitLength(); // x/y in (2^(e-1), 2^(e+1))
        if (e > 1025) {
            throw Py.OverflowError("integer division result too large for a float");
        }
        if (e < -1080) {
            return neg ? -0.0 : 0.0;
        }
        int s = 55 - e; // the quotient gets 55 or 56 bits
        BigInteger num = s >= 0 ? x.shiftLeft(s) : x;
        BigInteger den = s >= 0 ? y : y.shiftLeft(-s);
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.setBit(0); // sticky: the rounding below sees an inexact quotient
        }
        double r = FloatFormat.scaleRound(q, -s);
        if (Double.isInfinite(r)) {
            throw Py.OverflowError("integer division result too large for a float");
        }
        return neg ? -r : r;
    }

    static PyObject shiftLeft(BigInteger a, long n) {
        if (n < 0) {
            throw PyInt.negativeShift();
        }
        if (a.signum() == 0) {
            return new PyLong(BigInteger.ZERO);
        }
        if (n > Integer.MAX_VALUE - 64 || a.bitLength() + n > Integer.MAX_VALUE - 64) {
            throw Py.MemoryError(null);
        }
        return new PyLong(a.shiftLeft((int) n));
    }

    static PyObject shiftRight(BigInteger a, long n) {
        if (n < 0) {
            throw PyInt.negativeShift();
        }
        if (n >= a.bitLength()) {
            return new PyLong(a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO);
        }
        return new PyLong(a.shiftRight((int) n));
    }

    /**
     * 2.7's long_pow: {@code c} is null for two arguments. A negative exponent gives a
     * float (or a TypeError with a modulus); the result of a modulus has the modulus' sign.
     */
    static PyObject pow(BigInteger a, BigInteger b, BigInteger c) {
        if (c != null && c.signum() == 0) {
            if (b.signum() < 0) {
                throw Py.TypeError("pow() 2nd argument cannot be negative when 3rd argument specified");
            }
            throw Py.ValueError("pow() 3rd argument cannot be 0");
        }
        if (b.signum() < 0) {
            if (c != null) {
                throw Py.TypeError("pow() 2nd argument cannot be negative when 3rd argument specified");
            }
            return PyFloat.pow(toDouble(a), toDouble(b));
        }
        if (c != null) {
            boolean negative = c.signum() < 0;
            BigInteger m = c.abs();
            BigInteger r = m.equals(BigInteger.ONE) ? BigInteger.ZERO : a.modPow(b, m);
            if (negative && r.signum() != 0) {
                r = r.subtract(m);
            }
            return new PyLong(r);
        }
        if (a.signum() == 0) {
            return new PyLong(b.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO);
        }
        if (a.equals(BigInteger.ONE)) {
            return new PyLong(BigInteger.ONE);
        }
        if (a.equals(BigInteger.ONE.negate())) {
            return new PyLong(b.testBit(0) ? a : BigInteger.ONE);
        }
        if (b.bitLength() > 31 || (long) (a.bitLength() - 1) * b.intValue() > Integer.MAX_VALUE - 64) {
            throw Py.MemoryError(null);
        }
        return new PyLong(a.pow(b.intValue()));
    }

    /**
     * The modulus' turn in 3-argument {@code pow(v, w, z)} (2.7's ternary_op tries z's
     * type last) for a builtin z: long_pow, float_pow or complex_pow called with all
     * three operands; null when z's type does not take them.
     */
    public static PyObject modulusPow(PyObject v, PyObject w, PyObject z) {
        if (z instanceof PyLong) {
            BigInteger a = big(v), b = big(w), c = big(z);
            return a == null || b == null ? null : pow(a, b, c);
        }
        if (z instanceof PyFloat && PyFloat.isReal(v) && PyFloat.isReal(w)) {
            throw Py.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (z instanceof PyComplex && PyComplex.isNumber(v) && PyComplex.isNumber(w)) {
            throw Py.ValueError("complex modulo");
        }
        return null;
    }

    @Override
    public PyObject __add__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyLong(value.add(b));
    }

    @Override
    public PyObject __radd__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyLong(b.add(value));
    }

    @Override
    public PyObject __sub__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyLong(value.subtract(b));
    }

    @Override
    public PyObject __rsub__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyLong(b.subtract(value));
    }

    @Override
    public PyObject __mul__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyLong(value.multiply(b));
    }

    @Override
    public PyObject __rmul__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyLong(b.multiply(value));
    }

    @Override
    public PyObject __div__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : floorDiv(value, b);
    }

    @Override
    public PyObject __rdiv__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : floorDiv(b, value);
    }

    @Override
    public PyObject __floordiv__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : floorDiv(value, b);
    }

    @Override
    public PyObject __rfloordiv__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : floorDiv(b, value);
    }

    @Override
    public PyObject __truediv__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyFloat(trueDivide(value, b));
    }

    @Override
    public PyObject __rtruediv__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyFloat(trueDivide(b, value));
    }

    @Override
    public PyObject __mod__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : mod(value, b);
    }

    @Override
    public PyObject __rmod__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : mod(b, value);
    }

    @Override
    public PyObject __divmod__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : divmod(value, b);
    }

    @Override
    public PyObject __rdivmod__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : divmod(b, value);
    }

    @Override
    public PyObject __pow__(PyObject o, PyObject modulo) {
        BigInteger b = big(o);
        if (b == null) {
            return null;
        }
        BigInteger c = null;
        if (modulo != null) {
            c = big(modulo);
            if (c == null) {
                return null;
            }
        }
        return pow(value, b, c);
    }

    @Override
    public PyObject __rpow__(PyObject o, PyObject modulo) {
        BigInteger a = big(o);
        if (a == null) {
            return null;
        }
        BigInteger c = null;
        if (modulo != null) {
            c = big(modulo);
            if (c == null) {
                return null;
            }
        }
        return pow(a, value, c);
    }

    @Override
    public PyObject __lshift__(PyObject o) {
        BigInteger b = big(o);
        if (b == null) {
            return null;
        }
        if (b.signum() < 0) {
            throw PyInt.negativeShift();
        }
        return shiftLeft(value, ssize(b));
    }

    @Override
    public PyObject __rlshift__(PyObject o) {
        BigInteger a = big(o);
        if (a == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw PyInt.negativeShift();
        }
        return shiftLeft(a, ssize(value));
    }

    @Override
    public PyObject __rshift__(PyObject o) {
        BigInteger b = big(o);
        if (b == null) {
            return null;
        }
        if (b.signum() < 0) {
            throw PyInt.negativeShift();
        }
        return shiftRight(value, ssize(b));
    }

    @Override
    public PyObject __rrshift__(PyObject o) {
        BigInteger a = big(o);
        if (a == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw PyInt.negativeShift();
        }
        return shiftRight(a, ssize(value));
    }

    @Override
    public PyObject __and__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyLong(value.and(b));
    }

    @Override
    public PyObject __rand__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyLong(b.and(value));
    }

    @Override
    public PyObject __or__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyLong(value.or(b));
    }

    @Override
    public PyObject __ror__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyLong(b.or(value));
    }

    @Override
    public PyObject __xor__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyLong(value.xor(b));
    }

    @Override
    public PyObject __rxor__(PyObject o) {
        BigInteger b = big(o);
        return b == null ? null : new PyLong(b.xor(value));
    }

    @Override
    public PyObject __neg__() {
        return new PyLong(value.negate());
    }

    @Override
    public PyObject __pos__() {
        return exact();
    }

    @Override
    public PyObject __abs__() {
        return value.signum() < 0 ? new PyLong(value.negate()) : exact();
    }

    @Override
    public PyObject __invert__() {
        return new PyLong(value.not());
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

        public Derived(PyType type) {
            this(type, BigInteger.ZERO);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public PyDict getDict() { return dict; }
        @Override public void setDict(PyDict dict) { this.dict = dict; }
        @Override public PyObject[] getSlots() { return slots; }
    }
}
