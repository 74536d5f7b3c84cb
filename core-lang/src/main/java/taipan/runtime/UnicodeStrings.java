package taipan.runtime;

import java.util.Arrays;

/**
 * The algorithms of {@code unicode} on arrays of code points (UCS-4, as a 2.7 wide
 * build): searching, splitting, padding. Character classes and case mappings are in
 * {@link UnicodeData}.
 */
final class UnicodeStrings {
    private UnicodeStrings() {}

    static int find(int[] v, int start, int end, int[] sub, int m) {
        if (end - start < m) {
            return -1;
        }
        if (m == 0) {
            return start;
        }
        if (m == 1) {
            int b = sub[0];
            for (int i = start; i < end; i++) {
                if (v[i] == b) {
                    return i;
                }
            }
            return -1;
        }
        int mlast = m - 1;
        int last = sub[mlast];
        int skip = mlast - 1;
        long mask = 0;
        for (int k = 0; k < mlast; k++) {
            mask |= 1L << (sub[k] & 63);
            if (sub[k] == last) {
                skip = mlast - k - 1;
            }
        }
        mask |= 1L << (last & 63);
        int w = end - m;
        for (int i = start; i <= w; ) {
            if (v[i + mlast] == last) {
                int k = 0;
                while (k < mlast && v[i + k] == sub[k]) {
                    k++;
                }
                if (k == mlast) {
                    return i;
                }
                if (i + m < end && (mask & (1L << (v[i + m] & 63))) == 0) {
                    i += m + 1;
                } else {
                    i += skip + 1;
                }
            } else {
                if (i + m < end && (mask & (1L << (v[i + m] & 63))) == 0) {
                    i += m + 1;
                } else {
                    i++;
                }
            }
        }
        return -1;
    }

