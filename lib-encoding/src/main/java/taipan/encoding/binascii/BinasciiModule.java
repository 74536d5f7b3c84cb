package taipan.encoding.binascii;

import java.io.ByteArrayOutputStream;

import taipan.encoding.BytesArg;
import taipan.runtime.*;

/** {@code binascii}: conversions between binary data and ASCII encodings. */
@PyModuleDef(name = "binascii", doc = "Conversion between binary data and ASCII")
public final class BinasciiModule {
    private BinasciiModule() {}

    private static volatile PyObject errorClass;
    private static volatile PyObject incompleteClass;

    static void init(PyModule m) {
        errorClass = BytesArg.newError("binascii", "Error", Exceptions.Exception);
        incompleteClass = BytesArg.newError("binascii", "Incomplete", Exceptions.Exception);
        m.set("Error", errorClass);
        m.set("Incomplete", incompleteClass);
    }

    static PyException error(String msg) {
        return BytesArg.raise(errorClass, msg);
    }

    static PyException incomplete(String msg) {
        return BytesArg.raise(incompleteClass, msg);
    }

    /** The single data argument of a one-argument function. */
    private static byte[] data(String func, PyObject[] args, String[] kw) {
        BytesArg.positional(func, args, kw, 1, 1);
        return BytesArg.bytes(args[0], func, 1);
    }

    // ---- hex ----------------------------------------------------------------------------

    private static final byte[] HEX = "0123456789abcdef".getBytes();

    @ExposedMethod(doc = "Hexadecimal representation of binary data.")
    static PyObject b2a_hex(PyObject[] args, String[] kw) {
        byte[] d = data("b2a_hex", args, kw);
        byte[] out = new byte[d.length * 2];
        for (int i = 0; i < d.length; i++) {
            out[2 * i] = HEX[(d[i] >> 4) & 15];
            out[2 * i + 1] = HEX[d[i] & 15];
        }
        return PyStr.of(out);
    }

    @ExposedMethod(doc = "Hexadecimal representation of binary data.")
    static PyObject hexlify(PyObject[] args, String[] kw) {
        return b2a_hex(args, kw);
    }

    @ExposedMethod(doc = "Binary data of hexadecimal representation.")
    static PyObject a2b_hex(PyObject[] args, String[] kw) {
        byte[] d = data("a2b_hex", args, kw);
        if (d.length % 2 != 0) {
            throw Py.TypeError("Odd-length string");
        }
        byte[] out = new byte[d.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(d[2 * i] & 0xff, 16);
            int lo = Character.digit(d[2 * i + 1] & 0xff, 16);
            if (hi < 0 || lo < 0 || (d[2 * i] & 0x80) != 0 || (d[2 * i + 1] & 0x80) != 0) {
                throw Py.TypeError("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return PyStr.of(out);
    }

    @ExposedMethod(doc = "Binary data of hexadecimal representation.")
    static PyObject unhexlify(PyObject[] args, String[] kw) {
        return a2b_hex(args, kw);
    }

    // ---- base64 -------------------------------------------------------------------------

    private static final byte[] B64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes();
    private static final int[] B64_DECODE = new int[128];

    static {
        java.util.Arrays.fill(B64_DECODE, -1);
        for (int i = 0; i < 64; i++) {
            B64_DECODE[B64[i]] = i;
        }
    }

    @ExposedMethod(doc = "Base64-code line of data.")
    static PyObject b2a_base64(PyObject[] args, String[] kw) {
        byte[] d = data("b2a_base64", args, kw);
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length * 4 / 3 + 4);
        int i = 0;
        for (; i + 2 < d.length; i += 3) {
            int v = (d[i] & 0xff) << 16 | (d[i + 1] & 0xff) << 8 | (d[i + 2] & 0xff);
            out.write(B64[v >> 18]);
            out.write(B64[(v >> 12) & 63]);
            out.write(B64[(v >> 6) & 63]);
            out.write(B64[v & 63]);
        }
        int rest = d.length - i;
        if (rest > 0) {
            int v = (d[i] & 0xff) << 16 | (rest == 2 ? (d[i + 1] & 0xff) << 8 : 0);
            out.write(B64[v >> 18]);
            out.write(B64[(v >> 12) & 63]);
            out.write(rest == 2 ? B64[(v >> 6) & 63] : '=');
            out.write('=');
        }
        out.write('\n');
        return PyStr.of(out.toByteArray());
    }

    /** Whether the next base64 character (or pad) after position {@code i} is a pad. */
    private static boolean nextValidIsPad(byte[] d, int i) {
        for (int k = i + 1; k < d.length; k++) {
            int c = d[k] & 0xff;
            if (c == '=') {
                return true;
            }
            if (c < 128 && B64_DECODE[c] >= 0) {
                return false;
            }
        }
        return false;
    }

    @ExposedMethod(doc = "Decode a line of base64 data.")
    static PyObject a2b_base64(PyObject[] args, String[] kw) {
        byte[] d = data("a2b_base64", args, kw);
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length * 3 / 4 + 3);
        int acc = 0;
        int bits = 0;
        int quadPos = 0;
        for (int i = 0; i < d.length; i++) {
            int c = d[i] & 0xff;
            if (c > 0x7f) {
                continue;
            }
            if (c == '=') {
                // a pad ends the data only at the third position followed by another pad,
                // or at the fourth position; elsewhere it is ignored
                if (quadPos < 2 || (quadPos == 2 && !nextValidIsPad(d, i))) {
                    continue;
                }
                bits = 0;
                break;
            }
            int v = B64_DECODE[c];
            if (v < 0) {
                continue;
            }
            quadPos = (quadPos + 1) & 3;
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.write((acc >> bits) & 0xff);
                acc &= (1 << bits) - 1;
            }
        }
        if (bits != 0) {
            throw error("Incorrect padding");
        }
        return PyStr.of(out.toByteArray());
    }

