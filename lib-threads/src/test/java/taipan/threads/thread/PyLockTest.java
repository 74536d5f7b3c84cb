package taipan.threads.thread;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import taipan.runtime.PyException;

class PyLockTest {
    @Test
    void excludesOtherThreads() throws Exception {
        PyLock lock = new PyLock();
        int[] counter = {0};
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    lock.acquire(true);
                    if (inside.incrementAndGet() != 1) {
                        overlaps.incrementAndGet();
                    }
                    counter[0]++;
                    inside.decrementAndGet();
                    lock.release();
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(40_000, counter[0]);
        assertEquals(0, overlaps.get());
        assertFalse(lock.isLocked());
    }

    @Test
    void anotherThreadMayRelease() throws Exception {
        PyLock lock = new PyLock();
        assertTrue(lock.acquire(true));
        assertFalse(lock.acquire(false));
        Thread th = new Thread(lock::release);
        th.start();
        th.join();
        assertFalse(lock.isLocked());
        assertTrue(lock.acquire(0.5));
        assertFalse(lock.acquire(0.01));
    }

    @Test
    void releasingAnUnlockedLockIsThreadError() {
        PyLock lock = new PyLock();
        PyException e = assertThrows(PyException.class, lock::release);
        assertTrue(e.matches(ThreadModule.ERROR));
    }
}
