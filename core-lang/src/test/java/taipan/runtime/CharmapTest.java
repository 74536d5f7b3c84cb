package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Charmap}: decoding and encoding through mappings and encoding maps. */
class CharmapTest {
    @BeforeAll
    static void interp() {
        ThreadState.bind(new ThreadState(Interp.create()));
    }

    @Test
    void decodesThroughATableAndADict() {
        assertEquals("yx", Charmap.decode(new byte[] {1, 0}, 2, null, PyUnicode.of("xy"), null).toString());
        byte[] b = {'a', 'b'};
        PyDict d = new PyDict();
        d.setItem(PyInt.of('a'), PyUnicode.of("AA"));
        d.setItem(PyInt.of('b'), PyInt.of(0x263a));
        assertEquals("AA\u263a", Charmap.decode(b, 2, null, d, null).toString());
        PyException e = assertThrows(PyException.class, () -> Charmap.decode(new byte[] {'c'}, 1, null, d, null));
        assertEquals("UnicodeDecodeError: 'charmap' codec can't decode byte 0x63 in position 0: character maps to <undefined>",
                e.getMessage());
        assertEquals("AA\ufffd", Charmap.decode(new byte[] {'a', 'c'}, 2, "replace", d, null).toString());
    }

    @Test
    void encodesThroughAnEncodingMapWithTheLastByteWinning() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            table[i] = i < 128 ? i : 0xfffe;
        }
        table[0xfd] = 'a';
        PyObject map = Charmap.build(PyUnicode.fromCodePoints(table));
        byte[] r = Charmap.encode(PyUnicode.of("ab"), null, map);
        assertEquals(0xfd, r[0] & 0xff);
        assertEquals('b', r[1]);
        PyException e = assertThrows(PyException.class, () -> Charmap.encode(PyUnicode.of("\u00e9"), null, map));
        assertEquals("UnicodeEncodeError: 'charmap' codec can't encode character u'\\xe9' in position 0: character maps to <undefined>",
                e.getMessage());
        assertEquals("?", new String(Charmap.encode(PyUnicode.of("\u00e9"), "replace", map)));
    }

    @Test
    void buildWantsAFullTable() {
        PyException e = assertThrows(PyException.class, () -> Charmap.build(PyUnicode.of("abc")));
        assertEquals("TypeError: bad argument type for built-in operation", e.getMessage());
    }
}
