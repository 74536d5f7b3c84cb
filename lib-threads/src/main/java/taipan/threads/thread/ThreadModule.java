package taipan.threads.thread;

import java.util.concurrent.atomic.AtomicInteger;

import taipan.runtime.*;

/**
 * {@code thread}: low-level threads. Each Python thread is a Java platform thread bound
 * to the interpreter of the thread that started it; there is no global lock.
 */
@PyModuleDef(name = "thread", doc = "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.")
public final class ThreadModule {
    private ThreadModule() {}

    /** {@code thread.error}, made as PyErr_NewException makes it. */
    public static final PyType ERROR = newException();

    private static PyType newException() {
        PyDict d = new PyDict();
        d.setItem("__module__", PyStr.of("thread"));
        return (PyType) Ops.call(PyType.TYPE, PyStr.of("error"), PyTuple.of(Exceptions.Exception), d);
    }

    /** Threads started here and still running (thread._count()). */
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** The stack size for new threads (0: our default). */
    private static volatile long stackSize;

    /** Java stack reserved for a thread when stack_size() was not set: deep recursion needs room. */
    private static final long DEFAULT_STACK = 64L << 20;

    static void init(PyModule m) {
        m.set("error", ERROR);
        m.set("LockType", PyLock.TYPE);
        m.set("_local", PyLocal.TYPE);
    }

    @ExposedMethod(names = {"start_new_thread", "start_new"}, doc = "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\nStart a new thread and return its identifier.  The thread will call the\nfunction with positional arguments from the tuple args and keyword arguments\ntaken from the optional dictionary kwargs.  The thread exits when the\nfunction returns; the return value is ignored.  The thread will also exit\nwhen the function raises an unhandled exception; a stack trace will be\nprinted unless the exception is SystemExit.\n")
    static PyObject start_new_thread(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("start_new_thread", kw);
        if (args.length < 2 || args.length > 3) {
            throw Py.TypeError("start_new_thread expected at " + (args.length < 2 ? "least 2" : "most 3")
                    + " arguments, got " + args.length);
        }
        PyObject func = args[0];
        if (!Ops.isCallable(func)) {
            throw Py.TypeError("first arg must be callable");
        }
        if (!(args[1] instanceof PyTuple t)) {
            throw Py.TypeError("2nd arg must be a tuple");
        }
        PyDict kwargs = null;
        if (args.length == 3) {
            if (!(args[2] instanceof PyDict d)) {
                throw Py.TypeError("optional 3rd arg must be a dictionary");
            }
            kwargs = d;
        }
        return PyInt.of(start(func, t, kwargs));
    }

    /** Starts {@code func(*args, **kwargs)} on a new Python thread; returns its ident. */
    public static long start(PyObject func, PyTuple args, PyDict kwargs) {
        PyObject[] pos = args.array().clone();
        PyObject[] all = pos;
        String[] names = null;
        if (kwargs != null && kwargs.size() > 0) {
            int n = kwargs.size();
            all = new PyObject[pos.length + n];
            System.arraycopy(pos, 0, all, 0, pos.length);
            names = new String[n];
            int i = 0;
            for (PyDict.Entry e : kwargs.entries()) {
                if (i == n) {
                    break;
                }
                names[i] = e.key().toString();
                all[pos.length + i] = e.value();
                i++;
            }
        }
        PyObject[] callArgs = all;
        String[] callNames = names;
        long size = stackSize;
        Interp interp = Interp.current();
        ThreadState.PyThread t = new ThreadState.PyThread(null, () -> run(func, callArgs, callNames), "Thread", size == 0 ? DEFAULT_STACK : size, interp);
        // daemon for the JVM: the interpreter decides at exit which threads to wait for
        t.setDaemon(true);
        COUNT.incrementAndGet();
        try {
            t.start();
        } catch (OutOfMemoryError e) {
            COUNT.decrementAndGet();
            throw new PyException(ERROR, "can't start new thread");
        }
        return t.getId();
    }

