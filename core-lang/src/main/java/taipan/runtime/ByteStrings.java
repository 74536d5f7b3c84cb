package taipan.runtime;

import java.util.Arrays;

/**
 * The byte-string algorithms shared by {@code str} and {@code bytearray}: searching,
 * splitting, case mapping and character classes with C-locale (ASCII) rules. Every
 * method works on {@code v[0:n]} of an array that may be longer (a bytearray's
 * capacity), never on a Java String.
 */
final class ByteStrings {
    private ByteStrings() {}

    // ---- character classes (C locale) --------------------------------------------------

    private static final byte SPACE = 1, UPPER = 2, LOWER = 4, DIGIT = 8;
    private static final byte[] CTYPE = new byte[256];

    static {
        for (int c : new int[] {' ', '\t', '\n', '\r', 0x0b, 0x0c}) {
            CTYPE[c] = SPACE;
        }
        for (int c = 'A'; c <= 'Z'; c++) {
            CTYPE[c] = UPPER;
        }
        for (int c = 'a'; c <= 'z'; c++) {
            CTYPE[c] = LOWER;
        }
        for (int c = '0'; c <= '9'; c++) {
            CTYPE[c] = DIGIT;
        }
    }

    static boolean isSpace(int c) {
        return CTYPE[c & 0xff] == SPACE;
    }

    static boolean isUpper(int c) {
        return CTYPE[c & 0xff] == UPPER;
    }

    static boolean isLower(int c) {
        return CTYPE[c & 0xff] == LOWER;
    }

    static boolean isAlpha(int c) {
        return (CTYPE[c & 0xff] & (UPPER | LOWER)) != 0;
    }

    static boolean isDigit(int c) {
        return CTYPE[c & 0xff] == DIGIT;
    }

    static boolean isAlnum(int c) {
        return (CTYPE[c & 0xff] & (UPPER | LOWER | DIGIT)) != 0;
    }

    static byte toUpper(byte c) {
        return isLower(c) ? (byte) (c - 32) : c;
    }

    static byte toLower(byte c) {
        return isUpper(c) ? (byte) (c + 32) : c;
    }

    // ---- searching ---------------------------------------------------------------------

