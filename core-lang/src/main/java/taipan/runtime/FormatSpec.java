package taipan.runtime;

/**
 * A parsed PEP 3101 format specification, {@code [[fill]align][sign][#][0][width][,][.precision][type]},
 * as 2.7's parse_internal_render_format_spec reads it, with its error texts. The string
 * {@code __format__} implementations are here; numeric types may use {@link #parse} and
 * {@link #pad} for theirs.
 */
public final class FormatSpec {
    /** The fill character (a code point), or -1 when not given (meaning ' '). */
    public int fill = -1;
    /** '<', '>', '^', '=' or the default passed to {@link #parse}. */
    public int align;
    /** '+', '-', ' ' or 0. */
    public int sign;
    public boolean alternate;
    /** -1 when not given. */
    public long width = -1;
    public boolean thousands;
    /** -1 when not given. */
    public long precision = -1;
    /** The type code, or the default passed to {@link #parse}. */
    public int type;

    private FormatSpec() {}

    /** Parses a spec given as code points (bytes of a str spec are passed as 0..255). */
    public static FormatSpec parse(int[] s, int defaultType, int defaultAlign) {
        FormatSpec f = new FormatSpec();
        f.align = defaultAlign;
        f.type = defaultType;
        int n = s.length, p = 0;
        boolean fillGiven = false, alignGiven = false;
        if (n - p >= 2 && isAlign(s[p + 1])) {
            f.align = s[p + 1];
            f.fill = s[p];
            fillGiven = alignGiven = true;
            p += 2;
        } else if (n - p >= 1 && isAlign(s[p])) {
            f.align = s[p];
            alignGiven = true;
            p++;
        }
        if (n - p >= 1 && (s[p] == '+' || s[p] == '-' || s[p] == ' ')) {
            f.sign = s[p];
            p++;
        }
        if (n - p >= 1 && s[p] == '#') {
            f.alternate = true;
            p++;
        }
        if (!fillGiven && n - p >= 1 && s[p] == '0') {
            f.fill = '0';
            if (!alignGiven) {
                f.align = '=';
            }
            p++;
        }
        int start = p;
        long w = 0;
        while (p < n && s[p] >= '0' && s[p] <= '9') {
            w = w * 10 + (s[p] - '0');
            if (w > Integer.MAX_VALUE) {
                throw Py.ValueError("Too many decimal digits in format string");
            }
            p++;
        }
        f.width = p == start ? -1 : w;
        if (n - p >= 1 && s[p] == ',') {
            f.thousands = true;
            p++;
        }
        if (n - p >= 1 && s[p] == '.') {
            p++;
            start = p;
            long pr = 0;
            while (p < n && s[p] >= '0' && s[p] <= '9') {
                pr = pr * 10 + (s[p] - '0');
                if (pr > Integer.MAX_VALUE) {
                    throw Py.ValueError("Too many decimal digits in format string");
                }
                p++;
            }
            if (p == start) {
                throw Py.ValueError("Format specifier missing precision");
            }
            f.precision = pr;
        }
        if (n - p > 1) {
            throw Py.ValueError("Invalid conversion specification");
        }
        if (n - p == 1) {
            f.type = s[p];
        }
        if (f.thousands) {
            switch (f.type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                default:
                    throw Py.ValueError("Cannot specify ',' with '" + codeText(f.type) + "'.");
            }
        }
        return f;
    }

    /** Parses a spec given as a Java string (for numeric formatters). */
    public static FormatSpec parse(String s, int defaultType, int defaultAlign) {
        return parse(s.codePoints().toArray(), defaultType, defaultAlign);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    private static String codeText(int c) {
        return new String(Character.toChars(c));
    }

    /** "Unknown format code 'x' for object of type 't'". */
    public static PyException unknownCode(int code, String typeName, boolean unicodeSpec) {
        String shown;
        if (!unicodeSpec || (code > 32 && code < 128)) {
            shown = codeText(code);
        } else {
            shown = "\\x" + Integer.toHexString(code);
        }
        return Py.ValueError("Unknown format code '" + shown + "' for object of type '" + typeName + "'");
    }

    /** The left padding for {@code nchars} characters (calc_padding); total = max(width, nchars). */
    public long leftPad(long nchars) {
        long total = width >= 0 && width > nchars ? width : nchars;
        if (align == '>') {
            return total - nchars;
        }
        if (align == '^') {
            return (total - nchars) / 2;
        }
        return 0;
    }

    public long total(long nchars) {
        return width >= 0 && width > nchars ? width : nchars;
    }

    public int fillChar() {
        return fill < 0 ? ' ' : fill;
    }

    // ---- str.__format__ and unicode.__format__ ---------------------------------------------

    private void checkString() {
        if (sign != 0) {
            throw Py.ValueError("Sign not allowed in string format specifier");
        }
        if (alternate) {
            throw Py.ValueError("Alternate form (#) not allowed in string format specifier");
        }
        if (align == '=') {
            throw Py.ValueError("'=' alignment not allowed in string format specifier");
        }
    }

    private static int[] units(byte[] b) {
        int[] r = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[i] & 0xff;
        }
        return r;
    }

    /** {@code str.__format__(spec)}: a unicode spec is first encoded with the default codec. */
    static PyStr formatString(PyStr self, PyObject specObj) {
        PyStr spec = specObj instanceof PyUnicode u ? PyUnicode.encodeAscii(u) : (PyStr) specObj;
        if (spec.value.length == 0) {
            return (PyStr) Ops.str(self);
        }
        FormatSpec f = parse(units(spec.value), 's', '<');
        if (f.type != 's') {
            throw unknownCode(f.type, "str", false);
        }
        f.checkString();
        byte[] v = self.value;
        long len = v.length;
        if (f.precision >= 0 && len >= f.precision) {
            len = f.precision;
        }
        long left = f.leftPad(len);
        long total = f.total(len);
        ByteBuilder out = new ByteBuilder((int) Math.min(total, Integer.MAX_VALUE - 16));
        int fill = f.fillChar();
        out.repeat(fill, left);
        out.append(v, 0, (int) len);
        out.repeat(fill, total - len - left);
        return PyStr.of(out.toArray());
    }

    /** {@code unicode.__format__(spec)}. */
    static PyUnicode formatString(PyUnicode self, PyUnicode spec) {
        if (spec.cps.length == 0) {
            return (PyUnicode) Ops.unicode(self);
        }
        FormatSpec f = parse(spec.cps, 's', '<');
        if (f.type != 's') {
            throw unknownCode(f.type, "unicode", true);
        }
        f.checkString();
        int[] v = self.cps;
        long len = v.length;
        if (f.precision >= 0 && len >= f.precision) {
            len = f.precision;
        }
        long left = f.leftPad(len);
        long total = f.total(len);
        IntBuilder out = new IntBuilder((int) Math.min(total, Integer.MAX_VALUE - 16));
        int fill = f.fillChar();
        out.repeat(fill, left);
        out.append(v, 0, (int) len);
        out.repeat(fill, total - len - left);
        return PyUnicode.fromCodePoints(out.toArray());
    }
}
