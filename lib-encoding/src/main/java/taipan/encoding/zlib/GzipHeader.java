package taipan.encoding.zlib;

/** The gzip member header (RFC 1952), as zlib's inflate reads it. */
final class GzipHeader {
    private GzipHeader() {}

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    /** The header's length in {@code b}, or -1 when {@code b} holds only part of it. */
    static int length(byte[] b, String context) {
        int n = b.length;
        if (n >= 1 && (b[0] & 0xff) != 0x1f || n >= 2 && (b[1] & 0xff) != 0x8b) {
            throw ZlibModule.error(-3, context, "incorrect header check");
        }
        if (n >= 3 && b[2] != 8) {
            throw ZlibModule.error(-3, context, "unknown compression method");
        }
        if (n >= 4 && (b[3] & 0xe0) != 0) {
            throw ZlibModule.error(-3, context, "unknown header flags set");
        }
        if (n < 10) {
            return -1;
        }
        int flags = b[3];
        int pos = 10;
        if ((flags & FEXTRA) != 0) {
            if (pos + 2 > n) {
                return -1;
            }
            pos += 2 + ((b[pos] & 0xff) | (b[pos + 1] & 0xff) << 8);
        }
        if ((flags & FNAME) != 0) {
            pos = skipZeroTerminated(b, pos);
        }
        if ((flags & FCOMMENT) != 0 && pos >= 0) {
            pos = skipZeroTerminated(b, pos);
        }
        if ((flags & FHCRC) != 0 && pos >= 0) {
            pos += 2;
        }
        return pos < 0 || pos > n ? -1 : pos;
    }

    private static int skipZeroTerminated(byte[] b, int pos) {
        for (int i = pos; i < b.length; i++) {
            if (b[i] == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
