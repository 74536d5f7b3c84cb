package taipan.net.socket;

import taipan.runtime.Safepoint;

/**
 * Tracks one blocking call on behalf of signal handling, as 2.7's calls behave: pending
 * work (Python signal handlers, Ctrl-C) runs while the call waits, and a signal that
 * reached a Python handler on the main thread ends the call with EINTR if the handler
 * did not raise.
 */
public final class Interruption {
    private final long arrivals = Safepoint.signalArrivals;
    private final boolean main = Thread.currentThread() == Safepoint.mainThread;

    /** Runs pending work; true when the call should now fail with EINTR. */
    public boolean interrupted() {
        if (Safepoint.pending) {
            Safepoint.run();
        }
        return main && Safepoint.signalArrivals != arrivals;
    }
}
