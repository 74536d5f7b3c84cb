package taipan.encoding.struct;

import java.math.BigInteger;

import taipan.runtime.*;

/** Packs values into bytes and unpacks them, item by item, as a {@link Format} says. */
final class Codec {
    private Codec() {}

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    // ---- packing ----------------------------------------------------------------------------

    /** Packs {@code values[from..]} (exactly {@code f.length} of them) into {@code buf} at {@code base}. */
    static void pack(Format f, byte[] buf, int base, PyObject[] values, int from) {
        boolean big = f.layout.bigEndian;
        int v = from;
        for (Format.Item it : f.items) {
            int pos = base + (int) it.offset();
            char c = it.code();
            if (c == 'x') {
                continue; // pad bytes stay zero: the caller packs into a zero-filled array
            }
            if (it.isString()) {
                packString(it, buf, pos, values[v++]);
                continue;
            }
            for (long k = 0; k < it.count(); k++, pos += it.size()) {
                PyObject x = values[v++];
                switch (c) {
                    case 'c':
                        if (!(x instanceof PyStr s) || s.size() != 1) {
                            throw StructModule.error("char format require string of length 1");
                        }
                        buf[pos] = (byte) s.byteAt(0);
                        break;
                    case '?':
                        buf[pos] = (byte) (Ops.isTrue(x) ? 1 : 0);
                        break;
                    case 'f':
                        put(buf, pos, 4, big, Float.floatToRawIntBits(toFloat(x, f.layout.nativeSizes)));
                        break;
                    case 'd':
                        put(buf, pos, 8, big, Double.doubleToRawLongBits(toDouble(x)));
                        break;
                    case 'P':
                        put(buf, pos, 8, big, toPointer(x));
                        break;
                    default:
                        put(buf, pos, it.size(), big, toIntegerBits(x, c, f.layout));
                }
            }
        }
    }

    private static void packString(Format.Item it, byte[] buf, int pos, PyObject x) {
        if (!(x instanceof PyStr s)) {
            throw StructModule.error("argument for '" + it.code() + "' must be a string");
        }
        int count = (int) it.count();
        byte[] b = s.bytes();
        if (it.code() == 's') {
            System.arraycopy(b, 0, buf, pos, Math.min(b.length, count));
            return;
        }
        if (count == 0) {
            return;
        }
        // 'p': a length byte (at most 255) then at most count-1 bytes
        int n = Math.min(b.length, count - 1);
        System.arraycopy(b, 0, buf, pos + 1, n);
        buf[pos] = (byte) Math.min(n, 255);
    }

    private static void put(byte[] buf, int pos, int size, boolean big, long bits) {
        for (int i = 0; i < size; i++) {
            buf[big ? pos + size - 1 - i : pos + i] = (byte) (bits >>> (8 * i));
        }
    }

