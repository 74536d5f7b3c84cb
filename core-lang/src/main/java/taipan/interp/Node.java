package taipan.interp;

/**
 * A node of the executable tree the compiler builds from the AST. Expressions
 * {@link Expr#eval evaluate}; statements {@link Stmt#exec execute} and report how control
 * leaves them with a status code, so that break/continue/return need no Java exceptions.
 */
public abstract class Node {
    /** Source line, for tracebacks. */
    public final int line;

    protected Node(int line) {
        this.line = line;
    }
}
