package taipan.interp;

import taipan.runtime.PyFrame;
import taipan.runtime.PyObject;

/** An expression node. */
public abstract class Expr extends Node {
    protected Expr(int line) {
        super(line);
    }

    public abstract PyObject eval(PyFrame f);
}
