package taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code set} (and the storage of {@link PyFrozenSet}): CPython 2.7's set table.
 * TODO(containers helper): the full table and every method.
 */
@ExposedType(name = "set", unhashable = true)
public class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin(PySet.class);

    final List<PyObject> keys = new ArrayList<>();

    @Override
    public PyType getType() {
        return TYPE;
    }

    public void add(PyObject key) {
        for (PyObject k : keys) {
            if (Ops.eq(k, key)) {
                return;
            }
        }
        keys.add(key);
    }

    public List<PyObject> toList() {
        return new ArrayList<>(keys);
    }
}
