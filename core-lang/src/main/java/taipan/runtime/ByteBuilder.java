package taipan.runtime;

import java.util.Arrays;

/** A growable byte array for building str results without Java strings. */
final class ByteBuilder {
    private byte[] buf;
    private int n;

    ByteBuilder(int capacity) {
        buf = new byte[Math.max(capacity, 16)];
    }

    ByteBuilder() {
        this(16);
    }

    private void ensure(int extra) {
        if (n + extra > buf.length) {
            long cap = Math.max((long) buf.length * 2, (long) n + extra);
            buf = Arrays.copyOf(buf, PyBaseString.checkSize(cap));
        }
    }

    ByteBuilder append(int b) {
        ensure(1);
        buf[n++] = (byte) b;
        return this;
    }

    ByteBuilder append(byte[] b) {
        return append(b, 0, b.length);
    }

    ByteBuilder append(byte[] b, int from, int to) {
        int k = to - from;
        ensure(k);
        System.arraycopy(b, from, buf, n, k);
        n += k;
        return this;
    }

    /** Appends ASCII text. */
    ByteBuilder append(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[n++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** Appends {@code v} as {@code digits} lowercase hex digits. */
    ByteBuilder hex(long v, int digits) {
        ensure(digits);
        for (int i = digits - 1; i >= 0; i--) {
            buf[n++] = (byte) Character.forDigit((int) ((v >>> (4 * i)) & 15), 16);
        }
        return this;
    }

    ByteBuilder repeat(int b, long count) {
        if (count <= 0) {
            return this;
        }
        ensure(PyBaseString.checkSize(count));
        Arrays.fill(buf, n, n + (int) count, (byte) b);
        n += (int) count;
        return this;
    }

    int length() {
        return n;
    }

    byte get(int i) {
        return buf[i];
    }

    void set(int i, int b) {
        buf[i] = (byte) b;
    }

    void setLength(int len) {
        n = len;
    }

    byte[] toArray() {
        return buf.length == n ? buf : Arrays.copyOf(buf, n);
    }
}
