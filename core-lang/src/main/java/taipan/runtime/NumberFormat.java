package taipan.runtime;

import java.math.BigInteger;

/**
 * The format-specification mini-language of CPython 2.7 ({@code format(x, spec)},
 * {@code '{:...}'.format(x)}) for int, long, bool, float and complex:
 * {@code [[fill]align][sign][#][0][width][,][.precision][type]}.
 *
 * <p>Entry points:
 * <ul>
 * <li>{@link #formatSpec(PyObject, String)}: {@code number.__format__(spec)} as a Java
 *     string (one char per byte of the resulting {@code str}).
 * <li>{@link Spec#parse(String, char, char)}: the spec parser alone, for other types
 *     ({@code str.__format__} uses it with default type {@code 's'} and align {@code '<'}).
 * <li>{@link #pad(String, Spec, char)}: applies fill/align/width to an already formatted string.
 * </ul>
 * Errors are the Python exceptions CPython raises (ValueError with 2.7's texts).
 * The locale is always the C locale: {@code n} groups nothing and uses {@code '.'}.
 */
public final class NumberFormat {
    private NumberFormat() {}

    /** A parsed format specification. {@code '\0'} means "not given" for chars, -1 for ints. */
    public static final class Spec {
        /** The fill character, {@code '\0'} if not given (space is used). */
        public char fill;
        /** One of {@code < > = ^}; the default when not given. */
        public char align;
        /** True if an alignment character was given explicitly. */
        public boolean alignGiven;
        /** {@code '+'}, {@code '-'}, {@code ' '} or {@code '\0'}. */
        public char sign;
        /** The {@code #} flag. */
        public boolean alternate;
        /** Minimum width, -1 if not given. */
        public int width = -1;
        /** The {@code ,} flag. */
        public boolean thousands;
        /** Precision, -1 if not given. */
        public int precision = -1;
        /** The presentation type; the default passed to {@link #parse} when not given. */
        public char type;

        /**
         * Parses {@code spec} as 2.7's {@code parse_internal_render_format_spec}: raises
         * ValueError for "Invalid conversion specification", "Format specifier missing
         * precision", "Too many decimal digits in format string" and "Cannot specify ','
         * with 'x'.".
         */
        public static Spec parse(String spec, char defaultType, char defaultAlign) {
            Spec f = new Spec();
            f.align = defaultAlign;
            f.type = defaultType;
            int p = 0, end = spec.length();
            if (end - p >= 2 && isAlign(spec.charAt(p + 1))) {
                f.fill = spec.charAt(p);
                f.align = spec.charAt(p + 1);
                f.alignGiven = true;
                p += 2;
            } else if (end - p >= 1 && isAlign(spec.charAt(p))) {
                f.align = spec.charAt(p);
                f.alignGiven = true;
                p++;
            }
            if (end - p >= 1 && (spec.charAt(p) == '+' || spec.charAt(p) == '-' || spec.charAt(p) == ' ')) {
                f.sign = spec.charAt(p);
                p++;
            }
            if (end - p >= 1 && spec.charAt(p) == '#') {
                f.alternate = true;
                p++;
            }
            if (f.fill == '\0' && end - p >= 1 && spec.charAt(p) == '0') {
                f.fill = '0';
                if (!f.alignGiven) {
                    f.align = '=';
                }
                p++;
            }
            int start = p;
            long w = 0;
            for (; p < end && spec.charAt(p) >= '0' && spec.charAt(p) <= '9'; p++) {
                w = w * 10 + (spec.charAt(p) - '0');
                if (w > Integer.MAX_VALUE) {
                    throw Py.ValueError("Too many decimal digits in format string");
                }
            }
            if (p > start) {
                f.width = (int) w;
            }
            if (p < end && spec.charAt(p) == ',') {
                f.thousands = true;
                p++;
            }
            if (p < end && spec.charAt(p) == '.') {
                p++;
                start = p;
                long pr = 0;
                for (; p < end && spec.charAt(p) >= '0' && spec.charAt(p) <= '9'; p++) {
                    pr = pr * 10 + (spec.charAt(p) - '0');
                    if (pr > Integer.MAX_VALUE) {
                        throw Py.ValueError("Too many decimal digits in format string");
                    }
                }
                if (p == start) {
                    throw Py.ValueError("Format specifier missing precision");
                }
                f.precision = (int) pr;
            }
            if (end - p > 1) {
                throw Py.ValueError("Invalid conversion specification");
            }
            if (end - p == 1) {
                f.type = spec.charAt(p);
            }
            if (f.thousands) {
                switch (f.type) {
                    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
                        break;
                    default:
                        throw Py.ValueError("Cannot specify ',' with '" + f.type + "'.");
                }
            }
            return f;
        }

        private static boolean isAlign(char c) {
            return c == '<' || c == '>' || c == '=' || c == '^';
        }

        char fillChar() {
            return fill == '\0' ? ' ' : fill;
        }
    }

    // ---- entry points ----------------------------------------------------------------------

