package taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import taipan.runtime.Interp;
import taipan.runtime.N;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyFile;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.ThreadState;
import taipan.runtime.io.LineEditor;
import taipan.runtime.io.Stdio;
import taipan.runtime.io.StreamIO;

/**
 * Replays the interactive sessions of src/test/repl ({@code NAME.in}) through the
 * interactive loop on a non-terminal console (prompts on stderr, lines from the stream
 * sys.stdin reads too) and compares stdout, stderr and the exit status with what
 * {@code python2.7 -i < NAME.in} printed (recorded by src/test/repl/record).
 */
class ReplTest {
    static final Path ROOT = Path.of("src/test/repl");

    @TestFactory
    Stream<DynamicTest> sessions() throws IOException {
        List<Path> ins;
        try (Stream<Path> s = Files.list(ROOT)) {
            ins = s.filter(p -> p.toString().endsWith(".in")).sorted().toList();
        }
        return ins.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    record Result(String out, String err, int status) {}

    /** Runs one session in a fresh interpreter, on a plain (non-terminal) console. */
    static Result run(byte[] input) throws InterruptedException {
        return run(input, null);
    }

    /** Runs one session; with {@code terminal}, lines come from a line editor on it. */
    static Result run(byte[] input, DumbTerminal terminal) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interp interp = Interp.create();
        int[] status = new int[1];
        Thread t = new ThreadState.PyThread(null, () -> {
            Stdio in = new Stdio(new StreamIO(new ByteArrayInputStream(input), null, false), true, false, false);
            Stdio prompts = new Stdio(new StreamIO(null, err, false), false, true, false);
            prompts.setBuffering(Stdio.NONE);
            interp.sysSet("stdin", PyFile.fromStream(in, PyStr.of("<stdin>"), "r"));
            interp.sysSet("stdout", new PyFile("<stdout>", out));
            interp.sysSet("stderr", new PyFile("<stderr>", err));
            PyModule main = new PyModule("__main__");
            PyDict g = main.getDict();
            g.setItem(N.__builtins__, interp.builtinsModule());
            g.setItem(N.__package__, Py.None);
            interp.modules.setItem(PyStr.intern("__main__"), main);
            Repl.Console con = terminal == null ? new Repl.PlainConsole(in, prompts)
                    : new Repl.EditorConsole(new LineEditor(terminal, false), prompts);
            int st = Repl.run(interp, g, false, con);
            status[0] = Main.finish(interp, st);
        }, "MainThread", 1L << 28, interp);
        t.start();
        t.join(60_000);
        if (t.isAlive()) {
            throw new AssertionError("timed out");
        }
        return new Result(out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1), status[0]);
    }

    @Test
    void lineEditorConsole() throws Exception {
        String input = "1+1\nx = 3\nif x:\n  x\n\nabandoned\u0003print 'typed after Ctrl-C'\n5\n'caf\u00e9'\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        DumbTerminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8);
        Result r = run(new byte[0], t);
        assertEquals("2\n3\ntyped after Ctrl-C\n5\n'caf\\xc3\\xa9'\n", r.out());
        assertEquals("KeyboardInterrupt\n\n", r.err());
        assertEquals(0, r.status());
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains(">>> ") && shown.contains("... "), shown);
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.ISO_8859_1);
    }

    static void check(Path in) throws Exception {
        String base = in.toString().substring(0, in.toString().length() - 3);
        Result r = run(Files.readAllBytes(in));
        assertEquals(read(Path.of(base + ".out")), r.out(), "stdout of " + in + "\nstderr was:\n" + r.err());
        assertEquals(read(Path.of(base + ".err")), r.err(), "stderr of " + in);
        assertEquals(Integer.parseInt(read(Path.of(base + ".rc")).trim()), r.status(), "exit status of " + in);
    }
}
