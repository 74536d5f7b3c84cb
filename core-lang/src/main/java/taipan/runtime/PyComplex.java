package taipan.runtime;

/**
 * {@code complex}: two doubles. Operands may be int, long, float or complex; only
 * {@code ==} and {@code !=} compare (ordering a complex with a number is a TypeError).
 * The algorithms (division, powers) and their errors follow 2.7's complexobject.c.
 */
@ExposedType(name = "complex", doc = "complex(real[, imag]) -> complex number\n\n"
        + "Create a complex number from a real part and an optional imaginary part.\n"
        + "This is equivalent to (real + imag*1j) where imag defaults to 0.")
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

    final PyComplex exact() {
        return getClass() == PyComplex.class ? this : new PyComplex(real, imag);
    }

    /** Whether o takes part in complex arithmetic (int, long, float, complex). */
    static boolean isNumber(PyObject o) {
        return o instanceof PyComplex || o instanceof PyFloat || o instanceof PyInt || o instanceof PyLong;
    }

    private static double re(PyObject o) {
        return o instanceof PyComplex c ? c.real : PyFloat.toDouble(o);
    }

    private static double im(PyObject o) {
        return o instanceof PyComplex c ? c.imag : 0.0;
    }

    // ---- construction -------------------------------------------------------------------------------

    private static final String[] NEW_KW = {"real", "imag"};

    @ExposedNew
    static PyObject complex_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("complex", args, kw, NEW_KW, 0);
        PyObject r = a[0], i = a[1];
        if (r == null) {
            r = PyInt.of(0);
        }
        if (r.getClass() == PyComplex.class && i == null && subtype == TYPE) {
            return r;
        }
        double cre, cim;
        if (r instanceof PyStr || r instanceof PyUnicode) {
            if (i != null) {
                throw Py.TypeError("complex() can't take second arg if first is a string");
            }
            String s = r instanceof PyStr ps ? ps.toString() : NumberParser.encodeDecimal((PyUnicode) r);
            double[] v = NumberParser.parseComplex(s);
            cre = v[0];
            cim = v[1];
        } else {
            if (i != null && (i instanceof PyStr || i instanceof PyUnicode)) {
                throw Py.TypeError("complex() second arg can't be a string");
            }
            PyObject special = complexSpecial(r);
            if (special != null) {
                r = special;
            }
            if (!hasFloat(r) || (i != null && !hasFloat(i))) {
                throw Py.TypeError("complex() argument must be a string or a number");
            }
            double rr, ri = 0, ir = 0, ii = 0;
            boolean rComplex = false, iComplex = false;
            if (r instanceof PyComplex c) {
                rr = c.real;
                ri = c.imag;
                rComplex = true;
            } else {
                rr = PyFloat.toFloat(r).value;
            }
            if (i != null) {
                if (i instanceof PyComplex c) {
                    ir = c.real;
                    ii = c.imag;
                    iComplex = true;
                } else {
                    ir = PyFloat.toFloat(i).value;
                }
            }
            if (iComplex) {
                rr -= ii;
            }
            if (rComplex) {
                ir += ri;
            }
            cre = rr;
            cim = ir;
        }
        return subtype == TYPE ? new PyComplex(cre, cim) : new Derived(subtype, cre, cim);
    }

    /** {@code __complex__} of o (any object), or null when it has none. */
    public static PyObject complexSpecial(PyObject o) {
        PyObject f;
        if (o instanceof PyInstance) {
            f = Ops.getattrOrNull(o, N.__complex__);
            return f == null ? null : Ops.call(f);
        }
        f = o.getType().lookup(N.__complex__);
        return f == null ? null : Ops.callMethod(f, o);
    }

    /** Whether o's type has a float conversion (2.7's nb_float). */
    private static boolean hasFloat(PyObject o) {
        return isNumber(o) || o instanceof PyInstance || o.getType().lookup(N.__float__) != null;
    }

    // ---- representation -------------------------------------------------------------------------------

    private String format(char code, int precision) {
        StringBuilder sb = new StringBuilder(32);
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            FloatFormat.format(sb, imag, code, precision, 0);
            sb.append('j');
            return sb.toString();
        }
        sb.append('(');
        FloatFormat.format(sb, real, code, precision, 0);
        FloatFormat.format(sb, imag, code, precision, FloatFormat.SIGN);
        sb.append("j)");
        return sb.toString();
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of(format('r', 0));
    }

    @Override
    public PyObject __str__() {
        return PyStr.of(format('g', 12));
    }

    @Override
    @ExposedMethod(doc = "complex.__format__() -> str\n\nConvert to a string according to format_spec.")
    public PyObject __format__(PyObject spec) {
        return NumberFormat.formatMethod(this, spec);
    }

    @Override
    public long __hash__() {
        long hr = PyFloat.hashDouble(real);
        long hi = PyFloat.hashDouble(imag);
        long combined = hr + 1000003L * hi;
        return combined == -1 ? -2 : combined;
    }

    // ---- truth, conversions, attributes ------------------------------------------------------------------

    @Override
    public boolean __nonzero__() {
        return real != 0.0 || imag != 0.0;
    }

    @Override
    public PyObject __int__() {
        throw Py.TypeError("can't convert complex to int");
    }

    @Override
    public PyObject __long__() {
        throw Py.TypeError("can't convert complex to long");
    }

    @Override
    public PyObject __float__() {
        throw Py.TypeError("can't convert complex to float");
    }

    @ExposedMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(new PyFloat(real), new PyFloat(imag));
    }

    @ExposedMethod(doc = "complex.conjugate() -> complex\n\n"
            + "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.")
    public PyObject conjugate() {
        return new PyComplex(real, -imag);
    }

    @ExposedGet(name = "real", doc = "the real part of a complex number")
    public PyObject getReal() {
        return new PyFloat(real);
    }

    @ExposedGet(name = "imag", doc = "the imaginary part of a complex number")
    public PyObject getImag() {
        return new PyFloat(imag);
    }

    // ---- comparison and coercion ---------------------------------------------------------------------------

    private PyObject rich(PyObject w, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            if (isNumber(w)) {
                throw Py.TypeError("no ordering relation is defined for complex numbers");
            }
            return null;
        }
        boolean equal;
        if (w instanceof PyInt || w instanceof PyLong) {
            if (imag == 0.0) {
                return Ops.richCompare(new PyFloat(real), w, op);
            }
            equal = false;
        } else if (w instanceof PyFloat f) {
            equal = real == f.value && imag == 0.0;
        } else if (w instanceof PyComplex c) {
            equal = real == c.real && imag == c.imag;
        } else {
            return null;
        }
        return Py.bool(equal == (op == CompareOp.EQ));
    }

    @Override public PyObject __eq__(PyObject o) { return rich(o, CompareOp.EQ); }
    @Override public PyObject __ne__(PyObject o) { return rich(o, CompareOp.NE); }
    @Override public PyObject __lt__(PyObject o) { return rich(o, CompareOp.LT); }
    @Override public PyObject __le__(PyObject o) { return rich(o, CompareOp.LE); }
    @Override public PyObject __gt__(PyObject o) { return rich(o, CompareOp.GT); }
    @Override public PyObject __ge__(PyObject o) { return rich(o, CompareOp.GE); }

    @Override
    public PyObject __coerce__(PyObject o) {
        if (o instanceof PyComplex) {
            return PyTuple.of(this, o);
        }
        if (o instanceof PyInt || o instanceof PyLong || o instanceof PyFloat) {
            return PyTuple.of(this, new PyComplex(PyFloat.toDouble(o), 0.0));
        }
        return null;
    }

    // ---- arithmetic -----------------------------------------------------------------------------------------

    /** Complex quotient (Smith's method, as 2.7's c_quot); null means division by zero (EDOM). */
    static double[] quot(double ar, double ai, double br, double bi) {
        double absBr = br < 0 ? -br : br;
        double absBi = bi < 0 ? -bi : bi;
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        }
        if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    static PyComplex div(double ar, double ai, double br, double bi) {
        double[] q = quot(ar, ai, br, bi);
        if (q == null) {
            throw Py.ZeroDivisionError("complex division by zero");
        }
        return new PyComplex(q[0], q[1]);
    }

    private static double[] divmod(double ar, double ai, double br, double bi, String zeroMessage) {
        Warnings.warn(Exceptions.DeprecationWarning, "complex divmod(), // and % are deprecated", 1);
        if (br == 0.0 && bi == 0.0) {
            throw Py.ZeroDivisionError(zeroMessage);
        }
        double[] q = quot(ar, ai, br, bi);
        double d = Math.floor(q[0]);
        // mod = a - b * (d + 0j)
        double pr = br * d - bi * 0.0;
        double pi = br * 0.0 + bi * d;
        return new double[] {d, ar - pr, ai - pi};
    }

    /** Result of a power: EDOM (ZeroDivisionError) or ERANGE (OverflowError) as 2.7 reports them. */
    private static final class PowResult {
        double re, im;
        boolean edom;
    }

    private static void prod(double[] r, double ar, double ai, double br, double bi) {
        r[0] = ar * br - ai * bi;
        r[1] = ar * bi + ai * br;
    }

    private static void powu(PowResult out, double xr, double xi, long n) {
        double rr = 1.0, ri = 0.0, pr = xr, pi = xi;
        double[] t = new double[2];
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                prod(t, rr, ri, pr, pi);
                rr = t[0];
                ri = t[1];
            }
            mask <<= 1;
            prod(t, pr, pi, pr, pi);
            pr = t[0];
            pi = t[1];
        }
        out.re = rr;
        out.im = ri;
    }

    private static void cpow(PowResult out, double ar, double ai, double br, double bi) {
        if (br == 0.0 && bi == 0.0) {
            out.re = 1.0;
            out.im = 0.0;
        } else if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                out.edom = true;
            }
            out.re = 0.0;
            out.im = 0.0;
        } else {
            double vabs = CRMath.hypot(ar, ai);
            double len = CRMath.powC99(vabs, br);
            double at = CRMath.atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0) {
                len /= CRMath.exp(at * bi);
                phase += bi * CRMath.log(vabs);
            }
            if (Double.isInfinite(phase)) {
                out.edom = true; // cos/sin of an infinity
            }
            out.re = len * CRMath.cos(phase);
            out.im = len * CRMath.sin(phase);
        }
    }

    /** 2.7's complex_pow (without modulus). */
    static PyComplex pow(double ar, double ai, double br, double bi) {
        PowResult p = new PowResult();
        long n = (long) br;
        if (Double.isNaN(br) || Double.isInfinite(br)) {
            n = Long.MIN_VALUE; // what the C cast gives on x86-64
        }
        if (bi == 0.0 && br == (double) n) {
            if (n > 100 || n < -100) {
                cpow(p, ar, ai, (double) n, 0.0);
            } else if (n > 0) {
                powu(p, ar, ai, n);
            } else {
                powu(p, ar, ai, -n);
                double[] q = quot(1.0, 0.0, p.re, p.im);
                if (q == null) {
                    p.edom = true;
                    p.re = 0.0;
                    p.im = 0.0;
                } else {
                    p.re = q[0];
                    p.im = q[1];
                }
            }
        } else {
            cpow(p, ar, ai, br, bi);
        }
        if (p.edom) {
            throw Py.ZeroDivisionError("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p.re) || Double.isInfinite(p.im)) {
            throw Py.OverflowError("complex exponentiation");
        }
        return new PyComplex(p.re, p.im);
    }

    @Override
    public PyObject __add__(PyObject o) {
        return isNumber(o) ? new PyComplex(real + re(o), imag + im(o)) : null;
    }

    @Override
    public PyObject __radd__(PyObject o) {
        return isNumber(o) ? new PyComplex(re(o) + real, im(o) + imag) : null;
    }

    @Override
    public PyObject __sub__(PyObject o) {
        return isNumber(o) ? new PyComplex(real - re(o), imag - im(o)) : null;
    }

    @Override
    public PyObject __rsub__(PyObject o) {
        return isNumber(o) ? new PyComplex(re(o) - real, im(o) - imag) : null;
    }

    @Override
    public PyObject __mul__(PyObject o) {
        if (!isNumber(o)) {
            return null;
        }
        double br = re(o), bi = im(o);
        return new PyComplex(real * br - imag * bi, real * bi + imag * br);
    }

    @Override
    public PyObject __rmul__(PyObject o) {
        if (!isNumber(o)) {
            return null;
        }
        double ar = re(o), ai = im(o);
        return new PyComplex(ar * real - ai * imag, ar * imag + ai * real);
    }

    @Override
    public PyObject __div__(PyObject o) {
        return isNumber(o) ? div(real, imag, re(o), im(o)) : null;
    }

    @Override
    public PyObject __rdiv__(PyObject o) {
        return isNumber(o) ? div(re(o), im(o), real, imag) : null;
    }

    @Override
    public PyObject __truediv__(PyObject o) {
        return isNumber(o) ? div(real, imag, re(o), im(o)) : null;
    }

    @Override
    public PyObject __rtruediv__(PyObject o) {
        return isNumber(o) ? div(re(o), im(o), real, imag) : null;
    }

    @Override
    public PyObject __floordiv__(PyObject o) {
        if (!isNumber(o)) {
            return null;
        }
        double[] r = divmod(real, imag, re(o), im(o), "complex divmod()");
        return new PyComplex(r[0], 0.0);
    }

    @Override
    public PyObject __rfloordiv__(PyObject o) {
        if (!isNumber(o)) {
            return null;
        }
        double[] r = divmod(re(o), im(o), real, imag, "complex divmod()");
        return new PyComplex(r[0], 0.0);
    }

    @Override
    public PyObject __mod__(PyObject o) {
        if (!isNumber(o)) {
            return null;
        }
        double[] r = divmod(real, imag, re(o), im(o), "complex remainder");
        return new PyComplex(r[1], r[2]);
    }

    @Override
    public PyObject __rmod__(PyObject o) {
        if (!isNumber(o)) {
            return null;
        }
        double[] r = divmod(re(o), im(o), real, imag, "complex remainder");
        return new PyComplex(r[1], r[2]);
    }

    @Override
    public PyObject __divmod__(PyObject o) {
        if (!isNumber(o)) {
            return null;
        }
        double[] r = divmod(real, imag, re(o), im(o), "complex divmod()");
        return PyTuple.of(new PyComplex(r[0], 0.0), new PyComplex(r[1], r[2]));
    }

    @Override
    public PyObject __rdivmod__(PyObject o) {
        if (!isNumber(o)) {
            return null;
        }
        double[] r = divmod(re(o), im(o), real, imag, "complex divmod()");
        return PyTuple.of(new PyComplex(r[0], 0.0), new PyComplex(r[1], r[2]));
    }

    @Override
    public PyObject __pow__(PyObject o, PyObject modulo) {
        if (!isNumber(o)) {
            return null;
        }
        if (modulo != null) {
            throw Py.ValueError("complex modulo");
        }
        return pow(real, imag, re(o), im(o));
    }

    @Override
    public PyObject __rpow__(PyObject o, PyObject modulo) {
        if (!isNumber(o)) {
            return null;
        }
        if (modulo != null) {
            throw Py.ValueError("complex modulo");
        }
        return pow(re(o), im(o), real, imag);
    }

    @Override
    public PyObject __neg__() {
        return new PyComplex(-real, -imag);
    }

    @Override
    public PyObject __pos__() {
        return exact();
    }

    @Override
    public PyObject __abs__() {
        if (Double.isInfinite(real)) {
            return new PyFloat(Math.abs(real));
        }
        if (Double.isInfinite(imag)) {
            return new PyFloat(Math.abs(imag));
        }
        if (Double.isNaN(real) || Double.isNaN(imag)) {
            return new PyFloat(NumberParser.PY_NAN);
        }
        double r = CRMath.hypot(real, imag);
        if (Double.isInfinite(r)) {
            throw Py.OverflowError("absolute value too large");
        }
        return new PyFloat(r);
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

        public Derived(PyType type) {
            this(type, 0.0, 0.0);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public PyDict getDict() { return dict; }
        @Override public void setDict(PyDict dict) { this.dict = dict; }
        @Override public PyObject[] getSlots() { return slots; }
    }
}
