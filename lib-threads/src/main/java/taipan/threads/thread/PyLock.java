package taipan.threads.thread;

import java.util.concurrent.Semaphore;

import taipan.runtime.*;

/**
 * {@code thread.lock}: a non-reentrant lock any thread may release (a semaphore of one
 * permit, as CPython's lock is not owned by the thread that acquired it).
 */
@ExposedType(name = "thread.lock", subclassable = false)
public final class PyLock extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyLock.class);

    private final Semaphore permit = new Semaphore(1);

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Blocks (or not) until the lock is ours; true when acquired. */
    public boolean acquire(boolean wait) {
        if (!wait) {
            return permit.tryAcquire();
        }
        permit.acquireUninterruptibly();
        return true;
    }

    /** Waits at most {@code seconds}; true when acquired. */
    public boolean acquire(double seconds) {
        try {
            return permit.tryAcquire((long) Math.min(seconds * 1e9, Long.MAX_VALUE / 2.0), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw new PyException(Exceptions.KeyboardInterrupt);
        }
    }

    public void release() {
        // check-and-release must be one step, or two releasers could both succeed
        synchronized (permit) {
            if (permit.availablePermits() > 0) {
                throw new PyException(ThreadModule.ERROR, "release unlocked lock");
            }
            permit.release();
        }
    }

    public boolean isLocked() {
        return permit.availablePermits() == 0;
    }

    @ExposedMethod(names = {"acquire", "acquire_lock"}, doc = "acquire([wait]) -> bool\n(acquire_lock() is an obsolete synonym)\n\nLock the lock.  Without argument, this blocks if the lock is already\nlocked (even by the same thread), waiting for another thread to release\nthe lock, and return True once the lock is acquired.\nWith an argument, this will only block if the argument is true,\nand the return value reflects whether the lock is acquired.\nThe blocking operation is not interruptible.")
    public PyObject acquireMethod(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("acquire", kw);
        if (args.length > 1) {
            throw Py.TypeError("acquire() takes at most 1 argument (" + args.length + " given)");
        }
        boolean wait = args.length == 0 || Py.asIntArg(args[0]) != 0;
        return Py.bool(acquire(wait));
    }

    @ExposedMethod(names = "__enter__", doc = "acquire([wait]) -> bool")
    public PyObject enter(PyObject[] args, String[] kw) {
        return acquireMethod(args, kw);
    }

    @ExposedMethod(names = {"release", "release_lock"}, doc = "release()\n(release_lock() is an obsolete synonym)\n\nRelease the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nbut it needn't be locked by the same thread that unlocks it.")
    public void releaseMethod() {
        release();
    }

    @ExposedMethod(names = "__exit__", doc = "release()")
    public void exit(PyObject... args) {
        release();
    }

    @ExposedMethod(names = {"locked", "locked_lock"}, doc = "locked() -> bool\n(locked_lock() is an obsolete synonym)\n\nReturn whether the lock is in the locked state.")
    public boolean locked() {
        return isLocked();
    }
}
