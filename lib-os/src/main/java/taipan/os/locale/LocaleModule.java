package taipan.os.locale;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import taipan.modules.sre.SreLocale;
import taipan.runtime.*;

/**
 * {@code _locale}: the C library's locale (setlocale, localeconv, nl_langinfo, strcoll,
 * strxfrm) through JNR-FFI. As CPython 2.7, a program starts in the "C" locale: the JVM
 * launcher's setlocale(LC_ALL, "") is undone when this module is first imported.
 */
@PyModuleDef(name = "_locale", doc = "Support for POSIX locales.")
public final class LocaleModule {
    private LocaleModule() {}

    /** The libc functions used here. */
    public interface LibC {
        String setlocale(int category, String locale);

        Pointer localeconv();

        String nl_langinfo(int item);

        int strcoll(byte[] a, byte[] b);

        long strxfrm(byte[] dest, byte[] src, long n);
    }

    private static final LibC LIBC = LibraryLoader.create(LibC.class).load("c");

    @ExposedConstant static final int LC_CTYPE = 0;
    @ExposedConstant static final int LC_NUMERIC = 1;
    @ExposedConstant static final int LC_TIME = 2;
    @ExposedConstant static final int LC_COLLATE = 3;
    @ExposedConstant static final int LC_MONETARY = 4;
    @ExposedConstant static final int LC_MESSAGES = 5;
    @ExposedConstant static final int LC_ALL = 6;
    @ExposedConstant static final int CHAR_MAX = 127;
    @ExposedConstant static final int CODESET = 14;
    @ExposedConstant static final int RADIXCHAR = 0x10000;
    @ExposedConstant static final int THOUSEP = 0x10001;
    @ExposedConstant static final int ABDAY_1 = 0x20000;
    @ExposedConstant static final int ABDAY_2 = 0x20001;
    @ExposedConstant static final int ABDAY_3 = 0x20002;
    @ExposedConstant static final int ABDAY_4 = 0x20003;
    @ExposedConstant static final int ABDAY_5 = 0x20004;
    @ExposedConstant static final int ABDAY_6 = 0x20005;
    @ExposedConstant static final int ABDAY_7 = 0x20006;
    @ExposedConstant static final int DAY_1 = 0x20007;
    @ExposedConstant static final int DAY_2 = 0x20008;
    @ExposedConstant static final int DAY_3 = 0x20009;
    @ExposedConstant static final int DAY_4 = 0x2000A;
    @ExposedConstant static final int DAY_5 = 0x2000B;
    @ExposedConstant static final int DAY_6 = 0x2000C;
    @ExposedConstant static final int DAY_7 = 0x2000D;
    @ExposedConstant static final int ABMON_1 = 0x2000E;
    @ExposedConstant static final int ABMON_2 = 0x2000F;
    @ExposedConstant static final int ABMON_3 = 0x20010;
    @ExposedConstant static final int ABMON_4 = 0x20011;
    @ExposedConstant static final int ABMON_5 = 0x20012;
    @ExposedConstant static final int ABMON_6 = 0x20013;
    @ExposedConstant static final int ABMON_7 = 0x20014;
    @ExposedConstant static final int ABMON_8 = 0x20015;
    @ExposedConstant static final int ABMON_9 = 0x20016;
    @ExposedConstant static final int ABMON_10 = 0x20017;
    @ExposedConstant static final int ABMON_11 = 0x20018;
    @ExposedConstant static final int ABMON_12 = 0x20019;
    @ExposedConstant static final int MON_1 = 0x2001A;
    @ExposedConstant static final int MON_2 = 0x2001B;
    @ExposedConstant static final int MON_3 = 0x2001C;
    @ExposedConstant static final int MON_4 = 0x2001D;
    @ExposedConstant static final int MON_5 = 0x2001E;
    @ExposedConstant static final int MON_6 = 0x2001F;
    @ExposedConstant static final int MON_7 = 0x20020;
    @ExposedConstant static final int MON_8 = 0x20021;
    @ExposedConstant static final int MON_9 = 0x20022;
    @ExposedConstant static final int MON_10 = 0x20023;
    @ExposedConstant static final int MON_11 = 0x20024;
    @ExposedConstant static final int MON_12 = 0x20025;
    @ExposedConstant static final int AM_STR = 0x20026;
    @ExposedConstant static final int PM_STR = 0x20027;
    @ExposedConstant static final int D_T_FMT = 0x20028;
    @ExposedConstant static final int D_FMT = 0x20029;
    @ExposedConstant static final int T_FMT = 0x2002A;
    @ExposedConstant static final int T_FMT_AMPM = 0x2002B;
    @ExposedConstant static final int ERA = 0x2002C;
    @ExposedConstant static final int ERA_D_FMT = 0x2002E;
    @ExposedConstant static final int ALT_DIGITS = 0x2002F;
    @ExposedConstant static final int ERA_D_T_FMT = 0x20030;
    @ExposedConstant static final int ERA_T_FMT = 0x20031;
    @ExposedConstant static final int _DATE_FMT = 0x2006C;
    @ExposedConstant static final int CRNCYSTR = 0x4000F;
    @ExposedConstant static final int YESEXPR = 0x50000;
    @ExposedConstant static final int NOEXPR = 0x50001;

