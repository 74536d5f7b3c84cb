package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Java-side API of str, unicode, formatting and bytearray that other areas call. */
class StringsApiTest {
    @BeforeAll
    static void init() {
        Interp.create();
    }

    @Test
    void strBasics() {
        PyStr s = PyStr.of("abc");
        assertEquals("abc", s.toString());
        assertEquals(3, s.size());
        assertSame(PyStr.intern("name"), PyStr.intern(PyStr.of("name")));
        assertEquals(PyStr.of(new byte[] {'a', 'b', 'c'}), s);
        assertEquals(s.hashCode(), PyStr.of("abc").hashCode());
        assertEquals(1453079729188098211L, s.__hash__());
        assertEquals(0, PyStr.EMPTY.__hash__());
        // chars above U+00FF are written as UTF-8
        assertArrayEquals(new byte[] {(byte) 0xe2, (byte) 0x82, (byte) 0xac}, PyStr.of("\u20ac").toBytes());
        assertSame(PyStr.ofChar('x'), PyStr.of("x"));
        assertTrue(s.startsWith(PyStr.of("ab")));
        assertTrue(s.endsWith(PyStr.of("bc")));
        assertEquals("a,b", PyStr.join(PyStr.of(","), java.util.List.of(PyStr.of("a"), PyStr.of("b"))).toString());
    }

    @Test
    void unicodeCodePoints() {
        PyUnicode u = PyUnicode.of("a\uD83D\uDE00b");
        assertEquals(3, u.length());
        assertEquals(0x1f600, u.codePointAt(1));
        assertEquals("a\uD83D\uDE00b", u.toString());
        assertEquals(3, u.charOffset(2));
        assertEquals("\uD83D\uDE00", u.substring(1, 2).toString());
        // lone surrogates stay separate code points when built from code points
        PyUnicode pair = PyUnicode.fromCodePoints(new int[] {0xd83d, 0xde00});
        assertEquals(2, pair.length());
        assertNotEquals(pair, PyUnicode.ofCodePoint(0x1f600));
        assertEquals(PyStr.of("abc").__hash__(), PyUnicode.of("abc").__hash__());
        assertSame(PyUnicode.EMPTY, PyUnicode.of(""));
    }

    @Test
    void defaultCodec() {
        assertEquals("abc", PyUnicode.fromStrDefault(PyStr.of("abc")).toString());
        PyException e = assertThrows(PyException.class, () -> PyUnicode.fromStrDefault(PyStr.of("\u00e9")));
        assertEquals("UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)",
                e.getMessage());
        e = assertThrows(PyException.class, () -> PyStr.fromUnicodeDefault(PyUnicode.of("a\u20ac")));
        assertEquals("UnicodeEncodeError: 'ascii' codec can't encode character u'\\u20ac' in position 1: ordinal not in range(128)",
                e.getMessage());
    }

    @Test
    void codecsEntryPoints() {
        assertEquals("caf\u00c3\u00a9", Codecs.encode(PyUnicode.of("caf\u00e9"), "utf-8", null).toString());
        assertEquals("caf\u00e9", Codecs.decode(PyStr.of("caf\u00c3\u00a9"), "utf8", "strict").toString());
        byte[] b = {(byte) 0xff, 'a'};
        assertEquals("\ufffda", Codecs.decode(b, 2, "utf-8", "replace").toString());
        assertEquals("\u00ffa", Codecs.fromEncodedObject(PyStr.of(new byte[] {(byte) 0xff, 'a'}), "latin-1", null).toString());
    }

    @Test
    void formatting() {
        assertEquals("x=5 'q'", StringFormatter.format(PyStr.of("%s=%d %r"),
                PyTuple.of(PyStr.of("x"), PyInt.of(5), PyStr.of("q"))).toString());
        assertEquals("3.14", StringFormatter.floatDigits(3.14159, 'f', 2, false));
        assertEquals("2.5e+00", StringFormatter.floatDigits(2.5, 'e', 1, false));
        assertEquals("1e+16", StringFormatter.floatDigits(1e16, 'g', 6, false));
        assertEquals("-inf", StringFormatter.floatDigits(Double.NEGATIVE_INFINITY, 'f', 6, false));
        FormatSpec f = FormatSpec.parse("*^+#010,.3f", 0, '>');
        assertEquals('*', f.fill);
        assertEquals('^', f.align);
        assertEquals('+', f.sign);
        assertTrue(f.alternate && f.thousands);
        assertEquals(10, f.width);
        assertEquals(3, f.precision);
        assertEquals('f', f.type);
        assertEquals(3, f.leftPad(4));
    }

    @Test
    void byteArray() {
        PyByteArray b = new PyByteArray(new byte[] {'a', 'b'});
        b.append_(PyInt.of('c'));
        assertArrayEquals(new byte[] {'a', 'b', 'c'}, b.toBytes());
        assertEquals(3, b.size());
        assertEquals("bytearray(b'abc')", b.__repr__().toString());
        assertThrows(PyException.class, () -> b.append_(PyInt.of(256)));
    }

    @Test
    void concurrentByteArrayAppends() throws InterruptedException {
        PyByteArray b = new PyByteArray();
        Thread[] ts = new Thread[4];
        for (int k = 0; k < ts.length; k++) {
            ts[k] = new Thread(() -> {
                for (int i = 0; i < 10000; i++) {
                    b.append_(PyInt.of('x'));
                    if (i % 100 == 0) {
                        b.__getitem__(new PySlice(Py.None, Py.None, PyInt.of(-1)));
                        b.upper();
                    }
                }
            });
            ts[k].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(40000, b.size());
    }
}
