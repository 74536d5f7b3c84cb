package taipan.runtime;

/**
 * An instance of a Python class (a heap type). The Java class of such an instance is the
 * one of its solid builtin base ({@link PyUserObject} for plain classes, a nested
 * {@code Derived} class for subclasses of list, int, dict, ...): it carries the Python
 * type, the instance dict (when the class has one) and the {@code __slots__} storage.
 *
 * <p>Implementations keep three fields and initialise them with {@link #dictFor} and
 * {@link #slotsFor}.
 */
public interface Derived {
    PyType getType();

    void setType(PyType type);

    /** The instance dict, or null when the class has none. */
    PyDict getDict();

    void setDict(PyDict dict);

    /** Storage of {@code __slots__} members, indexed by {@link PyMemberSlot#index}. */
    PyObject[] getSlots();

    static PyDict dictFor(PyType type) {
        return type.instancesHaveDict() ? new PyDict() : null;
    }

    static PyObject[] slotsFor(PyType type) {
        int n = type.slotCount();
        return n == 0 ? NO_SLOTS : new PyObject[n];
    }

    PyObject[] NO_SLOTS = new PyObject[0];
}
