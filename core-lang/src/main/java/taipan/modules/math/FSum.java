package taipan.modules.math;

import taipan.runtime.*;

/**
 * math.fsum: Shewchuk's exact summation into non-overlapping partials, then a correctly
 * rounded (half-even) total, with 2.7's handling of infinities, NaNs and overflow.
 */
final class FSum {
    private FSum() {}

    static double sum(PyObject iterable) {
        PyObject it = Ops.iter(iterable);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0, infSum = 0.0;
        for (PyObject item; (item = next(it)) != null; ) {
            double x = Py.asDoubleArg(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // from an inf or nan summand, or an intermediate overflow
                    if (Double.isFinite(xsave)) {
                        throw Py.OverflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, 2 * n);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Py.ValueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            // add the partials from the top while the sum stays exact
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0.0) {
                    break;
                }
            }
            // half-even rounding across partials: the next partial breaks a tie
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                if (y == x - hi) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    private static PyObject next(PyObject it) {
        try {
            return Ops.next(it);
        } catch (PyException e) {
            if (e.matches(Exceptions.StopIteration)) {
                return null;
            }
            throw e;
        }
    }
}
