package taipan.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import taipan.cli.Main;
import taipan.runtime.Interp;
import taipan.runtime.PyFile;
import taipan.runtime.ThreadState;

/**
 * Runs every Python script under a module's {@code src/test/python} in a fresh interpreter
 * and compares its stdout, stderr and exit status with what CPython 2.7 produced
 * ({@code name.py.out}, {@code name.py.err}, {@code name.py.rc}; made by tools/golden).
 * Shared with the lib modules through core-lang's test jar.
 */
public final class GoldenScripts {
    static final Path ROOT = Path.of("src/test/python");

    private GoldenScripts() {}

    /** One dynamic test per script with a recorded .out under the current module's src/test/python. */
    public static Stream<DynamicTest> scripts() throws IOException {
        if (!Files.isDirectory(ROOT)) {
            return Stream.empty();
        }
        List<Path> scripts;
        try (Stream<Path> s = Files.walk(ROOT)) {
            scripts = s.filter(p -> p.toString().endsWith(".py") && Files.exists(Path.of(p + ".out"))).sorted().toList();
        }
        return scripts.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    /** What a run produced. */
    public record Result(String out, String err, int status) {}

    public static Result run(Path script) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interp interp = Interp.create();
        int[] status = new int[1];
        Thread t = new ThreadState.PyThread(null, () -> {
            // stdin is empty, as /dev/null is when tools/golden records CPython's output
            interp.sysSet("stdin", PyFile.fromRaw(new taipan.runtime.io.StreamIO(new java.io.ByteArrayInputStream(new byte[0]),
                    null, false), taipan.runtime.PyStr.of("<stdin>"), "r", -1, false));
            interp.sysSet("stdout", new PyFile("<stdout>", out));
            interp.sysSet("stderr", new PyFile("<stderr>", err));
            status[0] = Main.runFile(interp, script.toString());
        }, "MainThread", 1L << 28, interp);
        // scripts run one at a time: each is the main Python thread while it runs
        taipan.runtime.Safepoint.mainThread = t;
        t.start();
        t.join(60_000);
        if (t.isAlive()) {
            throw new AssertionError("timed out: " + script);
        }
        return new Result(out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1), status[0]);
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.ISO_8859_1) : "";
    }

    public static void check(Path script) throws Exception {
        Result r = run(script);
        String expectedOut = read(Path.of(script + ".out"));
        String expectedErr = read(Path.of(script + ".err"));
        Path rcFile = Path.of(script + ".rc");
        int expectedRc = Files.exists(rcFile) ? Integer.parseInt(Files.readString(rcFile).trim()) : 0;
        assertEquals(expectedOut, r.out(), "stdout of " + script + "\nstderr was:\n" + r.err());
        assertEquals(expectedErr, r.err(), "stderr of " + script);
        assertEquals(expectedRc, r.status(), "exit status of " + script);
    }
}
