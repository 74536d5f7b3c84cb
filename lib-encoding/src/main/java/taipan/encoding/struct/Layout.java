package taipan.encoding.struct;

/**
 * The byte orders of a struct format and the sizes of its codes: native ('@', x86_64 Linux
 * sizes and alignment), and the standard-size orders '<', '>', '!' and '=' (which is '<' on
 * this little-endian machine).
 */
enum Layout {
    NATIVE(true, false),
    LITTLE(false, false),
    BIG(false, true);

    final boolean nativeSizes;
    final boolean bigEndian;

    Layout(boolean nativeSizes, boolean bigEndian) {
        this.nativeSizes = nativeSizes;
        this.bigEndian = bigEndian;
    }

    /** The layout a format's first character selects, or null if it selects none. */
    static Layout ofPrefix(char c) {
        switch (c) {
            case '@': return NATIVE;
            case '=': case '<': return LITTLE;
            case '>': case '!': return BIG;
            default: return null;
        }
    }

    /** The size in bytes of one item of {@code code}, or -1 for an unknown code. */
    int size(char code) {
        switch (code) {
            case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
                return 1;
            case 'h': case 'H':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L':
                return nativeSizes ? 8 : 4;
            case 'q': case 'Q': case 'd':
                return 8;
            case 'P':
                return nativeSizes ? 8 : -1;
            default:
                return -1;
        }
    }

    /** The alignment of {@code code} (native layout only; the standard layouts pack tightly). */
    int alignment(char code) {
        return nativeSizes ? size(code) : 1;
    }
}
