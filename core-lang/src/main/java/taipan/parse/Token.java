package taipan.parse;

/**
 * One token. Positions follow CPython 2.7's parser: {@code line} is the tokenizer's line when
 * the token ended (the last line of a multi-line string), {@code col} the byte column of its
 * start in that line, or -1 when the token started on an earlier line.
 * The error fields describe where CPython reports a syntax error found at this token.
 */
final class Token {
    enum Type { NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, ENDMARKER, OP }

    final Type type;
    /** NAME, NUMBER and OP text; for STRING the raw literal with prefix and quotes (one char per byte). */
    final String text;
    final int start, end;
    final int line, col;
    /** The error location if the parser rejects this token. */
    final int errLine, errOffset, bufStart, bufEnd;
    /** The tokenizer had hit the end of the input when this token was read. */
    final boolean eofSeen;
    /** The token was made because the input ended (ENDMARKER, or NEWLINE/DEDENT implied at the end). */
    final boolean atEnd;

    Token(Type type, String text, int start, int end, int line, int col, int errLine, int errOffset,
          int bufStart, int bufEnd, boolean eofSeen, boolean atEnd) {
        this.type = type;
        this.text = text;
        this.start = start;
        this.end = end;
        this.line = line;
        this.col = col;
        this.errLine = errLine;
        this.errOffset = errOffset;
        this.bufStart = bufStart;
        this.bufEnd = bufEnd;
        this.eofSeen = eofSeen;
        this.atEnd = atEnd;
    }

    Token withType(Type t, boolean atEnd) {
        return new Token(t, "", start, end, line, col, errLine, errOffset, bufStart, bufEnd, eofSeen, atEnd);
    }

    boolean is(String op) {
        return (type == Type.OP || type == Type.NAME) && text.equals(op);
    }

    @Override
    public String toString() { return type + "(" + text + ")@" + line + ":" + col; }
}
