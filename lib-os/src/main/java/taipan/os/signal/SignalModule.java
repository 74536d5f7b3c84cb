package taipan.os.signal;

import taipan.runtime.*;

/**
 * {@code signal}: real dispositions through the C helper (see {@link NativeSignals}); the
 * Python handlers run on the main thread at its next safe point, their exceptions
 * propagating from there, as CPython runs them between bytecodes.
 */
@PyModuleDef(name = "signal", doc = SignalModule.DOC)
public final class SignalModule {
    private SignalModule() {}

    static final String DOC = "This module provides mechanisms to use signal handlers in Python.\n\nFunctions:\n\n"
            + "alarm() -- cause SIGALRM after a specified time [Unix only]\n"
            + "setitimer() -- cause a signal (described below) after a specified\n"
            + "               float time and the timer may restart then [Unix only]\n"
            + "getitimer() -- get current value of timer [Unix only]\n"
            + "signal() -- set the action for a given signal\n"
            + "getsignal() -- get the signal action for a given signal\n"
            + "pause() -- wait until a signal arrives [Unix only]\n"
            + "default_int_handler() -- default SIGINT handler\n\n"
            + "signal constants:\nSIG_DFL -- used to refer to the system default handler\n"
            + "SIG_IGN -- used to ignore the signal\nNSIG -- number of defined signals\n"
            + "SIGINT, SIGTERM, etc. -- signal numbers\n\n"
            + "itimer constants:\nITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n               expiration\n"
            + "ITIMER_VIRTUAL -- decrements only when the process is executing,\n               and delivers SIGVTALRM upon expiration\n"
            + "ITIMER_PROF -- decrements both when the process is executing and\n               when the system is executing on behalf of the process.\n"
            + "               Coupled with ITIMER_VIRTUAL, this timer is usually\n"
            + "               used to profile the time spent by the application\n               in user and kernel space. SIGPROF is delivered upon\n               expiration.\n\n\n"
            + "*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\n"
            + "the first is the signal number, the second is the interrupted stack frame.";

    @ExposedConstant static final int NSIG = 65;
    @ExposedConstant static final int SIG_DFL = 0;
    @ExposedConstant static final int SIG_IGN = 1;
    @ExposedConstant static final int SIGHUP = 1;
    @ExposedConstant static final int SIGINT = 2;
    @ExposedConstant static final int SIGQUIT = 3;
    @ExposedConstant static final int SIGILL = 4;
    @ExposedConstant static final int SIGTRAP = 5;
    @ExposedConstant static final int SIGABRT = 6;
    @ExposedConstant static final int SIGIOT = 6;
    @ExposedConstant static final int SIGBUS = 7;
    @ExposedConstant static final int SIGFPE = 8;
    @ExposedConstant static final int SIGKILL = 9;
    @ExposedConstant static final int SIGUSR1 = 10;
    @ExposedConstant static final int SIGSEGV = 11;
    @ExposedConstant static final int SIGUSR2 = 12;
    @ExposedConstant static final int SIGPIPE = 13;
    @ExposedConstant static final int SIGALRM = 14;
    @ExposedConstant static final int SIGTERM = 15;
    @ExposedConstant static final int SIGCHLD = 17;
    @ExposedConstant static final int SIGCLD = 17;
    @ExposedConstant static final int SIGCONT = 18;
    @ExposedConstant static final int SIGSTOP = 19;
    @ExposedConstant static final int SIGTSTP = 20;
    @ExposedConstant static final int SIGTTIN = 21;
    @ExposedConstant static final int SIGTTOU = 22;
    @ExposedConstant static final int SIGURG = 23;
    @ExposedConstant static final int SIGXCPU = 24;
    @ExposedConstant static final int SIGXFSZ = 25;
    @ExposedConstant static final int SIGVTALRM = 26;
    @ExposedConstant static final int SIGPROF = 27;
    @ExposedConstant static final int SIGWINCH = 28;
    @ExposedConstant static final int SIGIO = 29;
    @ExposedConstant static final int SIGPOLL = 29;
    @ExposedConstant static final int SIGPWR = 30;
    @ExposedConstant static final int SIGSYS = 31;
    @ExposedConstant static final int SIGRTMIN = 34;
    @ExposedConstant static final int SIGRTMAX = 64;
    @ExposedConstant static final long ITIMER_REAL = 0;
    @ExposedConstant static final long ITIMER_VIRTUAL = 1;
    @ExposedConstant static final long ITIMER_PROF = 2;

