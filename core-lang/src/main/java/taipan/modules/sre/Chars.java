package taipan.modules.sre;

/**
 * Character predicates and case folding of the three sre modes: ASCII (the default for
 * both str and unicode subjects), LOCALE (the C library's classification in the current
 * LC_CTYPE, for codes below 256) and UNICODE (the Unicode 5.2 database of CPython 2.7).
 */
final class Chars {
    private Chars() {}

    private static final int DIGIT = 1, SPACE = 2, LINEBREAK = 4, ALNUM = 8, WORD = 16;

    /** sre's ASCII table: bit set per character below 128. */
    private static final byte[] ASCII = new byte[128];
    /** Unicode predicates for codes below 256 (hot path). */
    private static final byte[] UNI_LATIN1 = new byte[256];
    private static final int[] UNI_LOWER_LATIN1 = new int[256];

    static {
        for (int c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT | ALNUM | WORD;
        }
        for (int c = 'a'; c <= 'z'; c++) {
            ASCII[c] = ALNUM | WORD;
            ASCII[c - 32] = ALNUM | WORD;
        }
        ASCII['_'] = WORD;
        for (int c : new int[] {9, 10, 11, 12, 13, 32}) {
            ASCII[c] = SPACE;
        }
        ASCII[10] |= LINEBREAK;
        for (int c = 0; c < 256; c++) {
            int f = 0;
            if (uniDigitSlow(c)) f |= DIGIT;
            if (uniSpaceSlow(c)) f |= SPACE;
            if (uniLinebreakSlow(c)) f |= LINEBREAK;
            if (uniAlnumSlow(c)) f |= ALNUM | WORD;
            if (c == '_') f |= WORD;
            UNI_LATIN1[c] = (byte) f;
            UNI_LOWER_LATIN1[c] = uniLowerSlow(c);
        }
    }

    // ---- ASCII (sre's defaults) ----

    static boolean isDigit(int ch) {
        return ch < 128 && ch >= 0 && (ASCII[ch] & DIGIT) != 0;
    }

    static boolean isSpace(int ch) {
        return ch < 128 && ch >= 0 && (ASCII[ch] & SPACE) != 0;
    }

    static boolean isLinebreak(int ch) {
        return ch == '\n';
    }

    static boolean isWord(int ch) {
        return ch < 128 && ch >= 0 && (ASCII[ch] & WORD) != 0;
    }

