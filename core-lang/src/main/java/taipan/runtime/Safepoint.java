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

    /** The thread that should raise KeyboardInterrupt at its next safe point (Ctrl-C). */
    private static volatile Thread interruptTarget;

    /** Asks {@code t} (the main Python thread) to raise KeyboardInterrupt. */
    public static void requestKeyboardInterrupt(Thread t) {
        interruptTarget = t;
        pending = true;
    }

    public static void run() {
        pending = false;
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