    static int rfind(int[] v, int start, int end, int[] sub, int m) {
        if (end - start < m) {
            return -1;
        }
        if (m == 0) {
            return end;
        }
        int first = sub[0];
        outer:
        for (int i = end - m; i >= start; i--) {
            if (v[i] != first) {
                continue;
            }
            for (int k = 1; k < m; k++) {
                if (v[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static long count(int[] v, int start, int end, int[] sub, int m, long max) {
        if (end - start < 0) {
            return 0;
        }
        if (m == 0) {
            return Math.min((long) (end - start) + 1, max);
        }
        long c = 0;
        int i = start;
        while (c < max) {
            int j = find(v, i, end, sub, m);
            if (j < 0) {
                break;
            }
            c++;
            i = j + m;
        }
        return c;
    }

    static boolean matchAt(int[] v, int at, int[] sub, int m) {
        for (int k = 0; k < m; k++) {
            if (v[at + k] != sub[k]) {
                return false;
            }
        }
        return true;
    }

    /** unicode's tailmatch (slightly different from str's for empty suffixes). */
    static boolean tailMatch(int[] v, int n, int[] sub, int m, long start, long end, boolean atEnd) {
        if (m == 0) {
            return true;
        }
        long[] se = PyBaseString.adjust(start, end, n);
        start = se[0];
        end = se[1];
        end -= m;
        if (end < start) {
            return false;
        }
        int at = (int) (atEnd ? end : start);
        return matchAt(v, at, sub, m);
    }

    static int[] pad(int[] v, int left, int right, int fill) {
        int n = v.length;
        int total = PyBaseString.checkSize((long) left + n + right);
        int[] r = new int[total];
        Arrays.fill(r, 0, left, fill);
        System.arraycopy(v, 0, r, left, n);
        Arrays.fill(r, left + n, total, fill);
        return r;
    }

    static int[] expandtabs(int[] v, long tabsize) {
        int n = v.length;
        long len = 0, col = 0;
        for (int i = 0; i < n; i++) {
            int c = v[i];
            if (c == '\t') {
                if (tabsize > 0) {
                    long inc = tabsize - (col % tabsize);
                    col += inc;
                    len += inc;
                }
            } else {
                len++;
                col++;
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
            if (len > Integer.MAX_VALUE - 16) {
                throw Py.OverflowError("result is too long");
            }
        }
        int[] r = new int[(int) len];
        int j = 0;
        col = 0;
        for (int i = 0; i < n; i++) {
            int c = v[i];
            if (c == '\t') {
                if (tabsize > 0) {
                    long inc = tabsize - (col % tabsize);
                    col += inc;
                    for (long k = 0; k < inc; k++) {
                        r[j++] = ' ';
                    }
                }
            } else {
                r[j++] = c;
                col++;
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return r;
    }

    interface Maker {
        PyObject make(int[] v, int from, int to);
    }

    static PyList split(int[] v, int[] sep, long maxsplit, Maker mk, PyObject whole) {
        int n = v.length;
        PyList out = new PyList();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep == null) {
            int i = 0;
            while (maxsplit-- > 0) {
                while (i < n && UnicodeData.isSpace(v[i])) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                i++;
                while (i < n && !UnicodeData.isSpace(v[i])) {
                    i++;
                }
                if (j == 0 && i == n && whole != null) {
                    out.append(whole);
                    return out;
                }
                out.append(mk.make(v, j, i));
            }
            if (i < n) {
                while (i < n && UnicodeData.isSpace(v[i])) {
                    i++;
                }
                if (i != n) {
                    out.append(mk.make(v, i, n));
                }
            }
            return out;
        }
        int m = sep.length;
        if (m == 0) {
            throw Py.ValueError("empty separator");
        }
        int i = 0;
        while (maxsplit-- > 0) {
            int pos = find(v, i, n, sep, m);
            if (pos < 0) {
                break;
            }
            out.append(mk.make(v, i, pos));
            i = pos + m;
        }
        if (i == 0 && whole != null) {
            out.append(whole);
        } else {
            out.append(mk.make(v, i, n));
        }
        return out;
    }

    static PyList rsplit(int[] v, int[] sep, long maxsplit, Maker mk, PyObject whole) {
        int n = v.length;
        PyList out = new PyList();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep == null) {
            int i = n - 1;
            while (maxsplit-- > 0) {
                while (i >= 0 && UnicodeData.isSpace(v[i])) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                i--;
                while (i >= 0 && !UnicodeData.isSpace(v[i])) {
                    i--;
                }
                if (j == n - 1 && i < 0 && whole != null) {
                    out.append(whole);
                    return out;
                }
                out.append(mk.make(v, i + 1, j + 1));
            }
            if (i >= 0) {
                while (i >= 0 && UnicodeData.isSpace(v[i])) {
                    i--;
                }
                if (i >= 0) {
                    out.append(mk.make(v, 0, i + 1));
                }
            }
            reverse(out);
            return out;
        }
        int m = sep.length;
        if (m == 0) {
            throw Py.ValueError("empty separator");
        }
        int j = n;
        while (maxsplit-- > 0) {
            int pos = rfind(v, 0, j, sep, m);
            if (pos < 0) {
                break;
            }
            out.append(mk.make(v, pos + m, j));
            j = pos;
        }
        if (j == n && whole != null) {
            out.append(whole);
        } else {
            out.append(mk.make(v, 0, j));
        }
        reverse(out);
        return out;
    }

    private static void reverse(PyList l) {
        PyObject[] a = l.items;
        for (int i = 0, j = l.size - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static boolean isLineBreak(int c) {
        switch (c) {
            case '\n': case '\r': case 0x0b: case 0x0c: case 0x1c: case 0x1d: case 0x1e: case 0x85:
            case 0x2028: case 0x2029:
                return true;
            default:
                return false;
        }
    }

    static PyList splitlines(int[] v, boolean keepends, Maker mk, PyObject whole) {
        int n = v.length;
        PyList out = new PyList();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !isLineBreak(v[i])) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (v[i] == '\r' && i + 1 < n && v[i + 1] == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            if (j == 0 && eol == n && whole != null) {
                out.append(whole);
                break;
            }
            out.append(mk.make(v, j, eol));
        }
        return out;
    }

    static int[] replace(int[] v, int[] from, int[] to, long max) {
        int n = v.length, fl = from.length, tl = to.length;
        if (max < 0) {
            max = Long.MAX_VALUE;
        } else if (max == 0 || n == 0) {
            return null; // 2.7: an explicit count on an empty string changes nothing
        }
        if (fl == 0 && tl == 0) {
            return null;
        }
        if (fl == 0) {
            long cnt = Math.min((long) n + 1, max);
            int total = PyBaseString.checkSize(n + cnt * tl);
            int[] r = new int[total];
            int j = 0;
            for (int i = 0; i < n; i++) {
                if (i < cnt) {
                    System.arraycopy(to, 0, r, j, tl);
                    j += tl;
                }
                r[j++] = v[i];
            }
            if (cnt > n) {
                System.arraycopy(to, 0, r, j, tl);
            }
            return r;
        }
        if (n == 0) {
            return null;
        }
        long cnt = count(v, 0, n, from, fl, max);
        if (cnt == 0) {
            return null;
        }
        int total = PyBaseString.checkSize(n + cnt * (tl - fl));
        int[] r = new int[total];
        int i = 0, j = 0;
        for (long k = 0; k < cnt; k++) {
            int pos = find(v, i, n, from, fl);
            System.arraycopy(v, i, r, j, pos - i);
            j += pos - i;
            System.arraycopy(to, 0, r, j, tl);
            j += tl;
            i = pos + fl;
        }
        System.arraycopy(v, i, r, j, n - i);
        return r;
    }

    static int[] repeat(int[] v, long count) {
        int n = v.length;
        if (count <= 0 || n == 0) {
            return new int[0];
        }
        if (count > (Integer.MAX_VALUE - 16) / n) {
            throw Py.MemoryError(null);
        }
        int total = (int) (n * count);
        int[] r = new int[total];
        if (n == 1) {
            Arrays.fill(r, v[0]);
            return r;
        }
        System.arraycopy(v, 0, r, 0, n);
        int done = n;
        while (done < total) {
            int k = Math.min(done, total - done);
            System.arraycopy(r, 0, r, done, k);
            done += k;
        }
        return r;
    }
}
