package taipan.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Engine properties the differential test does not reach: robustness and scale. */
class SreEngineTest {

    static Program compile(String pattern, int flags) {
        return Compiled.compile(pattern.codePoints().toArray(), false, flags).program;
    }

    static Engine bytes(Program p, String s) {
        return Engine.forBytes(p, s.getBytes(StandardCharsets.ISO_8859_1), 0, Long.MAX_VALUE);
    }

    @Test
    void deepBacktrackingUsesNoJavaStack() {
        // 200000 nested repeat iterations and branch points: recursion would overflow
        String s = "ab".repeat(100_000) + "c";
        Engine e = bytes(compile("(?:a|b)*c", 0), s);
        assertTrue(e.match());
        assertEquals(s.length(), e.ptr);
        e = bytes(compile("(x)*?y", 0), "x".repeat(200_000) + "y");
        assertTrue(e.match());
        assertEquals(200_001, e.ptr);
        e = bytes(compile("(?:(a)|(b))*$", 0), "ab".repeat(100_000));
        assertTrue(e.match());
        assertEquals(2 * 99_999 + 1, e.mark[2]);
    }

    @Test
    void zeroWidthRepeatsTerminate() {
        for (String p : new String[] {"(?:a?)*y", "(?:a?)+y", "(?:a?){2,}y", "(?:a?)*?y", "(?:a?)+?y", "(?:a?){2,}?y", "(?:)*x", "(?:$)*x"}) {
            assertFalse(bytes(compile(p, 0), "z").match(), p);
            assertFalse(bytes(compile(p, 0), "zzzz").search(), p);
        }
    }

    @Test
    void searchSkippingKeepsTheFirstMatch() {
        Program p = compile("(\\d+)\\.(\\d+)", 0);
        Engine e = bytes(p, "1234 56789 12.5");
        assertTrue(e.search());
        assertEquals(11, e.start);
        assertEquals(15, e.ptr);
        // a bounded leading repeat does not allow skipping past its maximum
        e = bytes(compile("\\d{1,2}x", 0), "1234x");
        assertTrue(e.search());
        assertEquals(2, e.start);
    }

    @Test
    void scannerPastTheEndReadsNothing() {
        Program p = compile("(?m)^|\\b", 0);
        Engine e = bytes(p, "ab");
        e.start = 5; // a scanner can move beyond the end
        e.ptr = 5;
        assertFalse(e.search());
        e.start = 4;
        e.ptr = 4;
        e.match();
    }

    @Test
    void localeFlagFollowsTheCtypeLocale() {
        try {
            SreLocale.setCtype("en_US.iso88591");
            assertTrue(bytes(compile("\u00c5", Sre.FLAG_LOCALE | Sre.FLAG_IGNORECASE), "\u00e5").match());
            assertTrue(bytes(compile("(?iL)\u00e5", 0), "\u00c5").match());
            assertTrue(bytes(compile("(?L)\\w+", 0), "\u00e9t\u00e9").match());
            SreLocale.setCtype("en_US.utf8");
            assertFalse(bytes(compile("\u00c5", Sre.FLAG_LOCALE | Sre.FLAG_IGNORECASE), "\u00e5").match());
            assertTrue(bytes(compile("(?iL)\u00c5\u00e5", 0), "\u00c5\u00e5").match());
            assertFalse(bytes(compile("(?L)\\w", 0), "\u00e9").match());
        } finally {
            SreLocale.setCtype("C");
        }
    }

    @Test
    void groupNumbersAreLimited() {
        String ok = "()".repeat(99);
        assertEquals(99, Compiled.compile(ok.codePoints().toArray(), false, 0).groups);
        SreException x = assertThrows(SreException.class, () -> Compiled.compile("()".repeat(100).codePoints().toArray(), false, 0));
        assertEquals(SreException.Kind.ASSERTION, x.kind);
    }

    @Test
    void nestingLimit() {
        String p = "(?:".repeat(300) + "a" + ")".repeat(300);
        // two parser levels per group level, as 2.7's recursion
        Compiled.compile(p.codePoints().toArray(), false, 0, 600);
        SreException x = assertThrows(SreException.class, () -> Compiled.compile(p.codePoints().toArray(), false, 0, 599));
        assertEquals("maximum recursion depth exceeded", x.getMessage());
    }

    /**
     * Code lists come from Python code too: a corrupted program must be refused by the
     * validator or run without any Java exception escaping.
     */
    @Test
    void mutatedProgramsNeverThrow() {
        Random r = new Random(7);
        String[] patterns = {"a(b|c)*d", "(?:x{2,5}?y)+", "(a)(?(1)b|c)", "(?<=ab)c(?!d)", "[a-z\\d]+\\b", "(a|b)\\1",
            "(?i)[^x]y*?", "^(?:(a)|b)*$", "a.b.c", "(?=(\\w+))\\w"};
        String[] subjects = {"", "abcd", "xxyxxxy", "aab", "abc", "abab", "zzz a1 b2", "aaaaaaaaab"};
        int valid = 0;
        for (int round = 0; round < 20000; round++) {
            long[] words = Compiler.code(Parser.parse(patterns[r.nextInt(patterns.length)].codePoints().toArray(), false, 0).tree, 0);
            int changes = 1 + r.nextInt(3);
            for (int k = 0; k < changes; k++) {
                int i = r.nextInt(words.length);
                words[i] = r.nextInt(4) == 0 ? r.nextInt(40) : words[i] + r.nextInt(7) - 3;
                if (words[i] < 0) {
                    words[i] = 0;
                }
            }
            Program p;
            try {
                p = Compiled.program(words, 0, 3);
            } catch (SreException e) {
                continue;
            }
            valid++;
            for (String s : subjects) {
                try {
                    Engine e = bytes(p, s);
                    e.stepLimit = 50; // a corrupted program may loop forever, as in CPython
                    e.search();
                    e = bytes(p, s);
                    e.stepLimit = 50;
                    e.match();
                } catch (Engine.EngineError e) {
                    // an internal error, reported as RuntimeError
                } catch (RuntimeException e) {
                    fail("program " + java.util.Arrays.toString(words) + " on '" + s + "': " + e);
                }
            }
        }
        assertTrue(valid > 1000);
    }
}