    /**
     * {@code number.__format__(spec)} for an int, long, bool, float or complex (or a
     * subclass): the result as a Java string whose chars are the bytes of the Python str.
     * An empty spec gives {@code str(number)} (honouring a subclass's {@code __str__}).
     */
    public static String formatSpec(PyObject number, String spec) {
        if (spec.isEmpty()) {
            return Ops.str(number).toString();
        }
        if (number instanceof PyInt i) {
            return formatInteger(number, null, i.value, spec);
        }
        if (number instanceof PyLong l) {
            return formatInteger(number, l.value, 0, spec);
        }
        if (number instanceof PyFloat f) {
            Spec s = Spec.parse(spec, '\0', '>');
            return formatFloat(number, f.value, s);
        }
        if (number instanceof PyComplex c) {
            Spec s = Spec.parse(spec, '\0', '>');
            return formatComplex(number, c.real, c.imag, s);
        }
        throw Py.TypeError("format: not a number");
    }

    /** {@code __format__} of a number: spec must be str or unicode (converted to str); returns a str. */
    static PyObject formatMethod(PyObject number, PyObject spec) {
        String s;
        if (spec instanceof PyStr ps) {
            s = ps.toString();
        } else if (spec instanceof PyUnicode u) {
            s = PyStr.fromUnicodeDefault(u).toString();
        } else {
            throw Py.TypeError("__format__ requires str or unicode");
        }
        return PyStr.of(formatSpec(number, s));
    }

    private static PyException unknownCode(char type, PyObject o) {
        return Py.ValueError("Unknown format code '" + type + "' for object of type '" + o.getType().getName() + "'");
    }

    // ---- integers -------------------------------------------------------------------------------

