package taipan.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The line editor on a JLine dumb terminal fed from a byte stream. */
class LineEditorTest {
    private static LineEditor editor(String input, ByteArrayOutputStream out) throws Exception {
        DumbTerminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
                StandardCharsets.UTF_8);
        return new LineEditor(t, false);
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void linesPromptsAndEndOfFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineEditor ed = editor("first line\nx != 1 and !y\n\tindented\n100% done\n", out);
        assertArrayEquals(b("first line"), ed.readLine(b(">>> ")));
        assertArrayEquals(b("x != 1 and !y"), ed.readLine(b("... ")), "no history expansion of '!'");
        assertArrayEquals(b("\tindented"), ed.readLine(b(">>> ")), "Tab inserts a tab");
        assertArrayEquals(b("100% done"), ed.readLine(b("%d> ")));
        assertNull(ed.readLine(b(">>> ")), "end of input is end of file");
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains(">>> "), shown);
        assertTrue(shown.contains("... "), shown);
        assertTrue(shown.contains("%d> "), "a '%' in a prompt is shown as it is: " + shown);
    }

    @Test
    void utf8LinesComeBackAsTheirBytes() throws Exception {
        LineEditor ed = editor("caf\u00e9 \u20ac\n", new ByteArrayOutputStream());
        assertEquals(StandardCharsets.UTF_8, ed.charset());
        assertArrayEquals(b("caf\u00e9 \u20ac"), ed.readLine(b("\u00bb ")));
    }

    @Test
    void ctrlCAbandonsTheLine() throws Exception {
        LineEditor ed = editor("abc\u0003def\n", new ByteArrayOutputStream());
        assertThrows(LineEditor.Interrupted.class, () -> ed.readLine(b(">>> ")));
        assertFalse(Thread.currentThread().isInterrupted(), "no interrupt is left for NIO channels");
        assertArrayEquals(b("def"), ed.readLine(b(">>> ")), "the next line is read normally");
    }

    @Test
    void ctrlDOnAnEmptyLineIsEndOfFile() throws Exception {
        LineEditor ed = editor("\u0004more\n", new ByteArrayOutputStream());
        assertNull(ed.readLine(b(">>> ")));
    }
}
