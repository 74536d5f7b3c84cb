package taipan.encoding.binascii;

import java.io.ByteArrayOutputStream;

import taipan.runtime.*;

/** The binhex 4.0 encoding and its run-length compression. */
final class Hqx {
    private Hqx() {}

    private static final byte[] ALPHABET =
            "!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr".getBytes();
    private static final int RUNCHAR = 0x90;
    private static final int SKIP = -2;
    private static final int DONE = -3;
    private static final int FAIL = -1;
    private static final int[] DECODE = new int[256];

    static {
        java.util.Arrays.fill(DECODE, FAIL);
        DECODE['\n'] = SKIP;
        DECODE['\r'] = SKIP;
        DECODE[':'] = DONE;
        for (int i = 0; i < ALPHABET.length; i++) {
            DECODE[ALPHABET[i]] = i;
        }
    }

    static byte[] encode(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int acc = 0;
        int bits = 0;
        for (byte b : in) {
            acc = (acc << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 6) {
                bits -= 6;
                out.write(ALPHABET[(acc >> bits) & 0x3f]);
            }
            acc &= (1 << bits) - 1;
        }
        if (bits > 0) {
            out.write(ALPHABET[(acc << (6 - bits)) & 0x3f]);
        }
        return out.toByteArray();
    }

    /** Decodes up to the terminating colon; returns the data and whether the colon was seen. */
    static PyObject decode(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int acc = 0;
        int bits = 0;
        boolean done = false;
        for (byte b : in) {
            int v = DECODE[b & 0xff];
            if (v == SKIP) {
                continue;
            }
            if (v == FAIL) {
                throw BinasciiModule.error("Illegal char");
            }
            if (v == DONE) {
                done = true;
                break;
            }
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.write((acc >> bits) & 0xff);
                acc &= (1 << bits) - 1;
            }
        }
        if (bits != 0 && !done) {
            throw BinasciiModule.incomplete("String has incomplete number of bytes");
        }
        return PyTuple.of(PyStr.of(out.toByteArray()), PyInt.of(done ? 1 : 0));
    }

    static byte[] rleEncode(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = in.length;
        for (int i = 0; i < n; i++) {
            int ch = in[i] & 0xff;
            if (ch == RUNCHAR) {
                out.write(RUNCHAR);
                out.write(0);
                continue;
            }
            int end = i + 1;
            while (end < n && (in[end] & 0xff) == ch && end < i + 255) {
                end++;
            }
            out.write(ch);
            if (end - i > 3) {
                out.write(RUNCHAR);
                out.write(end - i);
                i = end - 1;
            }
        }
        return out.toByteArray();
    }

    static byte[] rleDecode(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (in.length == 0) {
            return new byte[0];
        }
        int pos = 0;
        int first = in[pos++] & 0xff;
        if (first == RUNCHAR) {
            if (pos >= in.length) {
                throw BinasciiModule.incomplete("");
            }
            if (in[pos++] != 0) {
                throw BinasciiModule.error("Orphaned RLE code at start");
            }
        }
        out.write(first);
        int last = first;
        while (pos < in.length) {
            int b = in[pos++] & 0xff;
            if (b != RUNCHAR) {
                out.write(b);
                last = b;
                continue;
            }
            if (pos >= in.length) {
                throw BinasciiModule.incomplete("");
            }
            int count = in[pos++] & 0xff;
            if (count == 0) {
                out.write(RUNCHAR);
                last = RUNCHAR;
            } else {
                for (int k = 1; k < count; k++) {
                    out.write(last);
                }
            }
        }
        return out.toByteArray();
    }
}
