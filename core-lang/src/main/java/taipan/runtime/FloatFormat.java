package taipan.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Decimal formatting of doubles exactly as CPython 2.7 does it ({@code repr}, {@code str},
 * {@code %e %f %g}, {@code format()}): digits are always correctly rounded from the exact
 * binary value, round-half-even, as CPython's own dtoa does. Never use
 * {@code String.format} for Python output: it rounds differently.
 *
 * <p>The public entry points:
 * <ul>
 * <li>{@link #repr(double)}: {@code repr(x)}, the shortest string that reads back as x
 *     ({@code 0.1}, {@code 1e+16}, {@code 1e-05}, {@code 123456789.0}, {@code inf}, {@code nan}).
 * <li>{@link #str(double)}: {@code str(x)}: 12 significant digits ({@code %.12g}) with
 *     {@code .0} added when the result looks like an integer.
 * <li>{@link #format(double, char, int, boolean)}: the conversions of the {@code %}
 *     operator: {@code e E f F g G}, plus {@code r} (repr) and {@code s} (str).
 * <li>{@link #format(double, char, int, int)}: the same with CPython's flag bits
 *     ({@link #ALT}, {@link #ADD_DOT_0}, {@link #SIGN}), used by {@code format()}.
 * </ul>
 * The results carry a leading {@code '-'} for negative values (including {@code -0.0}),
 * never padding; NaN never has a sign (2.7 prints {@code nan} for {@code -nan}).
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** Flag: the alternate form ({@code #}): keep trailing zeros for g, always a point. */
    public static final int ALT = 1;
    /** Flag: add {@code .0} when the result has neither a point nor an exponent (str, repr, format's default). */
    public static final int ADD_DOT_0 = 2;
    /** Flag: always emit a sign ({@code +} for positive values and NaN). */
    public static final int SIGN = 4;

    // ---- public API ------------------------------------------------------------------------

    /** {@code repr(float)}: the shortest string that rounds back to {@code v}. */
    public static String repr(double v) {
        return format(v, 'r', 0, ADD_DOT_0);
    }

    /** {@code str(float)}: {@code %.12g} plus {@code .0} when the result looks integral. */
    public static String str(double v) {
        return format(v, 'g', 12, ADD_DOT_0);
    }

    /**
     * A {@code %}-operator conversion of a double, as {@code "%.<precision><type>" % v}
     * (with {@code #} when {@code alternate}) before any width, sign or zero padding.
     *
     * @param v the value
     * @param type one of {@code e E f F g G} ({@code r}: repr, {@code s}: str; precision ignored)
     * @param precision digits after the point (e, f), significant digits (g; 0 means 1);
     *                  callers pass 6 when the format gave none
     * @param alternate the {@code #} flag
     * @return the digits, with {@code '-'} in front for negative values; {@code inf},
     *         {@code -inf}, {@code nan} (upper case for E F G)
     */
    public static String format(double v, char type, int precision, boolean alternate) {
        switch (type) {
            case 'r': return repr(v);
            case 's': return str(v);
            default: return format(v, type, precision, alternate ? ALT : 0);
        }
    }

    /**
     * CPython's {@code PyOS_double_to_string}: {@code type} is one of {@code e E f F g G r}
     * ({@code r} = shortest repr digits, precision ignored), {@code flags} a combination of
     * {@link #ALT}, {@link #ADD_DOT_0} and {@link #SIGN}.
     */
    public static String format(double v, char type, int precision, int flags) {
        StringBuilder sb = new StringBuilder(24);
        format(sb, v, type, precision, flags);
        return sb.toString();
    }

    /** Appends the formatted value to {@code sb} (see {@link #format(double, char, int, int)}). */
    public static void format(StringBuilder sb, double v, char type, int precision, int flags) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(v)) {
            if ((flags & SIGN) != 0) {
                sb.append('+');
            }
            sb.append(upper ? "NAN" : "nan");
            return;
        }
        boolean neg = Double.doubleToRawLongBits(v) < 0;
        if (neg) {
            sb.append('-');
        } else if ((flags & SIGN) != 0) {
            sb.append('+');
        }
        if (Double.isInfinite(v)) {
            sb.append(upper ? "INF" : "inf");
            return;
        }
        double a = Math.abs(v);
        boolean alt = (flags & ALT) != 0;
        boolean dot0 = (flags & ADD_DOT_0) != 0;
        switch (type) {
            case 'e':
            case 'E': {
                Dec d = a == 0 ? Dec.zero(precision + 1) : sig(a, precision + 1);
                appendExp(sb, d, precision + 1, alt, type == 'E' ? 'E' : 'e');
                return;
            }
            case 'f':
            case 'F': {
                String u = a == 0 ? "0" : fixedDigits(a, precision);
                int intLen = u.length() - precision;
                if (intLen <= 0) {
                    sb.append('0');
                    if (precision > 0 || alt) {
                        sb.append('.');
                    }
                    for (int i = intLen; i < 0; i++) {
                        sb.append('0');
                    }
                    sb.append(u);
                } else {
                    sb.append(u, 0, intLen);
                    if (precision > 0 || alt) {
                        sb.append('.');
                    }
                    sb.append(u, intLen, u.length());
                }
                if (dot0 && precision == 0 && !alt) {
                    sb.append(".0");
                }
                return;
            }
            case 'g':
            case 'G': {
                int p = precision == 0 ? 1 : precision;
                Dec d = a == 0 ? Dec.zero(p) : sig(a, p);
                if (!alt && !keepsZeros(a, p)) {
                    d.stripZeros();
                }
                int decpt = a == 0 ? 1 : d.decpt;
                boolean useExp = decpt <= -4 || decpt > (dot0 ? p - 1 : p);
                if (useExp) {
                    appendExp(sb, d, alt ? p : d.n, alt, type == 'G' ? 'E' : 'e');
                } else {
                    appendFixed(sb, d, decpt, alt, dot0);
                }
                return;
            }
            case 'r': {
                if (a == 0) {
                    sb.append(dot0 ? "0.0" : "0");
                    return;
                }
                Dec d = shortest(a);
                if (d.decpt <= -4 || d.decpt > 16) {
                    appendExp(sb, d, d.n, alt, 'e');
                } else {
                    appendFixed(sb, d, d.decpt, alt, dot0);
                }
                return;
            }
            default:
                throw new IllegalArgumentException("bad float format type " + type);
        }
    }

    private static final long[] POW10 = {1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L,
        100000000L, 1000000000L, 10000000000L, 100000000000L, 1000000000000L, 10000000000000L,
        100000000000000L, 1000000000000000L};

    /**
     * A quirk of CPython's dtoa kept for exact output: an integral value below 1e15 whose
     * rounding to p digits is an exact tie rounded down keeps the trailing zeros of its digits
     * ({@code '%.12g' % 93771859320050.0 == '9.37718593200e+13'}).
     */
    private static boolean keepsZeros(double a, int p) {
        if (a == 0 || a >= 1e15 || a != Math.floor(a)) {
            return false;
        }
        long m = (long) a;
        int digits = 1;
        while (digits < 16 && m >= POW10[digits]) {
            digits++;
        }
        if (digits <= p) {
            return false;
        }
        long unit = POW10[digits - p];
        long q = m / unit, rem = m % unit;
        // dtoa's floating-point quick path settles every case but an exact tie; the tie goes
        // to its integer path, which rounds half-even and never strips zeros
        return 2 * rem == unit && (q & 1) == 0;
    }

    /** d.dddde+XX with {@code ndigits} significant digits shown (padding with zeros). */
    private static void appendExp(StringBuilder sb, Dec d, int ndigits, boolean alt, char e) {
        sb.append((char) d.d[0]);
        if (ndigits > 1 || alt) {
            sb.append('.');
        }
        for (int i = 1; i < ndigits; i++) {
            sb.append(i < d.n ? (char) d.d[i] : '0');
        }
        int x = d.isZero() ? 0 : d.decpt - 1;
        sb.append(e).append(x < 0 ? '-' : '+');
        x = Math.abs(x);
        if (x < 10) {
            sb.append('0');
        }
        sb.append(x);
    }

    /** Fixed notation of the digits of d (all of them, nothing stripped here). */
    private static void appendFixed(StringBuilder sb, Dec d, int decpt, boolean alt, boolean dot0) {
        int n = d.n;
        if (decpt <= 0) {
            sb.append("0.");
            for (int i = decpt; i < 0; i++) {
                sb.append('0');
            }
            for (int i = 0; i < n; i++) {
                sb.append((char) d.d[i]);
            }
            return;
        }
        if (decpt >= n) {
            for (int i = 0; i < n; i++) {
                sb.append((char) d.d[i]);
            }
            for (int i = n; i < decpt; i++) {
                sb.append('0');
            }
            if (alt) {
                sb.append('.');
            } else if (dot0) {
                sb.append(".0");
            }
            return;
        }
        for (int i = 0; i < decpt; i++) {
            sb.append((char) d.d[i]);
        }
        sb.append('.');
        for (int i = decpt; i < n; i++) {
            sb.append((char) d.d[i]);
        }
    }

    // ---- decimal digits ----------------------------------------------------------------------

    /** Decimal digits: value = 0.d[0]d[1]...d[n-1] × 10^decpt. */
    static final class Dec {
        final byte[] d;
        int n;
        int decpt;

        Dec(byte[] d, int n, int decpt) {
            this.d = d;
            this.n = n;
            this.decpt = decpt;
        }

        static Dec zero(int n) {
            byte[] b = new byte[Math.max(n, 1)];
            java.util.Arrays.fill(b, (byte) '0');
            return new Dec(b, Math.max(n, 1), 1);
        }

        boolean isZero() {
            return d[0] == '0';
        }

        void stripZeros() {
            while (n > 1 && d[n - 1] == '0') {
                n--;
            }
        }

        @Override
        public String toString() {
            return "0." + new String(d, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1) + "e" + decpt;
        }
    }

    /** Digits of a positive long, trailing zeros removed; decpt = number of digits. */
    private static Dec ofLong(long m) {
        byte[] buf = new byte[20];
        int len = 0;
        long t = m;
        do {
            buf[len++] = (byte) ('0' + (int) (t % 10));
            t /= 10;
        } while (t != 0);
        byte[] d = new byte[len];
        for (int i = 0; i < len; i++) {
            d[i] = buf[len - 1 - i];
        }
        int n = len;
        while (n > 1 && d[n - 1] == '0') {
            n--;
        }
        return new Dec(d, n, len);
    }

    /**
     * The shortest decimal that rounds back to {@code a} (finite, > 0), and among those the
     * closest to {@code a}: CPython's {@code repr} digits (dtoa mode 0).
     */
    static Dec shortest(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int bq = (int) (bits >>> 52) & 0x7ff;
        long t = bits & ((1L << 52) - 1);
        int q;
        long c;
        if (bq != 0) {
            q = bq - 1075;
            c = t | (1L << 52);
            // integers below 2^53 are their own shortest digits
            if (q <= 0 && q >= -52 && (c & ((1L << -q) - 1)) == 0) {
                return ofLong(c >> -q);
            }
        } else {
            q = -1074;
            c = t;
        }
        return Schubfach.toDecimal(q, c);
    }

    /**
     * The Schubfach algorithm (R. Giulietti, "The Schubfach way to render doubles"): with
     * 126-bit approximations of powers of ten, finds the decimals of the rounding interval
     * on the grid 10^k (and 10^(k+1)) next to the value and picks the shortest, then the
     * closest. Unlike the Java implementation, always prefers the shorter decimal (Python's
     * rule: {@code 5e-324}, not {@code 4.9e-324}).
     */
    static final class Schubfach {
        private Schubfach() {}

        static final int K_MIN = -324;
        static final int K_MAX = 292;
        private static final long MASK_63 = (1L << 63) - 1;
        /** g1, g0 pairs for 10^-k, k = K_MIN..K_MAX: g = floor(10^-k * 2^(125 - flog2pow10(-k))) + 1. */
        private static final long[] G = table();

        private static long[] table() {
            long[] g = new long[2 * (K_MAX - K_MIN + 1)];
            BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
            for (int k = K_MIN; k <= K_MAX; k++) {
                int e = -k;
                BigInteger v;
                if (e >= 0) {
                    BigInteger p = BigInteger.TEN.pow(e);
                    int f = p.bitLength() - 1; // floor(log2(10^e))
                    int sh = 125 - f;
                    v = sh >= 0 ? p.shiftLeft(sh) : p.shiftRight(-sh);
                } else {
                    BigInteger p = BigInteger.TEN.pow(-e);
                    int f = -p.bitLength(); // floor(log2(10^e)), 10^-e never a power of two
                    v = BigInteger.ONE.shiftLeft(125 - f).divide(p);
                }
                v = v.add(BigInteger.ONE);
                int i = 2 * (k - K_MIN);
                g[i] = v.shiftRight(63).longValueExact();
                g[i + 1] = v.and(mask63).longValue();
            }
            return g;
        }

        /** floor(q * log10(2)). */
        static int flog10pow2(int q) {
            return (int) ((q * 661971961083L) >> 41);
        }

        /** floor(log10(3/4 * 2^q)). */
        static int flog10threeQuartersPow2(int q) {
            return (int) ((q * 661971961083L - 274743187321L) >> 41);
        }

        /** floor(e * log2(10)). */
        static int flog2pow10(int e) {
            return (int) ((e * 913124641741L) >> 38);
        }

        /** floor(g * cp / 2^127), with the lowest bit set when inexact ("round to odd"). */
        private static long rop(long g1, long g0, long cp) {
            long x1 = Math.multiplyHigh(g0, cp);
            long y0 = g1 * cp;
            long y1 = Math.multiplyHigh(g1, cp);
            long z = (y0 >>> 1) + x1;
            long vbp = y1 + (z >>> 63);
            return vbp | (((z & MASK_63) + MASK_63) >>> 63);
        }

        /** x = c * 2^q, c > 0. */
        static Dec toDecimal(int q, long c) {
            long out = c & 1; // odd significand: the interval bounds are excluded
            long cb = c << 2;
            long cbr = cb + 2;
            long cbl;
            int k;
            if (c != (1L << 52) || q == -1074) {
                cbl = cb - 2;
                k = flog10pow2(q);
            } else {
                cbl = cb - 1;
                k = flog10threeQuartersPow2(q);
            }
            int h = q + flog2pow10(-k) + 2;
            int i = 2 * (k - K_MIN);
            long g1 = G[i], g0 = G[i + 1];
            long vb = rop(g1, g0, cb << h);
            long vbl = rop(g1, g0, cbl << h);
            long vbr = rop(g1, g0, cbr << h);
            long s = vb >> 2;
            // a multiple of 10^(k+1) inside the interval is the unique shortest candidate
            long sp10 = 10 * (s / 10);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return digits(upin ? sp10 : tp10, k);
            }
            long tt = s + 1;
            boolean uin = vbl + out <= s << 2;
            boolean win = (tt << 2) + out <= vbr;
            if (uin != win) {
                return digits(uin ? s : tt, k);
            }
            long cmp = vb - ((s + tt) << 1);
            return digits(cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : tt, k);
        }

        /** Digits of f × 10^k, trailing zeros removed. */
        private static Dec digits(long f, int k) {
            Dec d = ofLong(f);
            d.decpt += k;
            return d;
        }
    }

    /**
     * {@code a} (finite, > 0) correctly rounded (half-even) to {@code n} >= 1 significant
     * digits; exactly n digits (zeros kept).
     */
    static Dec sig(double a, int n) {
        if (n <= 15 && a >= Double.MIN_NORMAL) {
            Dec s = shortest(a);
            if (s.n <= n) {
                return padded(s, n);
            }
            // s has more than n digits: rounding s gives the rounding of a, except when the
            // dropped part is exactly one '5' (a tie for s, maybe not for a)
            if (n <= 14 && !(s.n == n + 1 && s.d[n] == '5')) {
                return roundUp(s, n, s.d[n] >= '5');
            }
        }
        return exactSig(a, n);
    }

    private static Dec padded(Dec s, int n) {
        byte[] d = s.d.length >= n ? s.d : java.util.Arrays.copyOf(s.d, n);
        for (int i = s.n; i < n; i++) {
            d[i] = '0';
        }
        return new Dec(d, n, s.decpt);
    }

    /** The first n digits of s, plus one unit in the last place when {@code up}. */
    private static Dec roundUp(Dec s, int n, boolean up) {
        byte[] d = java.util.Arrays.copyOf(s.d, Math.max(n, 1));
        int decpt = s.decpt;
        if (up) {
            int i = n - 1;
            while (i >= 0 && d[i] == '9') {
                d[i] = '0';
                i--;
            }
            if (i < 0) {
                d[0] = '1';
                decpt++;
            } else {
                d[i]++;
            }
        }
        return new Dec(d, n, decpt);
    }

    private static Dec exactSig(double a, int n) {
        if (n > 800) {
            // a double has at most 767 significant decimal digits: the rest are zeros
            Dec d = exactSig(a, 800);
            byte[] b = java.util.Arrays.copyOf(d.d, n);
            java.util.Arrays.fill(b, 800, n, (byte) '0');
            return new Dec(b, n, d.decpt);
        }
        BigDecimal r = new BigDecimal(a).round(new java.math.MathContext(n, RoundingMode.HALF_EVEN));
        String u = r.unscaledValue().toString();
        int len = u.length();
        int decpt = len - r.scale();
        byte[] d = new byte[Math.max(n, len)];
        for (int i = 0; i < len; i++) {
            d[i] = (byte) u.charAt(i);
        }
        for (int i = len; i < n; i++) {
            d[i] = '0';
        }
        return new Dec(d, n, decpt);
    }

    /**
     * The decimal digits of round(a × 10^frac) (a finite, > 0, half-even on the exact
     * value), without leading zeros; "0" when it rounds to zero.
     */
    static String fixedDigits(double a, int frac) {
        if (a >= Double.MIN_NORMAL && frac < 400) {
            Dec s = shortest(a);
            int n = s.decpt + frac; // significant digits kept
            if (n >= 1 && n <= 15) {
                Dec r;
                if (s.n <= n) {
                    r = padded(s, n);
                } else if (n <= 14 && !(s.n == n + 1 && s.d[n] == '5')) {
                    r = roundUp(s, n, s.d[n] >= '5');
                } else {
                    r = null;
                }
                if (r != null) {
                    // r.decpt grew by one when the rounding carried: then the digits are 1 0...0 (n+1 of them)
                    int len = n + (r.decpt - s.decpt);
                    StringBuilder sb = new StringBuilder(len);
                    for (int i = 0; i < len; i++) {
                        sb.append(i < r.n ? (char) r.d[i] : '0');
                    }
                    return sb.toString();
                }
            } else if (n < 0) {
                return "0"; // a < 10^decpt <= 10^(-frac-1): less than half a unit
            }
        }
        if (frac > 1100) {
            // no double has more than 1074 digits after the point: the rest are zeros
            StringBuilder sb = new StringBuilder(fixedDigits(a, 1100));
            for (int i = 1100; i < frac; i++) {
                sb.append('0');
            }
            return sb.toString();
        }
        return new BigDecimal(a).setScale(frac, RoundingMode.HALF_EVEN).unscaledValue().toString();
    }

    // ---- float.hex / float.fromhex ----------------------------------------------------------------

    /** {@code float.hex()}: {@code 0x1.8000000000000p+0}, {@code -0x0.0p+0}, {@code inf}, {@code nan}. */
    public static String toHex(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(v);
        String sign = bits < 0 ? "-" : "";
        if (v == 0) {
            return sign + "0x0.0p+0";
        }
        int be = (int) (bits >>> 52) & 0x7ff;
        long frac = bits & ((1L << 52) - 1);
        int exp;
        char lead;
        if (be == 0) {
            lead = '0';
            exp = -1022;
        } else {
            lead = '1';
            exp = be - 1023;
        }
        StringBuilder sb = new StringBuilder(24);
        sb.append(sign).append("0x").append(lead).append('.');
        String h = Long.toHexString(frac);
        for (int i = h.length(); i < 13; i++) {
            sb.append('0');
        }
        sb.append(h).append('p').append(exp < 0 ? '-' : '+').append(Math.abs(exp));
        return sb.toString();
    }

    /** {@code float.fromhex(s)}: the double nearest the hexadecimal string (half-even). */
    public static double fromHex(String s) {
        int i = 0, n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && isSpace(s.charAt(n - 1))) {
            n--;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i, n).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            i += 2;
        }
        BigInteger mant;
        int ndigits = 0;
        long fracDigits = 0;
        boolean seenPoint = false;
        StringBuilder hex = new StringBuilder();
        for (; i < n; i++) {
            char ch = s.charAt(i);
            int dv = Character.digit(ch, 16);
            if (dv >= 0 && ch < 128) {
                hex.append(ch);
                ndigits++;
                if (seenPoint) {
                    fracDigits++;
                }
            } else if (ch == '.' && !seenPoint) {
                seenPoint = true;
            } else {
                break;
            }
        }
        if (ndigits == 0) {
            throw invalidHex();
        }
        long exp = 0;
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean eneg = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                eneg = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            boolean big = false;
            for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                if (exp < 1_000_000_000_000L) {
                    exp = exp * 10 + (s.charAt(i) - '0');
                } else {
                    big = true;
                }
            }
            if (i == start) {
                throw invalidHex();
            }
            if (big) {
                exp = 1_000_000_000_000L;
            }
            if (eneg) {
                exp = -exp;
            }
        }
        if (i != n) {
            throw invalidHex();
        }
        // strip leading zeros of the digit string
        String digits = hex.toString();
        int lz = 0;
        while (lz < digits.length() - 1 && digits.charAt(lz) == '0') {
            lz++;
        }
        digits = digits.substring(lz);
        mant = new BigInteger(digits, 16);
        if (mant.signum() == 0) {
            return neg ? -0.0 : 0.0;
        }
        // value = mant * 2^(exp - 4*fracDigits)
        long e2 = exp - 4 * fracDigits;
        long top = e2 + mant.bitLength(); // value in [2^(top-1), 2^top)
        if (top > 1024) {
            throw Py.OverflowError("hexadecimal value too large to represent as a float");
        }
        if (top < -1100) {
            return neg ? -0.0 : 0.0;
        }
        double r = scaleRound(mant, (int) e2);
        if (Double.isInfinite(r)) {
            throw Py.OverflowError("hexadecimal value too large to represent as a float");
        }
        return neg ? -r : r;
    }

    private static PyException invalidHex() {
        return Py.ValueError("invalid hexadecimal floating-point string");
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** m × 2^e correctly rounded (half-even) to a double; m > 0. May return infinity. */
    static double scaleRound(BigInteger m, int e) {
        int bl = m.bitLength();
        // target exponent of the last kept bit: max(top - 53, -1074)
        long top = (long) e + bl;
        long lsb = Math.max(top - 53, -1074);
        long shift = lsb - e; // bits of m to drop (may be negative)
        long q;
        if (shift <= 0) {
            if (top > 1024) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.scalb((double) m.longValueExact(), e); // exact: m < 2^53 here
        }
        if (shift > bl + 1) {
            return 0.0;
        }
        BigInteger qb = m.shiftRight((int) shift);
        q = qb.longValue();
        boolean half = m.testBit((int) shift - 1);
        boolean sticky = m.getLowestSetBit() < shift - 1;
        if (half && (sticky || (q & 1) == 1)) {
            q++;
        }
        double r = Math.scalb((double) q, (int) lsb);
        return r;
    }
}
