package taipan.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import taipan.runtime.io.FdIO;
import taipan.runtime.io.LineEditor;
import taipan.runtime.io.Stdio;

/**
 * The interactive prompt, as CPython 2.7's interactive loop: {@code sys.ps1}/{@code sys.ps2}
 * prompts (their str()), one statement at a time compiled in "single" mode (expression
 * values go to sys.displayhook), exceptions printed and the loop going on, {@code from
 * __future__} imports kept for later statements, end of file ending the session with
 * status 0 and SystemExit with its code.
 *
 * <p>On a terminal lines come from the {@link LineEditor} (editing, history, Ctrl-C
 * abandoning the line with KeyboardInterrupt). Otherwise the prompt is written to the
 * standard error stream and the line read from the standard input stream, the one
 * sys.stdin reads too, as CPython without readline does.
 */
final class Repl {
    private Repl() {}

    static final String BANNER = "Python 2.7.18 (Taipan) \n[Java " + System.getProperty("java.version")
            + "] on linux2\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n";

    static boolean stdinIsTerminal() {
        return FdIO.standard(0).isatty();
    }

    /** Where the loop gets its lines and writes what CPython writes to C's stderr. */
    interface Console {
        /** The next line (with its newline when it had one) after showing {@code prompt}; null at end of file. */
        byte[] readLine(byte[] prompt) throws LineEditor.Interrupted;

        /** Writes to the standard error stream (banner, the newline at end of file). */
        void writeErr(String s);

        /** Whether lines are UTF-8 text (a UTF-8 terminal: unicode literals are decoded from it). */
        boolean utf8();

        /** Ends the abandoned line after Ctrl-C (the line editor has already moved to a new line). */
        default void interrupted() {
            writeErr("\n");
        }
    }

    /** Lines from a stdio stream, prompts to another (fgets on stdin, prompt on stderr). */
    static final class PlainConsole implements Console {
        private final Stdio in;
        private final Stdio err;

        PlainConsole(Stdio in, Stdio err) {
            this.in = in;
            this.err = err;
        }

        @Override
        public byte[] readLine(byte[] prompt) {
            writeErrBytes(err, prompt);
            in.lock.lock();
            try {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                while (true) {
                    int c = in.getc();
                    if (c < 0) {
                        in.clearerr();
                        break;
                    }
                    line.write(c);
                    if (c == '\n') {
                        break;
                    }
                }
                return line.size() == 0 ? null : line.toByteArray();
            } finally {
                in.lock.unlock();
            }
        }

        @Override
        public void writeErr(String s) {
            writeErrBytes(err, PyStr.of(s).bytes());
        }

        @Override
        public boolean utf8() {
            return false;
        }
    }

    /** Lines from the line editor on the terminal. */
    static final class EditorConsole implements Console {
        private final LineEditor editor;
        private final Stdio err;

        EditorConsole(LineEditor editor, Stdio err) {
            this.editor = editor;
            this.err = err;
        }

        @Override
        public byte[] readLine(byte[] prompt) throws LineEditor.Interrupted {
            byte[] line = editor.readLine(prompt);
            if (line == null) {
                return null;
            }
            byte[] withNl = java.util.Arrays.copyOf(line, line.length + 1);
            withNl[line.length] = '\n';
            return withNl;
        }

        @Override
        public void writeErr(String s) {
            writeErrBytes(err, PyStr.of(s).bytes());
        }

        @Override
        public boolean utf8() {
            return editor.charset() == StandardCharsets.UTF_8;
        }

        @Override
        public void interrupted() {
        }
    }

    private static void writeErrBytes(Stdio err, byte[] b) {
        err.lock.lock();
        try {
            err.write(b, 0, b.length);
            err.flush();
        } catch (IOException e) {
            err.clearerr();
        } finally {
            err.lock.unlock();
        }
    }

    /** The console for this process: the line editor on a terminal, else plain stdin/stderr. */
    static Console console() {
        LineEditor ed = LineEditor.system();
        if (ed != null) {
            return new EditorConsole(ed, Stdio.standard(2));
        }
        return new PlainConsole(Stdio.standard(0), Stdio.standard(2));
    }

    /** Runs the read-eval-print loop until end of file; returns the exit status. */
    static int run(Interp interp, PyDict g, boolean banner) {
        return run(interp, g, banner, console());
    }

    private static byte[] prompt(Interp interp, String which) {
        PyObject p = interp.sysGet(which);
        if (p == null) {
            return new byte[0];
        }
        try {
            return ((PyStr) Ops.str(p)).bytes();
        } catch (PyException e) {
            return new byte[0];
        }
    }

