package taipan.interp;

import taipan.runtime.PyFrame;
import taipan.runtime.PyObject;

/** Something that can be assigned to or deleted: a name, attribute, item, slice or unpacking. */
public abstract class Target extends Node {
    protected Target(int line) {
        super(line);
    }

    public abstract void assign(PyFrame f, PyObject value);

    public abstract void delete(PyFrame f);
}