    /**
     * First index of {@code sub} in {@code v[start:end]}, or -1. An empty {@code sub}
     * matches at {@code start} when {@code start <= end}.
     */
    static int find(byte[] v, int start, int end, byte[] sub, int m) {
        if (end - start < m) {
            return -1;
        }
        if (m == 0) {
            return start;
        }
        if (m == 1) {
            byte b = sub[0];
            for (int i = start; i < end; i++) {
                if (v[i] == b) {
                    return i;
                }
            }
            return -1;
        }
        int mlast = m - 1;
        byte last = sub[mlast];
        // skip: distance from the last occurrence of `last` in sub[0:mlast] to the end
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

    /** Last index of {@code sub} in {@code v[start:end]}, or -1. */
    static int rfind(byte[] v, int start, int end, byte[] sub, int m) {
        if (end - start < m) {
            return -1;
        }
        if (m == 0) {
            return end;
        }
        byte first = sub[0];
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

    /** Non-overlapping occurrences of {@code sub} in {@code v[start:end]}, at most {@code max}. */
    static long count(byte[] v, int start, int end, byte[] sub, int m, long max) {
        if (end - start < 0) {
            return 0;
        }
        if (m == 0) {
            long c = (long) (end - start) + 1;
            return Math.min(c, max);
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

    static boolean matchAt(byte[] v, int at, byte[] sub, int m) {
        for (int k = 0; k < m; k++) {
            if (v[at + k] != sub[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * startswith/endswith on {@code v[0:n]} (CPython's _string_tailmatch): {@code start}
     * and {@code end} are the raw arguments.
     */
    static boolean tailMatch(byte[] v, int n, byte[] sub, int m, long start, long end, boolean atEnd) {
        long[] se = PyBaseString.adjust(start, end, n);
        start = se[0];
        end = se[1];
        if (!atEnd) {
            if (start + m > n) {
                return false;
            }
        } else {
            if (end - start < m || start > n) {
                return false;
            }
            if (end - m > start) {
                start = end - m;
            }
        }
        if (end - start >= m) {
            return matchAt(v, (int) start, sub, m);
        }
        return false;
    }

    // ---- transformations ----------------------------------------------------------------

    static byte[] lower(byte[] v, int n) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = toLower(v[i]);
        }
        return r;
    }

    static byte[] upper(byte[] v, int n) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = toUpper(v[i]);
        }
        return r;
    }

    static byte[] swapcase(byte[] v, int n) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            byte c = v[i];
            r[i] = isLower(c) ? (byte) (c - 32) : isUpper(c) ? (byte) (c + 32) : c;
        }
        return r;
    }

    static byte[] capitalize(byte[] v, int n) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = i == 0 ? toUpper(v[i]) : toLower(v[i]);
        }
        return r;
    }

    static byte[] title(byte[] v, int n) {
        byte[] r = new byte[n];
        boolean prevCased = false;
        for (int i = 0; i < n; i++) {
            byte c = v[i];
            if (isLower(c)) {
                if (!prevCased) {
                    c = toUpper(c);
                }
                prevCased = true;
            } else if (isUpper(c)) {
                if (prevCased) {
                    c = toLower(c);
                }
                prevCased = true;
            } else {
                prevCased = false;
            }
            r[i] = c;
        }
        return r;
    }

    static boolean isTitle(byte[] v, int n) {
        if (n == 1) {
            return isUpper(v[0]);
        }
        boolean cased = false, prevCased = false;
        for (int i = 0; i < n; i++) {
            byte c = v[i];
            if (isUpper(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (isLower(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    /** isupper (upper = true) or islower: some cased character and none of the other case. */
    static boolean isCase(byte[] v, int n, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < n; i++) {
            byte c = v[i];
            if (upper ? isLower(c) : isUpper(c)) {
                return false;
            }
            if (!cased && (upper ? isUpper(c) : isLower(c))) {
                cased = true;
            }
        }
        return cased;
    }

    /** kind: 0 alpha, 1 alnum, 2 digit, 3 space; false for empty strings. */
    static boolean isAll(byte[] v, int n, int kind) {
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            byte c = v[i];
            boolean ok = switch (kind) {
                case 0 -> isAlpha(c);
                case 1 -> isAlnum(c);
                case 2 -> isDigit(c);
                default -> isSpace(c);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Left/right padding with {@code fill}. */
    static byte[] pad(byte[] v, int n, int left, int right, byte fill) {
        int total = PyBaseString.checkSize((long) left + n + right);
        byte[] r = new byte[total];
        Arrays.fill(r, 0, left, fill);
        System.arraycopy(v, 0, r, left, n);
        Arrays.fill(r, left + n, total, fill);
        return r;
    }

    /** center's split of the margin, as 2.7 computes it. */
    static int centerLeft(long width, int n) {
        long marg = width - n;
        return (int) (marg / 2 + (marg & width & 1));
    }

    static byte[] zfill(byte[] v, int n, long width) {
        int fill = (int) (width - n);
        byte[] r = pad(v, n, fill, 0, (byte) '0');
        if (fill < r.length && (r[fill] == '+' || r[fill] == '-')) {
            r[0] = r[fill];
            r[fill] = '0';
        }
        return r;
    }

    static byte[] expandtabs(byte[] v, int n, long tabsize) {
        long len = 0, col = 0;
        for (int i = 0; i < n; i++) {
            byte c = v[i];
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
        byte[] r = new byte[(int) len];
        int j = 0;
        col = 0;
        for (int i = 0; i < n; i++) {
            byte c = v[i];
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

    /** Strip: which = 0 both, 1 left, 2 right; chars null means whitespace. Returns {from, to}. */
    static int[] strip(byte[] v, int n, byte[] chars, int which) {
        int i = 0, j = n;
        if (chars == null) {
            if (which != 2) {
                while (i < j && isSpace(v[i])) {
                    i++;
                }
            }
            if (which != 1) {
                while (j > i && isSpace(v[j - 1])) {
                    j--;
                }
            }
        } else {
            boolean[] set = new boolean[256];
            for (byte c : chars) {
                set[c & 0xff] = true;
            }
            if (which != 2) {
                while (i < j && set[v[i] & 0xff]) {
                    i++;
                }
            }
            if (which != 1) {
                while (j > i && set[v[j - 1] & 0xff]) {
                    j--;
                }
            }
        }
        return new int[] {i, j};
    }

    /** Makes one piece of a split (a str or a bytearray). */
    interface Maker {
        PyObject make(byte[] v, int from, int to);
    }

    /** str.split/bytearray.split; {@code whole} (or null) is returned for an unsplit input. */
    static PyList split(byte[] v, int n, byte[] sep, long maxsplit, Maker mk, PyObject whole) {
        PyList out = new PyList();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep == null) {
            int i = 0;
            while (maxsplit-- > 0) {
                while (i < n && isSpace(v[i])) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                i++;
                while (i < n && !isSpace(v[i])) {
                    i++;
                }
                if (j == 0 && i == n && whole != null) {
                    out.append(whole);
                    return out;
                }
                out.append(mk.make(v, j, i));
            }
            if (i < n) {
                while (i < n && isSpace(v[i])) {
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

    static PyList rsplit(byte[] v, int n, byte[] sep, long maxsplit, Maker mk, PyObject whole) {
        PyList out = new PyList();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep == null) {
            int i = n - 1;
            while (maxsplit-- > 0) {
                while (i >= 0 && isSpace(v[i])) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                i--;
                while (i >= 0 && !isSpace(v[i])) {
                    i--;
                }
                if (j == n - 1 && i < 0 && whole != null) {
                    out.append(whole);
                    return out;
                }
                out.append(mk.make(v, i + 1, j + 1));
            }
            if (i >= 0) {
                while (i >= 0 && isSpace(v[i])) {
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

    static PyList splitlines(byte[] v, int n, boolean keepends, Maker mk, PyObject whole) {
        PyList out = new PyList();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && v[i] != '\n' && v[i] != '\r') {
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

    /** All occurrences of {@code from} replaced by {@code to}, at most {@code max} (CPython's rules). */
    static byte[] replace(byte[] v, int n, byte[] from, byte[] to, long max) {
        int fl = from.length, tl = to.length;
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
            byte[] r = new byte[total];
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
        byte[] r = new byte[total];
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

    static byte[] repeat(byte[] v, int n, long count) {
        if (count <= 0 || n == 0) {
            return new byte[0];
        }
        if (count > (Integer.MAX_VALUE - 16) / n) {
            throw Py.MemoryError(null);
        }
        int total = (int) (n * count);
        byte[] r = new byte[total];
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

    /**
     * translate: {@code table} is null or 256 bytes; {@code delete} null or the bytes to
     * drop. Returns null when nothing changes.
     */
    static byte[] translate(byte[] v, int n, byte[] table, byte[] delete) {
        boolean[] del = null;
        if (delete != null && delete.length > 0) {
            del = new boolean[256];
            for (byte b : delete) {
                del[b & 0xff] = true;
            }
        }
        byte[] r = new byte[n];
        int j = 0;
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            int c = v[i] & 0xff;
            if (del != null && del[c]) {
                changed = true;
                continue;
            }
            byte t = table == null ? (byte) c : table[c];
            if (t != (byte) c) {
                changed = true;
            }
            r[j++] = t;
        }
        if (!changed) {
            return null;
        }
        return j == n ? r : Arrays.copyOf(r, j);
    }
}
