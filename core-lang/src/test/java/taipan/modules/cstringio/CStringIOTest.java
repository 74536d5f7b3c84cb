package taipan.modules.cstringio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import taipan.runtime.*;

/** The cStringIO objects from Java: buffer growth, positions, concurrent writers. */
class CStringIOTest {
    @BeforeAll
    static void interp() {
        ThreadState.bind(new ThreadState(Interp.create()));
    }

    private static StringO out() {
        return (StringO) CStringIOModule.StringIO(new PyObject[0], null);
    }

    @Test
    void writesGrowTheBufferAndSeekPadsOnlyWhenWriting() {
        StringO o = out();
        for (int i = 0; i < 1000; i++) {
            o.write(new PyObject[] {PyStr.of("0123456789")}, null);
        }
        assertEquals(10000, ((PyStr) o.getvalue(null)).size());
        o.seek(10005, 0);
        assertEquals(10000, ((PyStr) o.getvalue(null)).size());
        o.write(new PyObject[] {PyStr.of("x")}, null);
        PyStr v = (PyStr) o.getvalue(null);
        assertEquals(10006, v.size());
        assertEquals(0, v.byteAt(10003));
        assertEquals('x', v.byteAt(10005));
    }

    @Test
    void inputSharesTheStringAndReadsLines() {
        PyStr s = PyStr.of("a\nbb\nccc");
        StringI i = (StringI) CStringIOModule.StringIO(new PyObject[] {s}, null);
        assertEquals("a\n", i.readline(null).toString());
        assertEquals("bb\n", i.next().toString());
        assertEquals("ccc", i.read(null).toString());
        assertSame(null, i.__iternext__());
        i.close();
        PyException e = assertThrows(PyException.class, () -> i.read(null));
        assertEquals("ValueError: I/O operation on closed file", e.getMessage());
    }

    @Test
    void concurrentWritesAreWhole() throws InterruptedException {
        StringO o = out();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    o.write(new PyObject[] {PyStr.of("abcd")}, null);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        String v = o.getvalue(null).toString();
        assertEquals(4 * 500 * 4, v.length());
        assertEquals("abcd".repeat(2000), v);
    }
}
