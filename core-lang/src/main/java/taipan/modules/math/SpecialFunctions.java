package taipan.modules.math;

import taipan.runtime.CRMath;

/**
 * gamma, lgamma, erf and erfc computed as CPython 2.7's math module computes them (its own
 * implementations, not libm's): the Lanczos approximation (N=13, g=6.024680040776729583740234375,
 * Boost's coefficients) with the reflection formula for negative arguments, and a power
 * series / continued fraction for erf and erfc. NaN results for invalid arguments and
 * infinities for poles are returned; {@link MathModule} turns them into exceptions.
 */
final class SpecialFunctions {
    private SpecialFunctions() {}

    private static final double PI = 3.141592653589793238462643383279502884197;
    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    /** The denominator x(x+1)...(x+11) expanded. */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };

    /** Gamma of 1..23, exact. */
    private static final double[] GAMMA_INTEGRAL = new double[23];

    static {
        double f = 1.0;
        for (int i = 0; i < GAMMA_INTEGRAL.length; i++) {
            GAMMA_INTEGRAL[i] = f;
            f *= i + 1;
        }
    }

    /** sin(pi x), exact at integers and half-integers. */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r;
        switch (n) {
            case 0: r = CRMath.sin(PI * y); break;
            case 1: r = CRMath.cos(PI * (y - 0.5)); break;
            case 2: r = CRMath.sin(PI * (1.0 - y)); break;
            case 3: r = -CRMath.cos(PI * (y - 1.5)); break;
            default: r = CRMath.sin(PI * (y - 2.0)); break;
        }
        return Math.copySign(1.0, x) * r;
    }

    /** The Lanczos sum as a rational function, for positive x. */
    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            // in 1/x, which avoids overflow for large x
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    private static double pow(double x, double y) {
        return CRMath.powC99(x, y);
    }

    static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        if (x == 0.0) {
            return 1.0 / x; // a pole: the caller raises
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                return Double.NaN;
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return 1.0 / x;
        }
        if (absx > 200.0) {
            return x < 0.0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        // the rounding error of y, to correct pow(y, ...)/exp(y) to first order
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * CRMath.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= pow(y, absx - 0.5);
            } else {
                double sqrtpow = pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / CRMath.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= pow(y, absx - 0.5);
            } else {
                double sqrtpow = pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    /** Whether gamma(x) for finite x is a pole or invalid (ValueError) rather than an overflow. */
    static boolean gammaDomainError(double x) {
        return x == 0.0 || (x < 0.0 && x == Math.floor(x));
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            return x <= 0.0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -CRMath.log(absx);
        }
        if (x > 0.0) {
            return CRMath.log(lanczosSum(x)) - LANCZOS_G
                    + (x - 0.5) * (CRMath.log(x + LANCZOS_G - 0.5) - 1);
        }
        return CRMath.log(PI) - CRMath.log(Math.abs(sinpi(absx))) - CRMath.log(absx)
                - (CRMath.log(lanczosSum(absx)) - LANCZOS_G
                   + (absx - 0.5) * (CRMath.log(absx + LANCZOS_G - 0.5) - 1));
    }

    private static final double ERF_SERIES_CUTOFF = 1.5;
    private static final int ERF_SERIES_TERMS = 25;
    private static final double ERFC_CONTFRAC_CUTOFF = 30.0;
    private static final int ERFC_CONTFRAC_TERMS = 50;

    /** erf(x) = x exp(-x^2)/sqrt(pi) * sum 2^k x^(2k-2) ... for small x. */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double acc = 0.0;
        double fk = ERF_SERIES_TERMS + 0.5;
        for (int i = 0; i < ERF_SERIES_TERMS; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * CRMath.exp(-x2) / SQRT_PI;
    }

    /** erfc(x) for positive x by its continued fraction. */
    private static double erfcContfrac(double x) {
        if (x >= ERFC_CONTFRAC_CUTOFF) {
            return 0.0;
        }
        double x2 = x * x;
        double a = 0.0, da = 0.5;
        double p = 1.0, pLast = 0.0;
        double q = da + x2, qLast = 1.0;
        for (int i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * CRMath.exp(-x2) / SQRT_PI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double absx = Math.abs(x);
        if (absx < ERF_SERIES_CUTOFF) {
            return erfSeries(x);
        }
        double cf = erfcContfrac(absx);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double absx = Math.abs(x);
        if (absx < ERF_SERIES_CUTOFF) {
            return 1.0 - erfSeries(x);
        }
        double cf = erfcContfrac(absx);
        return x > 0.0 ? cf : 2.0 - cf;
    }
}
