package taipan.runtime;

/**
 * Base of the builtin containers whose truth is their length (list, tuple, xrange, the
 * dict views). CPython gives these types no {@code nb_nonzero}: {@code bool(x)} uses the
 * length slot, so their type dicts have no {@code __nonzero__} and a Python subclass that
 * defines {@code __len__} changes their truth. The Java override lives here, in a class
 * the {@link Exposer} never publishes.
 */
public abstract class SizedObject extends PyObject {
    @Override
    public boolean __nonzero__() {
        return !isEmpty();
    }

    /** Whether the length is zero. */
    protected boolean isEmpty() {
        return __len__() == 0;
    }
}
