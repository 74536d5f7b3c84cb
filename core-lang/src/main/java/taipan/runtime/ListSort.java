package taipan.runtime;

/**
 * {@code list.sort}'s algorithm: Tim Peters' adaptive, stable merge sort as CPython 2.7
 * runs it (natural runs, minrun, binary insertion, the run-stack invariants, galloping
 * with an adaptive threshold), so that the same comparisons are made in the same order —
 * which a comparison function printing or raising can observe.
 *
 * <p>The array holds the list's items, or {@link Keyed} pairs when a key function was
 * given. A comparison that raises propagates; the array is then still a permutation of
 * its input, as in CPython.
 */
final class ListSort {
    private static final int MIN_GALLOP = 7;
    private static final int MAX_MERGE_PENDING = 85;

    /** A (key, value) pair sorted by its key. */
    static final class Keyed {
        final PyObject key;
        final PyObject value;

        Keyed(PyObject key, PyObject value) {
            this.key = key;
            this.value = value;
        }
    }

    private final PyObject cmp;
    private final boolean keyed;
    private Object[] a;
    private Object[] tmp;
    private int minGallop = MIN_GALLOP;
    private final int[] runBase = new int[MAX_MERGE_PENDING];
    private final int[] runLen = new int[MAX_MERGE_PENDING];
    private int pending;

    ListSort(PyObject cmp, boolean keyed) {
        this.cmp = cmp;
        this.keyed = keyed;
    }

    // ---- the comparison -----------------------------------------------------------------

    private boolean lt(Object x, Object y) {
        PyObject a, b;
        if (keyed) {
            a = ((Keyed) x).key;
            b = ((Keyed) y).key;
        } else {
            a = (PyObject) x;
            b = (PyObject) y;
        }
        if (cmp == null) {
            return lessThan(a, b);
        }
        PyObject r = Ops.call(cmp, a, b);
        if (!(r instanceof PyInt i)) {
            throw Py.TypeError("comparison function must return int, not " + r.getType().getName());
        }
        return i.value < 0;
    }

    /** {@code PyObject_RichCompareBool(a, b, Py_LT)}, with fast paths for exact int, str, float. */
    static boolean lessThan(PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        if (ca == b.getClass()) {
            if (ca == PyInt.class) {
                return ((PyInt) a).value < ((PyInt) b).value;
            }
            if (ca == PyStr.class) {
                return ((PyStr) a).compareTo((PyStr) b) < 0;
            }
            if (ca == PyFloat.class) {
                return ((PyFloat) a).value < ((PyFloat) b).value;
            }
        }
        return Ops.richCompareBool(a, b, CompareOp.LT);
    }

    // ---- driver -----------------------------------------------------------------------------

    /** Sorts {@code arr[0:n]} in place. */
    void sort(Object[] arr, int n) {
        a = arr;
        if (n < 2) {
            return;
        }
        int lo = 0;
        int remaining = n;
        int minrun = minRun(n);
        do {
            int run;
            if (remaining == 1) {
                run = 1;
            } else {
                run = 2;
                int hi = lo + remaining;
                if (lt(arr[lo + 1], arr[lo])) {
                    for (int p = lo + 2; p < hi && lt(arr[p], arr[p - 1]); p++) {
                        run++;
                    }
                    reverse(arr, lo, lo + run);
                } else {
                    for (int p = lo + 2; p < hi && !lt(arr[p], arr[p - 1]); p++) {
                        run++;
                    }
                }
            }
            if (run < minrun) {
                int force = remaining <= minrun ? remaining : minrun;
                binarySort(lo, lo + force, lo + run);
                run = force;
            }
            runBase[pending] = lo;
            runLen[pending] = run;
            pending++;
            mergeCollapse();
            lo += run;
            remaining -= run;
        } while (remaining != 0);
        mergeForceCollapse();
    }