    private static String formatInteger(PyObject o, BigInteger big, long small, String specText) {
        Spec spec = Spec.parse(specText, 'd', '>');
        switch (spec.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                double v = big == null ? (double) small : PyLong.toDouble(big);
                return formatFloat(o, v, spec);
            default:
                throw unknownCode(spec.type, o);
        }
        if (spec.precision != -1) {
            throw Py.ValueError("Precision not allowed in integer format specifier");
        }
        if (spec.type == 'c') {
            if (spec.sign != '\0') {
                throw Py.ValueError("Sign not allowed with integer format specifier 'c'");
            }
            long x;
            if (big != null) {
                if (big.bitLength() > 63) {
                    throw Py.OverflowError("Python int too large to convert to C long");
                }
                x = big.longValue();
            } else {
                x = small;
            }
            if (x < 0 || x > 0xff) {
                throw Py.OverflowError("%c arg not in range(0x100)");
            }
            return number(spec, '\0', "", "", String.valueOf((char) x), false);
        }
        int base;
        String prefix;
        switch (spec.type) {
            case 'b': base = 2; prefix = "0b"; break;
            case 'o': base = 8; prefix = "0o"; break;
            case 'x': base = 16; prefix = "0x"; break;
            case 'X': base = 16; prefix = "0X"; break;
            default: base = 10; prefix = ""; break;
        }
        boolean neg;
        String digits;
        if (big != null) {
            neg = big.signum() < 0;
            digits = big.abs().toString(base);
        } else {
            neg = small < 0;
            digits = small == Long.MIN_VALUE ? BigInteger.valueOf(small).negate().toString(base)
                    : Long.toString(Math.abs(small), base);
        }
        if (spec.type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        return number(spec, neg ? '-' : '\0', spec.alternate ? prefix : "", digits, "", spec.thousands);
    }

    // ---- floats -------------------------------------------------------------------------------------

    private static String formatFloat(PyObject o, double v, Spec spec) {
        char type = spec.type;
        switch (type) {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw unknownCode(type, o);
        }
        if (spec.alternate) {
            throw Py.ValueError("Alternate form (#) not allowed in float format specifier");
        }
        int flags = 0;
        int defaultPrecision = 6;
        if (type == '\0') {
            flags |= FloatFormat.ADD_DOT_0;
            type = 'g';
            defaultPrecision = 12;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean pct = false;
        if (type == '%') {
            type = 'f';
            v *= 100;
            pct = true;
        }
        int precision = spec.precision < 0 ? defaultPrecision : spec.precision;
        String s = FloatFormat.format(v, type, precision, flags);
        if (pct) {
            s = s + "%";
        }
        char sign = '\0';
        if (s.charAt(0) == '-') {
            sign = '-';
            s = s.substring(1);
        }
        int nd = 0;
        while (nd < s.length() && s.charAt(nd) >= '0' && s.charAt(nd) <= '9') {
            nd++;
        }
        return number(spec, sign, "", s.substring(0, nd), s.substring(nd), spec.thousands);
    }

    // ---- complex -----------------------------------------------------------------------------------

    private static String formatComplex(PyObject o, double re, double im, Spec spec) {
        char type = spec.type;
        switch (type) {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw unknownCode(type, o);
        }
        if (spec.alternate) {
            throw Py.ValueError("Alternate form (#) not allowed in complex format specifier");
        }
        if (spec.fill == '0') {
            throw Py.ValueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align == '=') {
            throw Py.ValueError("'=' alignment flag is not allowed in complex format specifier");
        }
        int defaultPrecision = 6;
        boolean skipRe = false, parens = false;
        if (type == '\0') {
            type = 'g';
            defaultPrecision = 12;
            if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        int precision = spec.precision < 0 ? defaultPrecision : spec.precision;
        String reS = FloatFormat.format(re, type, precision, 0);
        String imS = FloatFormat.format(im, type, precision, 0);
        Spec inner = new Spec();
        inner.align = '<';
        inner.width = -1;
        inner.sign = spec.sign;
        StringBuilder sb = new StringBuilder();
        if (parens) {
            sb.append('(');
        }
        if (!skipRe) {
            sb.append(part(reS, inner, spec.thousands));
            inner.sign = '+';
        }
        sb.append(part(imS, inner, spec.thousands));
        sb.append('j');
        if (parens) {
            sb.append(')');
        }
        return pad(sb.toString(), spec, '>');
    }

    private static String part(String s, Spec inner, boolean thousands) {
        char sign = '\0';
        if (s.charAt(0) == '-') {
            sign = '-';
            s = s.substring(1);
        }
        int nd = 0;
        while (nd < s.length() && s.charAt(nd) >= '0' && s.charAt(nd) <= '9') {
            nd++;
        }
        return number(inner, sign, "", s.substring(0, nd), s.substring(nd), thousands);
    }

    // ---- layout ----------------------------------------------------------------------------------

    /**
     * Lays out a number: [lpad][sign][prefix][spad][grouped digits][remainder][rpad], as
     * 2.7's calc_number_widths/fill_number. {@code signChar} is '-' for negative numbers,
     * '\0' otherwise; {@code remainder} is what follows the integer digits ('.', fraction,
     * exponent, '%', or a 'c' character).
     */
    static String number(Spec spec, char signChar, String prefix, String digits, String remainder, boolean thousands) {
        char sign;
        switch (spec.sign) {
            case '+': sign = signChar == '-' ? '-' : '+'; break;
            case ' ': sign = signChar == '-' ? '-' : ' '; break;
            default: sign = signChar == '-' ? '-' : '\0'; break;
        }
        int nSign = sign == '\0' ? 0 : 1;
        int nonDigits = nSign + prefix.length() + remainder.length();
        int minWidth = spec.fill == '0' && spec.align == '=' ? spec.width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, thousands);
        int padding = spec.width - (nonDigits + grouped.length());
        int lpad = 0, spad = 0, rpad = 0;
        if (padding > 0) {
            switch (spec.align) {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding; break;
            }
        }
        char fill = spec.fillChar();
        StringBuilder sb = new StringBuilder(Math.max(spec.width, 0) + nonDigits + grouped.length());
        repeat(sb, fill, lpad);
        if (sign != '\0') {
            sb.append(sign);
        }
        sb.append(prefix);
        repeat(sb, fill, spad);
        sb.append(grouped).append(remainder);
        repeat(sb, fill, rpad);
        return sb.toString();
    }

    /** Thousands grouping with zero padding up to minWidth (2.7's InsertThousandsGrouping). */
    private static String group(String digits, int minWidth, boolean thousands) {
        int remaining = digits.length();
        if (!thousands) {
            int len = Math.max(Math.max(remaining, minWidth), 1);
            if (len == remaining) {
                return digits;
            }
            StringBuilder sb = new StringBuilder(len);
            repeat(sb, '0', len - remaining);
            return sb.append(digits).toString();
        }
        // build from the right, then reverse
        StringBuilder rev = new StringBuilder(remaining + remaining / 3 + 4);
        int pos = remaining; // next digit (exclusive) from the right
        boolean sep = false;
        while (true) {
            int l = Math.min(3, Math.max(Math.max(remaining, minWidth), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (sep) {
                rev.append(',');
            }
            for (int i = 0; i < chars; i++) {
                rev.append(digits.charAt(--pos));
            }
            repeat(rev, '0', zeros);
            sep = true;
            remaining -= chars;
            minWidth -= 3;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        return rev.reverse().toString();
    }

    private static void repeat(StringBuilder sb, char c, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(c);
        }
    }

    /** Pads {@code s} to {@code spec.width} with {@code spec}'s fill and alignment ({@code '='} acts as the default). */
    public static String pad(String s, Spec spec, char defaultAlign) {
        int padding = spec.width - s.length();
        if (padding <= 0) {
            return s;
        }
        char align = spec.align == '=' ? defaultAlign : spec.align;
        int lpad, rpad;
        switch (align) {
            case '<': lpad = 0; rpad = padding; break;
            case '^': lpad = padding / 2; rpad = padding - lpad; break;
            default: lpad = padding; rpad = 0; break;
        }
        StringBuilder sb = new StringBuilder(spec.width);
        char fill = spec.fillChar();
        repeat(sb, fill, lpad);
        sb.append(s);
        repeat(sb, fill, rpad);
        return sb.toString();
    }
}
