package taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The parts of the API the golden file does not show: incomplete input, flags, value types. */
class ApiTest {
    private static ParseError error(String src, String mode, int flags) {
        return assertThrows(ParseError.class,
                () -> Parser.parse(src.getBytes(StandardCharsets.ISO_8859_1), "<stdin>", mode, flags | Parser.STRING_INPUT));
    }

    @Test
    void incompleteInputIsFlagged() {
        for (String s : new String[] {"if 1:", "if 1:\n", "x = (1,", "x = (1,\n", "x = '''abc\n", "x = 1 + \\\n",
                                      "def f():\n  if 1:\n    pass", "for x in y:\n", "1 +", "@d\n"}) {
            assertTrue(error(s, "single", Parser.PyCF_DONT_IMPLY_DEDENT).incomplete(), s);
        }
        for (String s : new String[] {"x = )", "x = 'abc\n", "if 1:\npass\n", "  x\n", "1 2\n"}) {
            assertFalse(error(s, "single", 0).incomplete(), s);
        }
        // codeop: a block is complete only after an empty line
        assertTrue(error("if 1:\n  pass", "single", Parser.PyCF_DONT_IMPLY_DEDENT).incomplete());
        Parser.parse("if 1:\n  pass\n".getBytes(StandardCharsets.US_ASCII), "<stdin>", "single",
                     Parser.PyCF_DONT_IMPLY_DEDENT | Parser.STRING_INPUT);
    }

    @Test
    void futureFlags() {
        ParseResult r = Parser.parse("'''doc'''\nfrom __future__ import division, print_function\nprint(1, end='')\n"
                                     .getBytes(StandardCharsets.US_ASCII), "m.py", "exec", 0);
        assertEquals(Parser.CO_FUTURE_DIVISION | Parser.CO_FUTURE_PRINT_FUNCTION, r.futureFlags());
        r = Parser.parse("x = 1\n".getBytes(StandardCharsets.US_ASCII), "m.py", "exec", Parser.CO_FUTURE_DIVISION);
        assertEquals(Parser.CO_FUTURE_DIVISION, r.futureFlags());
        ParseError e = error("from __future__ import braces\n", "exec", 0);
        assertEquals("not a chance", e.msg());
        assertNull(e.offset());
        assertTrue(e.textFromFile());
    }

    @Test
    void literalValues() {
        Ast.Module m = (Ast.Module) Parser.parse("x = 'caf\u00e9'\ny = u'caf\u00e9'\nz = 1L\nw = 2.5\nv = 3j\nu = 7\n",
                                                 "<s>", "exec", 0).tree();
        assertEquals("caf\u00c3\u00a9", str(m, 0).value());     // the UTF-8 bytes, as compile(u'...') gives
        assertFalse(str(m, 0).unicode());
        assertEquals("caf\u00e9", str(m, 1).value());
        assertTrue(str(m, 1).unicode());
        assertEquals(java.math.BigInteger.ONE, num(m, 2));
        assertEquals(2.5, num(m, 3));
        assertEquals(new Ast.Imag(3.0), num(m, 4));
        assertEquals(7L, num(m, 5));
        ParseError e = assertThrows(ParseError.class, () -> Parser.parse("# coding: latin-1\n", "<s>", "exec", 0));
        assertEquals("encoding declaration in Unicode string", e.msg());
    }

    @Test
    void nonAsciiFileNeedsDeclaration() {
        ParseError e = assertThrows(ParseError.class,
                () -> Parser.parse("x = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1), "t.py", "exec", 0));
        assertEquals("Non-ASCII character '\\xe9' in file t.py on line 1, but no encoding declared; "
                     + "see http://python.org/dev/peps/pep-0263/ for details", e.msg());
        Parser.parse("x = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1), "t.py", "exec", Parser.STRING_INPUT);
    }

    @Test
    void absurdNestingIsAMemoryError() {
        ParseError e = error("x = " + "(".repeat(200) + ")".repeat(200) + "\n", "exec", 0);
        assertEquals(ParseError.Kind.MEMORY_ERROR, e.kind());
        assertEquals(ParseError.Kind.INDENTATION_ERROR, error("if 1:\n  a\n b\n", "exec", 0).kind());
    }

    private static Ast.Str str(Ast.Module m, int i) {
        return (Ast.Str) ((Ast.Assign) m.body().get(i)).value();
    }

    private static Object num(Ast.Module m, int i) {
        return ((Ast.Num) ((Ast.Assign) m.body().get(i)).value()).value();
    }
}
