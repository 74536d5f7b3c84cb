package taipan.modules.cmath;

import taipan.runtime.CRFunctions;
import taipan.runtime.CRMath;

/**
 * One evaluation of a complex function with CPython 2.7's cmath algorithms (C99 Annex G
 * special values, care with overflow and subnormals). {@link #errno} records, as C's errno
 * does there, whether the result stands for a domain error (EDOM) or an overflow (ERANGE).
 */
final class ComplexCalc {
    static final int EDOM = 1, ERANGE = 2;

    int errno;

    /** A complex number. */
    record Z(double re, double im) {
        Z neg() {
            return new Z(-re, -im);
        }
    }

    private static final double LARGE = Double.MAX_VALUE / 4.0;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453094;
    private static final double LN10 = 2.302585092994045684;
    private static final int SCALE_UP = 2 * (53 / 2) + 1;
    private static final int SCALE_DOWN = -(SCALE_UP + 1) / 2;

    private static double atan2(double y, double x) {
        return CRMath.atan2(y, x);
    }

    private static double log(double x) {
        return CRMath.log(x);
    }

    private static double hypot(double x, double y) {
        return CRMath.hypot(x, y);
    }

    private static double cos(double x) {
        return CRMath.cos(x);
    }

    private static double sin(double x) {
        return CRMath.sin(x);
    }

    private static double copysign(double m, double s) {
        return Math.copySign(m, s);
    }

    /** The tabulated value when a part is infinite or NaN, else null. */
    private Z special(Z z, double[][][] table) {
        if (Double.isFinite(z.re) && Double.isFinite(z.im)) {
            return null;
        }
        errno = 0;
        return lookup(z, table);
    }

    private static Z lookup(Z z, double[][][] table) {
        double[] v = table[SpecialValues.classify(z.re)][SpecialValues.classify(z.im)];
        return new Z(v[0], v[1]);
    }

