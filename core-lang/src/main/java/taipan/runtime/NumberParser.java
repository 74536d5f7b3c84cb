package taipan.runtime;

import java.math.BigInteger;

/**
 * Parsing of numbers from strings as CPython 2.7's constructors do it: {@code int(s, base)},
 * {@code long(s, base)}, {@code float(s)}, {@code complex(s)}, with their exact error
 * texts. Strings are given as Java strings of chars 0..255 (the bytes of a str); unicode
 * arguments go through {@link #encodeDecimal} first, as 2.7's PyUnicode_EncodeDecimal.
 */
public final class NumberParser {
    private NumberParser() {}

    /** The NaN CPython produces ({@code Py_NAN}: sign bit set on x86-64). */
    public static final double PY_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /** C's isspace in the C locale. */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** The value of an ASCII letter/digit as a digit (0..35), or 37. */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 37;
    }

    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    /**
     * PyUnicode_EncodeDecimal: unicode whitespace becomes ' ', decimal digits become ASCII
     * digits, other chars below 256 are kept; anything else raises UnicodeEncodeError.
     */
    public static String encodeDecimal(PyUnicode u) {
        String s = u.toString();
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0, cp; i < n; i += Character.charCount(cp)) {
            cp = s.codePointAt(i);
            if (isUnicodeSpace(cp)) {
                sb.append(' ');
                continue;
            }
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
                continue;
            }
            if (cp > 0 && cp < 256) {
                sb.append((char) cp);
                continue;
            }
            // a run of unencodable characters, in code point positions
            int start = s.codePointCount(0, i);
            int j = i;
            while (j < n) {
                int c2 = s.codePointAt(j);
                if (isUnicodeSpace(c2) || Character.getType(c2) == Character.DECIMAL_DIGIT_NUMBER || (c2 > 0 && c2 < 256)) {
                    break;
                }
                j += Character.charCount(c2);
            }
            int end = s.codePointCount(0, j);
            PyType t = Exceptions.UnicodeEncodeError;
            throw new PyException(t, Exceptions.newInstance(t, PyStr.of("decimal"), u, PyInt.of(start), PyInt.of(end),
                    PyStr.of("invalid decimal Unicode string")));
        }
        return sb.toString();
    }

    /** Py_UNICODE_ISSPACE. */
    static boolean isUnicodeSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
        }
        if (c == 0x85 || c == 0xa0) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }

    /** The first {@code max} chars of s from {@code from}, stopping at a NUL (a C string). */
    static String cString(String s, int from, int max) {
        int end = from;
        while (end < s.length() && s.charAt(end) != '\0' && end - from < max) {
            end++;
        }
        return s.substring(from, end);
    }

    private static String reprPrefix(String s, int from) {
        String part = s.substring(from, Math.min(s.length(), from + 200));
        byte[] b = new byte[part.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) part.charAt(i);
        }
        return PyStr.repr(b, true);
    }

    // ---- integers -----------------------------------------------------------------------------

    /**
     * {@code int(s, base)}: a PyInt, or a PyLong when the value does not fit a C long.
     * {@code base} is 0 or 2..36 (checked by the caller).
     */
    public static PyObject parseInt(String s, int base) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int start = i; // the message shows the string from here
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int b = base;
        boolean ok = true;
        int digitsStart;
        if (at(s, i) == '0') {
            char p = at(s, i + 1);
            int pb = (p == 'x' || p == 'X') ? 16 : (p == 'o' || p == 'O') ? 8 : (p == 'b' || p == 'B') ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                // a prefix must be followed by a digit of its base
                if (digitValue(at(s, i + 2)) >= pb) {
                    ok = false;
                }
                b = pb;
                i += 2;
            } else if (base == 0) {
                b = 8;
            }
        } else if (base == 0) {
            b = 10;
        }
        digitsStart = i;
        while (i < n && digitValue(s.charAt(i)) < b) {
            i++;
        }
        int digitsEnd = i;
        if (digitsEnd == digitsStart) {
            ok = false;
        }
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        if (!ok || i != n) {
            throw Py.ValueError("invalid literal for int() with base " + base + ": " + reprPrefix(s, start));
        }
        return fromDigits(s, digitsStart, digitsEnd, b, neg);
    }

    /**
     * {@code long(s, base)}: always a PyLong. Accepts a trailing {@code l}/{@code L}; the
     * error message shows the base deduced from a prefix, as 2.7's PyLong_FromString.
     */
    public static PyObject parseLong(String s, int base) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int b = base;
        if (b == 0) {
            if (at(s, i) != '0') {
                b = 10;
            } else {
                char p = at(s, i + 1);
                b = (p == 'x' || p == 'X') ? 16 : (p == 'o' || p == 'O') ? 8 : (p == 'b' || p == 'B') ? 2 : 8;
            }
        }
        if (at(s, i) == '0') {
            char p = at(s, i + 1);
            if ((b == 16 && (p == 'x' || p == 'X')) || (b == 8 && (p == 'o' || p == 'O')) || (b == 2 && (p == 'b' || p == 'B'))) {
                i += 2;
            }
        }
        int digitsStart = i;
        while (i < n && digitValue(s.charAt(i)) < b) {
            i++;
        }
        int digitsEnd = i;
        boolean ok = digitsEnd > digitsStart;
        if (i < n && (s.charAt(i) == 'l' || s.charAt(i) == 'L')) {
            i++;
        }
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        if (!ok || i != n) {
            throw Py.ValueError("invalid literal for long() with base " + b + ": " + reprPrefix(s, 0));
        }
        PyObject r = fromDigits(s, digitsStart, digitsEnd, b, neg);
        return r instanceof PyLong ? r : new PyLong(BigInteger.valueOf(((PyInt) r).value));
    }

    /** The integer of the digits s[from, to) in base b: a PyInt when it fits, else a PyLong. */
    static PyObject fromDigits(String s, int from, int to, int b, boolean neg) {
        while (from < to - 1 && s.charAt(from) == '0') {
            from++;
        }
        int len = to - from;
        // up to 12 digits of base 36 (and more for smaller bases) fit a long without overflow
        if (len <= 12 || (b <= 10 && len <= 18) || (b == 16 && len <= 15) || (b == 2 && len <= 62) || (b == 8 && len <= 20)) {
            long v = 0;
            for (int k = from; k < to; k++) {
                v = v * b + digitValue(s.charAt(k));
            }
            return PyInt.of(neg ? -v : v);
        }
        BigInteger v = new BigInteger(s.substring(from, to), b);
        if (neg) {
            v = v.negate();
        }
        return PyLong.intOrLong(v);
    }

    // ---- floats ---------------------------------------------------------------------------------

    /**
     * The end of the longest prefix of s[from..] that 2.7's strtod accepts (sign, digits,
     * point, exponent, or inf/infinity/nan), or {@code from} when there is none.
     */
    static int scanFloat(String s, int from) {
        int n = s.length();
        int i = from;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (matchesIgnoreCase(s, i, "inf")) {
            if (matchesIgnoreCase(s, i, "infinity")) {
                return i + 8;
            }
            return i + 3;
        }
        if (matchesIgnoreCase(s, i, "nan")) {
            return i + 3;
        }
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return from;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int k = j;
            while (k < n && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                k++;
            }
            if (k > j) {
                i = k;
            }
        }
        return i;
    }

    private static boolean matchesIgnoreCase(String s, int i, String word) {
        return s.regionMatches(true, i, word, 0, word.length());
    }

    /** The double of a prefix accepted by {@link #scanFloat} (inf: ±infinity, nan: Py_NAN). */
    static double floatValue(String s, int from, int to) {
        boolean neg = s.charAt(from) == '-';
        int i = from;
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            i++;
        }
        char c = s.charAt(i);
        if (c == 'i' || c == 'I') {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (c == 'n' || c == 'N') {
            return neg ? -PY_NAN : PY_NAN;
        }
        return Double.parseDouble(s.substring(from, to));
    }

    /** {@code float(s)} for a str given as chars 0..255. */
    public static double parseFloat(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int end = scanFloat(s, i);
        if (end == i) {
            throw Py.ValueError("could not convert string to float: " + cString(s, i, 200));
        }
        int j = end;
        while (j < n && isSpace(s.charAt(j))) {
            j++;
        }
        if (j != n) {
            throw Py.ValueError("invalid literal for float(): " + cString(s, i, 200));
        }
        return floatValue(s, i, end);
    }

    /** {@code complex(s)}: returns {real, imag}. */
    public static double[] parseComplex(String s) {
        int n = s.length();
        int i = 0;
        double x = 0, y = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean bracket = false;
        if (at(s, i) == '(') {
            bracket = true;
            i++;
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
        }
        int end = scanFloat(s, i);
        if (end != i) {
            double z = floatValue(s, i, end);
            i = end;
            char c = at(s, i);
            if (c == '+' || c == '-') {
                x = z;
                int e2 = scanFloat(s, i);
                if (e2 != i) {
                    y = floatValue(s, i, e2);
                    i = e2;
                } else {
                    y = c == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (!(at(s, i) == 'j' || at(s, i) == 'J')) {
                    throw malformed();
                }
                i++;
            } else if (c == 'j' || c == 'J') {
                i++;
                y = z;
            } else {
                x = z;
            }
        } else {
            char c = at(s, i);
            if (c == '+' || c == '-') {
                y = c == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            if (!(at(s, i) == 'j' || at(s, i) == 'J')) {
                throw malformed();
            }
            i++;
        }
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        if (bracket) {
            if (at(s, i) != ')' || i >= n) {
                throw malformed();
            }
            i++;
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
        }
        if (i != n) {
            throw malformed();
        }
        return new double[] {x, y};
    }

    private static PyException malformed() {
        return Py.ValueError("complex() arg is a malformed string");
    }
}
