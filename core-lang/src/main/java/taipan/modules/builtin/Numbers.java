package taipan.modules.builtin;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import taipan.runtime.*;

/**
 * The numeric builtins: divmod, pow, round, hex, oct, bin, chr, unichr, ord, coerce. The
 * arithmetic itself is the number types' (through {@link Ops}); round's decimal rounding
 * is 2.7's own algorithm.
 */
final class Numbers {
    private Numbers() {}

    @ExposedMethod(doc = "divmod(x, y) -> (quotient, remainder)\n\nReturn the tuple (x//y, x%y).  Invariant: div*y + mod == x.")
    static PyObject divmod(PyObject[] args, String[] kw) {
        Args.unpack("divmod", args, kw, 2, 2);
        return Ops.divmod(args[0], args[1]);
    }

    @ExposedMethod(doc = "pow(x, y[, z]) -> number\n\nWith two arguments, equivalent to x**y.  With three arguments,\nequivalent to (x**y) % z, but may be more efficient (e.g. for longs).")
    static PyObject pow(PyObject[] args, String[] kw) {
        Args.unpack("pow", args, kw, 2, 3);
        if (args.length == 3 && args[2] != Py.None) {
            return Ops.pow(args[0], args[1], args[2]);
        }
        return Ops.pow(args[0], args[1]);
    }

    // ---- round ------------------------------------------------------------------------

    private static final String[] ROUND_PARAMS = {"number", "ndigits"};
    /** Beyond these, x rounds to itself / to a signed zero (0.30103 bounds log10(2)). */
    private static final int NDIGITS_MAX = (int) ((53 + 1021) * 0.30103);
    private static final int NDIGITS_MIN = -(int) ((1024 + 1) * 0.30103);

    @ExposedMethod(doc = "round(number[, ndigits]) -> floating point number\n\nRound a number to a given precision in decimal digits (default 0 digits).\nThis always returns a floating point number.  Precision may be negative.")
    static PyObject round(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("round", args, kw, ROUND_PARAMS, 1);
        double x = Py.asDoubleArg(a[0]);
        long ndigits = a[1] == null ? 0 : Py.index(a[1]);
        return new PyFloat(round(x, ndigits));
    }

