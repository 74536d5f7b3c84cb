package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taipan.cli.Main;
import taipan.runtime.io.Stdio;
import taipan.runtime.io.StreamIO;

/** The Java-facing API of file objects: raw_input, PyFile_GetLine, the exit flush. */
class PyFileTest {
    @TempDir
    Path dir;

    /** Runs {@code body} on a Python thread of a fresh interpreter with stdin/stdout on byte streams. */
    private static void withStreams(String input, ByteArrayOutputStream out, Runnable body) throws Exception {
        Interp interp = Interp.create();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new ThreadState.PyThread(null, () -> {
            try {
                Stdio in = new Stdio(new StreamIO(new ByteArrayInputStream(input.getBytes(StandardCharsets.ISO_8859_1)), null,
                        false), true, false, false);
                interp.sysSet("stdin", PyFile.fromStream(in, PyStr.of("<stdin>"), "r"));
                interp.sysSet("stdout", new PyFile("<stdout>", out));
                body.run();
                ((PyFile) interp.sysGet("stdout")).flush();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "MainThread", 1L << 24, interp);
        t.start();
        t.join(30_000);
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    @Test
    void rawInputFromStreams() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        withStreams("first\nsecond\nlast", out, () -> {
            assertEquals(PyStr.of("first"), PyFile.rawInput(PyStr.of("name? ")));
            Interp.softspace(Interp.current().sysGet("stdout"), true);
            assertEquals(PyStr.of("second"), PyFile.rawInput(null));
            assertEquals(PyStr.of("last"), PyFile.rawInput(PyInt.of(42)));
            PyException e = assertThrows(PyException.class, () -> PyFile.rawInput(null));
            assertTrue(e.matches(Exceptions.EOFError));
            assertEquals("EOF when reading a line", Ops.str(e.value).toString());
        });
        assertEquals("name?  42", out.toString(StandardCharsets.ISO_8859_1), "prompts on stdout; a pending softspace first");
    }

    @Test
    void rawInputLostStreams() throws Exception {
        withStreams("", new ByteArrayOutputStream(), () -> {
            Interp.current().sysSet("stdin", Py.None);
            PyException e = assertThrows(PyException.class, () -> PyFile.rawInput(null));
            assertEquals("[raw_]input: lost sys.stdin", Ops.str(e.value).toString());
        });
    }

    @Test
    void getLineFromFilesAndOtherObjects() throws Exception {
        withStreams("abc\ndef\n", new ByteArrayOutputStream(), () -> {
            PyObject in = Interp.current().sysGet("stdin");
            assertEquals(PyStr.of("ab"), PyFile.getLine(in, 2));
            assertEquals(PyStr.of("c\n"), PyFile.getLine(in, 0));
            assertEquals(PyStr.of("def"), PyFile.getLine(in, -1));
            assertEquals(PyStr.EMPTY, PyFile.getLine(in, 0));
            assertEquals(PyStr.EMPTY, ((PyFile) in).readline(-1));
            PyException e = assertThrows(PyException.class, () -> PyFile.getLine(PyInt.of(1), -1));
            assertTrue(e.matches(Exceptions.AttributeError));
        });
    }

    @Test
    void filesLeftOpenAreFlushedAtExit() throws Exception {
        Path script = dir.resolve("s.py");
        Path data = dir.resolve("data");
        Files.writeString(script, "f = open(" + repr(data) + ", 'w')\nf.write('left open')\nkeep = f\n");
        Interp interp = Interp.create();
        int[] status = new int[1];
        Thread t = new ThreadState.PyThread(null, () -> status[0] = Main.runFile(interp, script.toString()), "MainThread",
                1L << 24, interp);
        t.start();
        t.join(30_000);
        assertEquals(0, status[0]);
        assertEquals("left open", Files.readString(data));
    }

    private static String repr(Path p) {
        return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void terminalEncodingFromLocaleNames() {
        assertEquals("UTF-8", PyFile.terminalEncoding(java.util.Map.of("LANG", "C.UTF-8")::get));
        assertEquals("UTF-8", PyFile.terminalEncoding(java.util.Map.of("LANG", "C", "LC_CTYPE", "en_US.utf8")::get));
        assertEquals("ANSI_X3.4-1968", PyFile.terminalEncoding(java.util.Map.of("LC_ALL", "C", "LANG", "en_US.UTF-8")::get));
        assertEquals("ANSI_X3.4-1968", PyFile.terminalEncoding(java.util.Map.<String, String>of()::get));
        assertEquals("ANSI_X3.4-1968", PyFile.terminalEncoding(java.util.Map.of("LANG", "POSIX")::get));
        assertEquals("ISO-8859-15", PyFile.terminalEncoding(java.util.Map.of("LANG", "de_DE.iso-8859-15@euro")::get));
    }
}
