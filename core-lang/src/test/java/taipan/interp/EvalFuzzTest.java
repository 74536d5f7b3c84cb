package taipan.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import taipan.runtime.Exceptions;
import taipan.runtime.Interp;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyFile;
import taipan.runtime.PyModule;
import taipan.runtime.Safepoint;
import taipan.runtime.ThreadState;

/**
 * Feeds the whole pipeline (parser, compiler, evaluator) with mutated and random programs:
 * whatever the input, the only thing that may escape is a Python exception, and every run
 * ends (a watchdog interrupts loops at safe points with KeyboardInterrupt).
 */
class EvalFuzzTest {
    private static final long BUDGET_MS = 25_000;
    private static final long PER_PROGRAM_MS = 400;

    private static volatile Thread target;
    private static volatile long deadline;

    @Test
    void mutatedProgramsOnlyRaisePythonExceptions() throws Exception {
        List<String> seeds = seeds();
        assertTrue(seeds.size() > 5, "seed programs found");
        Random rnd = new Random(20261125L);
        Runnable previous = Safepoint.handler;
        Safepoint.handler = () -> {
            if (Thread.currentThread() == target && System.currentTimeMillis() > deadline) {
                throw new PyException(Exceptions.KeyboardInterrupt);
            }
        };
        Thread poker = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (target != null && System.currentTimeMillis() > deadline) {
                    Safepoint.pending = true;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        poker.setDaemon(true);
        poker.start();
        long start = System.currentTimeMillis();
        int runs = 0;
        try {
            while (System.currentTimeMillis() - start < BUDGET_MS && runs < 3000) {
                String seed = seeds.get(rnd.nextInt(seeds.size()));
                String program = rnd.nextInt(4) == 0 ? randomProgram(rnd) : mutate(seed, rnd);
                if (program.contains("**") || program.contains("<<") || program.contains("exec") || program.contains("import")) {
                    continue; // unbounded arithmetic or side effects outside the sandbox
                }
                runOne(program);
                runs++;
            }
        } finally {
            poker.interrupt();
            Safepoint.handler = previous;
            target = null;
        }
        assertTrue(runs > 100, "ran " + runs + " programs");
    }

    private static void runOne(String program) throws InterruptedException {
        Interp interp = Interp.create();
        Throwable[] escaped = new Throwable[1];
        Thread t = new ThreadState.PyThread(null, () -> {
            interp.sysSet("stdout", new PyFile("<stdout>", new ByteArrayOutputStream()));
            interp.sysSet("stderr", new PyFile("<stderr>", new ByteArrayOutputStream()));
            try {
                PyModule main = new PyModule("__main__");
                PyDict g = main.getDict();
                interp.runCode(interp.compile(program.getBytes(StandardCharsets.ISO_8859_1), "<fuzz>", "exec", 0), g, g);
            } catch (PyException e) {
                // any Python exception is a fine outcome
            } catch (Throwable e) {
                escaped[0] = e;
            }
        }, "fuzz", 1L << 26, interp);
        deadline = System.currentTimeMillis() + PER_PROGRAM_MS;
        target = t;
        t.start();
        t.join(PER_PROGRAM_MS + 5_000);
        target = null;
        if (t.isAlive()) {
            fail("program did not stop:\n" + program);
        }
        if (escaped[0] != null) {
            throw new AssertionError("Java exception escaped for program:\n" + program, escaped[0]);
        }
    }

    private static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        Path root = Path.of("src/test/python");
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".py")).toList()) {
                    out.add(Files.readString(p, StandardCharsets.ISO_8859_1));
                }
            }
        }
        out.add("x = [1, 2, 3]\nfor i in x:\n    if i % 2: print i\n");
        out.add("class A(object):\n    def f(self, *a, **k): return a, k\nprint A().f(1, b=2)\n");
        out.add("def g():\n    yield 1\n    yield 2\nprint list(g()), dict(a=1)\n");
        return out;
    }

    private static final String[] TOKENS = {"(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "+", "-", "*", "/", "%",
        "<", ">", "==", "!=", "and", "or", "not", "in", "is", "lambda", "yield", "return", "if", "else", "for", "while",
        "def", "class", "try", "except", "finally", "raise", "with", "as", "print", "del", "pass", "break", "continue",
        "global", "x", "y", "f", "None", "0", "1", "-1", "2.5", "'s'", "u'u'", "[]", "{}", "()", "\n", "\n    ", "\n        "};

    private static String mutate(String seed, Random rnd) {
        StringBuilder sb = new StringBuilder(seed);
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n && sb.length() > 0; i++) {
            int pos = rnd.nextInt(sb.length());
            switch (rnd.nextInt(4)) {
                case 0 -> sb.deleteCharAt(pos);
                case 1 -> sb.insert(pos, TOKENS[rnd.nextInt(TOKENS.length)]);
                case 2 -> {
                    int end = Math.min(sb.length(), pos + 1 + rnd.nextInt(20));
                    sb.delete(pos, end);
                }
                default -> {
                    int a = rnd.nextInt(sb.length());
                    int end = Math.min(sb.length(), a + rnd.nextInt(40));
                    sb.insert(pos, sb.substring(a, end));
                }
            }
        }
        return sb.toString();
    }

    private static String randomProgram(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 5 + rnd.nextInt(30);
        for (int i = 0; i < n; i++) {
            sb.append(TOKENS[rnd.nextInt(TOKENS.length)]).append(' ');
        }
        return sb.toString();
    }
}
