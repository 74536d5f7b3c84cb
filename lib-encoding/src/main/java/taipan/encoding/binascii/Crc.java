package taipan.encoding.binascii;

/** CRC-32 (as zlib's, shared with the zlib module) and the CRC-CCITT of binhex. */
public final class Crc {
    private Crc() {}

    private static final int[] HQX = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i << 8;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
            }
            HQX[i] = c & 0xffff;
        }
    }

    /** zlib's crc32 of {@code data} continuing from {@code crc}, as a signed 32-bit value (2.7). */
    public static int crc32(byte[] data, long crc) {
        java.util.zip.CRC32 c = new java.util.zip.CRC32();
        if (crc == 0) {
            c.update(data);
            return (int) c.getValue();
        }
        return (int) continueCrc32(data, crc);
    }

    // java.util.zip.CRC32 cannot start from a given value, so a table-driven one is used then.
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320 : c >>> 1;
            }
            TABLE[i] = c;
        }
    }

    private static long continueCrc32(byte[] data, long crc) {
        int c = ~(int) crc;
        for (byte b : data) {
            c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xffffffffL;
    }

    /** binhex's CRC; an empty input returns {@code crc} itself, as CPython does. */
    static int crcHqx(byte[] data, int crc) {
        for (byte b : data) {
            crc = ((crc << 8) & 0xff00) ^ HQX[((crc >> 8) & 0xff) ^ (b & 0xff)];
        }
        return crc;
    }
}
