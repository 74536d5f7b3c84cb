package taipan.encoding.array;

import java.math.BigInteger;

import taipan.runtime.*;

/**
 * The item types of array.array: size, conversion of a Python value into little-endian
 * bytes (with 2.7's range checks and messages) and back. Sizes are x86_64 Linux's: 'l' and
 * 'L' are 8 bytes, 'u' is UCS-4.
 */
enum ArrayKind {
    CHAR('c', 1), BYTE('b', 1), UBYTE('B', 1), UNICODE('u', 4), SHORT('h', 2), USHORT('H', 2),
    INT('i', 4), UINT('I', 4), LONG('l', 8), ULONG('L', 8), FLOAT('f', 4), DOUBLE('d', 8);

    final char code;
    final int size;

    ArrayKind(char code, int size) {
        this.code = code;
        this.size = size;
    }

    static ArrayKind of(char c) {
        for (ArrayKind k : values()) {
            if (k.code == c) {
                return k;
            }
        }
        return null;
    }

    private static long load(byte[] d, int off, int size) {
        long r = 0;
        for (int i = 0; i < size; i++) {
            r |= (d[off + i] & 0xffL) << (8 * i);
        }
        return r;
    }

    private static void store(byte[] d, int off, int size, long v) {
        for (int i = 0; i < size; i++) {
            d[off + i] = (byte) (v >>> (8 * i));
        }
    }

    PyObject get(byte[] d, int off) {
        switch (this) {
            case CHAR: return PyStr.ofChar(d[off] & 0xff);
            case BYTE: return PyInt.of((long) d[off]);
            case UBYTE: return PyInt.of(d[off] & 0xffL);
            case UNICODE: return PyUnicode.ofCodePoint((int) load(d, off, 4));
            case SHORT: return PyInt.of((long) (short) load(d, off, 2));
            case USHORT: return PyInt.of(load(d, off, 2));
            case INT: return PyInt.of((long) (int) load(d, off, 4));
            case UINT: return PyLong.of(BigInteger.valueOf(load(d, off, 4)));
            case LONG: return PyInt.of(load(d, off, 8));
            case ULONG: return PyLong.of(new BigInteger(Long.toUnsignedString(load(d, off, 8))));
            case FLOAT: return new PyFloat(Float.intBitsToFloat((int) load(d, off, 4)));
            default: return new PyFloat(Double.longBitsToDouble(load(d, off, 8)));
        }
    }

    /** Converts v (raising 2.7's errors) and stores it at d[off]. */
    void set(byte[] d, int off, PyObject v) {
        switch (this) {
            case CHAR:
                if (!(v instanceof PyStr s) || s.size() != 1) {
                    throw Py.TypeError("array item must be char");
                }
                d[off] = (byte) s.byteAt(0);
                return;
            case UNICODE:
                if (!(v instanceof PyUnicode u) || u.length() != 1) {
                    throw Py.TypeError("array item must be unicode character");
                }
                store(d, off, 4, u.codePointAt(0));
                return;
            case FLOAT:
                store(d, off, 4, Float.floatToRawIntBits((float) Py.asDoubleArg(v)));
                return;
            case DOUBLE:
                store(d, off, 8, Double.doubleToRawLongBits(Py.asDoubleArg(v)));
                return;
            case UINT:
            case ULONG:
                store(d, off, size, unsigned(v));
                return;
            default:
                store(d, off, size, signed(v));
        }
    }

    private long signed(PyObject v) {
        long x = Py.asLongArg(v);
        switch (this) {
            case BYTE: return range(x, -128, 127, "signed char");
            case UBYTE: return range(x, 0, 255, "unsigned byte integer");
            case SHORT: return range(x, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
            case USHORT: return range(x, 0, 65535, "unsigned short");
            case INT: return range(x, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            default: return x;
        }
    }

    private static long range(long x, long min, long max, String what) {
        if (x < min) {
            throw Py.OverflowError(what + " is less than minimum");
        }
        if (x > max) {
            throw Py.OverflowError(what + " is greater than maximum");
        }
        return x;
    }

    /** 'I' and 'L': longs through PyLong_AsUnsignedLong, other integers through 'l'. */
    private long unsigned(PyObject v) {
        String what = this == UINT ? "unsigned int" : "unsigned long";
        if (v instanceof PyLong l) {
            BigInteger b = l.value;
            if (b.signum() < 0) {
                throw Py.OverflowError("can't convert negative value to unsigned long");
            }
            if (b.bitLength() > 64) {
                throw Py.OverflowError("long int too large to convert");
            }
            long x = b.longValue();
            if (this == UINT && Long.compareUnsigned(x, 0xffffffffL) > 0) {
                throw Py.OverflowError(what + " is greater than maximum");
            }
            return x;
        }
        long x = Py.asLongArg(v);
        if (x < 0) {
            throw Py.OverflowError(what + " is less than minimum");
        }
        if (this == UINT && x > 0xffffffffL) {
            throw Py.OverflowError(what + " is greater than maximum");
        }
        return x;
    }
}
