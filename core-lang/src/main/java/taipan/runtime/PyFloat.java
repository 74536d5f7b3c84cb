package taipan.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code float}: a Java double. Operands may be int, long or float (a long too large
 * for a double raises OverflowError); anything else gives NotImplemented (null).
 * Comparisons with ints and longs are exact, as 2.7's float_richcompare.
 */
@ExposedType(name = "float", doc = "float(x) -> floating point number\n\n"
        + "Convert a string or number to a floating point number, if possible.")
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

    /** This value as an exact float (itself when already exact). */
    final PyFloat exact() {
        return getClass() == PyFloat.class ? this : new PyFloat(value);
    }

    /** Whether o converts to a double for arithmetic (int, long, float). */
    static boolean isReal(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt || o instanceof PyLong;
    }

    /** The double of an int, long or float (OverflowError for huge longs). */
    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return (double) i.value;
        }
        return PyLong.toDouble(((PyLong) o).value);
    }

    // ---- construction -----------------------------------------------------------------------------

    private static final String[] NEW_KW = {"x"};

    @ExposedNew
    static PyObject float_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("float", args, kw, NEW_KW, 0);
        if (a[0] == null) {
            return subtype == TYPE ? new PyFloat(0.0) : new Derived(subtype, 0.0);
        }
        PyFloat r = toFloat(a[0]);
        return subtype == TYPE ? r : new Derived(subtype, r.value);
    }

    /** 2.7's PyNumber_Float: {@code float(x)}. */
    public static PyFloat toFloat(PyObject x) {
        if (x.getClass() == PyFloat.class) {
            return (PyFloat) x;
        }
        PyObject r = Ops.floatOrNull(x);
        if (r != null) {
            if (!(r instanceof PyFloat f)) {
                throw Py.TypeError("__float__ returned non-float (type " + r.getType().getName() + ")");
            }
            return f;
        }
        if (x instanceof PyFloat f) {
            return new PyFloat(f.value);
        }
        if (x instanceof PyStr s) {
            return new PyFloat(NumberParser.parseFloat(s.toString()));
        }
        if (x instanceof PyUnicode u) {
            return new PyFloat(NumberParser.parseFloat(NumberParser.encodeDecimal(u)));
        }
        throw Py.TypeError("float() argument must be a string or a number");
    }

    // ---- representation ----------------------------------------------------------------------------

    @Override
    public PyObject __repr__() {
        return PyStr.of(FloatFormat.repr(value));
    }

    @Override
    public PyObject __str__() {
        return PyStr.of(FloatFormat.str(value));
    }

    @Override
    @ExposedMethod(doc = "float.__format__(format_spec) -> string\n\nFormats the float according to format_spec.")
    public PyObject __format__(PyObject spec) {
        return NumberFormat.formatMethod(this, spec);
    }

    @Override
    public long __hash__() {
        return hashDouble(value);
    }

    /** CPython 2.7's _Py_HashDouble: integral values hash as the equal int or long. */
    public static long hashDouble(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -271828;
        }
        double intpart = v >= 0 ? Math.floor(v) : Math.ceil(v);
        if (v == intpart) {
            if (intpart > Long.MAX_VALUE / 2 || -intpart > Long.MAX_VALUE / 2) {
                BigInteger b = new BigDecimal(intpart).toBigInteger();
                if (b.bitLength() <= 63) {
                    long x = b.longValue();
                    return x == -1 ? -2 : x;
                }
                return PyLong.hash(b);
            }
            long x = (long) intpart;
            return x == -1 ? -2 : x;
        }
        // frexp: v = m * 2^e with 0.5 <= |m| < 1
        int e;
        double m;
        if (Math.getExponent(v) == Double.MIN_EXPONENT - 1) { // subnormal
            double n = v * 0x1p54;
            e = Math.getExponent(n) + 1 - 54;
            m = Math.scalb(n, -(Math.getExponent(n) + 1));
        } else {
            e = Math.getExponent(v) + 1;
            m = Math.scalb(v, -e);
        }
        m *= 2147483648.0;
        long hipart = (long) m;
        m = (m - (double) hipart) * 2147483648.0;
        long x = hipart + (long) m + (long) (e << 15);
        return x == -1 ? -2 : x;
    }

    // ---- truth and conversions ------------------------------------------------------------------------

    @Override
    public boolean __nonzero__() {
        return value != 0.0;
    }

    @Override
    public PyObject __float__() {
        return exact();
    }

    /** The integral part as an int (or a long outside the C long range). */
    static PyObject truncate(double v) {
        if (Double.isNaN(v)) {
            throw Py.ValueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw Py.OverflowError("cannot convert float infinity to integer");
        }
        double w = v >= 0 ? Math.floor(v) : Math.ceil(v);
        if (w >= -0x1p63 && w < 0x1p63) {
            return PyInt.of((long) w);
        }
        return new PyLong(new BigDecimal(w).toBigInteger());
    }

    /** The integral part as a BigInteger (ValueError/OverflowError for nan and inf). */
    static BigInteger truncateBig(double v) {
        PyObject t = truncate(v);
        return t instanceof PyInt i ? BigInteger.valueOf(i.value) : ((PyLong) t).value;
    }

    @Override
    public PyObject __int__() {
        return truncate(value);
    }

    @Override
    public PyObject __long__() {
        return new PyLong(truncateBig(value));
    }

    @ExposedMethod(doc = "Return the Integral closest to x between 0 and x.")
    public PyObject __trunc__() {
        return truncate(value);
    }

    @ExposedMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(new PyFloat(value));
    }

    @ExposedMethod(doc = "Return self, the complex conjugate of any float.")
    public PyObject conjugate() {
        return exact();
    }

    @ExposedGet(name = "real", doc = "the real part of a complex number")
    public PyObject getReal() {
        return exact();
    }

    @ExposedGet(name = "imag", doc = "the imaginary part of a complex number")
    public PyObject getImag() {
        return new PyFloat(0.0);
    }

    @ExposedMethod(doc = "Return True if the float is an integer.")
    public PyObject is_integer() {
        return Py.bool(!Double.isInfinite(value) && !Double.isNaN(value) && Math.floor(value) == value);
    }

    @ExposedMethod(doc = "float.as_integer_ratio() -> (int, int)\n\n"
            + "Return a pair of integers, whose ratio is exactly equal to the original\n"
            + "float and with a positive denominator.\n"
            + "Raise OverflowError on infinities and a ValueError on NaNs.\n\n"
            + ">>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n"
            + ">>> (-.25).as_integer_ratio()\n(-1, 4)")
    public PyObject as_integer_ratio() {
        double v = value;
        if (Double.isInfinite(v)) {
            throw Py.OverflowError("Cannot pass infinity to float.as_integer_ratio.");
        }
        if (Double.isNaN(v)) {
            throw Py.ValueError("Cannot pass NaN to float.as_integer_ratio.");
        }
        if (v == 0) {
            return PyTuple.of(PyInt.of(0), PyInt.of(1));
        }
        long bits = Double.doubleToRawLongBits(v);
        int be = (int) (bits >>> 52) & 0x7ff;
        long mant = bits & ((1L << 52) - 1);
        int e;
        if (be == 0) {
            e = -1074;
        } else {
            mant |= 1L << 52;
            e = be - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        e += tz;
        if (bits < 0) {
            mant = -mant;
        }
        BigInteger num = BigInteger.valueOf(mant);
        BigInteger den = BigInteger.ONE;
        if (e >= 0) {
            num = num.shiftLeft(e);
        } else {
            den = den.shiftLeft(-e);
        }
        return PyTuple.of(PyLong.intOrLong(num), PyLong.intOrLong(den));
    }

    @ExposedMethod(doc = "float.hex() -> string\n\nReturn a hexadecimal representation of a floating-point number.\n"
            + ">>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'")
    public PyObject hex() {
        return PyStr.of(FloatFormat.toHex(value));
    }

    @ExposedMethod(classMethod = true, doc = "float.fromhex(string) -> float\n\n"
            + "Create a floating-point number from a hexadecimal string.\n"
            + ">>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-4.9406564584124654e-324")
    static PyObject fromhex(PyObject cls, PyObject s) {
        String str;
        if (s instanceof PyStr ps) {
            str = ps.toString();
        } else if (s instanceof PyUnicode u) {
            str = PyStr.fromUnicodeDefault(u).toString();
        } else {
            throw Py.TypeError("expected string or Unicode object, " + s.getType().getName() + " found");
        }
        double d = FloatFormat.fromHex(str);
        if (Double.isNaN(d)) {
            d = NumberParser.PY_NAN;
        }
        PyFloat r = new PyFloat(d);
        return cls == TYPE ? r : Ops.call(cls, r);
    }

    private static volatile String doubleFormat = "IEEE, little-endian";
    private static volatile String floatFormat = "IEEE, little-endian";

    @ExposedMethod(classMethod = true, doc = "float.__getformat__(typestr) -> string\n\n"
            + "You probably don't want to use this function.  It exists mainly to be\n"
            + "used in Python's test suite.\n\n"
            + "typestr must be 'double' or 'float'.  This function returns whichever of\n"
            + "'unknown', 'IEEE, big-endian' or 'IEEE, little-endian' best describes the\n"
            + "format of floating point numbers used by the C type named by typestr.")
    static PyObject __getformat__(PyObject cls, PyObject typestr) {
        if (!(typestr instanceof PyStr)) {
            throw Py.TypeError("__getformat__() argument must be string, not " + typestr.getType().getName());
        }
        String t = typestr.toString();
        if (t.equals("double")) {
            return PyStr.of(doubleFormat);
        }
        if (t.equals("float")) {
            return PyStr.of(floatFormat);
        }
        throw Py.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
    }

    @ExposedMethod(classMethod = true, doc = "float.__setformat__(typestr, fmt) -> None\n\n"
            + "You probably don't want to use this function.  It exists mainly to be\n"
            + "used in Python's test suite.\n\n"
            + "typestr must be 'double' or 'float'.  fmt must be one of 'unknown',\n"
            + "'IEEE, big-endian' or 'IEEE, little-endian', and in addition can only be\n"
            + "one of the latter two if it appears to match the underlying C reality.\n\n"
            + "Override the automatic determination of C-level floating point type.\n"
            + "This affects how floats are converted to and from binary strings.")
    static PyObject __setformat__(PyObject cls, String typestr, String fmt) {
        boolean isDouble;
        if (typestr.equals("double")) {
            isDouble = true;
        } else if (typestr.equals("float")) {
            isDouble = false;
        } else {
            throw Py.ValueError("__setformat__() argument 1 must be 'double' or 'float'");
        }
        if (!fmt.equals("unknown") && !fmt.equals("IEEE, little-endian") && !fmt.equals("IEEE, big-endian")) {
            throw Py.ValueError("__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'");
        }
        if (fmt.equals("IEEE, big-endian")) {
            throw Py.ValueError("can only set " + typestr + " format to 'unknown' or the detected platform value");
        }
        if (isDouble) {
            doubleFormat = fmt;
        } else {
            floatFormat = fmt;
        }
        return Py.None;
    }

    // ---- comparison and coercion ---------------------------------------------------------------------

    /**
     * Exact three-way comparison of a double with an int or long value: -1, 0, 1, or 2
     * when d is NaN (unordered).
     */
    static int compareExact(double d, PyObject w) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (w instanceof PyFloat f) {
            double e = f.value;
            if (Double.isNaN(e)) {
                return 2;
            }
            return d < e ? -1 : d > e ? 1 : 0;
        }
        if (w instanceof PyInt i) {
            return compareLong(d, i.value);
        }
        return compareBig(d, ((PyLong) w).value);
    }

    static int compareLong(double d, long i) {
        if (i >= -(1L << 53) && i <= (1L << 53)) {
            double e = (double) i;
            return d < e ? -1 : d > e ? 1 : 0;
        }
        if (d >= 0x1p63) {
            return 1;
        }
        if (d < -0x1p63) {
            return -1;
        }
        long t = (long) d; // truncation, exact for |d| < 2^63
        if (t != i) {
            return t < i ? -1 : 1;
        }
        double frac = d - (double) t;
        return frac > 0 ? 1 : frac < 0 ? -1 : 0;
    }

    static int compareBig(double d, BigInteger b) {
        if (b.bitLength() <= 63) {
            return compareLong(d, b.longValue());
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        BigDecimal bd = new BigDecimal(d);
        return bd.compareTo(new BigDecimal(b));
    }

    private PyObject rich(PyObject o, CompareOp op) {
        if (!isReal(o)) {
            return null;
        }
        int c = compareExact(value, o);
        if (c == 2) {
            return Py.bool(op == CompareOp.NE);
        }
        return Py.bool(op.test(c));
    }

    @Override public PyObject __eq__(PyObject o) { return rich(o, CompareOp.EQ); }
    @Override public PyObject __ne__(PyObject o) { return rich(o, CompareOp.NE); }
    @Override public PyObject __lt__(PyObject o) { return rich(o, CompareOp.LT); }
    @Override public PyObject __le__(PyObject o) { return rich(o, CompareOp.LE); }
    @Override public PyObject __gt__(PyObject o) { return rich(o, CompareOp.GT); }
    @Override public PyObject __ge__(PyObject o) { return rich(o, CompareOp.GE); }

    @Override
    public PyObject __coerce__(PyObject o) {
        if (o instanceof PyFloat) {
            return PyTuple.of(this, o);
        }
        if (o instanceof PyInt || o instanceof PyLong) {
            return PyTuple.of(this, new PyFloat(toDouble(o)));
        }
        return null;
    }

    // ---- arithmetic -------------------------------------------------------------------------------------

    /** Float division ({@code /}), ZeroDivisionError for a zero divisor. */
    public static double div(double a, double b) {
        if (b == 0.0) {
            throw Py.ZeroDivisionError("float division by zero");
        }
        return a / b;
    }

    static double mod(double vx, double wx) {
        if (wx == 0.0) {
            throw Py.ZeroDivisionError("float modulo");
        }
        double mod = vx % wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    /** 2.7's float_divmod: {floor quotient, remainder}. */
    static double[] divmod(double vx, double wx) {
        if (wx == 0.0) {
            throw Py.ZeroDivisionError("float divmod()");
        }
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            double z = div * div;
            floordiv = z * vx / wx;
        }
        return new double[] {floordiv, mod};
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w) < 0x1p53 && Math.floor(w) == w && ((long) w & 1) == 1;
    }

    private static PyException rangeError() {
        PyType t = Exceptions.OverflowError;
        return new PyException(t, Exceptions.newInstance(t, PyInt.of(34), PyStr.of("Numerical result out of range")));
    }

    /** 2.7's float_pow with its special cases (C99 pow plus errors). */
    public static PyFloat pow(double iv, double iw) {
        if (iw == 0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(iv)) {
            return new PyFloat(iv);
        }
        if (Double.isNaN(iw)) {
            return new PyFloat(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            double av = Math.abs(iv);
            if (av == 1.0) {
                return new PyFloat(1.0);
            }
            if ((iw > 0.0) == (av > 1.0)) {
                return new PyFloat(Math.abs(iw));
            }
            return new PyFloat(0.0);
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return new PyFloat(odd ? iv : Math.abs(iv));
            }
            return new PyFloat(odd ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw Py.ZeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(odd ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                throw Py.ValueError("negative number cannot be raised to a fractional power");
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return new PyFloat(negate ? -1.0 : 1.0);
        }
        double ix = CRMath.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            throw rangeError();
        }
        return new PyFloat(negate ? -ix : ix);
    }

    @Override
    public PyObject __add__(PyObject o) {
        return isReal(o) ? new PyFloat(value + toDouble(o)) : null;
    }

    @Override
    public PyObject __radd__(PyObject o) {
        return isReal(o) ? new PyFloat(toDouble(o) + value) : null;
    }

    @Override
    public PyObject __sub__(PyObject o) {
        return isReal(o) ? new PyFloat(value - toDouble(o)) : null;
    }

    @Override
    public PyObject __rsub__(PyObject o) {
        return isReal(o) ? new PyFloat(toDouble(o) - value) : null;
    }

    @Override
    public PyObject __mul__(PyObject o) {
        return isReal(o) ? new PyFloat(value * toDouble(o)) : null;
    }

    @Override
    public PyObject __rmul__(PyObject o) {
        return isReal(o) ? new PyFloat(toDouble(o) * value) : null;
    }

    @Override
    public PyObject __div__(PyObject o) {
        return isReal(o) ? new PyFloat(div(value, toDouble(o))) : null;
    }

    @Override
    public PyObject __rdiv__(PyObject o) {
        return isReal(o) ? new PyFloat(div(toDouble(o), value)) : null;
    }

    @Override
    public PyObject __truediv__(PyObject o) {
        return isReal(o) ? new PyFloat(div(value, toDouble(o))) : null;
    }

    @Override
    public PyObject __rtruediv__(PyObject o) {
        return isReal(o) ? new PyFloat(div(toDouble(o), value)) : null;
    }

    @Override
    public PyObject __floordiv__(PyObject o) {
        return isReal(o) ? new PyFloat(divmod(value, toDouble(o))[0]) : null;
    }

    @Override
    public PyObject __rfloordiv__(PyObject o) {
        return isReal(o) ? new PyFloat(divmod(toDouble(o), value)[0]) : null;
    }

    @Override
    public PyObject __mod__(PyObject o) {
        return isReal(o) ? new PyFloat(mod(value, toDouble(o))) : null;
    }

    @Override
    public PyObject __rmod__(PyObject o) {
        return isReal(o) ? new PyFloat(mod(toDouble(o), value)) : null;
    }

    @Override
    public PyObject __divmod__(PyObject o) {
        if (!isReal(o)) {
            return null;
        }
        double[] r = divmod(value, toDouble(o));
        return PyTuple.of(new PyFloat(r[0]), new PyFloat(r[1]));
    }

    @Override
    public PyObject __rdivmod__(PyObject o) {
        if (!isReal(o)) {
            return null;
        }
        double[] r = divmod(toDouble(o), value);
        return PyTuple.of(new PyFloat(r[0]), new PyFloat(r[1]));
    }

    private static PyException thirdArg() {
        return Py.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
    }

    @Override
    public PyObject __pow__(PyObject o, PyObject modulo) {
        if (!isReal(o)) {
            return null;
        }
        if (modulo != null) {
            throw thirdArg();
        }
        return pow(value, toDouble(o));
    }

    @Override
    public PyObject __rpow__(PyObject o, PyObject modulo) {
        if (!isReal(o)) {
            return null;
        }
        if (modulo != null) {
            throw thirdArg();
        }
        return pow(toDouble(o), value);
    }

    @Override
    public PyObject __neg__() {
        return new PyFloat(-value);
    }

    @Override
    public PyObject __pos__() {
        return exact();
    }

    @Override
    public PyObject __abs__() {
        return new PyFloat(Math.abs(value));
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

        public Derived(PyType type) {
            this(type, 0.0);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public PyDict getDict() { return dict; }
        @Override public void setDict(PyDict dict) { this.dict = dict; }
        @Override public PyObject[] getSlots() { return slots; }
    }
}
