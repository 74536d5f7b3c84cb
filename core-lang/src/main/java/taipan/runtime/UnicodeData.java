package taipan.runtime;

/**
 * Character classes and simple case mappings of {@code unicode} methods, as CPython 2.7's
 * type records define them (by general category: Lu upper, Ll lower, Lt title; alpha =
 * L*; decimal, digit and numeric properties; whitespace = Zs or bidi WS/B/S). Java's
 * Character database answers, with {@link UnicodeDataFixes} correcting the characters
 * whose properties changed between Unicode 5.2 (CPython 2.7) and the JDK's version.
 */
final class UnicodeData {
    private UnicodeData() {}

    static final int ALPHA = 1, DECIMAL = 2, DIGIT = 4, NUMERIC = 8, SPACE = 16, LOWER = 32, UPPER = 64, TITLE = 128;

    /** Flags from the JDK's data (before corrections). */
    static int javaFlags(int c) {
        int f = 0;
        int t = Character.getType(c);
        switch (t) {
            case Character.UPPERCASE_LETTER: f |= ALPHA | UPPER; break;
            case Character.LOWERCASE_LETTER: f |= ALPHA | LOWER; break;
            case Character.TITLECASE_LETTER: f |= ALPHA | TITLE; break;
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER: f |= ALPHA; break;
            case Character.DECIMAL_DIGIT_NUMBER: f |= DECIMAL | DIGIT | NUMERIC; break;
            case Character.LETTER_NUMBER: f |= NUMERIC; break;
            case Character.OTHER_NUMBER: {
                f |= NUMERIC;
                int v = Character.getNumericValue(c);
                if (v >= 0 && v <= 9) {
                    f |= DIGIT;
                }
                break;
            }
            case Character.SPACE_SEPARATOR: f |= SPACE; break;
            default: break;
        }
        if (c <= 0x20 ? (c >= 9 && c <= 13) || (c >= 0x1c) : c == 0x85 || c == 0x2028 || c == 0x2029) {
            f |= SPACE;
        }
        return f;
    }

    private static final byte[] LATIN1 = new byte[256];

    static {
        for (int c = 0; c < 256; c++) {
            LATIN1[c] = (byte) flagsSlow(c);
        }
    }

    private static int flagsSlow(int c) {
        int fix = UnicodeDataFixes.flags(c);
        return fix >= 0 ? fix : javaFlags(c);
    }

    static int flags(int c) {
        if (c < 256) {
            return LATIN1[c] & 0xff;
        }
        return flagsSlow(c);
    }

    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        return (flags(c) & SPACE) != 0;
    }

    static boolean isAlpha(int c) {
        return (flags(c) & ALPHA) != 0;
    }

    static boolean isDecimal(int c) {
        return (flags(c) & DECIMAL) != 0;
    }

    static boolean isDigit(int c) {
        return (flags(c) & DIGIT) != 0;
    }

    static boolean isNumeric(int c) {
        return (flags(c) & NUMERIC) != 0;
    }

    static boolean isAlnum(int c) {
        return (flags(c) & (ALPHA | DECIMAL | DIGIT | NUMERIC)) != 0;
    }

    static boolean isLower(int c) {
        return (flags(c) & LOWER) != 0;
    }

    static boolean isUpper(int c) {
        return (flags(c) & UPPER) != 0;
    }

    static boolean isTitle(int c) {
        return (flags(c) & TITLE) != 0;
    }

    static int toLower(int c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        int m = UnicodeDataFixes.lower(c);
        return m >= 0 ? m : Character.toLowerCase(c);
    }

    static int toUpper(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' ? c - 32 : c;
        }
        int m = UnicodeDataFixes.upper(c);
        return m >= 0 ? m : Character.toUpperCase(c);
    }

    static int toTitle(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' ? c - 32 : c;
        }
        int m = UnicodeDataFixes.title(c);
        return m >= 0 ? m : Character.toTitleCase(c);
    }

    /** Decimal value of a decimal character, or -1 (for int(u'...'), float(u'...')). */
    static int decimalValue(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9' ? c - '0' : -1;
        }
        if (!isDecimal(c)) {
            return -1;
        }
        return Character.digit(c, 10);
    }
}