    private static PyType error;

    static void init(PyModule m) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("locale"));
        error = (PyType) Ops.call(PyType.TYPE, PyStr.of("Error"), PyTuple.of(Exceptions.Exception), ns);
        m.set("Error", error);
        LIBC.setlocale(LC_ALL, "C");
        SreLocale.setCtype("C");
    }

    @ExposedMethod(doc = "(integer,string=None) -> string. Activates/queries locale processing.")
    static PyObject setlocale(int category, @Default("None") PyObject locale) {
        if (category < 0 || category > LC_ALL) {
            throw new PyException(error, "unsupported locale setting");
        }
        String name;
        if (locale == Py.None) {
            name = null;
        } else if (locale instanceof PyStr || locale instanceof PyUnicode) {
            name = locale.toString();
        } else {
            throw Py.TypeError("setlocale() argument 2 must be string or None, not " + locale.getType().getName());
        }
        String result = LIBC.setlocale(category, name);
        if (result == null) {
            throw new PyException(error, name == null ? "locale query failed" : "unsupported locale setting");
        }
        if (name != null && (category == LC_CTYPE || category == LC_ALL)) {
            SreLocale.setCtype(LIBC.setlocale(LC_CTYPE, null));
        }
        return PyStr.of(result);
    }

    // glibc's struct lconv on 64-bit Linux: ten char* fields, then one-byte numbers
    private static final String[] LCONV_STRINGS = {"decimal_point", "thousands_sep", "grouping", "int_curr_symbol",
        "currency_symbol", "mon_decimal_point", "mon_thousands_sep", "mon_grouping", "positive_sign", "negative_sign"};
    private static final String[] LCONV_CHARS = {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
        "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"};

    @ExposedMethod(doc = "() -> dict. Returns numeric and monetary locale-specific parameters.")
    static PyObject localeconv() {
        Pointer lc = LIBC.localeconv();
        PyDict d = new PyDict();
        for (int i = 0; i < LCONV_STRINGS.length; i++) {
            Pointer s = lc.getPointer(8L * i);
            String key = LCONV_STRINGS[i];
            if (key.endsWith("grouping")) {
                d.setItem(PyStr.of(key), grouping(s));
            } else {
                d.setItem(PyStr.of(key), PyStr.of(s == null ? new byte[0] : bytesAt(s)));
            }
        }
        for (int i = 0; i < LCONV_CHARS.length; i++) {
            d.setItem(PyStr.of(LCONV_CHARS[i]), PyInt.of(lc.getByte(8L * LCONV_STRINGS.length + i) & 0xff));
        }
        return d;
    }

    /** The grouping string as CPython lists it: the sizes up to a 0 or CHAR_MAX, which ends it. */
    private static PyObject grouping(Pointer s) {
        PyList out = new PyList();
        if (s == null) {
            return out;
        }
        for (long i = 0;; i++) {
            int g = s.getByte(i) & 0xff;
            if (g == 0) {
                break;
            }
            out.append(PyInt.of(g));
            if (g == CHAR_MAX) {
                break;
            }
        }
        return out;
    }

    private static byte[] bytesAt(Pointer p) {
        int n = 0;
        while (p.getByte(n) != 0) {
            n++;
        }
        byte[] b = new byte[n];
        p.get(0, b, 0, n);
        return b;
    }

    @ExposedMethod(doc = "nl_langinfo(key) -> string\nReturn the value for the locale information associated with key.")
    static PyObject nl_langinfo(int item) {
        String v = LIBC.nl_langinfo(item);
        if (v == null || (v.isEmpty() && !KNOWN.contains(item))) {
            throw Py.ValueError("unsupported langinfo constant");
        }
        return PyStr.of(v);
    }

    private static final java.util.Set<Integer> KNOWN = java.util.Set.of(ERA, ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT,
            THOUSEP, AM_STR, PM_STR, T_FMT_AMPM, CRNCYSTR);

    @ExposedMethod(doc = "string,string -> int. Compares two strings according to the locale.")
    static int strcoll(PyObject a, PyObject b) {
        if (a instanceof PyUnicode || b instanceof PyUnicode) {
            // wide strings: the code point order, which is wcscoll's in the C locale
            String x = a.toString(), y = b.toString();
            return Integer.signum(x.compareTo(y));
        }
        return LIBC.strcoll(cBytes(a, 1), cBytes(b, 2));
    }

    @ExposedMethod(doc = "string -> string. Returns a string that behaves for cmp locale-aware.")
    static PyObject strxfrm(PyObject s) {
        byte[] src = cBytes(s, 1);
        long n = LIBC.strxfrm(null, src, 0);
        byte[] dest = new byte[(int) n + 1];
        LIBC.strxfrm(dest, src, n + 1);
        return PyStr.of(java.util.Arrays.copyOf(dest, (int) n));
    }

    /** A str argument as a NUL-terminated C string. */
    private static byte[] cBytes(PyObject s, int pos) {
        if (!(s instanceof PyStr str)) {
            throw Py.TypeError("argument " + pos + " must be string, not " + s.getType().getName());
        }
        byte[] b = str.bytes();
        byte[] c = java.util.Arrays.copyOf(b, b.length + 1);
        return c;
    }
}
