package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * FloatFormat against CPython 2.7 (float-format-cases.txt, made by tools/gen_float_cases.py)
 * and against slow exact reference algorithms on many random doubles.
 */
class FloatFormatTest {

    @Test
    void cpythonCases() throws Exception {
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FloatFormatTest.class.getResourceAsStream("float-format-cases.txt"), StandardCharsets.US_ASCII))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(" ", 5);
                double v = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
                char kind = f[1].charAt(0);
                int prec = Integer.parseInt(f[2]);
                boolean alt = f[3].equals("1");
                String got = FloatFormat.format(v, kind, prec, alt);
                n++;
                if (!got.equals(f[4])) {
                    failures.add(line + "  GOT " + got);
                }
            }
        }
        assertTrue(n > 5000);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }

    @Test
    void examples() {
        assertEquals("0.1", FloatFormat.repr(0.1));
        assertEquals("1e+16", FloatFormat.repr(1e16));
        assertEquals("1000000000000000.0", FloatFormat.repr(1e15));
        assertEquals("1e-05", FloatFormat.repr(1e-5));
        assertEquals("0.0001", FloatFormat.repr(1e-4));
        assertEquals("123456789.0", FloatFormat.repr(123456789.0));
        assertEquals("1.0000000000000002", FloatFormat.repr(1.0000000000000002));
        assertEquals("5e-324", FloatFormat.repr(Double.MIN_VALUE));
        assertEquals("-0.0", FloatFormat.repr(-0.0));
        assertEquals("inf", FloatFormat.repr(Double.POSITIVE_INFINITY));
        assertEquals("nan", FloatFormat.repr(-Double.NaN));
        assertEquals("0.333333333333", FloatFormat.str(1.0 / 3));
        assertEquals("1e+16", FloatFormat.str(1e16));
        assertEquals("1.23456789012e+11", FloatFormat.str(123456789012.0));
        assertEquals("100.0", FloatFormat.str(100.0));
        assertEquals("0", FloatFormat.format(0.5, 'f', 0, false));
        assertEquals("2", FloatFormat.format(1.5, 'f', 0, false));
        assertEquals("2", FloatFormat.format(2.5, 'f', 0, false));
        assertEquals("1.", FloatFormat.format(1.0, 'f', 0, true));
        assertEquals("1.00000", FloatFormat.format(1.0, 'g', 6, true));
        assertEquals("1.e+04", FloatFormat.format(12345, 'e', 0, true));
        assertEquals("-INF", FloatFormat.format(Double.NEGATIVE_INFINITY, 'F', 6, false));
        assertEquals("1.5", FloatFormat.format(1.5, 'r', 0, false));
        assertEquals("1e+16", FloatFormat.format(1e16, 's', 0, false));
        assertEquals("+1.5", FloatFormat.format(1.5, 'g', 6, FloatFormat.SIGN));
        // dtoa's integer path keeps zeros on an exact tie rounded down
        assertEquals("9.37718593200e+13", FloatFormat.format(93771859320050.0, 'g', 12, false));
        assertEquals("9.37718593200e+13", FloatFormat.str(93771859320050.0));
        assertEquals("3.394e+05", FloatFormat.format(339402.0, 'g', 5, false));
    }

    // ---- exact reference algorithms -------------------------------------------------------------

    /** Shortest round-tripping digits, closest among the shortest: "d.ddd" digits and exponent. */
    private static String refShortest(double a) {
        BigDecimal exact = new BigDecimal(a);
        for (int n = 1; n <= 17; n++) {
            BigDecimal c = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(c.toString()) == a) {
                return norm(c);
            }
            // at a power of two the interval is asymmetric: the other neighbour may round-trip
            BigDecimal ulp = BigDecimal.ONE.movePointLeft(c.scale());
            BigDecimal other = c.compareTo(exact) < 0 ? c.add(ulp) : c.subtract(ulp);
            if (other.signum() > 0 && other.round(new MathContext(n, RoundingMode.HALF_EVEN)).compareTo(other) == 0
                    && Double.parseDouble(other.toString()) == a) {
                return norm(other);
            }
        }
        throw new AssertionError("no shortest for " + a);
    }

    private static String norm(BigDecimal c) {
        BigDecimal s = c.stripTrailingZeros();
        String u = s.unscaledValue().toString();
        return u + "e" + (u.length() - s.scale());
    }

    private static String dec(FloatFormat.Dec d) {
        String u = new String(d.d, 0, d.n, StandardCharsets.ISO_8859_1);
        int n = u.length();
        while (n > 1 && u.charAt(n - 1) == '0') {
            n--;
        }
        return u.substring(0, n) + "e" + d.decpt;
    }

    private static double randomDouble(SplittableRandom rnd) {
        double v;
        switch (rnd.nextInt(4)) {
            case 0:
                v = Double.longBitsToDouble(rnd.nextLong() & Long.MAX_VALUE);
                break;
            case 1:
                v = Double.longBitsToDouble(rnd.nextLong(1L << 52));
                break;
            case 2:
                v = Math.scalb(1.0, rnd.nextInt(-1074, 1024));
                v = Double.longBitsToDouble(Double.doubleToRawLongBits(v) + rnd.nextInt(-1, 2));
                break;
            default:
                v = rnd.nextDouble() * Math.pow(10, rnd.nextInt(-20, 25));
                break;
        }
        return v;
    }

    @Test
    void shortestMatchesReference() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            double v = randomDouble(rnd);
            if (!(v > 0) || Double.isInfinite(v)) {
                continue;
            }
            assertEquals(refShortest(v), dec(FloatFormat.shortest(v)), () -> "bits " + Long.toHexString(Double.doubleToRawLongBits(v)));
        }
    }

    @Test
    void shortestAtEveryPowerOfTwo() {
        for (int e = -1074; e < 1024; e++) {
            double v = Math.scalb(1.0, e);
            assertEquals(refShortest(v), dec(FloatFormat.shortest(v)), "2^" + e);
            double up = Math.nextUp(v);
            if (!Double.isInfinite(up)) {
                assertEquals(refShortest(up), dec(FloatFormat.shortest(up)), "next 2^" + e);
            }
            double down = Math.nextDown(v);
            if (down > 0) {
                assertEquals(refShortest(down), dec(FloatFormat.shortest(down)), "prev 2^" + e);
            }
        }
        assertEquals(refShortest(Double.MAX_VALUE), dec(FloatFormat.shortest(Double.MAX_VALUE)));
    }

    @Test
    void roundingFastPathsMatchExact() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 30_000; i++) {
            double v = randomDouble(rnd);
            if (!(v > 0) || Double.isInfinite(v)) {
                continue;
            }
            int n = rnd.nextInt(1, 18);
            BigDecimal c = new BigDecimal(v).round(new MathContext(n, RoundingMode.HALF_EVEN));
            assertEquals(norm(c), dec(FloatFormat.sig(v, n)), () -> v + " to " + n);
            int frac = rnd.nextInt(0, 25);
            String exact = new BigDecimal(v).setScale(frac, RoundingMode.HALF_EVEN).unscaledValue().toString();
            assertEquals(exact, FloatFormat.fixedDigits(v, frac), () -> v + " fixed " + frac);
        }
        // ties of the shortest digits at the rounding position
        for (double v : new double[] {0.125, 0.375, 2.5, 0.015, 0.005, 1.0005, 9.995, 1e22, 1e23, 5e-324}) {
            for (int n = 1; n <= 17; n++) {
                BigDecimal c = new BigDecimal(v).round(new MathContext(n, RoundingMode.HALF_EVEN));
                assertEquals(norm(c), dec(FloatFormat.sig(v, n)), v + " to " + n);
            }
            for (int frac = 0; frac < 30; frac++) {
                String exact = new BigDecimal(v).setScale(frac, RoundingMode.HALF_EVEN).unscaledValue().toString();
                assertEquals(exact, FloatFormat.fixedDigits(v, frac), v + " fixed " + frac);
            }
        }
    }

    @Test
    void logApproximationsAreExact() {
        for (int q = -1100; q <= 1100; q++) {
            BigInteger p2 = BigInteger.ONE.shiftLeft(Math.abs(q));
            // floor(log10(2^q)): largest k with 10^k <= 2^q
            assertEquals(floorLog10(p2, q, 1, 1), FloatFormat.Schubfach.flog10pow2(q), "q=" + q);
            // floor(log10(3/4 2^q))
            assertEquals(floorLog10(p2, q, 3, 4), FloatFormat.Schubfach.flog10threeQuartersPow2(q), "3/4 q=" + q);
        }
        for (int e = -400; e <= 400; e++) {
            BigInteger p10 = BigInteger.TEN.pow(Math.abs(e));
            int f = e >= 0 ? p10.bitLength() - 1 : -p10.bitLength();
            if (e == 0) {
                f = 0;
            }
            assertEquals(f, FloatFormat.Schubfach.flog2pow10(e), "e=" + e);
        }
    }

    /** floor(log10(num/den * 2^q)) where 2^|q| = p2 and q's sign is given. */
    private static int floorLog10(BigInteger p2, int q, int num, int den) {
        boolean nonNegative = q >= 0;
        // value = num * p2 / den (q >= 0) or num / (den * p2) (q < 0)
        BigInteger n = nonNegative ? p2.multiply(BigInteger.valueOf(num)) : BigInteger.valueOf(num);
        BigInteger d = nonNegative ? BigInteger.valueOf(den) : p2.multiply(BigInteger.valueOf(den));
        int k = (int) Math.floor(q * Math.log10(2) + Math.log10((double) num / den)) - 1;
        // move k until 10^k <= n/d < 10^(k+1)
        while (true) {
            BigInteger lhs = k >= 0 ? BigInteger.TEN.pow(k).multiply(d) : d;
            BigInteger rhs = k >= 0 ? n : n.multiply(BigInteger.TEN.pow(-k));
            if (lhs.compareTo(rhs) > 0) {
                k--;
                continue;
            }
            BigInteger lhs1 = k + 1 >= 0 ? BigInteger.TEN.pow(k + 1).multiply(d) : d;
            BigInteger rhs1 = k + 1 >= 0 ? n : n.multiply(BigInteger.TEN.pow(-(k + 1)));
            if (lhs1.compareTo(rhs1) <= 0) {
                k++;
                continue;
            }
            return k;
        }
    }

    @Test
    void hexRoundTrip() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            double v = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isNaN(v)) {
                continue;
            }
            assertEquals(v, FloatFormat.fromHex(FloatFormat.toHex(v)), FloatFormat.toHex(v));
        }
        assertEquals(Double.MIN_VALUE, FloatFormat.fromHex("0x1.8p-1075"));
        assertEquals(0.0, FloatFormat.fromHex("0x1p-1075"));
        assertEquals(Double.MIN_VALUE, FloatFormat.fromHex("0x3p-1076"));
    }
}
