package taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run as a separate process: options, exit status, error output (as CPython 2.7). */
class MainTest {
    record Run(int status, String out, String err) {}

    static Run run(String stdin, Path cwd, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("taipan.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        File in = File.createTempFile("stdin", ".txt");
        Files.writeString(in.toPath(), stdin == null ? "" : stdin);
        pb.redirectInput(in);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        in.delete();
        return new Run(p.exitValue(), new String(out, StandardCharsets.ISO_8859_1), new String(err, StandardCharsets.ISO_8859_1));
    }

    @Test
    void commandAndArgv() throws Exception {
        Run r = run(null, null, "-c", "import sys; print sys.argv", "a", "b");
        assertEquals("['-c', 'a', 'b']\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void exitStatuses() throws Exception {
        assertEquals(3, run(null, null, "-c", "raise SystemExit(3)").status());
        assertEquals(0, run(null, null, "-c", "import sys; sys.exit()").status());
        Run msg = run(null, null, "-c", "import sys; sys.exit('bye')");
        assertEquals(1, msg.status());
        assertEquals("bye\n", msg.err());
        Run exc = run(null, null, "-c", "1/0");
        assertEquals(1, exc.status());
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
                + "ZeroDivisionError: integer division or modulo by zero\n", exc.err());
    }

    @Test
    void scriptFromStdinAndDash() throws Exception {
        Run r = run("print 'from stdin'\n", null);
        assertEquals("from stdin\n", r.out());
        Run dash = run("import sys\nprint sys.argv\n", null, "-", "x");
        assertEquals("['-', 'x']\n", dash.out());
    }

    @Test
    void scriptFileModuleAndPath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("helper_mod.py"), "import sys\nprint __name__, sys.argv[1:]\n");
        Files.writeString(dir.resolve("main_script.py"), "import helper_mod\nprint __name__, __file__\n");
        Run r = run(null, dir, "main_script.py");
        assertEquals("helper_mod []\n__main__ main_script.py\n", r.out());
        Run m = run(null, dir, "-m", "helper_mod", "arg");
        assertEquals("__main__ ['arg']\n", m.out());
        Run missing = run(null, dir, "nope.py");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("can't open file 'nope.py': [Errno 2] No such file or directory"), missing.err());
    }

    @Test
    void optionsAsCPython() throws Exception {
        Run v = run(null, null, "-V");
        assertEquals("Python 2.7.18\n", v.err());
        Run bad = run(null, null, "-z");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("Unknown option: -z\n"), bad.err());
        Run opt = run(null, null, "-O", "-c", "print __debug__\nassert False, 'x'\nprint 'asserts off'");
        assertEquals("False\nasserts off\n", opt.out());
        Run noarg = run(null, null, "-c");
        assertEquals(2, noarg.status());
        assertTrue(noarg.err().startsWith("Argument expected for the -c option"), noarg.err());
    }

    @Test
    void interactiveWithPipedInput() throws Exception {
        Run r = run("x = 6 * 7\nx\nif x:\n    print 'yes'\n\nundefined\n", null, "-i");
        assertEquals("42\nyes\n", r.out());
        assertTrue(r.err().contains("NameError: name 'undefined' is not defined"), r.err());
        assertEquals(0, r.status());
    }

    @Test
    void syntaxErrorReport(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.py"), "print 'ok'\nx = = 1\n");
        Run r = run(null, dir, "bad.py");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertEquals("  File \"bad.py\", line 2\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n", r.err());
    }
}
