package taipan.os.posix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import taipan.runtime.*;

/** File name arguments: bytes kept exactly, unicode in UTF-8, 2.7's errors. */
class PathArgTest {
    @Test
    void strKeepsItsBytesAndGetsATerminator() {
        byte[] b = PathArg.of(PyStr.of(new byte[] {'a', (byte) 0xff, 'b'}), "stat");
        assertArrayEquals(new byte[] {'a', (byte) 0xff, 'b', 0}, b);
    }

    @Test
    void unicodeIsUtf8() {
        assertArrayEquals(new byte[] {(byte) 0xc3, (byte) 0xa9, 0}, PathArg.of(PyUnicode.of("\u00e9"), "stat"));
    }

    @Test
    void nulBytesAndWrongTypesAreTypeErrors() {
        PyException e = assertThrows(PyException.class, () -> PathArg.of(PyStr.of("a\0b"), "stat"));
        assertTrue(e.matches(Exceptions.TypeError));
        e = assertThrows(PyException.class, () -> PathArg.of(PyInt.of(1), "stat"));
        assertTrue(e.matches(Exceptions.TypeError));
    }

    @Test
    void namesReadBackAsUnicodeOnlyWhenTheyDecode() {
        assertEquals(PyUnicode.of("\u00e9"), PathArg.result(new byte[] {(byte) 0xc3, (byte) 0xa9}, true));
        assertTrue(PathArg.result(new byte[] {(byte) 0xff}, true) instanceof PyStr);
        assertTrue(PathArg.result(new byte[] {'x'}, false) instanceof PyStr);
    }
}
