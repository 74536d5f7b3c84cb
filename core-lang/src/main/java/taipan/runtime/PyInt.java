package taipan.runtime;

import java.math.BigInteger;

/**
 * {@code int}: a 64-bit C long, as on 64-bit Linux CPython 2.7 ({@code sys.maxint ==
 * 2**63-1}); results that overflow become {@link PyLong}. Binary operators accept only
 * int operands (bool and subclasses included) and return NotImplemented (null) for
 * anything else, as 2.7's intobject.c: mixed arithmetic is done by the wider type's
 * reflected method. int has no rich comparisons, only {@code __cmp__}.
 */
@ExposedType(name = "int", doc = PyInt.DOC)
public class PyInt extends PyObject {
    static final String DOC = "int(x=0) -> int or long\nint(x, base=10) -> int or long\n\n"
            + "Convert a number or string to an integer, or return 0 if no arguments\n"
            + "are given.  If x is floating point, the conversion truncates towards zero.\n"
            + "If x is outside the integer range, the function returns a long instead.\n\n"
            + "If x is not a number or if base is given, then x must be a string or\n"
            + "Unicode object representing an integer literal in the given base.  The\n"
            + "literal can be preceded by '+' or '-' and be surrounded by whitespace.\n"
            + "The base defaults to 10.  Valid bases are 0 and 2-36.  Base 0 means to\n"
            + "interpret the base from the string as an integer literal.\n"
            + ">>> int('0b100', base=0)\n4";

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

    /** An exact int (cached for -5..256). */
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

    /** This value as an exact int (itself when already exact). */
    final PyInt exact() {
        return getClass() == PyInt.class ? this : of(value);
    }

    static PyException zeroDivision() {
        return Py.ZeroDivisionError("integer division or modulo by zero");
    }

    static PyException negativeShift() {
        return Py.ValueError("negative shift count");
    }

    // ---- construction -------------------------------------------------------------------------

    private static final String[] NEW_KW = {"x", "base"};