    /**
     * Signals the JVM needs for itself (faults, thread dumps, thread suspension), the
     * uncatchable ones, the C library's private ones (32, 33) and the helper's wake signal:
     * setting them fails as setting SIGKILL does.
     */
    private static boolean reserved(int sig) {
        return sig == SIGKILL || sig == SIGSTOP || sig == SIGSEGV || sig == SIGBUS || sig == SIGFPE || sig == SIGILL
                || sig == SIGQUIT || sig == SIGUSR2 || sig == 32 || sig == 33 || sig == NativeSignals.WAKE_SIGNAL;
    }

    /** The Python handler set for each signal (null: none set from Python). */
    private static final PyObject[] handlers = new PyObject[NSIG];
    private static PyObject defaultIntHandler;
    static PyType itimerError;

    static void init(PyModule m) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("signal"));
        itimerError = (PyType) Ops.call(PyType.TYPE, PyStr.of("ItimerError"), PyTuple.of(Exceptions.IOError), ns);
        m.set("ItimerError", itimerError);
        defaultIntHandler = m.get("default_int_handler");
        Safepoint.handler = SignalModule::runHandlers;
        NativeSignals.start(() -> {
            Safepoint.signalArrivals++;
            Safepoint.pending = true;
            Thread main = Safepoint.mainThread;
            if (main != null) {
                java.util.concurrent.locks.LockSupport.unpark(main);
            }
        });
        // as CPython: broken pipes and oversized files are errors (EPIPE, EFBIG), not deaths
        NativeSignals.lib().tp_set(SIGPIPE, NativeSignals.IGNORE);
        NativeSignals.lib().tp_set(SIGXFSZ, NativeSignals.IGNORE);
        // as CPython: SIGINT raises KeyboardInterrupt unless it was inherited as ignored
        if (NativeSignals.lib().tp_get(SIGINT) != NativeSignals.IGNORE) {
            install(SIGINT, defaultIntHandler);
        }
    }

    @ExposedMethod(doc = "default_int_handler(...)\n\nThe default handler for SIGINT installed by Python.\nIt raises KeyboardInterrupt.")
    static PyObject default_int_handler(PyObject[] args, String[] kwnames) {
        throw new PyException(Exceptions.KeyboardInterrupt);
    }

    @ExposedMethod(doc = "signal(sig, action) -> action\n\nSet the action for the given signal.  The action can be SIG_DFL,\nSIG_IGN, or a callable Python object.  The previous action is\nreturned.  See getsignal() for possible return values.\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame.")
    static PyObject signal(int sig, PyObject action) {
        Thread main = Safepoint.mainThread;
        if (main != null && Thread.currentThread() != main) {
            throw Py.ValueError("signal only works in main thread");
        }
        checkRange(sig);
        if (!isMode(action, SIG_IGN) && !isMode(action, SIG_DFL) && !Ops.isCallable(action)) {
            throw Py.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        PyObject old = getsignal(sig);
        if (reserved(sig)) {
            throw invalid(Exceptions.RuntimeError);
        }
        install(sig, action);
        return old;
    }

    private static void install(int sig, PyObject action) {
        int mode = isMode(action, SIG_IGN) ? NativeSignals.IGNORE : isMode(action, SIG_DFL) ? NativeSignals.DEFAULT : NativeSignals.CATCH;
        int r = NativeSignals.lib().tp_set(sig, mode);
        if (r < 0) {
            throw errnoError(Exceptions.RuntimeError, -r);
        }
        synchronized (handlers) {
            handlers[sig] = action;
        }
    }

    private static boolean isMode(PyObject action, int mode) {
        return (action instanceof PyInt i && i.value == mode) || (action instanceof PyLong l && l.value.intValue() == mode && l.value.bitLength() < 32);
    }

    @ExposedMethod(doc = "getsignal(sig) -> action\n\nReturn the current action for the given signal.  The return value can be:\nSIG_IGN -- if the signal is being ignored\nSIG_DFL -- if the default action for the signal is in effect\nNone -- if an unknown handler is in effect\nanything else -- the callable Python object used as a handler")
    static PyObject getsignal(int sig) {
        checkRange(sig);
        synchronized (handlers) {
            if (handlers[sig] != null) {
                return handlers[sig];
            }
        }
        int mode = NativeSignals.lib().tp_get(sig);
        return mode == NativeSignals.DEFAULT ? PyInt.of(SIG_DFL) : mode == NativeSignals.IGNORE ? PyInt.of(SIG_IGN) : Py.None;
    }

    private static void checkRange(int sig) {
        if (sig < 1 || sig >= NSIG) {
            throw Py.ValueError("signal number out of range");
        }
    }

    private static PyException invalid(PyType type) {
        return errnoError(type, 22);
    }

    /** {@code type(errno, strerror)}, as PyErr_SetFromErrno makes it. */
    private static PyException errnoError(PyType type, int errno) {
        PyObject[] args = {PyInt.of(errno), PyStr.of(taipan.runtime.io.Errno.strerror(errno))};
        return new PyException(type, Exceptions.newInstance(type, args));
    }

    @ExposedMethod(doc = "siginterrupt(sig, flag) -> None\nchange system call restart behaviour: if flag is False, system calls\nwill be restarted when interrupted by signal sig, else system calls\nwill be interrupted.")
    static void siginterrupt(int sig, PyObject flag) {
        checkRange(sig);
        int r = NativeSignals.lib().tp_siginterrupt(sig, Ops.isTrue(flag) ? 1 : 0);
        if (r < 0) {
            throw errnoError(Exceptions.RuntimeError, -r);
        }
    }

    @ExposedMethod(doc = "set_wakeup_fd(fd) -> fd\n\nSets the fd to be written to (with '\\0') when a signal\ncomes in.  A library can use this to wakeup select or poll.\nThe previous fd is returned.\n\nThe fd must be non-blocking.")
    static int set_wakeup_fd(int fd) {
        Thread main = Safepoint.mainThread;
        if (main != null && Thread.currentThread() != main) {
            throw Py.ValueError("set_wakeup_fd only works in main thread");
        }
        if (fd != -1 && !new java.io.File("/proc/self/fd/" + fd).exists()) {
            throw Py.ValueError("invalid fd");
        }
        return NativeSignals.lib().tp_set_wakeup_fd(fd);
    }

    @ExposedMethod(doc = "alarm(seconds)\n\nArrange for SIGALRM to arrive after the given number of seconds.")
    static long alarm(long seconds) {
        return NativeSignals.lib().tp_alarm((int) seconds) & 0xFFFFFFFFL;
    }

    @ExposedMethod(doc = "pause()\n\nWait until a signal arrives.")
    static PyObject pause() {
        long seen = Safepoint.signalArrivals;
        while (Safepoint.signalArrivals == seen) {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
        }
        if (Safepoint.pending) {
            Safepoint.run();
        }
        return Py.None;
    }

    @ExposedMethod(doc = "setitimer(which, seconds[, interval])\n\nSets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL\nor ITIMER_PROF) to fire after value seconds and after\nthat every interval seconds.\nThe itimer can be cleared by setting seconds to zero.\n\nReturns old values as a tuple: (delay, interval).")
    static PyObject setitimer(int which, double seconds, @Default("0.0") double interval) {
        double[] old = new double[2];
        int r = NativeSignals.lib().tp_setitimer(which, seconds, interval, old);
        if (r < 0) {
            throw errnoError(itimerError, -r);
        }
        return PyTuple.of(new PyFloat(old[0]), new PyFloat(old[1]));
    }

    @ExposedMethod(doc = "getitimer(which)\n\nReturns current value of given itimer.")
    static PyObject getitimer(int which) {
        double[] out = new double[2];
        int r = NativeSignals.lib().tp_getitimer(which, out);
        if (r < 0) {
            throw errnoError(itimerError, -r);
        }
        return PyTuple.of(new PyFloat(out[0]), new PyFloat(out[1]));
    }

    /**
     * Runs the Python handlers of the signals that arrived (on the main thread only: on
     * another thread the request is left for the main thread).
     */
    static void runHandlers() {
        Thread main = Safepoint.mainThread;
        if (main != null && Thread.currentThread() != main) {
            Safepoint.pending = true;
            return;
        }
        NativeSignals.Lib lib = NativeSignals.lib();
        for (int sig = 1; sig < NSIG; sig++) {
            if (lib.tp_take(sig) == 0) {
                continue;
            }
            PyObject h;
            synchronized (handlers) {
                h = handlers[sig];
            }
            if (h != null && !isMode(h, SIG_DFL) && !isMode(h, SIG_IGN)) {
                PyFrame frame = ThreadState.get().frame;
                try {
                    Ops.call(h, PyInt.of(sig), frame == null ? Py.None : frame);
                } catch (PyException e) {
                    // the rest stay pending for the next safe point
                    rearm(lib, sig + 1);
                    throw e;
                }
            }
        }
    }

    /** Marks the helper as tripped again when signals after {@code from} are still pending. */
    private static void rearm(NativeSignals.Lib lib, int from) {
        for (int s = from; s < NSIG; s++) {
            if (lib.tp_peek(s) != 0) {
                Safepoint.pending = true;
                return;
            }
        }
    }
}
