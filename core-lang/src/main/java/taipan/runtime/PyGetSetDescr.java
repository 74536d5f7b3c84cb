package taipan.runtime;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** A computed attribute of a builtin type ({@code getset_descriptor}); a data descriptor. */
@ExposedType(name = "getset_descriptor", subclassable = false)
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyGetSetDescr.class);

    private final String name;
    private final PyType owner;
    private final Function<PyObject, PyObject> getter;
    private final BiConsumer<PyObject, PyObject> setter;
    private final Consumer<PyObject> deleter;
    private final String doc;

    public PyGetSetDescr(String name, PyType owner, Function<PyObject, PyObject> getter,
                         BiConsumer<PyObject, PyObject> setter, Consumer<PyObject> deleter, String doc) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
        this.doc = doc;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private void check(PyObject obj) {
        if (!obj.getType().isSubtypeOf(owner)) {
            throw Py.TypeError("descriptor '" + name + "' for '" + owner.getName() + "' objects doesn't apply to '"
                    + obj.getType().getName() + "' object");
        }
    }

    @Override
    public PyObject __get__(PyObject obj, PyObject type) {
        if (obj == null) {
            return this;
        }
        check(obj);
        if (getter == null) {
            throw Py.AttributeError("attribute '" + name + "' of '" + owner.getName() + "' objects is not readable");
        }
        return getter.apply(obj);
    }

    @Override
    public void __set__(PyObject obj, PyObject value) {
        check(obj);
        if (setter == null) {
            throw Py.AttributeError("attribute '" + name + "' of '" + owner.qualifiedName() + "' objects is not writable");
        }
        setter.accept(obj, value);
    }

    @Override
    public void __delete__(PyObject obj) {
        check(obj);
        if (deleter == null) {
            if (setter == null) {
                throw Py.AttributeError("attribute '" + name + "' of '" + owner.qualifiedName() + "' objects is not writable");
            }
            throw Py.TypeError("can't delete " + owner.getName() + "." + name);
        }
        deleter.accept(obj);
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of("<attribute '" + name + "' of '" + owner.getName() + "' objects>");
    }

    @ExposedGet(name = "__name__")
    public PyObject get_name() {
        return PyStr.of(name);
    }

    @ExposedGet(name = "__objclass__")
    public PyObject get_objclass() {
        return owner;
    }

    @ExposedGet(name = "__doc__")
    public PyObject get_doc() {
        return doc == null ? Py.None : PyStr.of(doc);
    }
}