    @ExposedNew
    static PyObject int_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("int", args, kw, NEW_KW, 0);
        PyObject r = construct(a[0], a[1]);
        if (subtype == TYPE) {
            return r;
        }
        long v;
        if (r instanceof PyInt i) {
            v = i.value;
        } else {
            BigInteger b = ((PyLong) r).value;
            if (b.bitLength() > 63) {
                throw Py.OverflowError("Python int too large to convert to C long");
            }
            v = b.longValue();
        }
        return new Derived(subtype, v);
    }

    /** {@code int(x)} / {@code int(x, base)}: an int or a long. {@code x}, {@code base} may be null. */
    public static PyObject construct(PyObject x, PyObject baseArg) {
        if (x == null) {
            if (baseArg != null) {
                throw Py.TypeError("int() missing string argument");
            }
            return of(0);
        }
        if (baseArg == null) {
            return toInt(x);
        }
        int base = Py.asIntArg(baseArg);
        if (x instanceof PyStr s) {
            String str = s.toString();
            checkBase(base, "int");
            if (str.indexOf('\0') >= 0) {
                throw Py.ValueError("invalid literal for int() with base " + base + ": " + Ops.repr(s));
            }
            return NumberParser.parseInt(str, base);
        }
        if (x instanceof PyUnicode u) {
            checkBase(base, "int");
            return NumberParser.parseInt(NumberParser.encodeDecimal(u), base);
        }
        throw Py.TypeError("int() can't convert non-string with explicit base");
    }

    static void checkBase(int base, String fn) {
        if ((base != 0 && base < 2) || base > 36) {
            throw Py.ValueError(fn + "() base must be >= 2 and <= 36, or 0");
        }
    }

    /** 2.7's PyNumber_Int: {@code int(x)} without a base. */
    public static PyObject toInt(PyObject x) {
        if (x.getClass() == PyInt.class) {
            return x;
        }
        // exact str and unicode have neither __int__ nor __trunc__: parse at once
        if (x.getClass() == PyStr.class) {
            PyObject r = parsePlainDecimal(((PyStr) x).value);
            return r != null ? r : fromCString(x.toString(), "int");
        }
        if (x.getClass() == PyUnicode.class) {
            return NumberParser.parseInt(NumberParser.encodeDecimal((PyUnicode) x), 10);
        }
        PyObject r = Ops.intOrNull(x);
        if (r != null) {
            if (!(r instanceof PyInt) && !(r instanceof PyLong)) {
                throw Py.TypeError("__int__ returned non-int (type " + r.getType().getName() + ")");
            }
            return r;
        }
        if (x instanceof PyInt i) {
            return of(i.value);
        }
        PyObject trunc = Ops.getattrOrNull(x, "__trunc__");
        if (trunc != null) {
            return integralToInt(Ops.call(trunc), "__trunc__ returned non-Integral (type ");
        }
        if (x instanceof PyStr s) {
            return fromCString(s.toString(), "int");
        }
        if (x instanceof PyUnicode u) {
            return NumberParser.parseInt(NumberParser.encodeDecimal(u), 10);
        }
        throw Py.TypeError("int() argument must be a string or a number, not '" + x.getType().getName() + "'");
    }

    /** The result of {@code __trunc__} as an int or long (via its {@code __int__}). */
    static PyObject integralToInt(PyObject r, String error) {
        if (r instanceof PyInt || r instanceof PyLong) {
            return r;
        }
        PyObject i = Ops.intOrNull(r);
        if (i != null) {
            if (i instanceof PyInt || i instanceof PyLong) {
                return i;
            }
            throw Py.TypeError("__int__ returned non-int (type " + i.getType().getName() + ")");
        }
        throw Py.TypeError(error + r.getType().getName() + ")");
    }

    /** int(str)/long(str) without a base: parsed as a C string; a NUL after a valid prefix is an error. */
    /**
     * The common case of {@code int(s)}: optional blanks, an optional sign and 1 to 18 decimal
     * digits. Returns null for anything else, which the general parser then handles.
     */
    static PyObject parsePlainDecimal(byte[] b) {
        int i = 0, n = b.length;
        while (i < n && (b[i] == ' ' || (b[i] >= '\t' && b[i] <= '\r'))) {
            i++;
        }
        while (n > i && (b[n - 1] == ' ' || (b[n - 1] >= '\t' && b[n - 1] <= '\r'))) {
            n--;
        }
        boolean neg = false;
        if (i < n && (b[i] == '-' || b[i] == '+')) {
            neg = b[i] == '-';
            i++;
        }
        if (i == n || n - i > 18) {
            return null;
        }
        long v = 0;
        for (; i < n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return null;
            }
            v = v * 10 + d;
        }
        return of(neg ? -v : v);
    }

    static PyObject fromCString(String s, String fn) {
        int nul = s.indexOf('\0');
        String c = nul >= 0 ? s.substring(0, nul) : s;
        PyObject r = fn.equals("int") ? NumberParser.parseInt(c, 10) : NumberParser.parseLong(c, 10);
        if (nul >= 0) {
            throw Py.ValueError("null byte in argument for " + fn + "()");
        }
        return r;
    }

    // ---- representation ------------------------------------------------------------------------

    @Override
    public long __hash__() {
        return value == -1 ? -2 : value;
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of(Long.toString(value));
    }

    @Override
    public PyObject __str__() {
        return PyStr.of(Long.toString(value));
    }

    @Override
    @ExposedMethod
    public PyObject __format__(PyObject spec) {
        return NumberFormat.formatMethod(this, spec);
    }

    @Override
    public PyObject __oct__() {
        if (value == 0) {
            return PyStr.of("0");
        }
        if (value < 0) {
            return PyStr.of(value == Long.MIN_VALUE ? "-01000000000000000000000" : "-0" + Long.toOctalString(-value));
        }
        return PyStr.of("0" + Long.toOctalString(value));
    }

    @Override
    public PyObject __hex__() {
        if (value < 0) {
            return PyStr.of(value == Long.MIN_VALUE ? "-0x8000000000000000" : "-0x" + Long.toHexString(-value));
        }
        return PyStr.of("0x" + Long.toHexString(value));
    }

    // ---- truth and conversions -------------------------------------------------------------------

    @Override
    public boolean __nonzero__() {
        return value != 0;
    }

    @Override
    public PyObject __int__() {
        return exact();
    }

    @Override
    public PyObject __index__() {
        return exact();
    }

    @Override
    public PyObject __long__() {
        return new PyLong(BigInteger.valueOf(value));
    }

    @Override
    public PyObject __float__() {
        return new PyFloat((double) value);
    }

    @ExposedMethod(doc = "Truncating an Integral returns itself.")
    public PyObject __trunc__() {
        return exact();
    }

    @ExposedMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(of(value));
    }

    @ExposedMethod(doc = "Returns self, the complex conjugate of any int.")
    public PyObject conjugate() {
        return exact();
    }

    @ExposedMethod(doc = "int.bit_length() -> int\n\nNumber of bits necessary to represent self in binary.\n"
            + ">>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6")
    public PyObject bit_length() {
        long a = value;
        return of(a == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(a)));
    }

    @ExposedGet(name = "real", doc = "the real part of a complex number")
    public PyObject getReal() {
        return exact();
    }

    @ExposedGet(name = "imag", doc = "the imaginary part of a complex number")
    public PyObject getImag() {
        return of(0);
    }

    @ExposedGet(name = "numerator", doc = "the numerator of a rational number in lowest terms")
    public PyObject getNumerator() {
        return exact();
    }

    @ExposedGet(name = "denominator", doc = "the denominator of a rational number in lowest terms")
    public PyObject getDenominator() {
        return of(1);
    }

    // ---- comparison and coercion -------------------------------------------------------------------

    @Override
    public int __cmp__(PyObject o) {
        if (o instanceof PyInt w) {
            return Long.compare(value, w.value);
        }
        if (o instanceof PyLong l) {
            // the coercion to long of 2.7's try_3way_compare
            return BigInteger.valueOf(value).compareTo(l.value);
        }
        return Ops.CMP_NOT_IMPLEMENTED;
    }

    @Override
    public PyObject __coerce__(PyObject o) {
        if (o instanceof PyInt) {
            return PyTuple.of(this, o);
        }
        return null;
    }

    // ---- arithmetic ---------------------------------------------------------------------------------

    /** a + b, overflowing into long. */
    public static PyObject add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return new PyLong(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
        }
        return of(r);
    }

    public static PyObject sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return new PyLong(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)));
        }
        return of(r);
    }

    public static PyObject mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long r = a * b;
        if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) {
            return of(r);
        }
        return new PyLong(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
    }

    /** Floor division ({@code //} and classic {@code /}). */
    public static PyObject floorDiv(long a, long b) {
        if (b == 0) {
            throw zeroDivision();
        }
        if (b == -1) {
            if (a == Long.MIN_VALUE) {
                return new PyLong(BigInteger.valueOf(a).negate());
            }
            return of(-a);
        }
        return of(Math.floorDiv(a, b));
    }

    /** Python's modulo: the result has the sign of b. */
    public static PyObject mod(long a, long b) {
        if (b == 0) {
            throw zeroDivision();
        }
        if (b == -1) {
            // 2.7 computes LONG_MIN % -1 with longs
            return a == Long.MIN_VALUE ? new PyLong(BigInteger.ZERO) : of(0);
        }
        return of(Math.floorMod(a, b));
    }

    public static PyObject divmod(long a, long b) {
        if (b == 0) {
            throw zeroDivision();
        }
        if (b == -1 && a == Long.MIN_VALUE) {
            return PyTuple.of(new PyLong(BigInteger.valueOf(a).negate()), new PyLong(BigInteger.ZERO));
        }
        return PyTuple.of(of(Math.floorDiv(a, b)), of(Math.floorMod(a, b)));
    }

    private static final long EXACT_LIMIT = 1L << 53;

    /** True division of two ints, correctly rounded. */
    public static PyObject trueDiv(long a, long b) {
        if (b == 0) {
            throw Py.ZeroDivisionError("division by zero");
        }
        if (a >= -EXACT_LIMIT && a <= EXACT_LIMIT && b >= -EXACT_LIMIT && b <= EXACT_LIMIT) {
            return new PyFloat((double) a / (double) b);
        }
        return new PyFloat(PyLong.trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b)));
    }

    public static PyObject lshift(long a, long b) {
        if (b < 0) {
            throw negativeShift();
        }
        if (a == 0) {
            return of(0);
        }
        if (b < 64) {
            long r = a << b;
            if ((r >> b) == a) {
                return of(r);
            }
        }
        return PyLong.shiftLeft(BigInteger.valueOf(a), b);
    }

    public static PyObject rshift(long a, long b) {
        if (b < 0) {
            throw negativeShift();
        }
        if (b >= 64) {
            return of(a < 0 ? -1 : 0);
        }
        return of(a >> b);
    }

    /**
     * 2.7's int_pow: repeated squaring with overflow checks; an overflow anywhere hands the
     * whole computation to long (so the result is a long), a negative exponent gives a float.
     */
    static PyObject pow(long iv, long iw, PyObject z) {
        final long exponent = iw;
        long iz = 0;
        if (iw < 0) {
            if (z != null) {
                throw Py.TypeError("pow() 2nd argument cannot be negative when 3rd argument specified");
            }
            return PyFloat.pow((double) iv, (double) iw);
        }
        if (z != null) {
            iz = ((PyInt) z).value;
            if (iz == 0) {
                throw Py.ValueError("pow() 3rd argument cannot be 0");
            }
        }
        long temp = iv;
        long ix = 1;
        while (iw > 0) {
            long prev = ix;
            if ((iw & 1) != 0) {
                ix = ix * temp;
                if (temp == 0) {
                    break;
                }
                if (ix / temp != prev) {
                    return PyLong.pow(BigInteger.valueOf(iv), BigInteger.valueOf(exponent), z == null ? null : BigInteger.valueOf(iz));
                }
            }
            iw >>= 1;
            if (iw == 0) {
                break;
            }
            prev = temp;
            temp = temp * temp;
            if (prev != 0 && temp / prev != prev) {
                return PyLong.pow(BigInteger.valueOf(iv), BigInteger.valueOf(exponent), z == null ? null : BigInteger.valueOf(iz));
            }
            if (iz != 0) {
                ix = ix % iz;
                temp = temp % iz;
            }
        }
        if (iz != 0) {
            if (iz == -1 && ix == Long.MIN_VALUE) {
                ix = 0;
            } else {
                ix = Math.floorMod(ix, iz);
            }
        }
        return of(ix);
    }

    @Override
    public PyObject __add__(PyObject o) {
        return o instanceof PyInt w ? add(value, w.value) : null;
    }

    @Override
    public PyObject __radd__(PyObject o) {
        return o instanceof PyInt w ? add(w.value, value) : null;
    }

    @Override
    public PyObject __sub__(PyObject o) {
        return o instanceof PyInt w ? sub(value, w.value) : null;
    }

    @Override
    public PyObject __rsub__(PyObject o) {
        return o instanceof PyInt w ? sub(w.value, value) : null;
    }

    @Override
    public PyObject __mul__(PyObject o) {
        return o instanceof PyInt w ? mul(value, w.value) : null;
    }

    @Override
    public PyObject __rmul__(PyObject o) {
        return o instanceof PyInt w ? mul(w.value, value) : null;
    }

    @Override
    public PyObject __div__(PyObject o) {
        return o instanceof PyInt w ? floorDiv(value, w.value) : null;
    }

    @Override
    public PyObject __rdiv__(PyObject o) {
        return o instanceof PyInt w ? floorDiv(w.value, value) : null;
    }

    @Override
    public PyObject __floordiv__(PyObject o) {
        return o instanceof PyInt w ? floorDiv(value, w.value) : null;
    }

    @Override
    public PyObject __rfloordiv__(PyObject o) {
        return o instanceof PyInt w ? floorDiv(w.value, value) : null;
    }

    @Override
    public PyObject __truediv__(PyObject o) {
        return o instanceof PyInt w ? trueDiv(value, w.value) : null;
    }

    @Override
    public PyObject __rtruediv__(PyObject o) {
        return o instanceof PyInt w ? trueDiv(w.value, value) : null;
    }

    @Override
    public PyObject __mod__(PyObject o) {
        return o instanceof PyInt w ? mod(value, w.value) : null;
    }

    @Override
    public PyObject __rmod__(PyObject o) {
        return o instanceof PyInt w ? mod(w.value, value) : null;
    }

    @Override
    public PyObject __divmod__(PyObject o) {
        return o instanceof PyInt w ? divmod(value, w.value) : null;
    }

    @Override
    public PyObject __rdivmod__(PyObject o) {
        return o instanceof PyInt w ? divmod(w.value, value) : null;
    }

    @Override
    public PyObject __pow__(PyObject o, PyObject modulo) {
        if (!(o instanceof PyInt w) || (modulo != null && !(modulo instanceof PyInt))) {
            return null;
        }
        return pow(value, w.value, modulo);
    }

    @Override
    public PyObject __rpow__(PyObject o, PyObject modulo) {
        if (!(o instanceof PyInt v) || (modulo != null && !(modulo instanceof PyInt))) {
            return null;
        }
        return pow(v.value, value, modulo);
    }

    @Override
    public PyObject __lshift__(PyObject o) {
        return o instanceof PyInt w ? lshift(value, w.value) : null;
    }

    @Override
    public PyObject __rlshift__(PyObject o) {
        return o instanceof PyInt w ? lshift(w.value, value) : null;
    }

    @Override
    public PyObject __rshift__(PyObject o) {
        return o instanceof PyInt w ? rshift(value, w.value) : null;
    }

    @Override
    public PyObject __rrshift__(PyObject o) {
        return o instanceof PyInt w ? rshift(w.value, value) : null;
    }

    @Override
    public PyObject __and__(PyObject o) {
        return o instanceof PyInt w ? of(value & w.value) : null;
    }

    @Override
    public PyObject __rand__(PyObject o) {
        return o instanceof PyInt w ? of(w.value & value) : null;
    }

    @Override
    public PyObject __or__(PyObject o) {
        return o instanceof PyInt w ? of(value | w.value) : null;
    }

    @Override
    public PyObject __ror__(PyObject o) {
        return o instanceof PyInt w ? of(w.value | value) : null;
    }

    @Override
    public PyObject __xor__(PyObject o) {
        return o instanceof PyInt w ? of(value ^ w.value) : null;
    }

    @Override
    public PyObject __rxor__(PyObject o) {
        return o instanceof PyInt w ? of(w.value ^ value) : null;
    }

    @Override
    public PyObject __neg__() {
        return value == Long.MIN_VALUE ? new PyLong(BigInteger.valueOf(value).negate()) : of(-value);
    }

    @Override
    public PyObject __pos__() {
        return exact();
    }

    @Override
    public PyObject __abs__() {
        return value >= 0 ? exact() : __neg__();
    }

    @Override
    public PyObject __invert__() {
        return of(~value);
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

        public Derived(PyType type) {
            this(type, 0);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public PyDict getDict() { return dict; }
        @Override public void setDict(PyDict dict) { this.dict = dict; }
        @Override public PyObject[] getSlots() { return slots; }
    }
}
