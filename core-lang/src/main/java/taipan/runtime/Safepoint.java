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

    public static void run() {
        pending = false;
        Runnable h = handler;
        if (h != null) {
            h.run();
        }
    }
}
