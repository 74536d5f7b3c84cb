package taipan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import taipan.parse.ParseError;
import taipan.parse.Parser;
import taipan.runtime.Exceptions;
import taipan.runtime.Interp;
import taipan.runtime.Ops;
import taipan.runtime.PyCode;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.TracebackPrinter;

/** The interactive prompt: {@code >>>}/{@code ...} (sys.ps1/ps2), one statement at a time. */
final class Repl {
    private Repl() {}

    static boolean stdinIsTerminal() {
        return System.console() != null;
    }

    /** Runs the read-eval-print loop until EOF; returns the exit status. */
    static int run(Interp interp, PyDict g, boolean banner) {
        interp.sysSet("ps1", PyStr.of(">>> "));
        interp.sysSet("ps2", PyStr.of("... "));
        if (banner) {
            TracebackPrinter.writeStderr("Python 2.7.18 (Taipan) \n[Java " + System.getProperty("java.version")
                    + "] on linux2\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
        LineReader reader = LineReader.create();
        StringBuilder buf = new StringBuilder();
        while (true) {
            String prompt = Ops.str(interp.sysGet(buf.length() == 0 ? "ps1" : "ps2")).toString();
            Main.flushStdout();
            String line = reader.readLine(prompt);
            if (line == null) {
                TracebackPrinter.writeStderr("\n");
                return 0;
            }
            if (buf.length() == 0 && line.isBlank()) {
                continue;
            }
            buf.append(line).append('\n');
            String src = buf.toString();
            PyCode code;
            try {
                int flags = line.isEmpty() ? 0 : Parser.PyCF_DONT_IMPLY_DEDENT;
                code = compileSingle(interp, src, flags);
                if (code == null) {
                    continue; // incomplete: more lines
                }
            } catch (PyException e) {
                buf.setLength(0);
                TracebackPrinter.print(e);
                continue;
            }
            buf.setLength(0);
            try {
                interp.runCode(code, g, g);
            } catch (PyException e) {
                if (e.matches(Exceptions.SystemExit)) {
                    return Main.exitCode(e);
                }
                Main.flushStdout();
                TracebackPrinter.print(e);
            }
            PyObject out = interp.sysGet("stdout");
            if (out != null && Interp.softspace(out, false)) {
                Interp.writeString(out, "\n");
            }
        }
    }

    /** Compiles interactive input; null when the input is incomplete. */
    private static PyCode compileSingle(Interp interp, String src, int flags) {
        try {
            Parser.parse(src.getBytes(StandardCharsets.UTF_8), "<stdin>", "single", flags | Parser.STRING_INPUT);
        } catch (ParseError e) {
            if (e.incomplete()) {
                return null;
            }
        }
        return interp.compile(src.getBytes(StandardCharsets.UTF_8), "<stdin>", "single", flags | Parser.STRING_INPUT);
    }

    /** Line input: plain stdin (prompt on stderr, as CPython without readline). */
    static class LineReader {
        private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.ISO_8859_1));

        static LineReader create() {
            return new LineReader();
        }

        String readLine(String prompt) {
            TracebackPrinter.writeStderr(prompt);
            try {
                return in.readLine();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
