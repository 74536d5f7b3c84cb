package taipan.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code str % args} and {@code unicode % args}: CPython 2.7's PyString_Format and
 * PyUnicode_Format. A str format switches to unicode formatting from the conversion
 * that first meets a unicode argument, as 2.7 does.
 */
final class StringFormatter {
    private static final int F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

    /** Format units: the bytes of a str format, or the code points of a unicode one. */
    private final byte[] fb;
    private final int[] fu;
    private final int n;
    private final boolean unicode;
    private final ByteBuilder bo;
    private final IntBuilder uo;

    private final PyObject origArgs;
    private PyObject args;
    private int arglen, argidx;
    private PyObject dict;

    private StringFormatter(byte[] fb, int[] fu, PyObject args) {
        this.fb = fb;
        this.fu = fu;
        this.unicode = fu != null;
        this.n = unicode ? fu.length : fb.length;
        this.bo = unicode ? null : new ByteBuilder(n + 16);
        this.uo = unicode ? new IntBuilder(n + 16) : null;
        this.origArgs = args;
        this.args = args;
        if (args instanceof PyTuple t) {
            arglen = t.size();
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        if (!(args instanceof PyTuple) && !(args instanceof PyBaseString) && isMapping(args)) {
            dict = args;
        }
    }

    private static boolean isMapping(PyObject o) {
        return o instanceof PyInstance || o.getType().lookup(N.__getitem__) != null;
    }

    static PyObject format(PyStr fmt, PyObject args) {
        StringFormatter f = new StringFormatter(fmt.value, null, args);
        return f.run();
    }

    static PyUnicode format(PyUnicode fmt, PyObject args) {
        StringFormatter f = new StringFormatter(null, fmt.cps, args);
        return (PyUnicode) f.run();
    }

    private int at(int i) {
        return unicode ? fu[i] : fb[i] & 0xff;
    }

    private PyObject nextArg() {
        if (argidx < arglen) {
            int i = argidx++;
            if (arglen < 0) {
                return args;
            }
            return ((PyTuple) args).get(i);
        }
        throw Py.TypeError("not enough arguments for format string");
    }

    /** Thrown internally when a str format meets a unicode argument. */
    private static final class SwitchToUnicode extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int fmtStart, argidxStart;

        SwitchToUnicode(int fmtStart, int argidxStart) {
            super(null, null, false, false);
            this.fmtStart = fmtStart;
            this.argidxStart = argidxStart;
        }
    }

    private PyObject run() {
        try {
            loop();
        } catch (SwitchToUnicode sw) {
            return switchToUnicode(sw);
        }
        if (argidx < arglen && dict == null) {
            throw Py.TypeError("not all arguments converted during string formatting");
        }
        if (unicode) {
            return PyUnicode.fromCodePoints(uo.toArray());
        }
        return PyStr.of(bo.toArray());
    }

    private PyObject switchToUnicode(SwitchToUnicode sw) {
        PyObject rest;
        if (origArgs instanceof PyTuple t && sw.argidxStart > 0) {
            PyObject[] a = t.array();
            PyObject[] r = new PyObject[a.length - sw.argidxStart];
            System.arraycopy(a, sw.argidxStart, r, 0, r.length);
            rest = new PyTuple(r);
        } else {
            rest = origArgs;
        }
        byte[] tail = java.util.Arrays.copyOfRange(fb, sw.fmtStart, fb.length);
        PyUnicode ufmt = PyUnicode.decodeAscii(tail, PyStr.of(tail));
        PyUnicode v = format(ufmt, rest);
        PyUnicode head = PyUnicode.decodeAscii(bo.toArray(), null);
        return head.concat(v);
    }

