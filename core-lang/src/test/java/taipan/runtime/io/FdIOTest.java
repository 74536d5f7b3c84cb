package taipan.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw descriptor layer: open flags, errno, offsets shared through the descriptor. */
class FdIOTest {
    @TempDir
    Path dir;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String read(RawIO io, int n) throws IOException {
        byte[] buf = new byte[n];
        int got = io.read(buf, 0, n);
        return new String(buf, 0, got, StandardCharsets.ISO_8859_1);
    }

    @Test
    void openErrorsCarryErrno() {
        String missing = dir.resolve("missing").toString();
        ErrnoException e = assertThrows(ErrnoException.class, () -> FdIO.open(missing, FdIO.O_RDONLY, 0666));
        assertEquals(Errno.ENOENT, e.errno);
        assertEquals("No such file or directory", e.getMessage());
        e = assertThrows(ErrnoException.class, () -> FdIO.open(missing, FdIO.O_RDWR, 0666));
        assertEquals(Errno.ENOENT, e.errno, "O_RDWR without O_CREAT does not create");
        e = assertThrows(ErrnoException.class, () -> FdIO.open(dir.toString(), FdIO.O_WRONLY | FdIO.O_CREAT, 0666));
        assertEquals(Errno.EISDIR, e.errno);
        e = assertThrows(ErrnoException.class, () -> FdIO.open("", FdIO.O_RDONLY, 0666));
        assertEquals(Errno.ENOENT, e.errno);
        e = assertThrows(ErrnoException.class, () -> FdIO.open(dir.resolve("missing/x").toString(), FdIO.O_WRONLY | FdIO.O_CREAT, 0666));
        assertEquals(Errno.ENOENT, e.errno);
    }

    @Test
    void exclusiveCreate() throws Exception {
        String p = dir.resolve("x").toString();
        FdIO.open(p, FdIO.O_WRONLY | FdIO.O_CREAT | FdIO.O_EXCL, 0666).close();
        ErrnoException e = assertThrows(ErrnoException.class,
                () -> FdIO.open(p, FdIO.O_WRONLY | FdIO.O_CREAT | FdIO.O_EXCL, 0666));
        assertEquals(Errno.EEXIST, e.errno);
    }

    @Test
    void readWriteSeekTruncate() throws Exception {
        String p = dir.resolve("f").toString();
        FdIO io = FdIO.open(p, FdIO.O_RDWR | FdIO.O_CREAT | FdIO.O_TRUNC, 0666);
        assertTrue(io.readable() && io.writable() && !io.append());
        assertEquals(5, io.write(b("hello"), 0, 5));
        assertEquals(5, io.tell());
        assertEquals(1, io.seek(1, RawIO.SEEK_SET));
        assertEquals("ell", read(io, 3));
        assertEquals(3, io.seek(-1, RawIO.SEEK_END) - 1);
        assertEquals("o", read(io, 10));
        assertEquals("", read(io, 10), "0 at end of file");
        ErrnoException e = assertThrows(ErrnoException.class, () -> io.seek(-10, RawIO.SEEK_CUR));
        assertEquals(Errno.EINVAL, e.errno);
        e = assertThrows(ErrnoException.class, () -> io.seek(0, 7));
        assertEquals(Errno.EINVAL, e.errno);
        io.truncate(2);
        assertEquals(2, io.size());
        assertEquals(5, io.tell(), "ftruncate leaves the offset");
        io.truncate(4);
        assertArrayEquals(new byte[] {'h', 'e', 0, 0}, Files.readAllBytes(Path.of(p)));
        io.close();
        io.close();
        assertTrue(io.isClosed());
        e = assertThrows(ErrnoException.class, () -> io.read(new byte[1], 0, 1));
        assertEquals(Errno.EBADF, e.errno);
    }

    @Test
    void wrongDirectionIsEbadf() throws Exception {
        String p = dir.resolve("f").toString();
        Files.writeString(Path.of(p), "data");
        FdIO r = FdIO.open(p, FdIO.O_RDONLY, 0666);
        ErrnoException e = assertThrows(ErrnoException.class, () -> r.write(b("x"), 0, 1));
        assertEquals(Errno.EBADF, e.errno);
        r.close();
        FdIO w = FdIO.open(p, FdIO.O_WRONLY, 0666);
        e = assertThrows(ErrnoException.class, () -> w.read(new byte[1], 0, 1));
        assertEquals(Errno.EBADF, e.errno);
        w.close();
    }

