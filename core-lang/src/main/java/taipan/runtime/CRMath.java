package taipan.runtime;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Elementary functions rounded to nearest from a double-double (about 100 bits)
 * evaluation, so that results agree with CPython on Linux, whose glibc computes these
 * functions correctly rounded in all but extremely rare cases. Java's {@code StrictMath}
 * (fdlibm) differs from glibc in the last bit for several percent of the arguments
 * (hypot and atan2 in particular), which shows in {@code repr}.
 *
 * <p>Functions: {@link #exp}, {@link #log}, {@link #pow} (positive finite base, finite
 * exponent: the caller handles the special cases), {@link #hypot}, {@link #atan2},
 * {@link #sin}, {@link #cos}.
 */
public final class CRMath {
    private CRMath() {}

    // ---- double-double arithmetic (hi + lo, |lo| <= ulp(hi)/2) -------------------------------

    /** A double-double value. */
    static final class DD {
        final double hi, lo;

        DD(double hi, double lo) {
            this.hi = hi;
            this.lo = lo;
        }

        static DD of(double d) {
            return new DD(d, 0.0);
        }

        static DD of(BigDecimal b) {
            double hi = b.doubleValue();
            double lo = b.subtract(new BigDecimal(hi)).doubleValue();
            return norm(hi, lo);
        }

        static DD norm(double a, double b) {
            double s = a + b;
            return new DD(s, b - (s - a));
        }

        DD add(DD o) {
            double s = hi + o.hi;
            double bb = s - hi;
            double e = (hi - (s - bb)) + (o.hi - bb);
            double t = lo + o.lo;
            double bb2 = t - lo;
            double f = (lo - (t - bb2)) + (o.lo - bb2);
            e += t;
            double s2 = s + e;
            e = e - (s2 - s);
            e += f;
            double s3 = s2 + e;
            return new DD(s3, e - (s3 - s2));
        }

        DD add(double d) {
            double s = hi + d;
            double bb = s - hi;
            double e = (hi - (s - bb)) + (d - bb);
            e += lo;
            double s2 = s + e;
            return new DD(s2, e - (s2 - s));
        }

        DD neg() {
            return new DD(-hi, -lo);
        }

        DD sub(DD o) {
            return add(o.neg());
        }

        DD mul(DD o) {
            double p = hi * o.hi;
            double e = Math.fma(hi, o.hi, -p);
            e += hi * o.lo + lo * o.hi;
            double s = p + e;
            return new DD(s, e - (s - p));
        }

        DD mul(double d) {
            double p = hi * d;
            double e = Math.fma(hi, d, -p);
            e += lo * d;
            double s = p + e;
            return new DD(s, e - (s - p));
        }

        DD div(DD o) {
            double q1 = hi / o.hi;
            DD r = sub(o.mul(q1));
            double q2 = r.hi / o.hi;
            r = r.sub(o.mul(q2));
            double q3 = r.hi / o.hi;
            return norm(q1, q2).add(q3);
        }

        DD scalb(int n) {
            return new DD(Math.scalb(hi, n), Math.scalb(lo, n));
        }

        DD sqrt() {
            if (hi <= 0) {
                return of(0.0);
            }
            double x = Math.sqrt(hi);
            // one Newton step: x + (this - x^2) / (2x)
            DD xx = of(x).mul(x);
            DD r = sub(xx);
            return of(x).add(r.hi / (2 * x));
        }

        double value() {
            return hi + lo;
        }
    }

    private static final MathContext MC = new MathContext(60);
    private static final BigDecimal PI_BD = new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459");
    private static final BigDecimal LN2_BD = new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680009");

    static final DD PI = DD.of(PI_BD);
    static final DD PI_2 = DD.of(PI_BD.divide(BigDecimal.valueOf(2), MC));
    static final DD PI_4 = DD.of(PI_BD.divide(BigDecimal.valueOf(4), MC));
    static final DD LN2 = DD.of(LN2_BD);
    /** ln 2 in three parts, for exact-ish argument reduction. */
    private static final double L1, L2, L3;
    /** pi/2 in three parts. */
    private static final double P1, P2, P3;

    static {
        L1 = LN2_BD.doubleValue();
        BigDecimal r = LN2_BD.subtract(new BigDecimal(L1));
        L2 = r.doubleValue();
        L3 = r.subtract(new BigDecimal(L2)).doubleValue();
        BigDecimal p = PI_BD.divide(BigDecimal.valueOf(2), MC);
        P1 = p.doubleValue();
        BigDecimal q = p.subtract(new BigDecimal(P1));
        P2 = q.doubleValue();
        P3 = q.subtract(new BigDecimal(P2)).doubleValue();
    }

    // ---- exp and log ----------------------------------------------------------------------------

    /** 1/n! as double-doubles. */
    private static final DD[] INV_FACT = new DD[30];
    /** 1/n as double-doubles (odd n, for atan's series). */
    private static final DD[] INV = new DD[30];

    static {
        BigDecimal f = BigDecimal.ONE;
        for (int i = 0; i < INV_FACT.length; i++) {
            if (i > 0) {
                f = f.multiply(BigDecimal.valueOf(i));
            }
            INV_FACT[i] = DD.of(BigDecimal.ONE.divide(f, MC));
            INV[i] = i == 0 ? DD.of(0.0) : DD.of(BigDecimal.ONE.divide(BigDecimal.valueOf(i), MC));
        }
    }

    /** exp(r) - 1 for |r| <= ln2/2048, by its Taylor series. */
    private static DD expm1Small(DD r) {
        DD s = INV_FACT[10];
        for (int n = 9; n >= 1; n--) {
            s = s.mul(r).add(INV_FACT[n]);
        }
        return s.mul(r);
    }

    /** exp(z) as a double-double scaled: returns {e, k} meaning e * 2^k, or null on overflow. */
    static DD expDD(DD z, int[] kOut) {
        double k = Math.rint(z.hi / L1);
        // r = z - k*ln2, with each product exact as a double-double
        DD r = z.sub(twoProd(k, L1)).sub(twoProd(k, L2)).sub(twoProd(k, L3));
        r = r.scalb(-10);
        DD e = expm1Small(r);
        for (int i = 0; i < 10; i++) {
            e = e.mul(2.0).add(e.mul(e));
        }
        kOut[0] = (int) k;
        return e.add(1.0);
    }

    static DD twoProd(double a, double b) {
        double p = a * b;
        return new DD(p, Math.fma(a, b, -p));
    }

    /** Rounds e * 2^k to a double (correctly, also when the result is subnormal). */
    static double scale(DD e, int k) {
        double hi = e.hi;
        int ex = Math.getExponent(hi) + k;
        if (ex >= Double.MIN_EXPONENT) {
            return Math.scalb(e.value(), k);
        }
        BigDecimal v = new BigDecimal(e.hi).add(new BigDecimal(e.lo));
        v = k >= 0 ? v.multiply(new BigDecimal(java.math.BigInteger.ONE.shiftLeft(k)))
                : v.divide(new BigDecimal(java.math.BigInteger.ONE.shiftLeft(-k)));
        return v.doubleValue();
    }

    /** e^x. */
    public static double exp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.2) {
            return 0.0;
        }
        if (Math.abs(x) < 0x1p-54) {
            return 1.0 + x;
        }
        return expOf(DD.of(x));
    }

    private static double expOf(DD z) {
        if (z.hi > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (z.hi < -745.2) {
            return 0.0;
        }
        int[] k = new int[1];
        DD e = expDD(z, k);
        return scale(e, k[0]);
    }

    /** ln(x) of a positive finite x as a double-double. */
    static DD logDD(double x) {
        int e = Math.getExponent(x);
        double m;
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            double n = x * 0x1p60;
            e = Math.getExponent(n) - 60;
            m = Math.scalb(n, -Math.getExponent(n));
        } else {
            m = Math.scalb(x, -e);
        }
        // m in [1, 2): use [sqrt(1/2), sqrt(2)) to keep log(m) small
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e++;
        }
        double y0 = Math.log(m);
        // Newton: y1 = y0 - 1 + m * exp(-y0)
        int[] k = new int[1];
        DD ex = expDD(DD.of(-y0), k);
        DD t = ex.scalb(k[0]).mul(m).add(-1.0);
        DD lm = t.add(y0);
        DD el = twoProd(e, L1).add(twoProd(e, L2)).add(DD.of(e * L3));
        return el.add(lm);
    }

    /** ln(x). */
    public static double log(double x) {
        if (Double.isNaN(x) || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            return x;
        }
        if (x == 1.0) {
            return 0.0;
        }
        return logDD(x).value();
    }

    /** C99's pow, every special case included (as libm's, which CPython's complex power calls). */
    public static double powC99(double x, double y) {
        if (y == 0 || x == 1.0) {
            return 1.0;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            return (ax > 1.0) == (y > 0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean oddInt = Math.abs(y) < 0x1p53 && Math.floor(y) == y && ((long) y & 1) == 1;
        if (x == 0 || Double.isInfinite(x)) {
            boolean big = Double.isInfinite(x) == (y > 0);
            double r = big ? Double.POSITIVE_INFINITY : 0.0;
            return oddInt && Math.copySign(1.0, x) < 0 ? -r : r;
        }
        if (x < 0) {
            if (Math.floor(y) != y) {
                return Double.NaN;
            }
            double r = pow(-x, y);
            return oddInt ? -r : r;
        }
        return pow(x, y);
    }

    /** x^y for x > 0 finite, x != 1, y finite and non-zero (the callers' special cases done). */
    public static double pow(double x, double y) {
        if (y == Math.rint(y) && Math.abs(y) < 0x1p31) {
            double exact = exactIntPow(x, (int) y);
            if (!Double.isNaN(exact)) {
                return exact;
            }
        }
        DD l = logDD(x);
        double approx = l.hi * y;
        if (approx > 710 || approx < -746 || Double.isNaN(approx)) {
            return approx > 0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        DD t = l.mul(y);
        return expOf(t);
    }

    /**
     * x^n computed exactly and rounded half-even, for the cases where the exact result may
     * be a rounding midpoint (which the double-double evaluation cannot settle): a power of
     * two, or a positive power with few enough bits. NaN when not applicable.
     */
    private static double exactIntPow(double x, int n) {
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) (bits >>> 52) & 0x7ff;
        long m = bits & ((1L << 52) - 1);
        int e;
        if (be == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = be - 1075;
        }
        int tz = Long.numberOfTrailingZeros(m);
        m >>= tz;
        e += tz;
        int mbits = 64 - Long.numberOfLeadingZeros(m);
        long exp2 = (long) e * n;
        if (m == 1) {
            if (exp2 > 1100) {
                return Double.POSITIVE_INFINITY;
            }
            if (exp2 < -1100) {
                return 0.0;
            }
            return FloatFormat.scaleRound(java.math.BigInteger.ONE, (int) exp2);
        }
        if (n > 0 && (long) (mbits - 1) * n < 60) {
            if (exp2 > 1100 || exp2 < -1300) {
                return Double.NaN; // far out of range: the general path over/underflows alike
            }
            return FloatFormat.scaleRound(java.math.BigInteger.valueOf(m).pow(n), (int) exp2);
        }
        return Double.NaN;
    }

    // ---- hypot ------------------------------------------------------------------------------------

    /**
     * sqrt(x^2 + y^2) with C99's special cases (an infinity wins over NaN), computed as
     * glibc does (a square root corrected by one step of Borges' "fast and accurate
     * hypot" method, with scaling for huge and tiny operands), so that results agree bit
     * for bit with CPython on Linux.
     */
    public static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        double ax = Math.abs(x), ay = Math.abs(y);
        if (ax < ay) {
            double t = ax;
            ax = ay;
            ay = t;
        }
        final double eps = 0x1p-54; // half the relative precision
        final double large = 0x1p+510, tiny = 0x1p-511, scaleF = 0x1p-600;
        if (ax > large) {
            if (ay <= ax * eps) {
                return ax + ay;
            }
            return borges(ax * scaleF, ay * scaleF) / scaleF;
        }
        if (ay < tiny) {
            if (ax >= ay / eps) {
                return ax + ay;
            }
            return borges(ax / scaleF, ay / scaleF) * scaleF;
        }
        if (ay <= ax * eps) {
            return ax + ay;
        }
        return borges(ax, ay);
    }

    /** sqrt(ax^2 + ay^2), ax >= ay > 0 in range, with one correction step. */
    private static double borges(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1, t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
    }

    // ---- atan2 --------------------------------------------------------------------------------------

    private static final DD[] ATAN_TABLE = new DD[9];

    static {
        for (int k = 0; k <= 8; k++) {
            ATAN_TABLE[k] = atanByHalving(DD.of(k / 8.0));
        }
    }

    /** atan(t) for |t| <= 1/16 by its Taylor series. */
    private static DD atanSmall(DD u) {
        DD u2 = u.mul(u);
        DD s = DD.of(0.0);
        for (int n = 25; n >= 1; n -= 2) {
            DD term = INV[n];
            if (((n - 1) / 2) % 2 == 1) {
                term = term.neg();
            }
            s = s.mul(u2).add(term);
        }
        return s.mul(u);
    }

    /** atan(c) for 0 <= c <= 1 by atan(c) = 2 atan(c / (1 + sqrt(1 + c^2))), for the table. */
    private static DD atanByHalving(DD c) {
        int halvings = 0;
        while (Math.abs(c.hi) > 1.0 / 16) {
            c = c.div(c.mul(c).add(1.0).sqrt().add(1.0));
            halvings++;
        }
        return atanSmall(c).scalb(halvings);
    }

    /** atan(t) for 0 <= t <= 1 given as a double-double. */
    static DD atanDD(DD t) {
        int k = (int) Math.rint(t.hi * 8);
        if (k == 0) {
            return atanSmall(t);
        }
        double c = k / 8.0;
        DD u = t.add(-c).div(t.mul(c).add(1.0));
        return ATAN_TABLE[k].add(atanSmall(u));
    }

    /** atan2(y, x) with C99's special cases. */
    public static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y) || y == 0 || x == 0) {
            return StrictMath.atan2(y, x); // exact special values (multiples of pi/4, zeros)
        }
        double ax = Math.abs(x), ay = Math.abs(y);
        DD r;
        if (ay <= ax) {
            DD t = DD.of(ay).div(DD.of(ax));
            if (t.hi < 0x1p-60 && x > 0) {
                return y / x; // atan(t) = t to full precision (also tiny/subnormal quotients)
            }
            r = atanDD(t);
        } else {
            DD t = DD.of(ax).div(DD.of(ay));
            r = PI_2.sub(atanDD(t));
        }
        if (x < 0) {
            r = PI.sub(r);
        }
        double v = r.value();
        return y < 0 ? -v : v;
    }

    // ---- sin and cos -----------------------------------------------------------------------------------

    /** sin(r) for |r| <= pi/4. */
    static DD sinSmall(DD r) {
        DD r2 = r.mul(r);
        DD s = DD.of(0.0);
        // sum_{n} (-1)^n r^(2n+1)/(2n+1)!, Horner in r^2
        for (int n = 13; n >= 0; n--) {
            DD c = INV_FACT[2 * n + 1];
            if (n % 2 == 1) {
                c = c.neg();
            }
            s = s.mul(r2).add(c);
        }
        return s.mul(r);
    }

    /** cos(r) for |r| <= pi/4. */
    static DD cosSmall(DD r) {
        DD r2 = r.mul(r);
        DD s = DD.of(0.0);
        for (int n = 13; n >= 0; n--) {
            DD c = INV_FACT[2 * n];
            if (n % 2 == 1) {
                c = c.neg();
            }
            s = s.mul(r2).add(c);
        }
        return s;
    }

    /** x - k pi/2 for the nearest k (|x| < 2^20 pi/2); k mod 4 in quadrant[0]. */
    static DD reduce(double x, int[] quadrant) {
        double k = Math.rint(x * (2 / Math.PI));
        DD r = DD.of(x).sub(twoProd(k, P1)).sub(twoProd(k, P2)).sub(twoProd(k, P3));
        // the rounding of k may leave |r| slightly above pi/4: fine for the series
        quadrant[0] = (int) (((long) k) & 3);
        return r;
    }

    public static double sin(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        double a = Math.abs(x);
        if (a < 0x1p-26) {
            return x;
        }
        if (a > 1.6e6) {
            return StrictMath.sin(x);
        }
        int[] q = new int[1];
        DD r = reduce(x, q);
        switch (q[0]) {
            case 0: return sinSmall(r).value();
            case 1: return cosSmall(r).value();
            case 2: return -sinSmall(r).value();
            default: return -cosSmall(r).value();
        }
    }

    public static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        double a = Math.abs(x);
        if (a < 0x1p-27) {
            return 1.0;
        }
        if (a > 1.6e6) {
            return StrictMath.cos(x);
        }
        int[] q = new int[1];
        DD r = reduce(x, q);
        switch (q[0]) {
            case 0: return cosSmall(r).value();
            case 1: return -sinSmall(r).value();
            case 2: return -cosSmall(r).value();
            default: return sinSmall(r).value();
        }
    }
}