    static int lower(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    // ---- LOCALE ----

    static boolean locIsWord(int ch) {
        return ch >= 0 && ch < 256 && (SreLocale.isAlnum(ch) || ch == '_');
    }

    static int locLower(int ch) {
        return ch >= 0 && ch < 256 ? SreLocale.toLower(ch) : ch;
    }

    // ---- UNICODE ----

    static boolean uniIsDigit(int ch) {
        return ch < 256 ? ch >= 0 && (UNI_LATIN1[ch] & DIGIT) != 0 : uniDigitSlow(ch);
    }

    static boolean uniIsSpace(int ch) {
        return ch < 256 ? ch >= 0 && (UNI_LATIN1[ch] & SPACE) != 0 : uniSpaceSlow(ch);
    }

    static boolean uniIsLinebreak(int ch) {
        return ch < 256 ? ch >= 0 && (UNI_LATIN1[ch] & LINEBREAK) != 0 : uniLinebreakSlow(ch);
    }

    static boolean uniIsWord(int ch) {
        return ch < 256 ? ch >= 0 && (UNI_LATIN1[ch] & WORD) != 0 : uniAlnumSlow(ch);
    }

    static int uniLower(int ch) {
        return ch < 256 ? (ch >= 0 ? UNI_LOWER_LATIN1[ch] : ch) : uniLowerSlow(ch);
    }

    private static boolean inRanges(int[] r, int ch) {
        int lo = 0, hi = r.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ch < r[2 * mid]) {
                hi = mid - 1;
            } else if (ch > r[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean uniDigitSlow(int ch) {
        return inRanges(UnicodeTables.DECIMAL, ch);
    }

    private static boolean uniAlnumSlow(int ch) {
        return inRanges(UnicodeTables.ALNUM, ch);
    }

    private static boolean uniSpaceSlow(int ch) {
        if (ch <= 0x20) {
            return (ch >= 9 && ch <= 13) || ch >= 0x1c;
        }
        switch (ch) {
            case 0x85: case 0xa0: case 0x1680: case 0x180e: case 0x2028: case 0x2029:
            case 0x202f: case 0x205f: case 0x3000:
                return true;
            default:
                return ch >= 0x2000 && ch <= 0x200a;
        }
    }

    private static boolean uniLinebreakSlow(int ch) {
        return (ch >= 10 && ch <= 13) || (ch >= 0x1c && ch <= 0x1e) || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    private static int uniLowerSlow(int ch) {
        int[] r = UnicodeTables.LOWER;
        int lo = 0, hi = r.length / 4 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int first = r[4 * mid], last = r[4 * mid + 1];
            if (ch < first) {
                hi = mid - 1;
            } else if (ch > last) {
                lo = mid + 1;
            } else {
                return (ch - first) % r[4 * mid + 3] == 0 ? ch + r[4 * mid + 2] : ch;
            }
        }
        return ch;
    }

    // ---- dispatch ----

    /** {@code sre_category}. */
    static boolean category(int cat, int ch) {
        switch (cat) {
            case Sre.CATEGORY_DIGIT: return isDigit(ch);
            case Sre.CATEGORY_NOT_DIGIT: return !isDigit(ch);
            case Sre.CATEGORY_SPACE: return isSpace(ch);
            case Sre.CATEGORY_NOT_SPACE: return !isSpace(ch);
            case Sre.CATEGORY_WORD: return isWord(ch);
            case Sre.CATEGORY_NOT_WORD: return !isWord(ch);
            case Sre.CATEGORY_LINEBREAK: return isLinebreak(ch);
            case Sre.CATEGORY_NOT_LINEBREAK: return !isLinebreak(ch);
            case Sre.CATEGORY_LOC_WORD: return locIsWord(ch);
            case Sre.CATEGORY_LOC_NOT_WORD: return !locIsWord(ch);
            case Sre.CATEGORY_UNI_DIGIT: return uniIsDigit(ch);
            case Sre.CATEGORY_UNI_NOT_DIGIT: return !uniIsDigit(ch);
            case Sre.CATEGORY_UNI_SPACE: return uniIsSpace(ch);
            case Sre.CATEGORY_UNI_NOT_SPACE: return !uniIsSpace(ch);
            case Sre.CATEGORY_UNI_WORD: return uniIsWord(ch);
            case Sre.CATEGORY_UNI_NOT_WORD: return !uniIsWord(ch);
            case Sre.CATEGORY_UNI_LINEBREAK: return uniIsLinebreak(ch);
            case Sre.CATEGORY_UNI_NOT_LINEBREAK: return !uniIsLinebreak(ch);
            default: return false;
        }
    }

    /** {@code _sre.getlower(ch, flags)}: the case folding of the pattern's mode. */
    static int getlower(int ch, int flags) {
        if ((flags & Sre.FLAG_LOCALE) != 0) {
            return locLower(ch);
        }
        if ((flags & Sre.FLAG_UNICODE) != 0) {
            return uniLower(ch);
        }
        return lower(ch);
    }

    /** Which lowering the engine uses: 0 ASCII, 1 LOCALE, 2 UNICODE. */
    static int lowerMode(int flags) {
        return (flags & Sre.FLAG_LOCALE) != 0 ? 1 : (flags & Sre.FLAG_UNICODE) != 0 ? 2 : 0;
    }

    static int lower(int mode, int ch) {
        switch (mode) {
            case 0: return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
            case 1: return locLower(ch);
            default: return uniLower(ch);
        }
    }
}
