package taipan.runtime;

/**
 * Where the evaluator lets asynchronous events in (loop back-edges and calls): signal
 * handlers registered by lib-os, KeyboardInterrupt. Checking is one volatile read.
 */
public final class Safepoint {
    private Safepoint() {}

    /** Set by whoever has work for the main thread; cleared by {@link #run}. */
    public static volatile boolean pending;

    /** Runs the pending work (Python signal handlers); their exceptions propagate. */
    public static volatile Runnable handler;

    /** The main Python thread (signal handlers run only there); null when embedded. */
    public static volatile Thread mainThread;

    /**
     * Counts signals caught for Python handlers (lib-os increments it): a blocking wait on
     * the main thread such as time.sleep returns early when it changes, as a system call
     * interrupted by a signal does in CPython.
     */
    public static volatile long signalArrivals;

    /** The thread that should raise KeyboardInterrupt at its next safe point (Ctrl-C). */
    private static volatile Thread interruptTarget;

    /** Asks {@code t} (the main Python thread) to raise KeyboardInterrupt. */
    public static void requestKeyboardInterrupt(Thread t) {
        interruptTarget = t;
        pending = true;
    }

    private static final java.util.concurrent.ConcurrentLinkedQueue<Runnable> TASKS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** Runs {@code task} on the next Python thread that reaches a safe point (weakref callbacks). */
    public static void post(Runnable task) {
        TASKS.add(task);
        pending = true;
    }

    /** Runs the posted tasks now, on the calling thread. */
    public static void runTasks() {
        for (Runnable r; (r = TASKS.poll()) != null; ) {
            r.run();
        }
    }

    public static void run() {
        pending = false;
        runTasks();
        Thread target = interruptTarget;
        if (target != null) {
            if (target == Thread.currentThread()) {
                interruptTarget = null;
                throw new PyException(Exceptions.KeyboardInterrupt);
            }
            pending = true; // not ours: leave it for the main thread
        }
        Runnable h = handler;
        if (h != null) {
            h.run();
        }
    }
}
