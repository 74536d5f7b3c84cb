package taipan.serialization.marshal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import taipan.runtime.*;

/** Exact bytes of the number encodings, and what reading them gives back. */
class WriterReaderTest {
    private static byte[] bytes(int... b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = (byte) b[i];
        }
        return r;
    }

    private static PyObject load(byte[] data) {
        return new Reader(Source.of(data)).readTop();
    }

    @Test
    void intsUseFourBytesUpTo32BitsThenEight() {
        assertArrayEquals(bytes('i', 0xff, 0xff, 0xff, 0x7f), Writer.dump(PyInt.of(Integer.MAX_VALUE), 2));
        assertArrayEquals(bytes('i', 0, 0, 0, 0x80), Writer.dump(PyInt.of(Integer.MIN_VALUE), 2));
        assertArrayEquals(bytes('I', 0, 0, 0, 0x80, 0, 0, 0, 0), Writer.dump(PyInt.of(1L << 31), 2));
        assertEquals(1L << 40, ((PyInt) load(Writer.dump(PyInt.of(1L << 40), 2))).value);
    }

    @Test
    void longsAreSignedCountsOf15BitDigits() {
        BigInteger v = BigInteger.ONE.shiftLeft(100).negate();
        byte[] expected = bytes('l', 0xf9, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4);
        assertArrayEquals(expected, Writer.dump(PyLong.of(v), 2));
        assertEquals(v, ((PyLong) load(expected)).value);
        assertArrayEquals(bytes('l', 0, 0, 0, 0), Writer.dump(PyLong.of(0), 0));
    }

    @Test
    void shortIntDataReadsMissingBytesAsEof() {
        // CPython's getc-based reader ORs in -1 for each missing byte
        assertEquals(-65535L, ((PyInt) load(bytes('i', 1, 0))).value);
    }

    @Test
    void floatsAreTextBeforeVersion2() {
        assertArrayEquals("f\u00130.10000000000000001".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                Writer.dump(new PyFloat(0.1), 1));
        assertArrayEquals(bytes('g', 0x9a, 0x99, 0x99, 0x99, 0x99, 0x99, 0xb9, 0x3f), Writer.dump(new PyFloat(0.1), 2));
        assertEquals(0.1, ((PyFloat) load(Writer.dump(new PyFloat(0.1), 0))).value);
    }
}
