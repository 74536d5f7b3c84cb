package taipan.modules.cmath;

/**
 * C99 Annex G's results of the complex functions at infinities, NaNs and zeros, as CPython's
 * cmath tabulates them: 7x7 tables indexed by the classes of the real and imaginary parts
 * (-inf, negative, -0, +0, positive, +inf, nan). Entries for finite non-zero classes are never
 * used ("U").
 */
final class SpecialValues {
    private SpecialValues() {}

    static final int NINF = 0, NEG = 1, NZERO = 2, PZERO = 3, POS = 4, PINF = 5, NAN = 6;

    static int classify(double d) {
        if (Double.isNaN(d)) {
            return NAN;
        }
        boolean neg = Math.copySign(1.0, d) < 0;
        if (Double.isInfinite(d)) {
            return neg ? NINF : PINF;
        }
        if (d == 0) {
            return neg ? NZERO : PZERO;
        }
        return neg ? NEG : POS;
    }

    /** A table written as 49 "re,im" pairs, row by row (the real part's class selects the row). */
    static double[][][] table(String text) {
        String[] cells = text.trim().split("\\s+");
        if (cells.length != 49) {
            throw new IllegalArgumentException("special value table of " + cells.length);
        }
        double[][][] t = new double[7][7][];
        for (int i = 0; i < 49; i++) {
            String[] parts = cells[i].split(",");
            t[i / 7][i % 7] = new double[] {value(parts[0]), value(parts[1])};
        }
        return t;
    }

    private static double value(String s) {
        boolean neg = s.startsWith("-");
        String v = neg ? s.substring(1) : s;
        double d;
        switch (v) {
            case "P": d = Math.PI; break;
            case "P14": d = 0.25 * Math.PI; break;
            case "P12": d = 0.5 * Math.PI; break;
            case "P34": d = 0.75 * Math.PI; break;
            case "INF": d = Double.POSITIVE_INFINITY; break;
            case "N": d = Double.NaN; break;
            case "U": d = -9.5426319407711027e33; break;
            default: d = Double.parseDouble(v);
        }
        return neg ? -d : d;
    }

    static final double[][][] ACOS = table(
          "P34,INF P,INF P,INF P,-INF P,-INF P34,-INF N,INF "
        + "P12,INF U,U U,U U,U U,U P12,-INF N,N "
        + "P12,INF U,U P12,0 P12,-0 U,U P12,-INF P12,N "
        + "P12,INF U,U P12,0 P12,-0 U,U P12,-INF P12,N "
        + "P12,INF U,U U,U U,U U,U P12,-INF N,N "
        + "P14,INF 0,INF 0,INF 0,-INF 0,-INF P14,-INF N,INF "
        + "N,INF N,N N,N N,N N,N N,-INF N,N");

    static final double[][][] ACOSH = table(
          "INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N "
        + "INF,-P12 U,U U,U U,U U,U INF,P12 N,N "
        + "INF,-P12 U,U 0,-P12 0,P12 U,U INF,P12 N,N "
        + "INF,-P12 U,U 0,-P12 0,P12 U,U INF,P12 N,N "
        + "INF,-P12 U,U U,U U,U U,U INF,P12 N,N "
        + "INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N "
        + "INF,N N,N N,N N,N N,N INF,N N,N");

    static final double[][][] ASINH = table(
          "-INF,-P14 -INF,-0 -INF,-0 -INF,0 -INF,0 -INF,P14 -INF,N "
        + "-INF,-P12 U,U U,U U,U U,U -INF,P12 N,N "
        + "-INF,-P12 U,U -0,-0 -0,0 U,U -INF,P12 N,N "
        + "INF,-P12 U,U 0,-0 0,0 U,U INF,P12 N,N "
        + "INF,-P12 U,U U,U U,U U,U INF,P12 N,N "
        + "INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N "
        + "INF,N N,N N,-0 N,0 N,N INF,N N,N");

    static final double[][][] ATANH = table(
          "-0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N "
        + "-0,-P12 U,U U,U U,U U,U -0,P12 N,N "
        + "-0,-P12 U,U -0,-0 -0,0 U,U -0,P12 -0,N "
        + "0,-P12 U,U 0,-0 0,0 U,U 0,P12 0,N "
        + "0,-P12 U,U U,U U,U U,U 0,P12 N,N "
        + "0,-P12 0,-P12 0,-P12 0,P12 0,P12 0,P12 0,N "
        + "0,-P12 N,N N,N N,N N,N 0,P12 N,N");

