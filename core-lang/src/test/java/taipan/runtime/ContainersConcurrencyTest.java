package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Containers under real threads: every single operation is atomic, and no Java exception
 * (only Python ones, such as IndexError or "Set changed size during iteration") ever
 * escapes to the caller, whatever other threads do meanwhile.
 */
class ContainersConcurrencyTest {

    /** Runs the bodies in parallel; returns the non-Python exceptions they threw. */
    private static List<Throwable> runAll(List<Runnable> bodies) throws InterruptedException {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (Runnable r : bodies) {
            Thread t = new Thread(() -> {
                try {
                    r.run();
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(t);
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(120_000);
        }
        return new ArrayList<>(errors);
    }

    private static void check(List<Throwable> errors) {
        if (!errors.isEmpty()) {
            AssertionError e = new AssertionError("Java exceptions escaped: " + errors);
            errors.forEach(e::addSuppressed);
            throw e;
        }
    }

    @Test
    void appendsFromManyThreadsAreAllKept() throws Exception {
        PyList l = new PyList();
        List<Runnable> bodies = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int base = t * 100_000;
            bodies.add(() -> {
                for (int i = 0; i < 20_000; i++) {
                    l.append(PyInt.of(base + i));
                }
            });
        }
        check(runAll(bodies));
        assertEquals(160_000, l.size());
        assertEquals(40 + 8L * l.allocated, ((PyInt) l.__sizeof__()).value);
        long sum = 0;
        for (PyObject x : l.toArray()) {
            sum += ((PyInt) x).value;
        }
        long expected = 0;
        for (int t = 0; t < 8; t++) {
            expected += 20_000L * t * 100_000 + 20_000L * 19_999 / 2;
        }
        assertEquals(expected, sum);
    }

    @Test
    void listReadersNeverSeeJavaExceptions() throws Exception {
        PyList l = new PyList();
        for (int i = 0; i < 100; i++) {
            l.append(PyInt.of(i));
        }
        AtomicBoolean stop = new AtomicBoolean();
        List<Runnable> bodies = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int seed = w;
            bodies.add(() -> {
                java.util.Random rnd = new java.util.Random(seed);
                for (int i = 0; i < 30_000; i++) {
                    try {
                        switch (rnd.nextInt(12)) {
                            case 0 -> l.append(PyInt.of(i));
                            case 1 -> l.pop(-1);
                            case 2 -> l.insert(rnd.nextInt(50) - 25, PyInt.of(i));
                            case 3 -> l.__delitem__(new PySlice(PyInt.of(rnd.nextInt(20)), PyInt.of(rnd.nextInt(40)), Py.None));
                            case 4 -> l.__setitem__(new PySlice(PyInt.of(rnd.nextInt(20)), PyInt.of(rnd.nextInt(40)), Py.None),
                                    new PyList(new PyObject[] {PyInt.of(1), PyInt.of(2), PyInt.of(3)}));
                            case 5 -> l.__setitem__(PyInt.of(rnd.nextInt(100)), PyInt.of(i));
                            case 6 -> l.sort(null, null, rnd.nextBoolean());
                            case 7 -> l.extend(new PyTuple(new PyObject[] {PyInt.of(7), PyInt.of(8)}));
                            case 8 -> l.__delitem__(new PySlice(Py.None, Py.None, PyInt.of(3)));
                            case 9 -> l.__imul__(PyInt.of(rnd.nextInt(3)));
                            case 10 -> l.reverse();
                            default -> l.remove(PyInt.of(rnd.nextInt(10)));
                        }
                    } catch (PyException e) {
                        // IndexError, ValueError ("list modified during sort", "not in list"): Python-level
                    }
                    if (l.size() > 5000) {
                        l.__delitem__(new PySlice(PyInt.of(100), Py.None, Py.None));
                    }
                }
            });
        }
        for (int r = 0; r < 4; r++) {
            bodies.add(() -> {
                while (!stop.get()) {
                    PyObject it = l.__iter__();
                    for (PyObject x; (x = it.__iternext__()) != null; ) {
                        assertNotNull(x);
                    }
                    PyObject rit = l.__reversed__();
                    for (PyObject x; (x = rit.__iternext__()) != null; ) {
                        assertNotNull(x);
                    }
                    try {
                        assertNotNull(l.__getitem__(PyInt.of(5)));
                        assertNotNull(l.__getitem__(PyInt.of(-1)));
                    } catch (PyException e) {
                        assertTrue(e.matches(Exceptions.IndexError));
                    }
                    assertNotNull(l.__getitem__(new PySlice(PyInt.of(2), PyInt.of(50), PyInt.of(3))));
                    assertNotNull(l.__getitem__(new PySlice(Py.None, Py.None, PyInt.of(-1))));
                    l.__contains__(PyInt.of(-7));
                    l.count(PyInt.of(3));
                    l.__eq__(l);
                    Ops.repr(l);
                    for (PyObject x : l.toArray()) {
                        assertNotNull(x);
                    }
                }
            });
        }
        List<Runnable> writers = bodies.subList(0, 3);
        List<Runnable> all = new ArrayList<>(bodies);
        all.set(0, () -> {
            try {
                writers.get(0).run();
            } finally {
                stop.set(true);
            }
        });
        check(runAll(all));
        for (PyObject x : l.toArray()) {
            assertNotNull(x);
        }
    }

    @Test
    void setOperationsFromManyThreads() throws Exception {
        PySet s = new PySet();
        AtomicBoolean stop = new AtomicBoolean();
        List<Runnable> bodies = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 1_000_000;
            bodies.add(() -> {
                for (int i = 0; i < 20_000; i++) {
                    s.add(PyInt.of(base + i));
                    s.add(PyStr.of("s" + (base + i)));
                    s.discard(PyStr.of("s" + (base + i)));
                }
            });
        }
        java.util.concurrent.atomic.AtomicInteger poppedNonStrings = new java.util.concurrent.atomic.AtomicInteger();
        bodies.add(() -> {
            for (int i = 0; i < 2_000; i++) {
                s.add(PyInt.of(-1 - i));
                PyObject k = s.pop();
                if (!(k instanceof PyStr)) {
                    poppedNonStrings.incrementAndGet();
                }
            }
        });
        for (int r = 0; r < 3; r++) {
            bodies.add(() -> {
                while (!stop.get()) {
                    try {
                        PyObject it = s.__iter__();
                        for (PyObject x; (x = it.__iternext__()) != null; ) {
                            assertNotNull(x);
                        }
                    } catch (PyException e) {
                        assertTrue(e.matches(Exceptions.RuntimeError));
                    }
                    s.__contains__(PyInt.of(17));
                    s.copy();
                    s.toList();
                    s.__len__();
                }
            });
        }
        List<Runnable> all = new ArrayList<>(bodies);
        Runnable first = all.get(0);
        all.set(0, () -> {
            try {
                first.run();
            } finally {
                stop.set(true);
            }
        });
        check(runAll(all));
        // every string key is gone (discarded or popped); each pop of another key removed one
        assertEquals(82_000 - poppedNonStrings.get(), s.size());
        assertEquals(s.size(), s.toList().size());
        for (PyObject k : s.toList()) {
            assertTrue(k instanceof PyInt);
            assertTrue(s.contains(k));
        }
    }