    private void loop() {
        int i = 0;
        while (i < n) {
            int c = at(i);
            if (c != '%') {
                int j = i + 1;
                while (j < n && at(j) != '%') {
                    j++;
                }
                if (unicode) {
                    uo.append(fu, i, j);
                } else {
                    bo.append(fb, i, j);
                }
                i = j;
                continue;
            }
            int fmtStart = i;
            int argidxStart = argidx;
            i++;
            if (i < n && at(i) == '(') {
                if (dict == null) {
                    throw Py.TypeError("format requires a mapping");
                }
                i++;
                int keyStart = i;
                int pcount = 1;
                while (pcount > 0 && i < n) {
                    int k = at(i);
                    if (k == ')') {
                        pcount--;
                    } else if (k == '(') {
                        pcount++;
                    }
                    i++;
                }
                if (pcount > 0) {
                    throw Py.ValueError("incomplete format key");
                }
                PyObject key = unicode ? PyUnicode.of(fu, keyStart, i - 1) : PyStr.of(fb, keyStart, i - 1);
                args = Ops.getitem(dict, key);
                arglen = -1;
                argidx = -2;
            }
            int flags = 0;
            for (; i < n; i++) {
                int k = at(i);
                if (k == '-') {
                    flags |= F_LJUST;
                } else if (k == '+') {
                    flags |= F_SIGN;
                } else if (k == ' ') {
                    flags |= F_BLANK;
                } else if (k == '#') {
                    flags |= F_ALT;
                } else if (k == '0') {
                    flags |= F_ZERO;
                } else {
                    break;
                }
            }
            long width = -1;
            if (i < n && at(i) == '*') {
                PyObject w = nextArg();
                if (!(w instanceof PyInt wi)) {
                    throw Py.TypeError("* wants int");
                }
                width = wi.value;
                if (width < 0) {
                    flags |= F_LJUST;
                    width = -width;
                }
                i++;
            } else if (i < n && isDigit(at(i))) {
                width = 0;
                while (i < n && isDigit(at(i))) {
                    width = width * 10 + (at(i) - '0');
                    if (width > Integer.MAX_VALUE) {
                        throw Py.ValueError("width too big");
                    }
                    i++;
                }
            }
            long prec = -1;
            if (i < n && at(i) == '.') {
                i++;
                prec = 0;
                if (i < n && at(i) == '*') {
                    PyObject p = nextArg();
                    if (!(p instanceof PyInt pi)) {
                        throw Py.TypeError("* wants int");
                    }
                    prec = Math.max(pi.value, 0);
                    i++;
                } else {
                    while (i < n && isDigit(at(i))) {
                        prec = prec * 10 + (at(i) - '0');
                        if (prec > Integer.MAX_VALUE) {
                            throw Py.ValueError("prec too big");
                        }
                        i++;
                    }
                }
            }
            if (i < n) {
                int k = at(i);
                if (k == 'h' || k == 'l' || k == 'L') {
                    i++;
                }
            }
            if (i >= n) {
                throw Py.ValueError("incomplete format");
            }
            c = at(i++);
            PyObject v = null;
            if (c != '%') {
                v = nextArg();
            }
            convert(c, v, flags, width, prec, i - 1, fmtStart, argidxStart);
            if (dict != null && argidx < arglen && c != '%') {
                throw Py.TypeError("not all arguments converted during string formatting");
            }
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** One conversion: builds the text (pbuf) then pads it as PyString_Format does. */
    private void convert(int c, PyObject v, int flags, long width, long prec, int cIndex, int fmtStart, int argidxStart) {
        // text is either bytes (str mode, or ASCII digits) or code points (unicode mode)
        byte[] tb = null;
        int[] tu = null;
        boolean numeric = false;
        boolean sign = false;
        switch (c) {
            case '%':
                tb = new byte[] {'%'};
                break;
            case 's':
            case 'r': {
                if (unicode) {
                    PyUnicode u;
                    if (c == 's') {
                        u = (PyUnicode) Ops.unicode(v);
                    } else {
                        PyObject r = Ops.repr(v);
                        u = PyUnicode.decodeAscii(((PyStr) r).value, r);
                    }
                    tu = u.cps;
                    if (prec >= 0 && tu.length > prec) {
                        tu = java.util.Arrays.copyOf(tu, (int) prec);
                    }
                } else {
                    PyObject r;
                    if (c == 's') {
                        if (v instanceof PyUnicode) {
                            throw new SwitchToUnicode(fmtStart, argidxStart);
                        }
                        r = strOrUnicode(v);
                        if (r instanceof PyUnicode) {
                            throw new SwitchToUnicode(fmtStart, argidxStart);
                        }
                    } else {
                        r = Ops.repr(v);
                    }
                    tb = ((PyStr) r).value;
                    if (prec >= 0 && tb.length > prec) {
                        tb = java.util.Arrays.copyOf(tb, (int) prec);
                    }
                }
                break;
            }
            case 'i':
            case 'd':
            case 'u':
            case 'o':
            case 'x':
            case 'X': {
                if (c == 'i') {
                    c = 'd';
                }
                PyObject iv = intArgument(v, (char) c);
                tb = formatInteger(iv, (char) c, flags, prec);
                numeric = true;
                sign = true;
                break;
            }
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G': {
                double x = floatArgument(v);
                String s = floatDigits(x, (char) c, prec < 0 ? 6 : (int) prec, (flags & F_ALT) != 0);
                tb = ascii(s);
                numeric = true;
                sign = true;
                break;
            }
            case 'c':
                if (unicode) {
                    tu = new int[] {unicodeChar(v)};
                } else {
                    if (v instanceof PyUnicode) {
                        throw new SwitchToUnicode(fmtStart, argidxStart);
                    }
                    tb = new byte[] {byteChar(v)};
                }
                break;
            default: {
                String shown;
                if (unicode) {
                    shown = (c >= 31 && c <= 126) ? String.valueOf((char) c) : "?";
                } else {
                    shown = String.valueOf((char) c);
                }
                int index = cIndex;
                throw Py.ValueError("unsupported format character '" + shown + "' (0x" + Integer.toHexString(c)
                        + ") at index " + index);
            }
        }
        int fill = ' ';
        if (numeric && (flags & F_ZERO) != 0) {
            fill = '0';
        }
        emit(tb, tu, c, flags, width, sign, fill);
    }

    private void emit(byte[] tb, int[] tu, int c, int flags, long width, boolean hasSign, int fill) {
        int len = tb != null ? tb.length : tu.length;
        int p = 0;
        int signCh = 0;
        if (hasSign) {
            int first = len > 0 ? tb[0] : 0;
            if (first == '-' || first == '+') {
                signCh = first;
                p++;
                len--;
            } else if ((flags & F_SIGN) != 0) {
                signCh = '+';
            } else if ((flags & F_BLANK) != 0) {
                signCh = ' ';
            }
        }
        if (width < len) {
            width = len;
        }
        if (signCh != 0) {
            if (fill != ' ') {
                put(signCh);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (flags & F_ALT) != 0 && (c == 'x' || c == 'X');
        if (prefix) {
            if (fill != ' ') {
                put(tb[p]);
                put(tb[p + 1]);
                p += 2;
            }
            width -= 2;
            if (width < 0) {
                width = 0;
            }
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            repeat(fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (signCh != 0) {
                put(signCh);
            }
            if (prefix) {
                put(tb[p]);
                put(tb[p + 1]);
                p += 2;
            }
        }
        if (tb != null) {
            if (unicode) {
                uo.appendLatin1(tb, p, p + len);
            } else {
                bo.append(tb, p, p + len);
            }
        } else {
            uo.append(tu, p, p + len);
        }
        if (width > len) {
            repeat(' ', width - len);
        }
    }

    private void put(int c) {
        if (unicode) {
            uo.append(c & 0xff);
        } else {
            bo.append(c);
        }
    }

    private void repeat(int c, long count) {
        if (unicode) {
            uo.repeat(c, count);
        } else {
            bo.repeat(c, count);
        }
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    /** {@code _PyObject_Str}: like Ops.str but a unicode result is returned as is. */
    static PyObject strOrUnicode(PyObject o) {
        if (o.getClass() == PyStr.class) {
            return o;
        }
        PyObject r;
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__str__);
            r = Ops.isSlot(m) ? o.__str__() : Ops.callMethod(m, o);
        } else {
            r = o.__str__();
        }
        if (r instanceof PyStr || r instanceof PyUnicode) {
            return r;
        }
        throw Py.TypeError("__str__ returned non-string (type " + r.getType().getName() + ")");
    }

    // ---- integers ------------------------------------------------------------------------

    private static boolean isNumberLike(PyObject v) {
        if (v instanceof PyInt || v instanceof PyLong || v instanceof PyFloat || v instanceof PyInstance) {
            return true;
        }
        PyType t = v.getType();
        return t.lookup(N.__int__) != null || t.lookup(N.__float__) != null;
    }

    /** The int/long a %d-family conversion formats, or the "a number is required" TypeError. */
    private static PyObject intArgument(PyObject v, char c) {
        if (v instanceof PyInt || v instanceof PyLong) {
            return v;
        }
        if (isNumberLike(v)) {
            PyObject r = null;
            if (v instanceof PyFloat f) {
                r = truncate(f.value);
            } else {
                try {
                    r = Ops.intOrNull(v);
                } catch (PyException e) {
                    r = null;
                }
                if (!(r instanceof PyInt) && !(r instanceof PyLong)) {
                    try {
                        r = Ops.longOrNull(v);
                    } catch (PyException e) {
                        r = null;
                    }
                }
            }
            if (r instanceof PyInt || r instanceof PyLong) {
                return r;
            }
        }
        throw Py.TypeError("%" + c + " format: a number is required, not " + v.getType().getName());
    }

    private static PyObject truncate(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyLong.of(new BigDecimal(d).toBigInteger());
    }

    /** The digits of a %d/%o/%x conversion with sign, precision and the # prefix. */
    private static byte[] formatInteger(PyObject iv, char c, int flags, long prec) {
        boolean neg;
        String digits;
        int radix = c == 'o' ? 8 : (c == 'x' || c == 'X') ? 16 : 10;
        if (iv instanceof PyInt i) {
            long x = i.value;
            neg = x < 0;
            digits = neg ? (x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate().toString(radix) : Long.toString(-x, radix))
                    : Long.toString(x, radix);
        } else {
            BigInteger b = ((PyLong) iv).value;
            neg = b.signum() < 0;
            digits = b.abs().toString(radix);
        }
        if (c == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (prec == 0 && iv instanceof PyInt i && i.value == 0) {
            digits = ""; // C's printf: a zero precision prints no digits for zero (ints only, not longs)
        }
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        if (neg) {
            sb.append('-');
        }
        if ((flags & F_ALT) != 0 && (c == 'x' || c == 'X')) {
            sb.append('0').append(c);
        }
        if (prec > digits.length()) {
            PyBaseString.checkSize(prec);
            for (long k = digits.length(); k < prec; k++) {
                sb.append('0');
            }
        } else if ((flags & F_ALT) != 0 && c == 'o' && !digits.startsWith("0")) {
            sb.append('0');
        }
        sb.append(digits);
        return ascii(sb.toString());
    }

    // ---- floats --------------------------------------------------------------------------

    private static double floatArgument(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value;
        }
        try {
            if (v instanceof PyInt i) {
                return i.value;
            }
            if (v instanceof PyLong l) {
                double d = l.doubleValue();
                if (Double.isInfinite(d)) {
                    throw Py.OverflowError("long int too large to convert to float");
                }
                return d;
            }
            PyObject r = Ops.floatOrNull(v);
            if (r instanceof PyFloat f) {
                return f.value;
            }
        } catch (PyException e) {
            // reported below, as 2.7 does
        }
        throw Py.TypeError("float argument required, not " + v.getType().getName());
    }

    /**
     * The digits of a float conversion ('e', 'f', 'g' and upper-case forms) with C's exact
     * rounding: a leading '-' for negatives, no padding (FloatFormat, as CPython's dtoa).
     */
    static String floatDigits(double v, char type, int prec, boolean alt) {
        return FloatFormat.format(v, type, prec, alt);
    }

    // ---- %c --------------------------------------------------------------------------------

    private static byte byteChar(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.value.length == 1) {
                return s.value[0];
            }
            throw Py.TypeError("%c requires int or char");
        }
        long x;
        if (v instanceof PyFloat) {
            throw Py.TypeError("integer argument expected, got float");
        }
        if (v instanceof PyInt i) {
            x = i.value;
        } else if (v instanceof PyLong l) {
            x = PyBaseString.clip(l.value);
        } else {
            PyObject r = Ops.intOrNull(v);
            if (!(r instanceof PyInt) && !(r instanceof PyLong)) {
                throw Py.TypeError("an integer is required");
            }
            x = r instanceof PyInt ri ? ri.value : PyBaseString.clip(((PyLong) r).value);
        }
        if (x < 0) {
            throw Py.OverflowError("unsigned byte integer is less than minimum");
        }
        if (x > 255) {
            throw Py.OverflowError("unsigned byte integer is greater than maximum");
        }
        return (byte) x;
    }

    private static int unicodeChar(PyObject v) {
        if (v instanceof PyUnicode u) {
            if (u.cps.length != 1) {
                throw Py.TypeError("%c requires int or char");
            }
            return u.cps[0];
        }
        if (v instanceof PyStr s) {
            if (s.value.length != 1) {
                throw Py.TypeError("%c requires int or char");
            }
            return PyUnicode.fromStrDefault(s).cps[0];
        }
        long x;
        try {
            if (v instanceof PyInt i) {
                x = i.value;
            } else if (v instanceof PyLong l) {
                x = PyBaseString.clip(l.value);
            } else if (v instanceof PyFloat f) {
                x = (long) f.value;
            } else {
                PyObject r = Ops.intOrNull(v);
                if (!(r instanceof PyInt) && !(r instanceof PyLong)) {
                    throw Py.TypeError("x");
                }
                x = r instanceof PyInt ri ? ri.value : PyBaseString.clip(((PyLong) r).value);
            }
        } catch (PyException e) {
            throw Py.TypeError("%c requires int or char");
        }
        if (x < 0 || x > 0x10ffff) {
            throw Py.OverflowError("%c arg not in range(0x110000) (wide Python build)");
        }
        return (int) x;
    }
}