    static final double[][][] COSH = table(
          "INF,N U,U INF,0 INF,-0 U,U INF,N INF,N "
        + "N,N U,U U,U U,U U,U N,N N,N "
        + "N,0 U,U 1,0 1,-0 U,U N,0 N,0 "
        + "N,0 U,U 1,-0 1,0 U,U N,0 N,0 "
        + "N,N U,U U,U U,U U,U N,N N,N "
        + "INF,N U,U INF,-0 INF,0 U,U INF,N INF,N "
        + "N,N N,N N,0 N,0 N,N N,N N,N");

    static final double[][][] EXP = table(
          "0,0 U,U 0,-0 0,0 U,U 0,0 0,0 "
        + "N,N U,U U,U U,U U,U N,N N,N "
        + "N,N U,U 1,-0 1,0 U,U N,N N,N "
        + "N,N U,U 1,-0 1,0 U,U N,N N,N "
        + "N,N U,U U,U U,U U,U N,N N,N "
        + "INF,N U,U INF,-0 INF,0 U,U INF,N INF,N "
        + "N,N N,N N,-0 N,0 N,N N,N N,N");

    static final double[][][] LOG = table(
          "INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N "
        + "INF,-P12 U,U U,U U,U U,U INF,P12 N,N "
        + "INF,-P12 U,U -INF,-P -INF,P U,U INF,P12 N,N "
        + "INF,-P12 U,U -INF,-0 -INF,0 U,U INF,P12 N,N "
        + "INF,-P12 U,U U,U U,U U,U INF,P12 N,N "
        + "INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N "
        + "INF,N N,N N,N N,N N,N INF,N N,N");

    static final double[][][] SINH = table(
          "INF,N U,U -INF,-0 -INF,0 U,U INF,N INF,N "
        + "N,N U,U U,U U,U U,U N,N N,N "
        + "0,N U,U -0,-0 -0,0 U,U 0,N 0,N "
        + "0,N U,U 0,-0 0,0 U,U 0,N 0,N "
        + "N,N U,U U,U U,U U,U N,N N,N "
        + "INF,N U,U INF,-0 INF,0 U,U INF,N INF,N "
        + "N,N N,N N,-0 N,0 N,N N,N N,N");

    static final double[][][] SQRT = table(
          "INF,-INF 0,-INF 0,-INF 0,INF 0,INF INF,INF N,INF "
        + "INF,-INF U,U U,U U,U U,U INF,INF N,N "
        + "INF,-INF U,U 0,-0 0,0 U,U INF,INF N,N "
        + "INF,-INF U,U 0,-0 0,0 U,U INF,INF N,N "
        + "INF,-INF U,U U,U U,U U,U INF,INF N,N "
        + "INF,-INF INF,-0 INF,-0 INF,0 INF,0 INF,INF INF,N "
        + "INF,-INF N,N N,N N,N N,N INF,INF N,N");

    static final double[][][] TANH = table(
          "-1,0 U,U -1,-0 -1,0 U,U -1,0 -1,0 "
        + "N,N U,U U,U U,U U,U N,N N,N "
        + "N,N U,U -0,-0 -0,0 U,U N,N N,N "
        + "N,N U,U 0,-0 0,0 U,U N,N N,N "
        + "N,N U,U U,U U,U U,U N,N N,N "
        + "1,0 U,U 1,-0 1,0 U,U 1,0 1,0 "
        + "N,N N,N N,-0 N,0 N,N N,N N,N");

    static final double[][][] RECT = table(
          "INF,N U,U -INF,0 -INF,-0 U,U INF,N INF,N "
        + "N,N U,U U,U U,U U,U N,N N,N "
        + "0,0 U,U -0,0 -0,-0 U,U 0,0 0,0 "
        + "0,0 U,U 0,-0 0,0 U,U 0,0 0,0 "
        + "N,N U,U U,U U,U U,U N,N N,N "
        + "INF,N U,U INF,-0 INF,0 U,U INF,N INF,N "
        + "N,N N,N N,0 N,0 N,N N,N N,N");
}
