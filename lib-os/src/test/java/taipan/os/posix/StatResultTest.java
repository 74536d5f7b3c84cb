package taipan.os.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

import taipan.runtime.*;

/** stat_result from a struct stat laid out as on x86_64, and the conf-name tables. */
class StatResultTest {
    private static byte[] x86Stat() {
        ByteBuffer b = ByteBuffer.allocate(144).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, 2049).putLong(8, 1234567).putLong(16, 3).putInt(24, 0100644).putInt(28, 1000).putInt(32, 100)
                .putLong(40, 0).putLong(48, 4096).putLong(56, 512).putLong(64, 8)
                .putLong(72, 1000000000L).putLong(80, 500000000L)
                .putLong(88, 1200000000L).putLong(96, 0)
                .putLong(104, 1300000000L).putLong(112, 250000000L);
        return b.array();
    }

    private static long lv(PyObject o) {
        return ((PyInt) o).value;
    }

    @Test
    void fieldsComeFromTheirOffsets() {
        if (StatResult.AARCH64) {
            return;
        }
        PyStructSequence s = (PyStructSequence) StatResult.from(x86Stat());
        assertEquals(0100644, lv(s.get(0)));
        assertEquals(1234567, lv(s.get(1)));
        assertEquals(2049, lv(s.get(2)));
        assertEquals(3, lv(s.get(3)));
        assertEquals(1000, lv(s.get(4)));
        assertEquals(100, lv(s.get(5)));
        assertEquals(4096, lv(s.get(6)));
        // the visible times are whole seconds; the named ones carry the fraction
        assertEquals(1000000000L, lv(s.get(7)));
        assertEquals(1000000000.5, ((PyFloat) s.get(10)).value, 1e-6);
        assertEquals(1300000000.25, ((PyFloat) s.get(12)).value, 1e-6);
        assertEquals(512, lv(s.get(13)));
        assertEquals(8, lv(s.get(14)));
        assertEquals(10, s.__len__());
    }

    @Test
    void largeUnsignedValuesBecomeLongs() {
        if (StatResult.AARCH64) {
            return;
        }
        byte[] buf = x86Stat();
        ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN).putLong(8, -1L);
        PyStructSequence s = (PyStructSequence) StatResult.from(buf);
        assertTrue(s.get(1) instanceof PyLong);
        assertEquals("18446744073709551615", Ops.str(s.get(1)).toString());
    }

    @Test
    void confNamesMatchGlibcNumbering() {
        assertEquals(30, Confnames.code(PyStr.of("SC_PAGESIZE"), Confnames.SYSCONF));
        assertEquals(30, Confnames.code(PyStr.of("SC_PAGE_SIZE"), Confnames.SYSCONF));
        assertEquals(61, Confnames.code(PyStr.of("SC_PII_INTERNET_STREAM"), Confnames.SYSCONF));
        assertEquals(131, Confnames.code(PyStr.of("SC_XOPEN_REALTIME_THREADS"), Confnames.SYSCONF));
        assertEquals(3, Confnames.code(PyStr.of("PC_NAME_MAX"), Confnames.PATHCONF));
        assertEquals(0, Confnames.code(PyStr.of("CS_PATH"), Confnames.CONFSTR));
        assertEquals(1007, Confnames.code(PyStr.of("CS_LFS64_LINTFLAGS"), Confnames.CONFSTR));
        assertEquals(1115, Confnames.code(PyStr.of("CS_XBS5_LPBIG_OFFBIG_LINTFLAGS"), Confnames.CONFSTR));
        assertEquals(7, Confnames.code(PyInt.of(7), Confnames.PATHCONF));
    }

    @Test
    void wrongConfNamesRaiseCPythonsErrors() {
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> Confnames.code(PyStr.of("SC_NOPE"), Confnames.SYSCONF));
        assertTrue(e.matches(Exceptions.ValueError));
        e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> Confnames.code(new PyFloat(1.5), Confnames.SYSCONF));
        assertTrue(e.matches(Exceptions.TypeError));
    }
}
