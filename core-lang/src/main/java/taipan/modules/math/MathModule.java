package taipan.modules.math;

import java.math.BigInteger;

import taipan.runtime.*;

/**
 * {@code math}: the 2.7 functions with CPython's error rules: a NaN from a non-NaN argument
 * raises ValueError("math domain error"); an infinity from finite arguments raises
 * OverflowError("math range error") where the function can overflow, else ValueError.
 * The elementary functions are rounded as glibc rounds them ({@link CRMath}, {@link CRFunctions}).
 */
@PyModuleDef(name = "math", doc = "This module is always available.  It provides access to the\nmathematical functions defined by the C standard.")
public final class MathModule {
    private MathModule() {}

    static void init(PyModule m) {
        m.set("pi", new PyFloat(Math.PI));
        m.set("e", new PyFloat(Math.E));
    }

    // ---- error rules -------------------------------------------------------------------------

    static PyException domainError() {
        return Py.ValueError("math domain error");
    }

    static PyException rangeError() {
        return Py.OverflowError("math range error");
    }

    /** PyFloat_AsDouble: a float, int, long or an object with __float__. */
    static double arg(PyObject o) {
        return Py.asDoubleArg(o);
    }

    /** The result of a one-argument function, checked as CPython's math_1 checks it. */
    private static PyObject check1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return new PyFloat(r);
    }

    /** The same for two arguments (math_2). */
    private static PyObject check2(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw rangeError();
        }
        return new PyFloat(r);
    }

    /** PyArg_UnpackTuple: between min and max positional arguments. */
    static PyObject[] unpack(String name, PyObject[] args, String[] kw, int min, int max) {
        ArgParser.noKeywords(name, kw);
        int n = args.length;
        if (n < min || n > max) {
            String bound = min == max ? "" : n < min ? "at least " : "at most ";
            int k = n < min ? min : max;
            throw Py.TypeError(name + " expected " + bound + k + " arguments, got " + n);
        }
        return args;
    }

    // ---- one-argument functions --------------------------------------------------------------

    @ExposedMethod(doc = "acos(x)\n\nReturn the arc cosine (measured in radians) of x.")
    static PyObject acos(PyObject o) {
        double x = arg(o);
        return check1(x, CRFunctions.acos(x), false);
    }

    @ExposedMethod(doc = "acosh(x)\n\nReturn the inverse hyperbolic cosine of x.")
    static PyObject acosh(PyObject o) {
        double x = arg(o);
        return check1(x, CRFunctions.acosh(x), false);
    }

    @ExposedMethod(doc = "asin(x)\n\nReturn the arc sine (measured in radians) of x.")
    static PyObject asin(PyObject o) {
        double x = arg(o);
        return check1(x, CRFunctions.asin(x), false);
    }

    @ExposedMethod(doc = "asinh(x)\n\nReturn the inverse hyperbolic sine of x.")
    static PyObject asinh(PyObject o) {
        double x = arg(o);
        return check1(x, CRFunctions.asinh(x), false);
    }

    @ExposedMethod(doc = "atan(x)\n\nReturn the arc tangent (measured in radians) of x.")
    static PyObject atan(PyObject o) {
        double x = arg(o);
        return check1(x, CRFunctions.atan(x), false);
    }

    @ExposedMethod(doc = "atanh(x)\n\nReturn the inverse hyperbolic tangent of x.")
    static PyObject atanh(PyObject o) {
        double x = arg(o);
        return check1(x, CRFunctions.atanh(x), false);
    }

    @ExposedMethod(doc = "ceil(x)\n\nReturn the ceiling of x as a float.\nThis is the smallest integral value >= x.")
    static PyObject ceil(PyObject o) {
        double x = arg(o);
        return new PyFloat(Math.ceil(x));
    }

    @ExposedMethod(doc = "floor(x)\n\nReturn the floor of x as a float.\nThis is the largest integral value <= x.")
    static PyObject floor(PyObject o) {
        double x = arg(o);
        return new PyFloat(Math.floor(x));
    }

    @ExposedMethod(doc = "cos(x)\n\nReturn the cosine of x (measured in radians).")
    static PyObject cos(PyObject o) {
        double x = arg(o);
        return check1(x, CRMath.cos(x), false);
    }

    @ExposedMethod(doc = "cosh(x)\n\nReturn the hyperbolic cosine of x.")
    static PyObject cosh(PyObject o) {
        double x = arg(o);
        return check1(x, CRFunctions.cosh(x), true);
    }

    @ExposedMethod(doc = "sin(x)\n\nReturn the sine of x (measured in radians).")
    static PyObject sin(PyObject o) {
        double x = arg(o);
        return check1(x, CRMath.sin(x), false);
    }

    @ExposedMethod(doc = "sinh(x)\n\nReturn the hyperbolic sine of x.")
    static PyObject sinh(PyObject o) {
        double x = arg(o);
        return check1(x, CRFunctions.sinh(x), true);
    }

    @ExposedMethod(doc = "tan(x)\n\nReturn the tangent of x (measured in radians).")
    static PyObject tan(PyObject o) {
        double x = arg(o);
        return check1(x, CRFunctions.tan(x), false);
    }

    @ExposedMethod(doc = "tanh(x)\n\nReturn the hyperbolic tangent of x.")
    static PyObject tanh(PyObject o) {
        double x = arg(o);
        return check1(x, CRFunctions.tanh(x), false);
    }

    @ExposedMethod(doc = "exp(x)\n\nReturn e raised to the power of x.")
    static PyObject exp(PyObject o) {
        double x = arg(o);
        return check1(x, CRMath.exp(x), true);
    }

    @ExposedMethod(doc = "expm1(x)\n\nReturn exp(x)-1.\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.")
    static PyObject expm1(PyObject o) {
        double x = arg(o);
        return check1(x, CRFunctions.expm1(x), true);
    }

    @ExposedMethod(doc = "fabs(x)\n\nReturn the absolute value of the float x.")
    static PyObject fabs(PyObject o) {
        return new PyFloat(Math.abs(arg(o)));
    }

    @ExposedMethod(doc = "log1p(x)\n\nReturn the natural logarithm of 1+x (base e).\nThe result is computed in a way which is accurate for x near zero.")
    static PyObject log1p(PyObject o) {
        double x = arg(o);
        return check1(x, CRFunctions.log1p(x), true);
    }

    @ExposedMethod(doc = "sqrt(x)\n\nReturn the square root of x.")
    static PyObject sqrt(PyObject o) {
        double x = arg(o);
        return check1(x, Math.sqrt(x), false);
    }

    @ExposedMethod(doc = "erf(x)\n\nError function at x.")
    static PyObject erf(PyObject o) {
        return new PyFloat(SpecialFunctions.erf(arg(o)));
    }

    @ExposedMethod(doc = "erfc(x)\n\nComplementary error function at x.")
    static PyObject erfc(PyObject o) {
        return new PyFloat(SpecialFunctions.erfc(arg(o)));
    }

    @ExposedMethod(doc = "gamma(x)\n\nGamma function at x.")
    static PyObject gamma(PyObject o) {
        double x = arg(o);
        double r = SpecialFunctions.gamma(x);
        if (Double.isFinite(x) && SpecialFunctions.gammaDomainError(x) || Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw rangeError();
        }
        return new PyFloat(r);
    }

    @ExposedMethod(doc = "lgamma(x)\n\nNatural logarithm of absolute value of Gamma function at x.")
    static PyObject lgamma(PyObject o) {
        double x = arg(o);
        double r = SpecialFunctions.lgamma(x);
        if (Double.isFinite(x) && x <= 0 && x == Math.floor(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw rangeError();
        }
        return new PyFloat(r);
    }

    @ExposedMethod(doc = "degrees(x)\n\nConvert angle x from radians to degrees.")
    static PyObject degrees(PyObject o) {
        return new PyFloat(arg(o) * (180.0 / Math.PI));
    }

    @ExposedMethod(doc = "radians(x)\n\nConvert angle x from degrees to radians.")
    static PyObject radians(PyObject o) {
        return new PyFloat(arg(o) * (Math.PI / 180.0));
    }

    @ExposedMethod(doc = "isinf(x) -> bool\n\nCheck if float x is infinite (positive or negative).")
    static PyObject isinf(PyObject o) {
        return Py.bool(Double.isInfinite(arg(o)));
    }

    @ExposedMethod(doc = "isnan(x) -> bool\n\nCheck if float x is not a number (NaN).")
    static PyObject isnan(PyObject o) {
        return Py.bool(Double.isNaN(arg(o)));
    }

    // ---- two-argument functions -------------------------------------------------------------

    @ExposedMethod(doc = "atan2(y, x)\n\nReturn the arc tangent (measured in radians) of y/x.\nUnlike atan(y/x), the signs of both x and y are considered.")
    static PyObject atan2(PyObject[] args, String[] kw) {
        PyObject[] a2 = unpack("atan2", args, kw, 2, 2);
        PyObject oy = a2[0], ox = a2[1];
        double y = arg(oy), x = arg(ox);
        return check2(y, x, CRMath.atan2(y, x));
    }

    @ExposedMethod(doc = "copysign(x, y)\n\nReturn x with the sign of y.")
    static PyObject copysign(PyObject[] args, String[] kw) {
        PyObject[] a2 = unpack("copysign", args, kw, 2, 2);
        PyObject ox = a2[0], oy = a2[1];
        double x = arg(ox), y = arg(oy);
        return new PyFloat(Math.copySign(x, y));
    }

    @ExposedMethod(doc = "fmod(x, y)\n\nReturn fmod(x, y), according to platform C.  x % y may differ.")
    static PyObject fmod(PyObject[] args, String[] kw) {
        PyObject[] a2 = unpack("fmod", args, kw, 2, 2);
        PyObject ox = a2[0], oy = a2[1];
        double x = arg(ox), y = arg(oy);
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return new PyFloat(x);
        }
        double r = x % y; // Java's remainder is C's fmod
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return new PyFloat(r);
    }

    @ExposedMethod(doc = "hypot(x, y)\n\nReturn the Euclidean distance, sqrt(x*x + y*y).")
    static PyObject hypot(PyObject[] args, String[] kw) {
        PyObject[] a2 = unpack("hypot", args, kw, 2, 2);
        PyObject ox = a2[0], oy = a2[1];
        double x = arg(ox), y = arg(oy);
        if (Double.isInfinite(x)) {
            return new PyFloat(Math.abs(x));
        }
        if (Double.isInfinite(y)) {
            return new PyFloat(Math.abs(y));
        }
        return check2(x, y, CRMath.hypot(x, y));
    }

    @ExposedMethod(doc = "pow(x, y)\n\nReturn x**y (x to the power of y).")
    static PyObject pow(PyObject[] args, String[] kw) {
        PyObject[] a2 = unpack("pow", args, kw, 2, 2);
        PyObject ox = a2[0], oy = a2[1];
        double x = arg(ox), y = arg(oy);
        double r;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                r = y == 0.0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                r = x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    r = oddY ? x : Math.abs(x);
                } else if (y == 0.0) {
                    r = 1.0;
                } else {
                    r = oddY ? Math.copySign(0.0, x) : 0.0;
                }
            } else { // y infinite
                double ax = Math.abs(x);
                if (ax == 1.0) {
                    r = 1.0;
                } else if (y > 0.0 && ax > 1.0) {
                    r = y;
                } else if (y < 0.0 && ax < 1.0) {
                    if (x == 0.0) {
                        throw domainError(); // 0**-inf: divide by zero
                    }
                    r = -y;
                } else {
                    r = 0.0;
                }
            }
            return new PyFloat(r);
        }
        r = CRMath.powC99(x, y);
        if (Double.isNaN(r)) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            // a pole (0 ** negative) or an overflow
            throw x == 0.0 ? domainError() : rangeError();
        }
        return new PyFloat(r);
    }

    @ExposedMethod(doc = "ldexp(x, i)\n\nReturn x * (2**i).")
    static PyObject ldexp(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("ldexp", kw);
        if (args.length != 2) {
            throw Py.TypeError("ldexp() takes exactly 2 arguments (" + args.length + " given)");
        }
        double x = arg(args[0]);
        PyObject oi = args[1];
        long exp;
        if (oi instanceof PyInt i) {
            exp = i.value;
        } else if (oi instanceof PyLong l) {
            exp = l.value.bitLength() > 63 ? (l.value.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : l.value.longValue();
        } else {
            throw Py.TypeError("Expected an int or long as second argument to ldexp.");
        }
        double r;
        if (x == 0.0 || !Double.isFinite(x)) {
            r = x;
        } else if (exp > Integer.MAX_VALUE) {
            throw rangeError();
        } else if (exp < Integer.MIN_VALUE) {
            r = Math.copySign(0.0, x);
        } else {
            r = scalb(x, (int) exp);
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
        }
        return new PyFloat(r);
    }

    /** x * 2^n rounded once (Math.scalb rounds subnormal results correctly too). */
    private static double scalb(double x, int n) {
        return Math.scalb(x, Math.max(Math.min(n, 4000), -4000));
    }

    @ExposedMethod(doc = "frexp(x)\n\nReturn the mantissa and exponent of x, as pair (m, e).\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.")
    static PyObject frexp(PyObject o) {
        double x = arg(o);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return PyTuple.of(new PyFloat(x), PyInt.of(0));
        }
        int e = exponent(x);
        return PyTuple.of(new PyFloat(Math.scalb(x, -e)), PyInt.of(e));
    }

    /** frexp's exponent: x = m * 2^e with 0.5 <= |m| < 1. */
    static int exponent(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            e = Math.getExponent(x * 0x1p54) - 54;
        }
        return e + 1;
    }

    @ExposedMethod(doc = "modf(x)\n\nReturn the fractional and integer parts of x.  Both results carry the sign\nof x and are floats.")
    static PyObject modf(PyObject o) {
        double x = arg(o);
        if (Double.isInfinite(x)) {
            return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(new PyFloat(x), new PyFloat(x));
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
    }

    // ---- logarithms ------------------------------------------------------------------------

    private static double mLog(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return CRMath.log(x);
            }
            throw domainError();
        }
        if (Double.isNaN(x) || x > 0) {
            return x;
        }
        throw domainError();
    }

    private static double mLog10(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return CRFunctions.log10(x);
            }
            throw domainError();
        }
        if (Double.isNaN(x) || x > 0) {
            return x;
        }
        throw domainError();
    }

    /** log or log10 of any number, longs beyond the float range included. */
    private static double logOf(PyObject o, boolean ten) {
        if (o instanceof PyLong l) {
            BigInteger v = l.value;
            if (v.signum() <= 0) {
                throw domainError();
            }
            int bits = v.bitLength();
            double d = v.doubleValue();
            if (Double.isFinite(d)) {
                return ten ? mLog10(d) : mLog(d);
            }
            // v ~ m * 2^e with m rounded to 53 bits: log(v) = log(m) + e log(2)
            int shift = bits - 63;
            long top = v.shiftRight(shift).longValue();
            if (v.getLowestSetBit() < shift) {
                top |= 1; // sticky bit, for correct rounding of the conversion below
            }
            double m = top * 0x1p-63;
            long e = bits;
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return ten ? mLog10(m) + mLog10(2.0) * e : mLog(m) + mLog(2.0) * e;
        }
        double x = arg(o);
        return ten ? mLog10(x) : mLog(x);
    }

    @ExposedMethod(doc = "log(x[, base])\n\nReturn the logarithm of x to the given base.\nIf the base not specified, returns the natural logarithm (base e) of x.")
    static PyObject log(PyObject[] args, String[] kw) {
        PyObject[] a = unpack("log", args, kw, 1, 2);
        PyObject x = a[0], base = a.length > 1 ? a[1] : null;
        double num = logOf(x, false);
        if (base == null) {
            return new PyFloat(num);
        }
        double den = logOf(base, false);
        if (den == 0.0) {
            throw Py.ZeroDivisionError("float division by zero");
        }
        return new PyFloat(num / den);
    }

    @ExposedMethod(doc = "log10(x)\n\nReturn the base 10 logarithm of x.")
    static PyObject log10(PyObject x) {
        return new PyFloat(logOf(x, true));
    }

    // ---- integers and sums ------------------------------------------------------------------

    @ExposedMethod(doc = "trunc(x:Real) -> Integral\n\nTruncates x to the nearest Integral toward 0. Uses the __trunc__ magic method.")
    static PyObject trunc(PyObject x) {
        return Ops.call(Ops.getattr(x, "__trunc__"));
    }

    @ExposedMethod(doc = "factorial(x) -> Integral\n\nFind x!. Raise a ValueError if x is negative or non-integral.")
    static PyObject factorial(PyObject x) {
        long n;
        if (x instanceof PyFloat f) {
            double d = f.value;
            if (!(Double.isFinite(d) && d == Math.floor(d))) {
                throw Py.ValueError("factorial() only accepts integral values");
            }
            if (Math.abs(d) >= 0x1p63) {
                throw Py.OverflowError("Python int too large to convert to C long");
            }
            n = (long) d;
        } else {
            n = Py.asLongArg(x);
        }
        if (n < 0) {
            throw Py.ValueError("factorial() not defined for negative values");
        }
        return PyLong.intOrLong(product(1, n));
    }

    /** lo * (lo+1) * ... * hi, by halves so that the multiplications stay balanced. */
    private static BigInteger product(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            long acc = 1;
            for (long i = lo; i <= hi; i++) {
                if (acc > Long.MAX_VALUE / Math.max(i, 1)) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= Math.max(i, 1);
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    @ExposedMethod(doc = "fsum(iterable)\n\nReturn an accurate floating point sum of values in the iterable.\nAssumes IEEE-754 floating point arithmetic.")
    static PyObject fsum(PyObject iterable) {
        return new PyFloat(FSum.sum(iterable));
    }
}