    /** A value for an integer code as 2.7 converts it: __index__, then __int__ with a DeprecationWarning. */
    static PyObject toInteger(PyObject x, char code) {
        if (x instanceof PyInt || x instanceof PyLong) {
            return x;
        }
        try {
            return Ops.index(x);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TypeError)) {
                throw e;
            }
        }
        boolean hasInt = x instanceof PyInstance ? Ops.getattrOrNull(x, "__int__") != null
                : x.getType().lookup(PyStr.intern("__int__")) != null;
        if (!hasInt) {
            throw StructModule.error("cannot convert argument to integer");
        }
        Warnings.warn(Exceptions.DeprecationWarning, x instanceof PyFloat
                ? "integer argument expected, got float"
                : "integer argument expected, got non-integer (implicit conversion using __int__ is deprecated)", 1);
        PyObject r;
        try {
            r = Ops.intOrNull(x);
        } catch (PyException e) {
            if (e.matches(Exceptions.OverflowError)) {
                throw outOfRange(code);
            }
            throw e;
        }
        if (r == null) {
            throw StructModule.error("cannot convert argument to integer");
        }
        if (!(r instanceof PyInt || r instanceof PyLong)) {
            throw Py.TypeError("__int__ method returned non-integer");
        }
        return r;
    }

    private static BigInteger big(PyObject i) {
        return i instanceof PyInt n ? BigInteger.valueOf(n.value) : ((PyLong) i).value;
    }

    private static PyException outOfRange(char code) {
        return StructModule.error("integer out of range for '" + code + "' format code");
    }

    /** The two's-complement bits of an integer code's value, after 2.7's range checks. */
    private static long toIntegerBits(PyObject x, char code, Layout layout) {
        BigInteger v = big(toInteger(x, code));
        boolean unsignedLong = code == 'I' || code == 'L' || code == 'Q' || (code == 'H' && layout.bigEndian);
        if (unsignedLong) {
            if (v.signum() < 0 || v.compareTo(ULONG_MAX) > 0) {
                throw outOfRange(code);
            }
        } else if (v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0) {
            throw outOfRange(code);
        }
        long n = v.longValue();
        switch (code) {
            case 'b':
                check(n >= -128 && n <= 127, "byte format requires -128 <= number <= 127");
                break;
            case 'B':
                check(n >= 0 && n <= 255, "ubyte format requires 0 <= number <= 255");
                break;
            case 'h':
                check(n >= -32768 && n <= 32767, layout.bigEndian
                        ? "'h' format requires -32768 <= number <= 32767"
                        : "short format requires SHRT_MIN <= number <= SHRT_MAX");
                break;
            case 'H':
                check(layout.bigEndian ? Long.compareUnsigned(n, 65535) <= 0 : n >= 0 && n <= 65535,
                        layout.bigEndian ? "'H' format requires 0 <= number <= 65535"
                                : "ushort format requires 0 <= number <= USHRT_MAX");
                break;
            case 'i': case 'l':
                if (code == 'i' || !layout.nativeSizes) {
                    check(n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE,
                            "'" + code + "' format requires -2147483648 <= number <= 2147483647");
                }
                break;
            case 'I': case 'L':
                if (code == 'I' || !layout.nativeSizes) {
                    check(Long.compareUnsigned(n, 0xffffffffL) <= 0,
                            "'" + code + "' format requires 0 <= number <= 4294967295");
                }
                break;
            default:
                break;
        }
        return n;
    }

    private static void check(boolean ok, String msg) {
        if (!ok) {
            throw StructModule.error(msg);
        }
    }

    /** 'P': a C void pointer, converted as PyLong_AsVoidPtr does. */
    private static long toPointer(PyObject x) {
        BigInteger v = big(toInteger(x, 'P'));
        if (v.compareTo(ULONG_MAX) > 0) {
            throw Py.OverflowError("long int too large to convert");
        }
        if (v.compareTo(LONG_MIN) < 0) {
            throw Py.OverflowError("Python int too large to convert to C long");
        }
        return v.longValue();
    }

    static double toDouble(PyObject x) {
        double d;
        try {
            d = Py.asDoubleArg(x);
        } catch (PyException e) {
            throw StructModule.error("required argument is not a float");
        }
        if (x instanceof PyLong && Double.isInfinite(d)) {
            throw StructModule.error("required argument is not a float");
        }
        return d;
    }

    /** 'f': native packing just narrows; the standard sizes refuse what overflows a float. */
    private static float toFloat(PyObject x, boolean nativeSizes) {
        double d = toDouble(x);
        float r = (float) d;
        if (!nativeSizes && Float.isInfinite(r) && !Double.isInfinite(d)) {
            throw Py.OverflowError("float too large to pack with f format");
        }
        return r;
    }

    // ---- unpacking --------------------------------------------------------------------------

    /** Unpacks {@code f.size} bytes of {@code buf} from {@code base}. */
    static PyObject[] unpack(Format f, byte[] buf, int base) {
        PyObject[] out = new PyObject[f.length];
        boolean big = f.layout.bigEndian;
        int v = 0;
        for (Format.Item it : f.items) {
            int pos = base + (int) it.offset();
            char c = it.code();
            if (c == 'x') {
                continue;
            }
            if (c == 's') {
                out[v++] = PyStr.of(buf, pos, pos + (int) it.count());
                continue;
            }
            if (c == 'p') {
                if (it.count() == 0) {
                    throw Py.SystemError("Negative size passed to PyString_FromStringAndSize");
                }
                int n = Math.min(buf[pos] & 0xff, (int) it.count() - 1);
                out[v++] = PyStr.of(buf, pos + 1, pos + 1 + n);
                continue;
            }
            for (long k = 0; k < it.count(); k++, pos += it.size()) {
                out[v++] = unpackOne(c, buf, pos, it.size(), big);
            }
        }
        return out;
    }

    private static PyObject unpackOne(char c, byte[] buf, int pos, int size, boolean big) {
        switch (c) {
            case 'c':
                return PyStr.ofChar(buf[pos] & 0xff);
            case '?':
                return Py.bool(buf[pos] != 0);
            case 'f':
                return new PyFloat(Float.intBitsToFloat((int) get(buf, pos, 4, big)));
            case 'd':
                return new PyFloat(Double.longBitsToDouble(get(buf, pos, 8, big)));
            case 'b': case 'h': case 'i': case 'l': case 'q': {
                long n = get(buf, pos, size, big);
                int shift = 64 - 8 * size;
                return PyInt.of(n << shift >> shift);
            }
            default: { // unsigned
                long n = get(buf, pos, size, big);
                if (n >= 0) {
                    return PyInt.of(n);
                }
                return PyLong.of(new BigInteger(Long.toUnsignedString(n)));
            }
        }
    }

    private static long get(byte[] buf, int pos, int size, boolean big) {
        long r = 0;
        for (int i = 0; i < size; i++) {
            r |= (buf[big ? pos + size - 1 - i : pos + i] & 0xffL) << (8 * i);
        }
        return r;
    }
}