    private static void run(PyObject func, PyObject[] args, String[] names) {
        try {
            Ops.call(func, args, names);
        } catch (PyException e) {
            if (!e.matches(Exceptions.SystemExit)) {
                reportUnhandled(func, e);
            }
        } catch (StackOverflowError e) {
            TracebackPrinter.writeStderr("Unhandled exception in thread started by " + Ops.repr(func).toString()
                    + "\nRuntimeError: maximum recursion depth exceeded\n");
        } finally {
            COUNT.decrementAndGet();
        }
    }

    private static void reportUnhandled(PyObject func, PyException e) {
        try {
            TracebackPrinter.writeStderr("Unhandled exception in thread started by ");
            String r;
            try {
                r = Ops.repr(func).toString();
            } catch (PyException e2) {
                r = "<object>";
            }
            TracebackPrinter.writeStderr(r + "\n");
            TracebackPrinter.print(e);
        } catch (PyException ignored) {
            // stderr itself failed: nothing more can be reported
        }
    }

    @ExposedMethod(names = {"allocate_lock", "allocate"}, doc = "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\nCreate a new lock object.  See help(LockType) for information about locks.")
    static PyObject allocate_lock() {
        return new PyLock();
    }

    @ExposedMethod(doc = "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current thread\namongst other threads that exist simultaneously.\nThis may be used to identify per-thread resources.\nEven though on some platforms threads identities may appear to be\nallocated consecutive numbers starting at 1, this behavior should not\nbe relied upon, and the number should be seen purely as a magic cookie.\nA thread's identity may be reused for another thread after it exits.")
    static PyObject get_ident() {
        return PyInt.of(Thread.currentThread().getId());
    }

    @ExposedMethod(names = {"exit", "exit_thread"}, doc = "exit()\n(exit_thread() is an obsolete synonym)\n\nThis is synonymous to ``raise SystemExit''.  It will cause the current\nthread to exit silently unless the exception is caught.")
    static PyObject exit() {
        throw new PyException(Exceptions.SystemExit);
    }

    @ExposedMethod(doc = "interrupt_main()\n\nRaise a KeyboardInterrupt in the main thread.\nA subthread can use this function to interrupt the main thread.")
    static void interrupt_main() {
        Thread main = Safepoint.mainThread;
        if (main != null) {
            Safepoint.requestKeyboardInterrupt(main);
        }
    }

    @ExposedMethod(doc = "_count() -> integer\n\nReturn the number of currently running Python threads, excluding \nthe main thread. The returned number comprises all threads created\nthrough `start_new_thread()` as well as `threading.Thread`, and not\nyet finished.\n\nThis function is meant for internal and specialized purposes only.\nIn most applications `threading.enumerate()` should be used instead.")
    static int _count() {
        return COUNT.get();
    }

    @ExposedMethod(doc = "stack_size([size]) -> size\n\nReturn the thread stack size used when creating new threads.  The\noptional size argument specifies the stack size (in bytes) to be used\nfor subsequently created threads, and must be 0 (use platform or\nconfigured default) or a positive integer value of at least 32,768 (32k).\nIf changing the thread stack size is unsupported, a ThreadError\nexception is raised.  If the specified size is invalid, a ValueError\nexception is raised, and the stack size is unmodified.  32k bytes\n currently the minimum supported stack size value to guarantee\nsufficient stack space for the interpreter itself.\n\nNote that some platforms may have particular restrictions on values for\nthe stack size, such as requiring a minimum stack size larger than 32kB or\nrequiring allocation in multiples of the system memory page size\n- platform documentation should be referred to for more information\n(4kB pages are common; using multiples of 4096 for the stack size is\nthe suggested approach in the absence of more specific information).")
    static PyObject stack_size(@Default("0") long size) {
        long old = stackSize;
        if (size != 0 && size < 32768) {
            throw Py.ValueError("size not valid: " + size + " bytes");
        }
        if (size < 0) {
            throw Py.ValueError("size must be 0 or a positive value");
        }
        stackSize = size;
        return PyInt.of(old);
    }
}
