package taipan.compiler;

/** A SyntaxError found after parsing (symbol table and code generation checks). */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final String filename;
    public final int line;
    public final int offset;

    public CompileError(String message, String filename, int line, int offset) {
        super(message, null, false, false);
        this.filename = filename;
        this.line = line;
        this.offset = offset;
    }
}