    @Test
    void sortRacingWithAppendsStaysConsistent() throws Exception {
        for (int round = 0; round < 20; round++) {
            PyList l = new PyList();
            long[] original = new long[20_000];
            for (int i = 0; i < original.length; i++) {
                original[i] = (i * 7919L) % 20_011;
                l.append(PyInt.of(original[i]));
            }
            java.util.Arrays.sort(original);
            List<Runnable> bodies = List.of(
                    () -> {
                        try {
                            l.sort(null, null, false);
                        } catch (PyException e) {
                            assertTrue(e.matches(Exceptions.ValueError));
                        }
                    },
                    () -> {
                        for (int i = 0; i < 50; i++) {
                            l.append(PyInt.of(-1));
                            Thread.yield();
                        }
                    });
            check(runAll(bodies));
            // appends made during the sort are dropped; the sorted items keep their order
            PyObject[] items = l.toArray();
            int lo = 0, hi = items.length;
            while (lo < hi && ((PyInt) items[lo]).value == -1) {
                lo++;
            }
            while (hi > lo && ((PyInt) items[hi - 1]).value == -1) {
                hi--;
            }
            assertEquals(original.length, hi - lo);
            for (int i = lo; i < hi; i++) {
                assertEquals(original[i - lo], ((PyInt) items[i]).value);
            }
            assertTrue(items.length - original.length <= 50);
        }
    }
}