    /** Whether a line holds only blanks and perhaps a comment (the tokenizer skips it). */
    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b == ' ' || b == '\t' || b == '\f') {
                continue;
            }
            return b == '#' || b == '\n' || b == '\r';
        }
        return true;
    }

    private static final int FUTURE_MASK = Parser.CO_FUTURE_DIVISION | Parser.CO_FUTURE_ABSOLUTE_IMPORT
            | Parser.CO_FUTURE_WITH_STATEMENT | Parser.CO_FUTURE_PRINT_FUNCTION | Parser.CO_FUTURE_UNICODE_LITERALS;

    /** The loop itself, on any console (tests give one over Java streams). */
    static int run(Interp interp, PyDict g, boolean banner, Console con) {
        if (interp.sysGet("ps1") == null) {
            interp.sysSet("ps1", PyStr.of(">>> "));
        }
        if (interp.sysGet("ps2") == null) {
            interp.sysSet("ps2", PyStr.of("... "));
        }
        if (banner) {
            con.writeErr(BANNER);
        }
        int[] future = {0};
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean blankSoFar = true;
        while (true) {
            byte[] prompt = prompt(interp, buf.size() == 0 ? "ps1" : "ps2");
            Main.flushStdout();
            byte[] line;
            try {
                line = con.readLine(prompt);
            } catch (LineEditor.Interrupted e) {
                buf.reset();
                blankSoFar = true;
                con.interrupted();
                TracebackPrinter.print(new PyException(Exceptions.KeyboardInterrupt));
                continue;
            }
            if (line == null) {
                con.writeErr("\n");
                if (buf.size() == 0 || blankSoFar) {
                    return 0;
                }
                // end of file inside a statement: the input ends there
                byte[] src = buf.toByteArray();
                buf.reset();
                blankSoFar = true;
                PyCode code;
                try {
                    code = compileAtEnd(interp, src, con.utf8(), future[0]);
                } catch (ParseError e) {
                    if (!e.msg().startsWith("EOF while scanning")) {
                        return 0;
                    }
                    printSyntaxError(interp, src, con.utf8(), future[0]);
                    continue;
                } catch (PyException e) {
                    printException(interp, e);
                    continue;
                }
                Integer status = execute(interp, g, code, future);
                if (status != null) {
                    return status;
                }
                continue;
            }
            boolean empty = line.length == 0 || (line.length == 1 && line[0] == '\n');
            if (buf.size() == 0 && empty) {
                continue;
            }
            boolean blank = isBlank(line);
            if (blankSoFar && empty) {
                buf.reset(); // only blank and comment lines: an empty statement
                continue;
            }
            buf.write(line, 0, line.length);
            if (blankSoFar && blank) {
                continue; // blank and comment lines only: the tokenizer asks for more
            }
            blankSoFar &= blank;
            if (line[line.length - 1] != '\n') {
                continue; // a last line without its newline: more input (or end of file) completes it
            }
            byte[] src = buf.toByteArray();
            PyCode code;
            try {
                code = compile(interp, src, con.utf8(), future[0], empty);
            } catch (ParseError e) {
                continue; // incomplete: more lines
            } catch (PyException e) {
                buf.reset();
                blankSoFar = true;
                printException(interp, e);
                continue;
            }
            buf.reset();
            blankSoFar = true;
            Integer status = execute(interp, g, code, future);
            if (status != null) {
                return status;
            }
        }
    }

    /**
     * Whether the input ends inside brackets, a triple-quoted string or after a backslash
     * continuation: there the tokenizer makes no NEWLINE of an empty line, so it does not
     * end the statement.
     */
    static boolean insideBracketsOrString(byte[] src) {
        int depth = 0;
        int i = 0;
        int n = src.length;
        boolean continued = false;
        while (i < n) {
            byte c = src[i];
            continued = false;
            if (c == '#') {
                while (i < n && src[i] != '\n') {
                    i++;
                }
            } else if (c == '\\') {
                if (i + 1 < n && src[i + 1] == '\n') {
                    continued = true;
                }
                i += 2;
            } else if (c == '\'' || c == '"') {
                boolean triple = i + 2 < n && src[i + 1] == c && src[i + 2] == c;
                i += triple ? 3 : 1;
                boolean closed = false;
                while (i < n) {
                    byte d = src[i];
                    if (d == '\\') {
                        i += 2;
                        continue;
                    }
                    if (d == c && (!triple || (i + 2 < n && src[i + 1] == c && src[i + 2] == c))) {
                        i += triple ? 3 : 1;
                        closed = true;
                        break;
                    }
                    if (d == '\n' && !triple) {
                        break;
                    }
                    i++;
                }
                if (!closed && triple) {
                    return true;
                }
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
                i++;
            }
        }
        return depth > 0 || continued;
    }

    private static ParseError parseError(byte[] src, boolean utf8, int flags) {
        try {
            if (utf8) {
                Parser.parse(new String(src, StandardCharsets.UTF_8), "<stdin>", "single", flags);
            } else {
                Parser.parse(src, "<stdin>", "single", flags | Parser.STRING_INPUT);
            }
            return null;
        } catch (ParseError e) {
            return e;
        }
    }

    private static PyCode compileNow(Interp interp, byte[] src, boolean utf8, int flags) {
        if (utf8) {
            return interp.compile(new String(src, StandardCharsets.UTF_8), "<stdin>", "single", flags);
        }
        return interp.compile(src, "<stdin>", "single", flags | Parser.STRING_INPUT);
    }

    private static boolean sameError(ParseError a, ParseError b) {
        return a.kind() == b.kind() && a.msg().equals(b.msg()) && a.line() == b.line()
                && java.util.Objects.equals(a.offset(), b.offset()) && java.util.Objects.equals(a.text(), b.text());
    }

    private static byte[] concat(byte[] a, String tail) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + tail.length());
        for (int i = 0; i < tail.length(); i++) {
            r[a.length + i] = (byte) tail.charAt(i);
        }
        return r;
    }

    /**
     * Compiles the statement read so far in "single" mode: its code, or a ParseError when
     * it is incomplete (the caller reads more); a SyntaxError for a real error.
     * {@code emptyLineEnds}: the last line was empty, which ends a compound statement;
     * otherwise the statement is complete when it compiles without its final newline and
     * without implied dedents, and an error is real when adding newlines does not change
     * it (codeop's rules).
     */
    private static PyCode compile(Interp interp, byte[] src, boolean utf8, int future, boolean emptyLineEnds) {
        if (emptyLineEnds) {
            if (insideBracketsOrString(src)) {
                throw new ParseError(ParseError.Kind.SYNTAX_ERROR, "unexpected EOF while parsing", "<stdin>", 0, null, null,
                        true, false);
            }
            return compileNow(interp, src, utf8, future);
        }
        int flags = future | Parser.PyCF_DONT_IMPLY_DEDENT;
        byte[] stripped = java.util.Arrays.copyOf(src, src.length - 1);
        ParseError e0 = parseError(stripped, utf8, flags);
        if (e0 == null) {
            return compileNow(interp, stripped, utf8, flags);
        }
        byte[] one = concat(stripped, "\n");
        ParseError e1 = parseError(one, utf8, flags);
        if (e1 != null) {
            ParseError e2 = parseError(concat(stripped, "\n\n"), utf8, flags);
            if (e2 != null && sameError(e1, e2)) {
                return compileNow(interp, one, utf8, flags); // raises e1 as SyntaxError
            }
        }
        throw e0;
    }

    /** Compiles a statement the end of input cut short: a ParseError when it is still incomplete. */
    private static PyCode compileAtEnd(Interp interp, byte[] src, boolean utf8, int future) {
        ParseError e = parseError(src, utf8, future);
        if (e != null && e.incomplete()) {
            throw e;
        }
        return compileNow(interp, src, utf8, future);
    }

    /** Reports the syntax error of an input that ended inside a string. */
    private static void printSyntaxError(Interp interp, byte[] src, boolean utf8, int future) {
        try {
            if (utf8) {
                interp.compile(new String(src, StandardCharsets.UTF_8), "<stdin>", "single", future);
            } else {
                interp.compile(src, "<stdin>", "single", future | Parser.STRING_INPUT);
            }
        } catch (PyException e) {
            printException(interp, e);
        }
    }

    /** PyErr_Print at the prompt: a pending softspace newline on sys.stdout first. */
    private static void printException(Interp interp, PyException e) {
        PyObject out = interp.sysGet("stdout");
        if (out != null && Interp.softspace(out, false)) {
            try {
                Interp.writeString(out, "\n");
            } catch (PyException ignored) {
                // as Py_FlushLine's error is cleared
            }
        }
        Main.flushStdout();
        TracebackPrinter.print(e);
    }

    /** Runs one statement; the exit status when it raised SystemExit, else null. */
    private static Integer execute(Interp interp, PyDict g, PyCode code, int[] future) {
        future[0] |= code.futureFlags & FUTURE_MASK;
        try {
            interp.runCode(code, g, g);
        } catch (PyException e) {
            if (e.matches(Exceptions.SystemExit)) {
                return Main.exitCode(e);
            }
            printException(interp, e);
            return null;
        }
        PyObject out = interp.sysGet("stdout");
        if (out != null && Interp.softspace(out, false)) {
            try {
                Interp.writeString(out, "\n");
            } catch (PyException ignored) {
                // Py_FlushLine's error is cleared
            }
        }
        return null;
    }
}
