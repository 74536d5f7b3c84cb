package taipan.interp;

import taipan.runtime.PyFrame;

/**
 * A statement node. {@link #exec} returns how control leaves the statement:
 * {@link #NORMAL}, {@link #BREAK}, {@link #CONTINUE}, {@link #RETURN} (value in
 * {@code f.returnValue}) or, in generator code only, {@link #YIELD} (value in
 * {@code f.yielded}); Python exceptions are thrown as PyException.
 */
public abstract class Stmt extends Node {
    public static final int NORMAL = 0, BREAK = 1, CONTINUE = 2, RETURN = 3, YIELD = 4;

    protected Stmt(int line) {
        super(line);
    }

    public abstract int exec(PyFrame f);
}
