package taipan.runtime.io;

import java.io.IOError;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Line editing with history (JLine 3) for the interactive prompt and raw_input, as GNU
 * readline serves CPython: emacs keys, Tab inserts a tab, history of every line entered
 * (shared by the prompt and raw_input), Ctrl-D on an empty line is end of file, Ctrl-C
 * abandons the line.
 *
 * <p>While a line is read, the terminal's interrupt character is switched off and Ctrl-C
 * arrives as a key: no SIGINT is raised and no JVM signal handler is installed (the
 * runtime's own SIGINT handling stays untouched).
 */
public final class LineEditor {
    /** Ctrl-C while reading a line (the caller raises KeyboardInterrupt). */
    public static final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;

        Interrupted() {
            super(null, null, false, false);
        }
    }

    /** Thrown by the Ctrl-C widget through JLine's read loop. */
    private static final class InterruptKey extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InterruptKey() {
            super(null, null, false, false);
        }
    }

    /** Thrown by the Ctrl-D widget on an empty line. */
    private static final class EofKey extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EofKey() {
            super(null, null, false, false);
        }
    }

    private static final String INTERRUPT_WIDGET = "taipan-interrupt";
    private static final String EOF_WIDGET = "taipan-eof-or-delete";
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private final Terminal terminal;
    private final LineReader reader;
    private final boolean system;
    private final Charset charset;

    private static LineEditor systemEditor;
    private static boolean systemTried;

    /** An editor on {@code terminal}; {@code system}: it is the process's terminal (fd 0/1). */
    public LineEditor(Terminal terminal, boolean system) {
        this.terminal = terminal;
        this.system = system;
        this.charset = terminal.encoding() == null ? StandardCharsets.UTF_8 : terminal.encoding();
        LineReader r = LineReaderBuilder.builder().terminal(terminal).appName("python").build();
        r.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        r.unsetOpt(LineReader.Option.HISTORY_IGNORE_SPACE);
        r.unsetOpt(LineReader.Option.HISTORY_REDUCE_BLANKS);
        r.unsetOpt(LineReader.Option.INSERT_TAB);
        r.unsetOpt(LineReader.Option.AUTO_FRESH_LINE);
        r.setVariable(LineReader.BLINK_MATCHING_PAREN, 0L);
        r.getWidgets().put(INTERRUPT_WIDGET, () -> {
            throw new InterruptKey();
        });
        r.getWidgets().put(EOF_WIDGET, () -> {
            if (r.getBuffer().length() == 0) {
                throw new EofKey();
            }
            r.callWidget(LineReader.DELETE_CHAR);
            return true;
        });
        for (String map : new String[] {LineReader.EMACS, LineReader.VIINS, LineReader.VICMD, LineReader.MAIN}) {
            KeyMap<Binding> km = r.getKeyMaps().get(map);
            if (km == null) {
                continue;
            }
            km.bind(new Reference(INTERRUPT_WIDGET), KeyMap.ctrl('C'));
            if (!map.equals(LineReader.VICMD)) {
                km.bind(new Reference(EOF_WIDGET), KeyMap.ctrl('D'));
            }
            if (!map.equals(LineReader.VICMD)) {
                km.bind(new Reference(LineReader.SELF_INSERT), "\t");
            }
        }
        this.reader = r;
    }

    /** Whether the process's stdin and stdout are both terminals. */
    public static boolean available() {
        return FdIO.standard(0).isatty() && FdIO.standard(1).isatty();
    }

    /**
     * The editor on the process's terminal, made on first use; null when stdin or stdout
     * is not a terminal or no terminal could be opened.
     */
    public static synchronized LineEditor system() {
        if (!systemTried) {
            systemTried = true;
            if (available()) {
                JLINE_LOG.setLevel(Level.OFF);
                try {
                    Charset cs = charsetOf(taipan.runtime.PyFile.terminalEncoding());
                    Terminal t = TerminalBuilder.builder().system(true).nativeSignals(false).encoding(cs).build();
                    if (!Terminal.TYPE_DUMB.equals(t.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(t.getType())) {
                        systemEditor = new LineEditor(t, true);
                    } else {
                        t.close();
                    }
                } catch (IOException | RuntimeException | IOError e) {
                    systemEditor = null;
                }
            }
        }
        return systemEditor;
    }

    private static Charset charsetOf(String name) {
        try {
            return name.equals("ANSI_X3.4-1968") ? StandardCharsets.US_ASCII : Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The terminal's character encoding (lines are returned in it). */
    public Charset charset() {
        return charset;
    }

    /**
     * Reads a line after writing {@code prompt} (bytes in the terminal's encoding): the line's
     * bytes without its newline, or null at end of file (Ctrl-D on an empty line).
     */
    public byte[] readLine(byte[] prompt) throws Interrupted {
        String p = new String(prompt, charset).replace("%", "%%");
        Attributes saved = null;
        try {
            if (system) {
                saved = terminal.getAttributes();
                Attributes noIntr = new Attributes(saved);
                noIntr.setControlChar(Attributes.ControlChar.VINTR, 0);
                terminal.setAttributes(noIntr);
            }
            String line = reader.readLine(p);
            return line.getBytes(charset);
        } catch (EndOfFileException | EofKey e) {
            return null;
        } catch (UserInterruptException | InterruptKey e) {
            throw new Interrupted();
        } catch (IOError e) {
            return null;
        } finally {
            Thread.interrupted(); // JLine re-asserts an interrupt it saw; it must not reach NIO channels
            if (saved != null) {
                terminal.setAttributes(saved);
            }
            terminal.flush();
        }
    }
}
