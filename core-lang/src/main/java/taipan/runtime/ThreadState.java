package taipan.runtime;

/**
 * Per-thread interpreter state: the current frame (for tracebacks and sys._getframe),
 * the exception being handled (sys.exc_info), the recursion depth.
 */
public final class ThreadState {
    public final Interp interp;
    /** The innermost executing Python frame. */
    public PyFrame frame;
    /** The exception currently being handled (sys.exc_info), or null. */
    public PyException exc;
    public int depth;
    /** sys.settrace / sys.setprofile functions of this thread (null: none). */
    public PyObject traceFunc, profileFunc;
    /** True while a trace or profile function runs (no events are reported then). */
    public boolean tracing;

    public ThreadState(Interp interp) {
        this.interp = interp;
    }

    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    /** The state of the calling thread (created on first use for threads Java started). */
    public static ThreadState get() {
        ThreadState ts = peek();
        if (ts == null) {
            ts = new ThreadState(Interp.defaultInterp());
            CURRENT.set(ts);
        }
        return ts;
    }

    /** The state of the calling thread, or null if it has none yet. */
    public static ThreadState peek() {
        Thread t = Thread.currentThread();
        if (t instanceof PyThread p) {
            return p.state;
        }
        return CURRENT.get();
    }

    /** Binds a state to the calling (foreign) thread, e.g. for an embedding interpreter. */
    public static void bind(ThreadState ts) {
        if (ts == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(ts);
        }
    }

    /** A thread that runs Python code; its state is a field, found without a ThreadLocal. */
    public static class PyThread extends Thread {
        public final ThreadState state;

        public PyThread(ThreadGroup group, Runnable body, String name, long stackSize, Interp interp) {
            super(group, body, name, stackSize);
            this.state = new ThreadState(interp);
        }
    }
}