    Z acos(Z z) {
        Z s = special(z, SpecialValues.ACOS);
        if (s != null) {
            return s;
        }
        double re, im;
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            re = atan2(Math.abs(z.im), z.re);
            double l = log(hypot(z.re / 2., z.im / 2.)) + LN2 * 2.;
            im = z.re < 0 ? -copysign(l, z.im) : copysign(l, -z.im);
        } else {
            Z s1 = sqrt(new Z(1. - z.re, -z.im));
            Z s2 = sqrt(new Z(1. + z.re, z.im));
            re = 2. * atan2(s1.re, s2.re);
            im = CRFunctions.asinh(s2.re * s1.im - s2.im * s1.re);
        }
        errno = 0;
        return new Z(re, im);
    }

    Z acosh(Z z) {
        Z s = special(z, SpecialValues.ACOSH);
        if (s != null) {
            return s;
        }
        double re, im;
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            re = log(hypot(z.re / 2., z.im / 2.)) + LN2 * 2.;
            im = atan2(z.im, z.re);
        } else {
            Z s1 = sqrt(new Z(z.re - 1., z.im));
            Z s2 = sqrt(new Z(z.re + 1., z.im));
            re = CRFunctions.asinh(s1.re * s2.re + s1.im * s2.im);
            im = 2. * atan2(s1.im, s2.re);
        }
        errno = 0;
        return new Z(re, im);
    }

    /** asin(z) = -i asinh(iz). */
    Z asin(Z z) {
        Z s = asinh(new Z(-z.im, z.re));
        return new Z(s.im, -s.re);
    }

    Z asinh(Z z) {
        Z s = special(z, SpecialValues.ASINH);
        if (s != null) {
            return s;
        }
        double re, im;
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            double l = log(hypot(z.re / 2., z.im / 2.)) + LN2 * 2.;
            re = z.im >= 0 ? copysign(l, z.re) : -copysign(l, -z.re);
            im = atan2(z.im, Math.abs(z.re));
        } else {
            Z s1 = sqrt(new Z(1. + z.im, -z.re));
            Z s2 = sqrt(new Z(1. - z.im, z.re));
            re = CRFunctions.asinh(s1.re * s2.im - s2.re * s1.im);
            im = atan2(z.im, s1.re * s2.re - s1.im * s2.im);
        }
        errno = 0;
        return new Z(re, im);
    }

    /** atan(z) = -i atanh(iz). */
    Z atan(Z z) {
        Z s = atanh(new Z(-z.im, z.re));
        return new Z(s.im, -s.re);
    }

    Z atanh(Z z) {
        Z s = special(z, SpecialValues.ATANH);
        if (s != null) {
            return s;
        }
        if (z.re < 0) {
            return atanh(z.neg()).neg();
        }
        double ay = Math.abs(z.im);
        double re, im;
        if (z.re > SQRT_LARGE || ay > SQRT_LARGE) {
            // atanh(z) ~ 1/z +- i pi/2 for large |z|
            double h = hypot(z.re / 2., z.im / 2.);
            re = z.re / 4. / h / h;
            im = -copysign(Math.PI / 2., -z.im);
            errno = 0;
        } else if (z.re == 1. && ay < SQRT_DBL_MIN) {
            if (ay == 0.) {
                re = Double.POSITIVE_INFINITY;
                im = z.im;
                errno = EDOM;
            } else {
                re = -log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2.)));
                im = copysign(atan2(2., -ay) / 2, z.im);
                errno = 0;
            }
        } else {
            re = CRFunctions.log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.;
            im = -atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.;
            errno = 0;
        }
        return new Z(re, im);
    }

    /** cos(z) = cosh(iz). */
    Z cos(Z z) {
        return cosh(new Z(-z.im, z.re));
    }

    Z cosh(Z z) {
        if (!Double.isFinite(z.re) || !Double.isFinite(z.im)) {
            Z r;
            if (Double.isInfinite(z.re) && Double.isFinite(z.im) && z.im != 0.) {
                double c = copysign(Double.POSITIVE_INFINITY, cos(z.im));
                double sn = copysign(Double.POSITIVE_INFINITY, sin(z.im));
                r = new Z(c, z.re > 0 ? sn : -sn);
            } else {
                r = lookup(z, SpecialValues.COSH);
            }
            errno = Double.isInfinite(z.im) && !Double.isNaN(z.re) ? EDOM : 0;
            return r;
        }
        double re, im;
        if (Math.abs(z.re) > LOG_LARGE) {
            double x1 = z.re - copysign(1., z.re);
            re = cos(z.im) * CRFunctions.cosh(x1) * Math.E;
            im = sin(z.im) * CRFunctions.sinh(x1) * Math.E;
        } else {
            re = cos(z.im) * CRFunctions.cosh(z.re);
            im = sin(z.im) * CRFunctions.sinh(z.re);
        }
        errno = Double.isInfinite(re) || Double.isInfinite(im) ? ERANGE : 0;
        return new Z(re, im);
    }

    Z exp(Z z) {
        if (!Double.isFinite(z.re) || !Double.isFinite(z.im)) {
            Z r;
            if (Double.isInfinite(z.re) && Double.isFinite(z.im) && z.im != 0.) {
                if (z.re > 0) {
                    r = new Z(copysign(Double.POSITIVE_INFINITY, cos(z.im)), copysign(Double.POSITIVE_INFINITY, sin(z.im)));
                } else {
                    r = new Z(copysign(0., cos(z.im)), copysign(0., sin(z.im)));
                }
            } else {
                r = lookup(z, SpecialValues.EXP);
            }
            errno = Double.isInfinite(z.im) && (Double.isFinite(z.re) || z.re == Double.POSITIVE_INFINITY) ? EDOM : 0;
            return r;
        }
        double re, im;
        if (z.re > LOG_LARGE) {
            double l = CRMath.exp(z.re - 1.);
            re = l * cos(z.im) * Math.E;
            im = l * sin(z.im) * Math.E;
        } else {
            double l = CRMath.exp(z.re);
            re = l * cos(z.im);
            im = l * sin(z.im);
        }
        errno = Double.isInfinite(re) || Double.isInfinite(im) ? ERANGE : 0;
        return new Z(re, im);
    }

    Z log(Z z) {
        Z s = special(z, SpecialValues.LOG);
        if (s != null) {
            return s;
        }
        double ax = Math.abs(z.re), ay = Math.abs(z.im);
        double re;
        if (ax > LARGE || ay > LARGE) {
            re = log(hypot(ax / 2., ay / 2.)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0. || ay > 0.) {
                // hypot would be subnormal: scale up first
                re = log(hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
            } else {
                errno = EDOM;
                return new Z(Double.NEGATIVE_INFINITY, atan2(z.im, z.re));
            }
        } else {
            double h = hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                re = CRFunctions.log1p((am - 1) * (am + 1) + an * an) / 2.;
            } else {
                re = log(h);
            }
        }
        errno = 0;
        return new Z(re, atan2(z.im, z.re));
    }

    Z log10(Z z) {
        Z r = log(z);
        return new Z(r.re / LN10, r.im / LN10);
    }

    /** sin(z) = -i sinh(iz). */
    Z sin(Z z) {
        Z s = sinh(new Z(-z.im, z.re));
        return new Z(s.im, -s.re);
    }

    Z sinh(Z z) {
        if (!Double.isFinite(z.re) || !Double.isFinite(z.im)) {
            Z r;
            if (Double.isInfinite(z.re) && Double.isFinite(z.im) && z.im != 0.) {
                double c = copysign(Double.POSITIVE_INFINITY, cos(z.im));
                double sn = copysign(Double.POSITIVE_INFINITY, sin(z.im));
                r = new Z(z.re > 0 ? c : -c, sn);
            } else {
                r = lookup(z, SpecialValues.SINH);
            }
            errno = Double.isInfinite(z.im) && !Double.isNaN(z.re) ? EDOM : 0;
            return r;
        }
        double re, im;
        if (Math.abs(z.re) > LOG_LARGE) {
            double x1 = z.re - copysign(1., z.re);
            re = cos(z.im) * CRFunctions.sinh(x1) * Math.E;
            im = sin(z.im) * CRFunctions.cosh(x1) * Math.E;
        } else {
            re = cos(z.im) * CRFunctions.sinh(z.re);
            im = sin(z.im) * CRFunctions.cosh(z.re);
        }
        errno = Double.isInfinite(re) || Double.isInfinite(im) ? ERANGE : 0;
        return new Z(re, im);
    }

    Z sqrt(Z z) {
        Z sv = special(z, SpecialValues.SQRT);
        if (sv != null) {
            return sv;
        }
        if (z.re == 0. && z.im == 0.) {
            return new Z(0., z.im);
        }
        double ax = Math.abs(z.re), ay = Math.abs(z.im);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL && (ax > 0. || ay > 0.)) {
            // hypot would be subnormal: scale up, then down
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.;
            s = 2. * Math.sqrt(ax + hypot(ax, ay / 8.));
        }
        double d = ay / (2. * s);
        errno = 0;
        return z.re >= 0. ? new Z(s, copysign(d, z.im)) : new Z(d, copysign(s, z.im));
    }

    /** tan(z) = -i tanh(iz). */
    Z tan(Z z) {
        Z s = tanh(new Z(-z.im, z.re));
        return new Z(s.im, -s.re);
    }

    Z tanh(Z z) {
        if (!Double.isFinite(z.re) || !Double.isFinite(z.im)) {
            Z r;
            if (Double.isInfinite(z.re) && Double.isFinite(z.im) && z.im != 0.) {
                r = new Z(z.re > 0 ? 1.0 : -1.0, copysign(0., 2. * sin(z.im) * cos(z.im)));
            } else {
                r = lookup(z, SpecialValues.TANH);
            }
            errno = Double.isInfinite(z.im) && Double.isFinite(z.re) ? EDOM : 0;
            return r;
        }
        double re, im;
        if (Math.abs(z.re) > LOG_LARGE) {
            re = copysign(1., z.re);
            im = 4. * sin(z.im) * cos(z.im) * CRMath.exp(-2. * Math.abs(z.re));
        } else {
            double tx = CRFunctions.tanh(z.re);
            double ty = CRFunctions.tan(z.im);
            double cx = 1. / CRFunctions.cosh(z.re);
            double txty = tx * ty;
            double denom = 1. + txty * txty;
            re = tx * (1. + ty * ty) / denom;
            im = ((ty / denom) * cx) * cx;
        }
        errno = 0;
        return new Z(re, im);
    }

    /** Complex division as 2.7's c_quot (Smith's method); EDOM for a zero divisor. */
    Z quot(Z a, Z b) {
        double absBre = Math.abs(b.re), absBim = Math.abs(b.im);
        if (absBre >= absBim) {
            if (absBre == 0.0) {
                errno = EDOM;
                return new Z(0.0, 0.0);
            }
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            return new Z((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        }
        if (absBim >= absBre) {
            double ratio = b.re / b.im;
            double denom = b.re * ratio + b.im;
            return new Z((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        return new Z(Double.NaN, Double.NaN);
    }

    /** The phase, with C99's special cases. */
    static double phase(Z z) {
        if (Double.isNaN(z.re) || Double.isNaN(z.im)) {
            return Double.NaN;
        }
        if (Double.isInfinite(z.im)) {
            if (Double.isInfinite(z.re)) {
                return copysign(Math.copySign(1., z.re) == 1. ? 0.25 * Math.PI : 0.75 * Math.PI, z.im);
            }
            return copysign(0.5 * Math.PI, z.im);
        }
        if (Double.isInfinite(z.re) || z.im == 0.) {
            return Math.copySign(1., z.re) == 1. ? copysign(0., z.im) : copysign(Math.PI, z.im);
        }
        return atan2(z.im, z.re);
    }

    /** rect(r, phi). */
    Z rect(double r, double phi) {
        if (!Double.isFinite(r) || !Double.isFinite(phi)) {
            Z z;
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.) {
                double c = copysign(Double.POSITIVE_INFINITY, cos(phi));
                double sn = copysign(Double.POSITIVE_INFINITY, sin(phi));
                z = r > 0 ? new Z(c, sn) : new Z(-c, -sn);
            } else {
                z = lookup(new Z(r, phi), SpecialValues.RECT);
            }
            errno = r != 0. && !Double.isNaN(r) && Double.isInfinite(phi) ? EDOM : 0;
            return z;
        }
        errno = 0;
        if (phi == 0.0) {
            return new Z(r, r * phi);
        }
        return new Z(r * cos(phi), r * sin(phi));
    }
}