    @Test
    void appendModes() throws Exception {
        String p = dir.resolve("a").toString();
        Files.writeString(Path.of(p), "0123");
        FdIO a = FdIO.open(p, FdIO.O_WRONLY | FdIO.O_CREAT | FdIO.O_APPEND, 0666);
        assertTrue(a.append());
        a.seek(0, RawIO.SEEK_SET);
        assertEquals(0, a.tell(), "the offset after a seek, as lseek reports it");
        a.write(b("x"), 0, 1);
        assertEquals(5, a.tell(), "a write moves to the end");
        a.close();
        FdIO ap = FdIO.open(p, FdIO.O_RDWR | FdIO.O_CREAT | FdIO.O_APPEND, 0666);
        assertEquals("01", read(ap, 2));
        ap.write(b("y"), 0, 1);
        assertEquals(6, ap.tell());
        ap.close();
        assertEquals("0123xy", Files.readString(Path.of(p)));
    }

    @Test
    void descriptorNumbersAndSharedOffsets() throws Exception {
        assertTrue(Fds.accessible(), "the tests run with the launcher's --add-opens");
        String p = dir.resolve("d").toString();
        Files.writeString(Path.of(p), "abcdefgh");
        FdIO io = FdIO.open(p, FdIO.O_RDONLY, 0666);
        int fd = io.fileno();
        assertTrue(fd > 2);
        assertEquals(Path.of(p).toRealPath(), Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toRealPath());
        assertFalse(io.isatty());
        FdIO same = FdIO.fromFd(fd, true, false, false, false);
        assertEquals(fd, same.fileno());
        assertEquals("ab", read(io, 2));
        assertEquals(2, same.tell(), "one descriptor, one offset");
        assertEquals("cd", read(same, 2));
        assertEquals(4, io.tell());
        same.close();
        assertEquals("ef", read(io, 2), "closing a wrapper that does not own the descriptor leaves it open");
        io.close();
        assertFalse(Files.exists(Path.of("/proc/self/fd/" + fd)) && Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd))
                .toString().equals(p), "the descriptor is closed");
    }

    @Test
    void standardDescriptors() throws Exception {
        assertEquals(0, FdIO.standard(0).fileno());
        assertEquals(1, FdIO.standard(1).fileno());
        assertEquals(2, FdIO.standard(2).fileno());
        assertTrue(FdIO.standard(0).readable() && !FdIO.standard(0).writable());
        assertTrue(FdIO.standard(1).writable() && !FdIO.standard(1).readable());
        assertEquals(FdIO.standard(1), FdIO.standard(1));
    }

    @Test
    void streamsHaveNoDescriptor() throws Exception {
        StreamIO s = new StreamIO(null, new java.io.ByteArrayOutputStream(), false);
        assertThrows(IOException.class, s::fileno);
        ErrnoException e = assertThrows(ErrnoException.class, () -> s.seek(0, RawIO.SEEK_SET));
        assertEquals(Errno.ESPIPE, e.errno);
        assertFalse(s.isatty());
    }

    @Test
    void errnoTexts() {
        assertEquals("Bad file descriptor", Errno.strerror(Errno.EBADF));
        assertEquals("Illegal seek", Errno.strerror(29));
        assertEquals("Unknown error 41", Errno.strerror(41));
        assertEquals("Unknown error 999", Errno.strerror(999));
        assertEquals(Errno.EISDIR, Errno.errnoOf(new java.io.FileNotFoundException("/tmp (Is a directory)")));
        assertEquals(Errno.EACCES, Errno.errnoOf(new java.nio.file.AccessDeniedException("/x")));
        assertEquals(Errno.EPIPE, Errno.errnoOf(new IOException("Broken pipe")));
        assertEquals(Errno.EIO, Errno.errnoOf(new IOException("something else")));
    }
}