    /**
     * 2.7's round: the exact binary value of x rounded to {@code ndigits} decimal places,
     * halfway cases away from zero, then converted back to the nearest double.
     */
    static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        double r;
        if (ndigits == 0) {
            double ax = Math.abs(x);
            if (ax >= 0x1p52) {
                return x;
            }
            double f = Math.floor(ax);
            r = ax - f >= 0.5 ? f + 1.0 : f;
            r = Math.copySign(r, x);
        } else {
            BigDecimal d = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_UP);
            r = Double.parseDouble(d.toString());
        }
        if (Double.isInfinite(r)) {
            throw Py.OverflowError("rounded value too large to represent");
        }
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }

    // ---- hex / oct / bin ----------------------------------------------------------------

    @ExposedMethod(doc = "hex(number) -> string\n\nReturn the hexadecimal representation of an integer or long integer.")
    static PyObject hex(PyObject o) {
        return baseConversion(o, N.__hex__, "hex");
    }

    @ExposedMethod(doc = "oct(number) -> string\n\nReturn the octal representation of an integer or long integer.")
    static PyObject oct(PyObject o) {
        return baseConversion(o, N.__oct__, "oct");
    }

    /** {@code nb_hex}/{@code nb_oct}: the number's own __hex__/__oct__, which must return a str. */
    private static PyObject baseConversion(PyObject o, PyStr name, String fn) {
        PyObject r;
        if (o instanceof PyInstance) {
            r = Ops.call(Ops.getattr(o, name));
        } else {
            PyType t = o.getType();
            PyObject m = t.isHeap() ? t.lookup(name) : null;
            if (m != null && !(m instanceof PyMethodDescr)) {
                r = Ops.callMethod(m, o);
            } else if (t.isHeap() && m == null) {
                r = null;
            } else {
                r = name == N.__hex__ ? o.__hex__() : o.__oct__();
            }
            if (r == null) {
                throw Py.TypeError(fn + "() argument can't be converted to " + fn);
            }
        }
        if (!(r instanceof PyStr)) {
            throw Py.TypeError("__" + fn + "__ returned non-string (type " + Args.typeName(r) + ")");
        }
        return r;
    }

    @ExposedMethod(doc = "bin(number) -> string\n\nReturn the binary representation of an integer or long integer.")
    static PyObject bin(PyObject o) {
        PyObject i = Ops.index(o);
        BigInteger v;
        if (i instanceof PyInt pi) {
            long x = pi.value;
            if (x >= 0) {
                return PyStr.of("0b" + Long.toBinaryString(x));
            }
            v = BigInteger.valueOf(x);
        } else {
            v = ((PyLong) i).value;
        }
        return PyStr.of((v.signum() < 0 ? "-0b" : "0b") + v.abs().toString(2));
    }

    // ---- characters -------------------------------------------------------------------------

    @ExposedMethod(doc = "chr(i) -> character\n\nReturn a string of one character with ordinal i; 0 <= i < 256.")
    static PyObject chr(PyObject[] args, String[] kw) {
        Args.tuple("chr", args, kw, 1, 1);
        long x = Py.asLongArg(args[0]);
        if (x < 0 || x >= 256) {
            throw Py.ValueError("chr() arg not in range(256)");
        }
        return PyStr.ofChar((int) x);
    }

    @ExposedMethod(doc = "unichr(i) -> Unicode character\n\nReturn a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.")
    static PyObject unichr(PyObject[] args, String[] kw) {
        Args.tuple("unichr", args, kw, 1, 1);
        int x = Py.asIntArg(args[0]);
        if (x < 0 || x > 0x10ffff) {
            throw Py.ValueError("unichr() arg not in range(0x110000) (wide Python build)");
        }
        return PyUnicode.of(new String(Character.toChars(x)));
    }

    @ExposedMethod(doc = "ord(c) -> integer\n\nReturn the integer ordinal of a one-character string.")
    static PyObject ord(PyObject o) {
        long size;
        if (o instanceof PyStr s) {
            size = s.size();
            if (size == 1) {
                return PyInt.of(s.byteAt(0));
            }
        } else if (o instanceof PyUnicode u) {
            size = u.length();
            if (size == 1) {
                return PyInt.of(u.codePointAt(0));
            }
        } else if (o.getType().getName().equals("bytearray") && o.getType().getModuleName().equals("__builtin__")) {
            size = Ops.len(o);
            if (size == 1) {
                return Ops.getitem(o, PyInt.of(0));
            }
        } else {
            throw Py.TypeError("ord() expected string of length 1, but " + Args.typeName(o) + " found");
        }
        throw Py.TypeError("ord() expected a character, but string of length " + size + " found");
    }

    // ---- coerce -------------------------------------------------------------------------------

    @ExposedMethod(doc = "coerce(x, y) -> (x1, y1)\n\nReturn a tuple consisting of the two numeric arguments converted to\na common type, using the same rules as used by arithmetic operations.\nIf coercion is not possible, raise TypeError.")
    static PyObject coerce(PyObject[] args, String[] kw) {
        Args.unpack("coerce", args, kw, 2, 2);
        PyObject v = args[0], w = args[1];
        PyType tv = v.getType();
        if (tv == w.getType() && !newStyleNumber(tv)) {
            return PyTuple.of(v, w);
        }
        PyObject[] r = halfCoerce(v, w);
        if (r != null) {
            return PyTuple.of(r[0], r[1]);
        }
        r = halfCoerce(w, v);
        if (r != null) {
            return PyTuple.of(r[1], r[0]);
        }
        throw Py.TypeError("number coercion failed");
    }

    /** Types with Py_TPFLAGS_CHECKTYPES, for which coerce() does not take the same-type shortcut. */
    private static boolean newStyleNumber(PyType t) {
        if (t.isHeap()) {
            return true;
        }
        Class<?> c = t.getJavaClass();
        return PyInt.class.isAssignableFrom(c) || c == PyLong.class || c == PyFloat.class || c == PyComplex.class
                || c == PyStr.class || c == PyUnicode.class || c == PySet.class || c == PyFrozenSet.class
                || c == PyInstance.class;
    }

    /** {@code v.__coerce__(w)}: the pair, or null when v does not coerce w. */
    private static PyObject[] halfCoerce(PyObject v, PyObject w) {
        PyObject r;
        boolean newStyle = false;
        PyType t = v.getType();
        if (v instanceof PyInstance) {
            PyObject f = Ops.getattrOrNull(v, N.__coerce__);
            if (f == null) {
                return null;
            }
            r = Ops.call(f, w);
        } else if (t.isHeap()) {
            PyObject m = t.lookup(N.__coerce__);
            if (m == null) {
                return null;
            }
            if (m instanceof PyMethodDescr) {
                r = v.__coerce__(w);
            } else {
                r = Ops.callMethod(m, v, w);
                newStyle = true;
            }
        } else {
            r = v.__coerce__(w);
        }
        if (r == null || r == Py.NotImplemented || (r == Py.None && !newStyle)) {
            return null;
        }
        if (!(r instanceof PyTuple tu) || tu.size() != 2) {
            throw Py.TypeError(newStyle ? "__coerce__ didn't return a 2-tuple" : "coercion should return None or 2-tuple");
        }
        return new PyObject[] {tu.get(0), tu.get(1)};
    }
}
