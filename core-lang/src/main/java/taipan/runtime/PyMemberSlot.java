package taipan.runtime;

/** A {@code __slots__} member of a Python class ({@code member_descriptor}). */
@ExposedType(name = "member_descriptor", subclassable = false)
public final class PyMemberSlot extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyMemberSlot.class);

    final String name;
    final PyType owner;
    /** Index into {@link Derived#getSlots()}. */
    public final int index;

    public PyMemberSlot(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private PyObject[] slotsOf(PyObject obj) {
        if (!obj.getType().isSubtypeOf(owner) || !(obj instanceof Derived d)) {
            throw Py.TypeError("descriptor '" + name + "' for '" + owner.getName() + "' objects doesn't apply to '"
                    + obj.getType().getName() + "' object");
        }
        return d.getSlots();
    }

    @Override
    public PyObject __get__(PyObject obj, PyObject type) {
        if (obj == null) {
            return this;
        }
        PyObject v = slotsOf(obj)[index];
        if (v == null) {
            throw Py.AttributeError(name);
        }
        return v;
    }

    @Override
    public void __set__(PyObject obj, PyObject value) {
        slotsOf(obj)[index] = value;
    }

    @Override
    public void __delete__(PyObject obj) {
        PyObject[] s = slotsOf(obj);
        if (s[index] == null) {
            throw Py.AttributeError(name);
        }
        s[index] = null;
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of("<member '" + name + "' of '" + owner.getName() + "' objects>");
    }

    @ExposedGet(name = "__name__")
    public PyObject get_name() {
        return PyStr.of(name);
    }

    @ExposedGet(name = "__objclass__")
    public PyObject get_objclass() {
        return owner;
    }
}