    // ---- uuencode -----------------------------------------------------------------------

    @ExposedMethod(doc = "Uuencode line of data")
    static PyObject b2a_uu(PyObject[] args, String[] kw) {
        byte[] d = data("b2a_uu", args, kw);
        if (d.length > 45) {
            throw error("At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(' ' + d.length);
        int acc = 0;
        int bits = 0;
        for (int i = 0; i < d.length || bits != 0; i++) {
            acc = (acc << 8) | (i < d.length ? d[i] & 0xff : 0);
            bits += 8;
            while (bits >= 6) {
                bits -= 6;
                out.write(' ' + ((acc >> bits) & 0x3f));
            }
            acc &= (1 << bits) - 1;
        }
        out.write('\n');
        return PyStr.of(out.toByteArray());
    }

    @ExposedMethod(doc = "(ascii) -> bin. Decode a line of uuencoded data")
    static PyObject a2b_uu(PyObject[] args, String[] kw) {
        byte[] d = data("a2b_uu", args, kw);
        int pos = 0;
        int n = d.length;
        // an empty line reads C's terminating NUL as its length byte, as CPython does
        int binLen = ((n == 0 ? 0 : d[pos++] & 0xff) - ' ') & 0x3f;
        byte[] out = new byte[binLen];
        int outPos = 0;
        int acc = 0;
        int bits = 0;
        while (outPos < binLen) {
            int c = pos < n ? d[pos] & 0xff : '\n';
            pos++;
            if (c == '\n' || c == '\r') {
                c = 0; // whitespace stripped by mailers: assume zeros
            } else if (c < ' ' || c > ' ' + 64) {
                throw error("Illegal char");
            } else {
                c = (c - ' ') & 0x3f;
            }
            acc = (acc << 6) | c;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[outPos++] = (byte) (acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }
        for (; pos < n; pos++) {
            int c = d[pos] & 0xff;
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
                throw error("Trailing garbage");
            }
        }
        return PyStr.of(out);
    }

    // ---- binhex -------------------------------------------------------------------------

    @ExposedMethod(doc = "Encode .hqx data")
    static PyObject b2a_hqx(PyObject[] args, String[] kw) {
        return PyStr.of(Hqx.encode(data("b2a_hqx", args, kw)));
    }

    @ExposedMethod(doc = "Decode .hqx coding")
    static PyObject a2b_hqx(PyObject[] args, String[] kw) {
        return Hqx.decode(data("a2b_hqx", args, kw));
    }

    @ExposedMethod(doc = "Binhex RLE-code binary data")
    static PyObject rlecode_hqx(PyObject[] args, String[] kw) {
        return PyStr.of(Hqx.rleEncode(data("rlecode_hqx", args, kw)));
    }

    @ExposedMethod(doc = "Decode hexbin RLE-coded string")
    static PyObject rledecode_hqx(PyObject[] args, String[] kw) {
        return PyStr.of(Hqx.rleDecode(data("rledecode_hqx", args, kw)));
    }

    // ---- checksums ----------------------------------------------------------------------

    @ExposedMethod(doc = "(data, oldcrc) -> newcrc. Compute hqx CRC incrementally")
    static PyObject crc_hqx(PyObject[] args, String[] kw) {
        BytesArg.positional("crc_hqx", args, kw, 2, 2);
        byte[] d = BytesArg.bytes(args[0], "crc_hqx", 1);
        return PyInt.of(Crc.crcHqx(d, Py.asIntArg(args[1])));
    }

    @ExposedMethod(doc = "(data, oldcrc = 0) -> newcrc. Compute CRC-32 incrementally")
    static PyObject crc32(PyObject[] args, String[] kw) {
        BytesArg.positional("crc32", args, kw, 1, 2);
        byte[] d = BytesArg.bytes(args[0], "crc32", 1);
        long start = args.length > 1 ? BytesArg.uint(args[1]) : 0;
        return PyInt.of(Crc.crc32(d, start));
    }

    // ---- quoted-printable ---------------------------------------------------------------

    @ExposedMethod(doc = "Decode a string of qp-encoded data")
    static PyObject a2b_qp(PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("a2b_qp", args, kw, new String[] {"data", "header"}, 1);
        byte[] d = BytesArg.bytes(a[0], "a2b_qp", 1);
        return PyStr.of(Qp.decode(d, BytesArg.intOr(a[1], 0) != 0));
    }

    @ExposedMethod(doc = "b2a_qp(data, quotetabs=0, istext=1, header=0) -> s; \n Encode a string using quoted-printable encoding. \n\nOn encoding, when istext is set, newlines are not encoded, and white \nspace at end of lines is.  When istext is not set, \\r and \\n (CR/LF) are \nboth encoded.  When quotetabs is set, space and tabs are encoded.")
    static PyObject b2a_qp(PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("b2a_qp", args, kw, new String[] {"data", "quotetabs", "istext", "header"}, 1);
        byte[] d = BytesArg.bytes(a[0], "b2a_qp", 1);
        return PyStr.of(Qp.encode(d, BytesArg.intOr(a[1], 0) != 0, BytesArg.intOr(a[2], 1) != 0,
                BytesArg.intOr(a[3], 0) != 0));
    }
}
