package taipan.parse;

/**
 * A syntax error (or one of the few other errors CPython 2.7's tokenizer, parser and
 * ast.c raise) with the fields of Python's {@code SyntaxError}. No Java stack trace.
 *
 * <p>{@code offset} is CPython's 1-based offset, or null where CPython has None.
 * {@code text} is the source text CPython attaches (bytes as chars 0–255), or null.
 * When {@code textFromFile} is true CPython takes the text by reading line
 * {@code line} of {@code filename} from disk (PyErr_ProgramText), as for errors found after
 * parsing; the runtime should do the same (text stays null when the file cannot be read).
 * {@code incomplete} is true when the error is only due to the input ending inside an
 * unfinished construct (the REPL then asks for more lines).
 */
public final class ParseError extends RuntimeException {
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError"),
        /** "s_push: parser stack overflow": CPython raises a MemoryError with no message. */
        MEMORY_ERROR("MemoryError"),
        /** str literal with a bad \x escape: CPython raises ValueError("invalid \x escape"). */
        VALUE_ERROR("ValueError");

        public final String pythonName;

        Kind(String pythonName) { this.pythonName = pythonName; }
    }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int line;
    private final Integer offset;
    private final String text;
    private final boolean incomplete;
    private final boolean textFromFile;

    public ParseError(Kind kind, String msg, String filename, int line, Integer offset, String text,
                      boolean incomplete, boolean textFromFile) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.offset = offset;
        this.text = text;
        this.incomplete = incomplete;
        this.textFromFile = textFromFile;
    }

    public Kind kind() { return kind; }

    /** The Python exception's message (empty for MemoryError). */
    public String msg() { return msg; }

    public String filename() { return filename; }

    public int line() { return line; }

    public Integer offset() { return offset; }

    public String text() { return text; }

    public boolean incomplete() { return incomplete; }

    public boolean textFromFile() { return textFromFile; }

    @Override
    public String toString() {
        return kind.pythonName + ": " + msg + " (" + filename + ", line " + line + ", offset " + offset + ")";
    }
}
