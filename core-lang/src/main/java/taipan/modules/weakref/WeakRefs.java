package taipan.modules.weakref;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentMap;

import com.google.common.collect.MapMaker;

import taipan.runtime.*;

/**
 * The registry of weak references: which references point to each live object (for
 * getweakrefcount/getweakrefs and to reuse the callback-less reference), and the delivery
 * of callbacks after the garbage collector clears a referent. Callbacks run on a Python
 * thread at its next safe point (or at once in gc.collect()), never on a JVM thread.
 */
public final class WeakRefs {
    private WeakRefs() {}

    /** The Java reference behind a Python weak reference or proxy. */
    static final class Ref extends WeakReference<PyObject> {
        /** The Python object (weakref or proxy) to hand to the callback. */
        final PyObject owner;
        final PyObject callback;

        Ref(PyObject referent, PyObject owner, PyObject callback) {
            super(referent, callback == null ? null : QUEUE);
            this.owner = owner;
            this.callback = callback;
        }
    }

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    private static final ConcurrentMap<PyObject, List<PyObject>> REFS = new MapMaker().weakKeys().makeMap();

    static {
        Thread t = new Thread(WeakRefs::deliverLoop, "taipan-weakref-callbacks");
        t.setDaemon(true);
        t.start();
    }

    private static void deliverLoop() {
        while (true) {
            try {
                Ref r = (Ref) QUEUE.remove();
                Safepoint.post(() -> runCallback(r));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void runCallback(Ref r) {
        try {
            Ops.call(r.callback, r.owner);
        } catch (PyException e) {
            // CPython prints "Exception ... in <callback> ignored" and goes on
            TracebackPrinter.writeStderr("Exception " + TracebackPrinter.formatExceptionOnly(e.type, e.value).strip()
                    + " in " + Ops.repr(r.callback) + " ignored\n");
        }
    }

    /** After a forced collection: runs every callback already queued, on this thread. */
    static void drainNow() {
        for (int idle = 0; idle < 3; ) {
            Ref r;
            try {
                r = (Ref) QUEUE.remove(15);
            } catch (InterruptedException e) {
                return;
            }
            if (r == null) {
                idle++;
                continue;
            }
            runCallback(r);
        }
        Safepoint.runTasks();
    }

    static void checkReferent(PyObject o) {
        if (!Weakrefable.check(o)) {
            throw Py.TypeError("cannot create weak reference to '" + o.getType().getName() + "' object");
        }
    }

    /** The live weak references and proxies to {@code o}, oldest first. */
    static List<PyObject> refsTo(PyObject o) {
        List<PyObject> l = REFS.get(o);
        if (l == null) {
            return List.of();
        }
        synchronized (l) {
            return new ArrayList<>(l);
        }
    }

    static void register(PyObject referent, PyObject ref) {
        List<PyObject> l = REFS.computeIfAbsent(referent, k -> new ArrayList<>());
        synchronized (l) {
            l.add(ref);
        }
    }

    /** The existing plain (no callback, exact type) reference or proxy of {@code kind}, or null. */
    static PyObject existing(PyObject referent, Class<?> kind) {
        for (PyObject r : refsTo(referent)) {
            if (r.getClass() == kind && (r instanceof PyWeakRef w ? w.callback == null : ((PyWeakProxy) r).callback == null)) {
                return r;
            }
        }
        return null;
    }
}