    static void reverse(Object[] arr, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            Object t = arr[lo];
            arr[lo] = arr[hi];
            arr[hi] = t;
        }
    }

    private static int minRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** Sorts {@code a[lo:hi]}, of which {@code a[lo:start]} is already sorted. */
    private void binarySort(int lo, int hi, int start) {
        Object[] arr = a;
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            int l = lo;
            int r = start;
            Object pivot = arr[r];
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, arr[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(arr, l, arr, l + 1, start - l);
            arr[l] = pivot;
        }
    }

    // ---- the run stack --------------------------------------------------------------------

    private void mergeCollapse() {
        int[] len = runLen;
        while (pending > 1) {
            int n = pending - 2;
            if ((n > 0 && len[n - 1] <= len[n] + len[n + 1]) || (n > 1 && len[n - 2] <= len[n - 1] + len[n])) {
                if (len[n - 1] < len[n + 1]) {
                    n--;
                }
                mergeAt(n);
            } else if (len[n] <= len[n + 1]) {
                mergeAt(n);
            } else {
                break;
            }
        }
    }

    private void mergeForceCollapse() {
        int[] len = runLen;
        while (pending > 1) {
            int n = pending - 2;
            if (n > 0 && len[n - 1] < len[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }

    private void mergeAt(int i) {
        Object[] arr = a;
        int pa = runBase[i];
        int na = runLen[i];
        int pb = runBase[i + 1];
        int nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
        }
        pending--;
        int k = gallopRight(arr[pb], arr, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(arr[pa + na - 1], arr, pb, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(pa, na, pb, nb);
        } else {
            mergeHi(pa, na, pb, nb);
        }
    }

    // ---- galloping ------------------------------------------------------------------------

    /**
     * The position in the sorted {@code arr[base:base+n]} where {@code key} goes, left of
     * any equal elements; the search starts at {@code hint}.
     */
    private int gallopLeft(Object key, Object[] arr, int base, int n, int hint) {
        int at = base + hint;
        int lastofs = 0;
        int ofs = 1;
        if (lt(arr[at], key)) {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(arr[at + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxofs;
                    }
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(arr[at - ofs], key)) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxofs;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(arr[base + m], key)) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** Like {@link #gallopLeft} but right of any elements equal to {@code key}. */
    private int gallopRight(Object key, Object[] arr, int base, int n, int hint) {
        int at = base + hint;
        int lastofs = 0;
        int ofs = 1;
        if (lt(key, arr[at])) {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, arr[at - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxofs;
                    }
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(key, arr[at + ofs])) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxofs;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, arr[base + m])) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        return ofs;
    }

    // ---- merging --------------------------------------------------------------------------

    private Object[] tmp(int need) {
        Object[] t = tmp;
        if (t == null || t.length < need) {
            t = tmp = new Object[Math.max(need, 256)];
        }
        return t;
    }

    /** Merges the adjacent runs {@code a[pa:pa+na]} and {@code a[pb:pb+nb]}, na <= nb. */
    private void mergeLo(int pa, int na, int pb, int nb) {
        Object[] arr = a;
        Object[] t = tmp(na);
        System.arraycopy(arr, pa, t, 0, na);
        int dest = pa;
        int ia = 0;
        int mg = minGallop;
        boolean copyB = false;
        try {
            arr[dest++] = arr[pb++];
            if (--nb == 0) {
                return;
            }
            if (na == 1) {
                copyB = true;
                return;
            }
            outer:
            for (;;) {
                int acount = 0;
                int bcount = 0;
                for (;;) {
                    if (lt(arr[pb], t[ia])) {
                        arr[dest++] = arr[pb++];
                        bcount++;
                        acount = 0;
                        if (--nb == 0) {
                            break outer;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    } else {
                        arr[dest++] = t[ia++];
                        acount++;
                        bcount = 0;
                        if (--na == 1) {
                            copyB = true;
                            break outer;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    }
                }
                mg++;
                do {
                    if (mg > 1) {
                        mg--;
                    }
                    minGallop = mg;
                    int k = gallopRight(arr[pb], t, ia, na, 0);
                    acount = k;
                    if (k != 0) {
                        System.arraycopy(t, ia, arr, dest, k);
                        dest += k;
                        ia += k;
                        na -= k;
                        if (na == 1) {
                            copyB = true;
                            break outer;
                        }
                        if (na == 0) {
                            break outer;
                        }
                    }
                    arr[dest++] = arr[pb++];
                    if (--nb == 0) {
                        break outer;
                    }
                    k = gallopLeft(t[ia], arr, pb, nb, 0);
                    bcount = k;
                    if (k != 0) {
                        System.arraycopy(arr, pb, arr, dest, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if (nb == 0) {
                            break outer;
                        }
                    }
                    arr[dest++] = t[ia++];
                    if (--na == 1) {
                        copyB = true;
                        break outer;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            if (copyB) {
                System.arraycopy(arr, pb, arr, dest, nb);
                arr[dest + nb] = t[ia];
            } else if (na > 0) {
                System.arraycopy(t, ia, arr, dest, na);
            }
        }
    }

    /** Merges the adjacent runs {@code a[pa:pa+na]} and {@code a[pb:pb+nb]}, na > nb. */
    private void mergeHi(int pa, int na, int pb, int nb) {
        Object[] arr = a;
        Object[] t = tmp(nb);
        int dest = pb + nb - 1;
        System.arraycopy(arr, pb, t, 0, nb);
        int basea = pa;
        int ib = nb - 1;
        int ia = pa + na - 1;
        int mg = minGallop;
        boolean copyA = false;
        try {
            arr[dest--] = arr[ia--];
            if (--na == 0) {
                return;
            }
            if (nb == 1) {
                copyA = true;
                return;
            }
            outer:
            for (;;) {
                int acount = 0;
                int bcount = 0;
                for (;;) {
                    if (lt(t[ib], arr[ia])) {
                        arr[dest--] = arr[ia--];
                        acount++;
                        bcount = 0;
                        if (--na == 0) {
                            break outer;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    } else {
                        arr[dest--] = t[ib--];
                        bcount++;
                        acount = 0;
                        if (--nb == 1) {
                            copyA = true;
                            break outer;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    }
                }
                mg++;
                do {
                    if (mg > 1) {
                        mg--;
                    }
                    minGallop = mg;
                    int k = gallopRight(t[ib], arr, basea, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k != 0) {
                        dest -= k;
                        ia -= k;
                        System.arraycopy(arr, ia + 1, arr, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            break outer;
                        }
                    }
                    arr[dest--] = t[ib--];
                    if (--nb == 1) {
                        copyA = true;
                        break outer;
                    }
                    k = gallopLeft(arr[ia], t, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k != 0) {
                        dest -= k;
                        ib -= k;
                        System.arraycopy(t, ib + 1, arr, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyA = true;
                            break outer;
                        }
                        if (nb == 0) {
                            break outer;
                        }
                    }
                    arr[dest--] = arr[ia--];
                    if (--na == 0) {
                        break outer;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            if (copyA) {
                dest -= na;
                ia -= na;
                System.arraycopy(arr, ia + 1, arr, dest + 1, na);
                arr[dest] = t[ib];
            } else if (nb > 0) {
                System.arraycopy(t, 0, arr, dest - (nb - 1), nb);
            }
        }
    }
}
