package taipan.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C stdio's buffering as glibc does it, seen through the descriptor. */
class StdioTest {
    @TempDir
    Path dir;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String read(Stdio s, int n) {
        byte[] buf = new byte[n];
        int got = s.read(buf, 0, n);
        return new String(buf, 0, got, StandardCharsets.ISO_8859_1);
    }

    @Test
    void fullBufferingWritesWhenFullOrFlushed() throws Exception {
        Path p = dir.resolve("f");
        Stdio s = new Stdio(FdIO.open(p.toString(), FdIO.O_WRONLY | FdIO.O_CREAT | FdIO.O_TRUNC, 0666), false, true, false);
        s.write(b("abc"), 0, 3);
        assertEquals(0, Files.size(p));
        assertTrue(s.hasPendingOutput());
        assertEquals(3, s.tell());
        s.flush();
        assertEquals(3, Files.size(p));
        byte[] big = new byte[10000];
        s.write(big, 0, big.length);
        assertEquals(3 + 8192, Files.size(p), "whole blocks go straight to the descriptor, the rest is buffered");
        s.close(true);
        assertEquals(10003, Files.size(p));
    }

    @Test
    void lineAndNoBuffering() throws Exception {
        Path p = dir.resolve("f");
        Stdio s = new Stdio(FdIO.open(p.toString(), FdIO.O_WRONLY | FdIO.O_CREAT | FdIO.O_TRUNC, 0666), false, true, false);
        s.setBuffering(Stdio.LINE);
        s.write(b("one\ntw"), 0, 6);
        assertEquals("one\n", Files.readString(p), "line buffering writes up to the last newline");
        s.setBuffering(Stdio.NONE);
        assertEquals("one\ntw", Files.readString(p), "changing the buffering flushes");
        s.write(b("o"), 0, 1);
        assertEquals("one\ntwo", Files.readString(p));
        s.close(true);
    }

    @Test
    void readBufferAndLogicalPosition() throws Exception {
        Path p = dir.resolve("f");
        Files.writeString(p, "0123456789");
        FdIO raw = FdIO.open(p.toString(), FdIO.O_RDWR, 0666);
        Stdio s = new Stdio(raw, true, true, false);
        assertEquals("01", read(s, 2));
        assertEquals(10, raw.tell(), "the buffer holds the rest");
        assertEquals(2, s.tell());
        s.write(b("AB"), 0, 2);
        assertEquals(4, s.tell(), "writing after reading continues at the logical position");
        assertEquals("45", read(s, 2));
        s.seek(0, RawIO.SEEK_SET);
        assertEquals("01AB456789", read(s, 100));
        assertTrue(s.eof());
        s.seek(-3, RawIO.SEEK_END);
        assertFalse(s.eof(), "a seek forgets end of file");
        assertEquals("789", read(s, 100));
        s.seek(4, RawIO.SEEK_SET);
        assertEquals('4', s.getc());
        s.flush();
        assertEquals(5, raw.tell(), "fflush on input gives the unread bytes back to the descriptor");
        s.close(true);
    }

    @Test
    void endOfFileSticksForBufferedReads() throws Exception {
        Path p = dir.resolve("f");
        Files.writeString(p, "ab");
        Stdio s = new Stdio(FdIO.open(p.toString(), FdIO.O_RDONLY, 0666), true, false, false);
        assertEquals("ab", read(s, 10));
        assertTrue(s.eof());
        Files.writeString(p, "abcd");
        assertEquals("", read(s, 10), "small reads see the end of file again");
        assertEquals(-1, s.getc());
        assertEquals("cd", read(s, 8192), "reads of a buffer or more go to the descriptor");
        s.clearerr();
        s.close(true);
    }

    @Test
    void wrongDirectionFailsWithEbadf() throws Exception {
        Path p = dir.resolve("f");
        Files.writeString(p, "ab");
        Stdio r = new Stdio(FdIO.open(p.toString(), FdIO.O_RDONLY, 0666), true, false, false);
        ErrnoException e = assertThrows(ErrnoException.class, () -> r.write(b("x"), 0, 1));
        assertEquals(Errno.EBADF, e.errno);
        r.close(true);
        Stdio w = new Stdio(FdIO.open(p.toString(), FdIO.O_WRONLY, 0666), false, true, false);
        assertEquals(0, w.read(new byte[1], 0, 1));
        assertTrue(w.error());
        assertEquals(Errno.EBADF, w.errno());
        w.close(true);
    }

    @Test
    void appendingTellCountsPendingOutputFromTheEnd() throws Exception {
        Path p = dir.resolve("f");
        Files.writeString(p, "0123456789");
        FdIO raw = FdIO.open(p.toString(), FdIO.O_WRONLY | FdIO.O_APPEND, 0666);
        raw.seek(0, RawIO.SEEK_END);
        Stdio s = new Stdio(raw, false, true, true);
        s.seek(0, RawIO.SEEK_SET);
        assertEquals(0, s.tell());
        s.write(b("x"), 0, 1);
        assertEquals(11, s.tell());
        s.close(true);
        assertEquals("0123456789x", Files.readString(p));
    }

    @Test
    void flushAllWritesEveryOpenStream() throws Exception {
        Path p = dir.resolve("f");
        Stdio s = new Stdio(FdIO.open(p.toString(), FdIO.O_WRONLY | FdIO.O_CREAT, 0666), false, true, false);
        s.write(b("pending"), 0, 7);
        Stdio.flushAll();
        assertEquals("pending", Files.readString(p));
        s.close(true);
    }

    @Test
    void streamsOverJavaStreams() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Stdio s = new Stdio(new StreamIO(null, out, false), false, true, false);
        s.write(b("x"), 0, 1);
        assertEquals(0, out.size());
        s.close(false);
        assertEquals("x", out.toString(StandardCharsets.ISO_8859_1), "close without closing the raw stream flushes");
        assertFalse(s.isClosed());
    }
}
