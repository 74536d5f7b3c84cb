package taipan.runtime;

import taipan.runtime.CRMath.DD;

/**
 * More elementary functions computed as glibc computes them, so that results agree with
 * CPython on Linux: tan, atan, asin and acos rounded from a double-double evaluation,
 * like {@link CRMath} (glibc's are correctly rounded); the hyperbolic functions, their
 * inverses, expm1, log1p and log10 with fdlibm's algorithms, as glibc has them. These return C99's
 * results for NaN, infinities and out-of-domain arguments; callers raise.
 */
public final class CRFunctions {
    private CRFunctions() {}

    private static final DD ONE = DD.of(1.0);

    public static double tan(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        double a = Math.abs(x);
        if (a < 0x1p-27) {
            return x;
        }
        if (a > 1.6e6) {
            return StrictMath.tan(x);
        }
        int[] q = new int[1];
        DD r = CRMath.reduce(x, q);
        DD s = CRMath.sinSmall(r), c = CRMath.cosSmall(r);
        return (q[0] & 1) == 0 ? s.div(c).value() : c.div(s).neg().value();
    }

    public static double atan(double x) {
        return CRMath.atan2(x, 1.0);
    }

    public static double asin(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1) {
            return Double.NaN;
        }
        if (ax < 0x1p-26) {
            return x;
        }
        DD r;
        if (ax == 1.0) {
            r = CRMath.PI_2;
        } else {
            DD sq = ONE.sub(DD.of(ax)).mul(ONE.add(DD.of(ax))).sqrt();
            DD t = DD.of(ax).div(sq);
            r = t.hi <= 1.0 ? CRMath.atanDD(t) : CRMath.PI_2.sub(CRMath.atanDD(sq.div(DD.of(ax))));
        }
        double v = r.value();
        return x < 0 ? -v : v;
    }

    public static double acos(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1) {
            return Double.NaN;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x == -1.0) {
            return CRMath.PI.value();
        }
        if (x == 0) {
            return CRMath.PI_2.value();
        }
        DD sq = ONE.sub(DD.of(ax)).mul(ONE.add(DD.of(ax))).sqrt();
        DD r = sq.hi <= ax ? CRMath.atanDD(sq.div(DD.of(ax))) : CRMath.PI_2.sub(CRMath.atanDD(DD.of(ax).div(sq)));
        if (x < 0) {
            r = CRMath.PI.sub(r);
        }
        return r.value();
    }

    // The hyperbolic functions, their inverses, expm1 and log1p: glibc computes these with
    // fdlibm's algorithms (not correctly rounded), calling its own exp and log; so do we,
    // with fdlibm's expm1/log1p (StrictMath) and the correctly rounded exp/log.

    private static final double LN2 = 6.93147180559945286227e-01;
    private static final double OVERFLOW_THRESHOLD = 710.4758600739439;

    public static double sinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ax < 22) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = StrictMath.expm1(ax);
            if (ax < 1) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ax < 709.782712893384) {
            return h * CRMath.exp(ax);
        }
        if (ax <= OVERFLOW_THRESHOLD) {
            double w = CRMath.exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * 1e307 * 1e307; // overflow: an infinity of x's sign
    }

    public static double cosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (Double.isInfinite(x)) {
            return ax;
        }
        if (ax < 0.5 * LN2) {
            double t = StrictMath.expm1(ax);
            double w = 1.0 + t;
            if (ax < 0x1p-55) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = CRMath.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < 709.782712893384) {
            return 0.5 * CRMath.exp(ax);
        }
        if (ax <= OVERFLOW_THRESHOLD) {
            double w = CRMath.exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    public static double tanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        double z;
        if (ax < 22) {
            if (ax < 0x1p-55) {
                return x;
            }
            if (ax >= 1) {
                double t = StrictMath.expm1(2 * ax);
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = StrictMath.expm1(-2 * ax);
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0;
        }
        return x < 0 ? -z : z;
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    private static double log(double x) {
        return CRMath.log(x);
    }

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /** log10 of a positive finite x, as fdlibm's (and glibc's) e_log10: from the binary exponent and log. */
    public static double log10(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        int k = 0;
        if (hx < 0x00100000) { // subnormal
            k -= 54;
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * CRMath.log(x);
        return z + y * LOG10_2HI;
    }

    public static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-28) {
            return x;
        }
        double w;
        if (ax > 0x1p28) {
            w = log(ax) + LN2;
        } else if (ax > 2.0) {
            w = log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return x < 0 ? -w : w;
    }

    public static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            double t = x * x;
            return log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    public static double atanh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1) {
            return Double.NaN;
        }
        if (ax == 1) {
            return x / 0.0;
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * log1p((ax + ax) / (1.0 - ax));
        }
        return x < 0 ? -t : t;
    }
}
