package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Java API of {@link Codecs}: custom error handlers, registered codecs, stateful decoders. */
class CodecsTest {
    static final List<String> calls = new ArrayList<>();

    @BeforeAll
    static void handlers() {
        Interp.create();
        // like: def h1(e): return (u'<%d>' % e.start, e.end)
        Codecs.registerError("test.h1", new PyBuiltinFunction("h1", (self, a, k) -> {
            PyUnicodeError e = (PyUnicodeError) a[0];
            calls.add(e.getType().getName() + " " + e.start + " " + e.end);
            return PyTuple.of(PyUnicode.of("<" + e.start + ">"), e.end);
        }));
        Codecs.registerError("test.big", new PyBuiltinFunction("big", (self, a, k) -> PyTuple.of(PyUnicode.of("B"), PyInt.of(100))));
        Codecs.registerError("test.bad", new PyBuiltinFunction("bad", (self, a, k) -> PyStr.of("x")));
        Codecs.registerError("test.nonascii", new PyBuiltinFunction("nonascii",
                (self, a, k) -> PyTuple.of(PyUnicode.of("\u00e9"), ((PyUnicodeError) a[0]).end)));
        Codecs.registerError("test.back", new PyBuiltinFunction("back",
                (self, a, k) -> PyTuple.of(PyUnicode.of("*"), PyInt.of(-1))));
    }

    private static PyUnicode u(String s) {
        return PyUnicode.of(s);
    }

    private static String str(PyObject o) {
        return o.toString();
    }

    private static PyException error(Runnable r) {
        return assertThrows(PyException.class, r::run);
    }

    @Test
    void customHandlerEncode() {
        calls.clear();
        PyStr r = Codecs.encode(u("a\u20ac\uD83D\uDE00b\u0100"), "ascii", "test.h1");
        assertEquals("a<1>b<4>", str(r));
        assertEquals(List.of("UnicodeEncodeError 1 3", "UnicodeEncodeError 4 5"), calls);
        calls.clear();
        assertEquals("a\u0080<2>b<4>", str(Codecs.encode(u("a\u20ac\uD83D\uDE00b\u0100"), "cp1252", "test.h1")));
        assertEquals(List.of("UnicodeEncodeError 2 3", "UnicodeEncodeError 4 5"), calls);
    }

    @Test
    void customHandlerDecode() {
        calls.clear();
        PyStr in = PyStr.of(new byte[] {'a', (byte) 0xff, (byte) 0x81, 'b', (byte) 0xc3});
        assertEquals("a<1><2>b<4>", str(Codecs.decode(in, "ascii", "test.h1")));
        assertEquals("a<1><2>b<4>", str(Codecs.decode(in, "utf-8", "test.h1")));
        calls.clear();
        assertEquals("a\u00ff<2>b\u00c3", str(Codecs.decode(in, "cp1252", "test.h1")));
        assertEquals(List.of("UnicodeDecodeError 2 3"), calls);
    }

    @Test
    void handlerResultChecks() {
        PyException e = error(() -> Codecs.encode(u("a\u20ac"), "ascii", "test.big"));
        assertEquals("IndexError: position 100 from error handler out of bounds", e.getMessage());
        e = error(() -> Codecs.encode(u("a\u20ac"), "ascii", "test.bad"));
        assertEquals("TypeError: encoding error handler must return (unicode, int) tuple", e.getMessage());
        e = error(() -> Codecs.decode(PyStr.of("a\u00ff"), "ascii", "test.bad"));
        assertEquals("TypeError: decoding error handler must return (unicode, int) tuple", e.getMessage());
        e = error(() -> Codecs.encode(u("a\u20acb"), "ascii", "test.nonascii"));
        assertEquals("UnicodeEncodeError: 'ascii' codec can't encode character u'\\u20ac' in position 1: ordinal not in range(128)",
                e.getMessage());
        assertEquals("a\u00e9b", str(Codecs.decode(PyStr.of("a\u00ffb"), "ascii", "test.nonascii")));
        e = error(() -> Codecs.encode(u("\u20ac"), "ascii", "no.such.handler"));
        assertEquals("LookupError: unknown error handler name 'no.such.handler'", e.getMessage());
        // a handler may move backwards (negative positions count from the end)
        assertEquals("*a", str(Codecs.encode(u("\u20aca"), "latin-1", "test.back")));
    }

