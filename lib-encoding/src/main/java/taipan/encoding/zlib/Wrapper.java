package taipan.encoding.zlib;

/** The container a wbits value selects: zlib header, raw deflate, gzip, or zlib/gzip detected. */
enum Wrapper {
    ZLIB, RAW, GZIP, AUTO;

    /** The wrapper for {@code wbits}, or null when zlib would reject it. */
    static Wrapper of(int wbits, boolean forDecompression) {
        if (wbits >= 8 && wbits <= 15) {
            return ZLIB;
        }
        if (wbits >= -15 && wbits <= -8) {
            return RAW;
        }
        if (wbits >= 24 && wbits <= 31) {
            return GZIP;
        }
        if (forDecompression && (wbits == 0 || (wbits >= 40 && wbits <= 47))) {
            return wbits == 0 ? ZLIB : AUTO;
        }
        return null;
    }
}
