package taipan.runtime;

import java.util.Arrays;

/** A growable array of code points for building unicode results. */
final class IntBuilder {
    private int[] buf;
    private int n;

    IntBuilder(int capacity) {
        buf = new int[Math.max(capacity, 16)];
    }

    IntBuilder() {
        this(16);
    }

    private void ensure(int extra) {
        if (n + extra > buf.length) {
            long cap = Math.max((long) buf.length * 2, (long) n + extra);
            buf = Arrays.copyOf(buf, PyBaseString.checkSize(cap));
        }
    }

    IntBuilder append(int c) {
        ensure(1);
        buf[n++] = c;
        return this;
    }

    IntBuilder append(int[] b, int from, int to) {
        int k = to - from;
        ensure(k);
        System.arraycopy(b, from, buf, n, k);
        n += k;
        return this;
    }

    /** Appends ASCII/Latin-1 text. */
    IntBuilder append(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[n++] = s.charAt(i);
        }
        return this;
    }

    /** Appends bytes read as Latin-1. */
    IntBuilder appendLatin1(byte[] b, int from, int to) {
        int k = to - from;
        ensure(k);
        for (int i = from; i < to; i++) {
            buf[n++] = b[i] & 0xff;
        }
        return this;
    }

    IntBuilder hex(long v, int digits) {
        ensure(digits);
        for (int i = digits - 1; i >= 0; i--) {
            buf[n++] = Character.forDigit((int) ((v >>> (4 * i)) & 15), 16);
        }
        return this;
    }

    IntBuilder repeat(int c, long count) {
        if (count <= 0) {
            return this;
        }
        ensure(PyBaseString.checkSize(count));
        Arrays.fill(buf, n, n + (int) count, c);
        n += (int) count;
        return this;
    }

    int length() {
        return n;
    }

    int get(int i) {
        return buf[i];
    }

    void set(int i, int c) {
        buf[i] = c;
    }

    void setLength(int len) {
        n = len;
    }

    int[] toArray() {
        return buf.length == n ? buf : Arrays.copyOf(buf, n);
    }
}
