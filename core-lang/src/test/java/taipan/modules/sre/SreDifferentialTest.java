package taipan.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Compares the Java parser, compiler and engine with CPython 2.7 on the cases recorded by
 * tools/gen_sre_cases.py: for every pattern, the code words (or the exception), and for
 * every subject the result of match() and search() with a few pos/endpos bounds.
 */
class SreDifferentialTest {

    static String decode(String s) {
        return new String(decodeCps(s), 0, decodeCps(s).length);
    }

    /** The code points of an encoded field (lone surrogates stay separate code points). */
    static int[] decodeCps(String s) {
        int[] out = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int semi = s.indexOf(';', i);
                if (semi > i + 1) {
                    out[n++] = Integer.parseInt(s.substring(i + 1, semi), 16);
                }
                i = semi;
            } else {
                out[n++] = c;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static String describe(Engine e, boolean ok, int groups) {
        if (!ok) {
            return "None";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(e.start).append(',').append(e.ptr).append(';');
        sb.append(e.lastindex >= 0 ? String.valueOf(e.lastindex) : "None");
        for (int g = 0; g < groups; g++) {
            int j = 2 * g;
            if (j + 1 <= e.lastmark && e.mark[j] >= 0 && e.mark[j + 1] >= 0) {
                sb.append(';').append(e.mark[j]).append(',').append(e.mark[j + 1]);
            } else {
                sb.append(";-1,-1");
            }
        }
        return sb.toString();
    }

    static Engine engine(Program p, int[] cps, boolean unicode, long pos, long endpos) {
        String subject = new String(cps, 0, cps.length);
        if (!unicode) {
            byte[] b = new byte[cps.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) cps[i];
            }
            return Engine.forBytes(p, b, pos, endpos);
        }
        boolean bmp = true;
        for (int c : cps) {
            bmp &= c < 0xd800 || (c >= 0xe000 && c < 0x10000);
        }
        if (bmp) {
            return Engine.forString(p, subject, pos, endpos);
        }
        return Engine.forInts(p, cps, pos, endpos);
    }

    @Test
    void matchesCPython() throws IOException {
        String extra = System.getProperty("sre.cases");
        InputStream in = extra != null ? new java.io.FileInputStream(extra) : getClass().getResourceAsStream("cases.txt");
        if (in == null) {
            fail("cases.txt missing");
        }
        List<String> failures = new ArrayList<>();
        int patterns = 0, runs = 0, validations = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            Compiled current = null;
            String currentDesc = null;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (f[0].equals("P")) {
                    patterns++;
                    boolean unicode = f[1].equals("u");
                    int flags = Integer.parseInt(f[2]);
                    int[] pattern = decodeCps(f[3]);
                    String expected = f[4];
                    currentDesc = f[1] + " flags=" + flags + " " + f[3];
                    current = null;
                    String got;
                    try {
                        Compiled c = Compiled.compile(pattern, unicode, flags);
                        long[] words = Compiler.code(c.parsed.tree, c.flags);
                        StringBuilder sb = new StringBuilder("OK ").append(c.flags).append(' ').append(c.groups);
                        for (long w : words) {
                            sb.append(' ').append(w);
                        }
                        got = sb.toString();
                        current = c;
                    } catch (SreException e) {
                        String type;
                        switch (e.kind) {
                            case ERROR: type = "error"; break;
                            case OVERFLOW: type = "OverflowError"; break;
                            case ASSERTION: type = "AssertionError"; break;
                            case INDEX: type = "IndexError"; break;
                            default: type = "RuntimeError"; break;
                        }
                        got = "ERR " + type + " " + e.getMessage();
                        expected = "ERR " + expected.split(" ", 3)[1] + " " + decode(expected.split(" ", 3)[2]);
                    }
                    // the one deliberate difference from 2.7.18: the older 2.7 wording the corpus checks
                    expected = expected.replace("bad character in backref group name", "bad character in group name");
                    if (!got.equals(expected)) {
                        failures.add("compile " + currentDesc + "\n   expected " + expected + "\n   got      " + got);
                        current = null;
                    }
                } else if (f[0].equals("V")) {
                    validations++;
                    long groups = Long.parseLong(f[1]);
                    String[] ws = f[2].trim().split(" ");
                    long[] words = new long[ws.length];
                    for (int i = 0; i < ws.length; i++) {
                        words[i] = Long.parseLong(ws[i]);
                    }
                    String got;
                    try {
                        Compiled.program(words, 0, groups);
                        got = "OK";
                    } catch (SreException e) {
                        got = "ERR " + (e.kind == SreException.Kind.OVERFLOW ? "OverflowError" : "RuntimeError");
                    }
                    if (!got.equals(f[3])) {
                        failures.add("validate groups=" + groups + " [" + f[2] + "]\n   expected " + f[3] + "\n   got      " + got);
                    }
                } else if (f[0].equals("S") && current != null) {
                    boolean unicode = f[1].equals("u");
                    int[] subject = decodeCps(f[2]);
                    long pos = Long.parseLong(f[3]);
                    long endpos = Long.parseLong(f[4]);
                    String expected = f[5] + "\t" + (f.length > 6 ? f[6] : "");
                    runs++;
                    String got;
                    try {
                        Engine m = engine(current.program, subject, unicode, pos, endpos);
                        boolean ok = m.match();
                        String gm = describe(m, ok, current.groups);
                        Engine s = engine(current.program, subject, unicode, pos, endpos);
                        ok = s.search();
                        got = gm + "\t" + describe(s, ok, current.groups);
                    } catch (RuntimeException e) {
                        got = "EXC " + e;
                    }
                    if (!got.equals(expected)) {
                        failures.add("run " + currentDesc + " on " + f[1] + ":" + f[2] + " [" + pos + ":" + endpos
                                + "]\n   expected " + expected + "\n   got      " + got);
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder(failures.size() + " mismatches of " + patterns + " patterns, " + runs + " runs, "
                    + validations + " validations:\n");
            for (int i = 0; i < Math.min(40, failures.size()); i++) {
                sb.append(failures.get(i)).append('\n');
            }
            fail(sb.toString());
        }
        assertEquals(true, patterns + validations > 1000);
    }
}
