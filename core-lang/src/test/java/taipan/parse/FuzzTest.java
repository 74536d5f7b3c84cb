package taipan.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing: mutated golden snippets and random token soups must either parse or raise
 * ParseError - never another exception, a hang or a stack overflow.
 */
class FuzzTest {
    private static final String[] PIECES = {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "\n", "\n  ", "\n\t", "  ", "\t", "'", "\"",
        "'''", "\"\"\"", "\\", "\\\n", "#", "# coding: latin-1\n", "if ", "elif ", "else", "lambda ", "yield",
        "for ", " in ", " not ", " is ", "=", "==", "+=", "*", "**", "@", "`", "0x", "0o", "0b", "1e", "1.",
        "07", "09", "1j", "1L", "u'", "ur'", "b'", "r'", "\\N{", "\\u12", "\\x", "\u00e9", "\u00c3\u00a9", "\r", "\r\n",
        "\f", "from __future__ import print_function\n", "from __future__ import unicode_literals\n",
        "print ", "print >>", "exec ", " in ", "def ", "class ", "try:", "except", "finally:", "with ", " as ",
        "return ", "import ", "from ", "global ", "del ", "assert ", "raise ", "pass", "x", "None", "f(",
        "-", "~", "not ", " and ", " or ", "<>", "!=", "$", "?", "\0", "\u00ef\u00bb\u00bf",
    };

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FuzzTest.class.getResourceAsStream("golden.txt"), StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = r.readLine()) != null) {
                byte[] src = HexFormat.of().parseHex(line.split("\t", 4)[2]);
                if (src.length < 5000) out.add(src);
            }
        }
        return out;
    }

    private static byte[] mutate(byte[] src, Random rnd) {
        StringBuilder sb = new StringBuilder(new String(src, StandardCharsets.ISO_8859_1));
        int edits = 1 + rnd.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int pos = sb.length() == 0 ? 0 : rnd.nextInt(sb.length() + 1);
            switch (rnd.nextInt(4)) {
                case 0:
                    if (sb.length() > 0) sb.delete(Math.min(pos, sb.length() - 1), Math.min(sb.length(), pos + 1 + rnd.nextInt(4)));
                    break;
                case 1:
                    sb.insert(pos, PIECES[rnd.nextInt(PIECES.length)]);
                    break;
                case 2:
                    sb.insert(pos, (char) rnd.nextInt(256));
                    break;
                default:
                    if (sb.length() > 2) {
                        int a = rnd.nextInt(sb.length()), b = rnd.nextInt(sb.length());
                        String piece = sb.substring(Math.min(a, b), Math.max(a, b));
                        sb.insert(pos, piece.length() > 200 ? piece.substring(0, 200) : piece);
                    }
                    break;
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] soup(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(60);
        for (int i = 0; i < n; i++) sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final String[] MODES = {"exec", "eval", "single"};

    private static void parseAll(byte[] src, Random rnd) {
        String mode = MODES[rnd.nextInt(3)];
        int flags = rnd.nextBoolean() ? Parser.STRING_INPUT : 0;
        if (rnd.nextInt(4) == 0) flags |= Parser.PyCF_DONT_IMPLY_DEDENT;
        if (rnd.nextInt(4) == 0) flags |= Parser.CO_FUTURE_PRINT_FUNCTION;
        if (rnd.nextInt(4) == 0) flags |= Parser.CO_FUTURE_UNICODE_LITERALS;
        if (rnd.nextInt(8) == 0) flags |= Parser.TAB_ERRORS;
        try {
            if (rnd.nextInt(6) == 0) {
                Parser.parse(new String(src, StandardCharsets.ISO_8859_1), "<fuzz>", mode, flags);
            } else {
                ParseResult r = Parser.parse(src, "<fuzz>", mode, flags);
                AstDump.dump(r.tree());
            }
        } catch (ParseError e) {
            assertTrue(e.msg() != null);
        } catch (Throwable t) {
            throw new AssertionError("crash on " + AstDump.strRepr(new String(src, StandardCharsets.ISO_8859_1))
                                     + " mode " + mode + " flags " + flags, t);
        }
    }

    @Test
    void mutatedAndRandomSourcesNeverCrash() throws Exception {
        List<byte[]> seeds = seeds();
        Random rnd = new Random(20240607L);
        long deadline = System.nanoTime() + 12_000_000_000L;
        int count = 0;
        while (count < 60000 && System.nanoTime() < deadline) {
            byte[] src = rnd.nextInt(3) == 0 ? soup(rnd) : mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
            parseAll(src, rnd);
            count++;
        }
        assertTrue(count >= 2000, "too few fuzz cases ran: " + count);
    }

    /** The deepest inputs stay within CPython's limits and a default-sized (512 KiB) thread stack. */
    @Test
    void deepNestingOnASmallStack() throws Exception {
        String[] inputs = {
            "(".repeat(5000), "[".repeat(5000) + "]".repeat(5000), "-".repeat(100000) + "1",
            "not ".repeat(5000) + "x", "lambda:".repeat(3000) + "x", "x" + "[1]".repeat(3000),
            "f(".repeat(3000) + ")".repeat(3000), "x = " + "1+".repeat(100000) + "1\n",
            "if 1:\n" + "".concat(" if 1:\n".repeat(200)), "`".repeat(5000), "{1:".repeat(3000),
            "a if b else ".repeat(3000) + "c", "print >>" + "(".repeat(3000),
        };
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            for (String s : inputs) {
                for (String mode : MODES) {
                    try {
                        Parser.parse(s.getBytes(StandardCharsets.ISO_8859_1), "<deep>", mode, Parser.STRING_INPUT);
                    } catch (ParseError e) {
                        // fine
                    } catch (Throwable e) {
                        failure.compareAndSet(null, new AssertionError("on input starting " + s.substring(0, 20), e));
                    }
                }
            }
        }, "deep", 512 * 1024);
        t.start();
        t.join(60_000);
        if (t.isAlive()) fail("parser hung");
        if (failure.get() != null) throw new AssertionError(failure.get());
    }
}