    @Test
    void builtinHandlersAsCallables() {
        PyObject exc = Codecs.encodeErrorObject("ascii", u("a\u20ac\u00e9z"), 1, 3, "ordinal not in range(128)");
        assertEquals("(u'&#8364;&#233;', 3)", Ops.repr(Ops.call(Codecs.lookupError("xmlcharrefreplace"), exc)).toString());
        assertEquals("(u'\\\\u20ac\\\\xe9', 3)", Ops.repr(Ops.call(Codecs.lookupError("backslashreplace"), exc)).toString());
        assertEquals("(u'??', 3)", Ops.repr(Ops.call(Codecs.lookupError("replace"), exc)).toString());
        assertEquals("(u'', 3)", Ops.repr(Ops.call(Codecs.lookupError("ignore"), exc)).toString());
        PyException e = error(() -> Ops.call(Codecs.lookupError("strict"), exc));
        assertTrue(e.matches(Exceptions.UnicodeEncodeError));
        PyObject dexc = Codecs.decodeErrorObject("ascii", PyStr.of("a\u00ff"), 1, 2, "ordinal not in range(128)");
        assertEquals("(u'\\ufffd', 2)", Ops.repr(Ops.call(Codecs.lookupError("replace"), dexc)).toString());
        e = error(() -> Ops.call(Codecs.lookupError("xmlcharrefreplace"), dexc));
        assertEquals("TypeError: don't know how to handle UnicodeDecodeError in error callback", e.getMessage());
        e = error(() -> Ops.call(Codecs.lookupError("strict"), PyInt.of(1)));
        assertEquals("TypeError: codec must pass exception instance", e.getMessage());
    }

    @Test
    void registeredJavaCodec() {
        Codecs.registerCodec("Test-Rot13", new Codecs.Codec() {
            @Override public String name() { return "test-rot13"; }
            @Override public PyObject encode(PyObject input, String errors) { return rot(input); }
            @Override public PyObject decode(PyObject input, String errors) { return rot(input); }
            private PyObject rot(PyObject in) {
                byte[] b = ((PyStr) in).toBytes();
                for (int i = 0; i < b.length; i++) {
                    int c = b[i];
                    if (c >= 'a' && c <= 'z') {
                        b[i] = (byte) ('a' + (c - 'a' + 13) % 26);
                    }
                }
                return PyStr.of(b);
            }
        });
        assertEquals("nop", str(Codecs.encodeObject(PyStr.of("abc"), "test rot13", null)));
        assertEquals("abc", str(Codecs.decodeObject(PyStr.of("nop"), "TEST_ROT13", null)));
        PyException e = error(() -> Codecs.decode(PyStr.of("abc"), "test-rot13", null));
        assertEquals("TypeError: decoder did not return an unicode object (type=str)", e.getMessage());
    }

    @Test
    void pythonSearchFunction() {
        PyObject enc = new PyBuiltinFunction("enc", (s, a, k) -> PyTuple.of(PyStr.of("ENC"), PyInt.of(1)));
        PyObject dec = new PyBuiltinFunction("dec", (s, a, k) -> PyTuple.of(PyUnicode.of("DEC"), PyInt.of(1)));
        List<String> seen = new ArrayList<>();
        Codecs.register(new PyBuiltinFunction("search", (s, a, k) -> {
            seen.add(a[0].toString());
            return a[0].toString().equals("my-codec") ? PyTuple.of(enc, dec, Py.None, Py.None) : Py.None;
        }));
        assertEquals("ENC", str(Codecs.encode(u("x"), "My Codec", null)));
        assertEquals("DEC", str(Codecs.decode(PyStr.of("x"), "my-codec", null)));
        assertEquals("my-codec", seen.get(0));
        PyException e = error(() -> Codecs.lookup("no-such-thing"));
        assertEquals("LookupError: unknown encoding: no-such-thing", e.getMessage());
    }

    @Test
    void statefulDecoders() {
        byte[] b = {'a', (byte) 0xc3, (byte) 0xa9, (byte) 0xe2, (byte) 0x82};
        Codecs.Decoded d = Codecs.decodeUtf8(b, b.length, "strict", false, null);
        assertEquals("a\u00e9", d.text().toString());
        assertEquals(3, d.consumed());
        int[] bo = {0};
        byte[] u16 = {(byte) 0xfe, (byte) 0xff, 0, 'a', (byte) 0xd8};
        d = Codecs.decodeUtf16(u16, u16.length, "strict", bo, false, null);
        assertEquals("a", d.text().toString());
        assertEquals(4, d.consumed());
        assertEquals(1, bo[0]);
        byte[] u7 = "a+AGEA".getBytes();
        d = Codecs.decodeUtf7(u7, u7.length, "strict", false, null);
        assertEquals("a", d.text().toString());
        assertEquals(1, d.consumed());
    }

    @Test
    void normalisation() {
        assertEquals("utf_8", Codecs.normalize("UTF-8"));
        assertEquals("iso8859.1", Codecs.normalize("ISO8859.1"));
        assertEquals("latin_1", Codecs.normalize("  latin--1 "));
        assertEquals("utf-8", Codecs.lookup("U8").name());
        assertEquals("iso8859-1", Codecs.lookup("l1").name());
        assertEquals("cp1252", Codecs.lookup("windows-1252").name());
        assertSame(Codecs.lookup("utf8"), Codecs.lookup("UTF8"));
    }
}
