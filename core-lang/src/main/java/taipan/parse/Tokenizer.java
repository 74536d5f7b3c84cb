package taipan.parse;

import java.nio.charset.StandardCharsets;

/**
 * Python 2.7's tokenizer, behaving as CPython's (Parser/tokenizer.c) does, down to where it
 * reports errors: tokens are read one at a time by the parser, INDENT/DEDENT are made from
 * tab stops of 8, brackets join lines, and the position bookkeeping (line, current line
 * buffer, end of input) mirrors CPython's so error lines, offsets and texts come out the same.
 */
final class Tokenizer {
    static final int MAXINDENT = 100;
    private static final int EOF = -1;

    private final SourceDecoder.Source src;
    private byte[] b;
    private int n;
    private final boolean fileMode;
    private final boolean tabErrors;
    private final boolean dontImplyDedent;

    private int pos;            // CPython's tok->cur
    private int lineStart;      // tok->line_start
    private int lineEnd;        // tok->inp
    private int bufStart;       // tok->buf
    private int lineno;
    private boolean inToken;    // tok->start != NULL
    private boolean eof;        // tok->done == E_EOF
    private boolean fakeNewline;
    private boolean eofOutsideToken;

    private boolean atbol = true;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int indent;
    private int pendin;
    private int level;
    private boolean started;
    private boolean pendingEndmarkerAtEnd;

    Tokenizer(SourceDecoder.Source src, boolean tabErrors, boolean dontImplyDedent) {
        this.src = src;
        this.fileMode = src.fileMode;
        this.n = src.buf.length;
        this.b = fileMode ? java.util.Arrays.copyOf(src.buf, n + 1) : src.buf;
        if (fileMode) b[n] = '\n';
        this.tabErrors = tabErrors;
        this.dontImplyDedent = dontImplyDedent;
    }

    byte[] buffer() { return b; }

    int lineno() { return lineno; }

    // ---- characters -------------------------------------------------------------------

    private int nextc() {
        if (pos < lineEnd) return b[pos++] & 0xff;
        if (lineEnd >= n) {
            if (eof) return EOF;
            if (fileMode) {
                if (inToken && !fakeNewline && n < b.length) {
                    // CPython's file reader fakes a last newline inside an unfinished token
                    fakeNewline = true;
                    lineno++;
                    lineStart = n;
                    n++;
                    lineEnd = n;
                    pos = lineEnd;
                    return '\n';
                }
                lineno++;
                if (!inToken) eofOutsideToken = true;
            }
            eof = true;
            pos = lineEnd;
            return EOF;
        }
        if (!inToken) bufStart = lineEnd;
        lineStart = lineEnd;
        pos = lineEnd;
        lineno++;
        int e = pos;
        while (e < n && b[e] != '\n') e++;
        lineEnd = e < n ? e + 1 : n;
        if (lineno < src.asciiCheckBefore) checkAscii();
        return b[pos++] & 0xff;
    }

    private void backup(int c) {
        if (c != EOF) pos--;
    }

    private void checkAscii() {
        for (int i = lineStart; i < lineEnd; i++) {
            int c = b[i] & 0xff;
            if (c > 127) {
                String msg = String.format("Non-ASCII character '\\x%02x' in file %s on line %d, "
                        + "but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details",
                        c, src.filename, lineno);
                throw new ParseError(ParseError.Kind.SYNTAX_ERROR, msg, src.filename, lineno, 0, null, false, false);
            }
        }
    }

    // ---- errors -----------------------------------------------------------------------

    String text(int from, int to) {
        if (to < 0) return "";
        return new String(b, from, Math.max(0, to - from), StandardCharsets.ISO_8859_1);
    }

    private ParseError error(ParseError.Kind kind, String msg, boolean incomplete) {
        int end = fileMode && eofOutsideToken && eof ? -1 : lineEnd;
        return new ParseError(kind, msg, src.filename, lineno, pos - bufStart, text(bufStart, end), incomplete, false);
    }

    private ParseError syntax(String msg) {
        return error(ParseError.Kind.SYNTAX_ERROR, msg, false);
    }

    private ParseError indentError() {
        pos = lineEnd;
        return error(ParseError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation", false);
    }

    // ---- tokens -----------------------------------------------------------------------

    private Token make(Token.Type type, int start, int end, String text) {
        int col = start >= lineStart ? start - lineStart : -1;
        int bufEnd = fileMode && eofOutsideToken && eof ? -1 : lineEnd;
        return new Token(type, text, start, end, lineno, col, lineno, pos - bufStart, bufStart, bufEnd, eof, false);
    }

    /** The next token as CPython's parsetok feeds them to the parser. */
    Token next() {
        Token t = get();
        if (t.type == Token.Type.ENDMARKER) {
            if (started) {
                started = false;
                if (indent != 0 && !dontImplyDedent) {
                    pendin = -indent;
                    indent = 0;
                }
                return t.withType(Token.Type.NEWLINE, true);
            }
            return t.withType(Token.Type.ENDMARKER, true);
        }
        started = true;
        if (t.type == Token.Type.DEDENT && eof) return t.withType(Token.Type.DEDENT, true);
        return t;
    }

    private String ascii(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private Token get() {
        int c;
        boolean blankline = false;
        inToken = false;
        nextline:
        for (;;) {
            inToken = false;
            blankline = false;
            if (atbol) {
                int col = 0, altcol = 0;
                atbol = false;
                for (;;) {
                    c = nextc();
                    if (c == ' ') { col++; altcol++; }
                    else if (c == '\t') { col = (col / 8 + 1) * 8; altcol = altcol + 1; }
                    else if (c == '\f') { col = altcol = 0; }
                    else break;
                }
                backup(c);
                if (c == '#' || c == '\n') blankline = true;
                if (!blankline && level == 0) {
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent] && tabErrors) throw indentError();
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            pos = lineEnd;
                            throw error(ParseError.Kind.INDENTATION_ERROR, "too many levels of indentation", false);
                        }
                        if (altcol <= altindstack[indent] && tabErrors) throw indentError();
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            pos = lineEnd;
                            throw error(ParseError.Kind.INDENTATION_ERROR,
                                        "unindent does not match any outer indentation level", false);
                        }
                        if (altcol != altindstack[indent] && tabErrors) throw indentError();
                    }
                }
            }

            if (pendin != 0) {
                int p = pos;
                if (pendin < 0) {
                    pendin++;
                    return make(Token.Type.DEDENT, p, p, "");
                }
                pendin--;
                return make(Token.Type.INDENT, p, p, "");
            }

            again:
            for (;;) {
                inToken = false;
                do { c = nextc(); } while (c == ' ' || c == '\t' || c == '\f');
                inToken = true;
                int start = pos - 1;
                if (c == EOF) start = pos;

                if (c == '#') {
                    while (c != EOF && c != '\n') c = nextc();
                }
                if (c == EOF) {
                    inToken = false;
                    return make(Token.Type.ENDMARKER, start, start, "");
                }

                if (isAlpha(c) || c == '_') {
                    boolean quote = false;
                    switch (c) {
                        case 'b': case 'B':
                            c = nextc();
                            if (c == 'r' || c == 'R') c = nextc();
                            if (c == '"' || c == '\'') quote = true;
                            break;
                        case 'r': case 'R':
                            c = nextc();
                            if (c == '"' || c == '\'') quote = true;
                            break;
                        case 'u': case 'U':
                            c = nextc();
                            if (c == 'r' || c == 'R') c = nextc();
                            if (c == '"' || c == '\'') quote = true;
                            break;
                        default:
                            break;
                    }
                    if (quote) return string(start, c);
                    while (c != EOF && (SourceDecoder.isAlnum(c) || c == '_')) c = nextc();
                    backup(c);
                    return make(Token.Type.NAME, start, pos, ascii(start, pos));
                }

                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) continue nextline;
                    inToken = false;
                    return make(Token.Type.NEWLINE, start, pos - 1, "");
                }

                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) return number(start, c, 2);
                    backup(c);
                    return make(Token.Type.OP, start, pos, ".");
                }

                if (isDigit(c)) return number(start, c, 0);

                if (c == '\'' || c == '"') return string(start, c);

                if (c == '\\') {
                    c = nextc();
                    if (c != '\n') {
                        pos = lineEnd;
                        throw syntax("unexpected character after line continuation character");
                    }
                    continue again;
                }

                int c2 = nextc();
                String two = twoChars(c, c2);
                if (two != null) {
                    int c3 = nextc();
                    String three = threeChars(c, c2, c3);
                    if (three != null) {
                        return make(Token.Type.OP, start, pos, three);
                    }
                    backup(c3);
                    return make(Token.Type.OP, start, pos, two);
                }
                backup(c2);
                switch (c) {
                    case '(': case '[': case '{': level++; break;
                    case ')': case ']': case '}': level--; break;
                    default: break;
                }
                return make(Token.Type.OP, start, pos, String.valueOf((char) c));
            }
        }
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private ParseError badToken(int c) {
        backup(c);
        return syntax("invalid token");
    }

    /** A number; {@code state} 0: first digit read; 2: '.' and a digit read (fraction). */
    private Token number(int start, int c, int state) {
        if (state == 2) return fraction(start);
        if (c == '0') {
            c = nextc();
            if (c == '.') return fraction(start);
            if (c == 'j' || c == 'J') return imaginary(start);
            if (c == 'x' || c == 'X') {
                c = nextc();
                if (!isHex(c)) throw badToken(c);
                do { c = nextc(); } while (isHex(c));
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                if (c < '0' || c >= '8') throw badToken(c);
                do { c = nextc(); } while ('0' <= c && c < '8');
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                if (c != '0' && c != '1') throw badToken(c);
                do { c = nextc(); } while (c == '0' || c == '1');
            } else {
                boolean foundDecimal = false;
                while ('0' <= c && c < '8') c = nextc();
                if (isDigit(c)) {
                    foundDecimal = true;
                    do { c = nextc(); } while (isDigit(c));
                }
                if (c == '.') return fraction(start);
                if (c == 'e' || c == 'E') return exponent(start, c);
                if (c == 'j' || c == 'J') return imaginary(start);
                if (foundDecimal) throw badToken(c);
            }
            if (c == 'l' || c == 'L') c = nextc();
            return endNumber(start, c);
        }
        do { c = nextc(); } while (isDigit(c));
        if (c == 'l' || c == 'L') return endNumber(start, nextc());
        if (c == '.') return fraction(start);
        if (c == 'e' || c == 'E') return exponent(start, c);
        if (c == 'j' || c == 'J') return imaginary(start);
        return endNumber(start, c);
    }

    private Token fraction(int start) {
        int c;
        do { c = nextc(); } while (isDigit(c));
        if (c == 'e' || c == 'E') return exponent(start, c);
        if (c == 'j' || c == 'J') return imaginary(start);
        return endNumber(start, c);
    }

    private Token exponent(int start, int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) throw badToken(c);
        } else if (!isDigit(c)) {
            backup(c);
            backup(e);
            return make(Token.Type.NUMBER, start, pos, ascii(start, pos));
        }
        do { c = nextc(); } while (isDigit(c));
        if (c == 'j' || c == 'J') return imaginary(start);
        return endNumber(start, c);
    }

    private Token imaginary(int start) {
        return endNumber(start, nextc());
    }

    private Token endNumber(int start, int c) {
        backup(c);
        return make(Token.Type.NUMBER, start, pos, ascii(start, pos));
    }

    private Token string(int start, int quote) {
        int quote2 = pos - start + 1;
        boolean triple = false;
        int tripcount = 0;
        for (;;) {
            int c = nextc();
            if (c == '\n') {
                if (!triple) {
                    backup(c);
                    throw syntax("EOL while scanning string literal");
                }
                tripcount = 0;
            } else if (c == EOF) {
                pos = lineEnd;
                if (triple) throw error(ParseError.Kind.SYNTAX_ERROR,
                                        "EOF while scanning triple-quoted string literal", true);
                throw syntax("EOL while scanning string literal");
            } else if (c == quote) {
                tripcount++;
                if (pos - start == quote2) {
                    c = nextc();
                    if (c == quote) {
                        triple = true;
                        tripcount = 0;
                        continue;
                    }
                    backup(c);
                }
                if (!triple || tripcount == 3) break;
            } else if (c == '\\') {
                tripcount = 0;
                c = nextc();
                if (c == EOF) {
                    pos = lineEnd;
                    throw syntax("EOL while scanning string literal");
                }
            } else {
                tripcount = 0;
            }
        }
        return make(Token.Type.STRING, start, pos, ascii(start, pos));
    }

    private static String twoChars(int c1, int c2) {
        switch (c1) {
            case '=': return c2 == '=' ? "==" : null;
            case '!': return c2 == '=' ? "!=" : null;
            case '<':
                if (c2 == '>') return "<>";
                if (c2 == '=') return "<=";
                if (c2 == '<') return "<<";
                return null;
            case '>':
                if (c2 == '=') return ">=";
                if (c2 == '>') return ">>";
                return null;
            case '+': return c2 == '=' ? "+=" : null;
            case '-': return c2 == '=' ? "-=" : null;
            case '*':
                if (c2 == '*') return "**";
                if (c2 == '=') return "*=";
                return null;
            case '/':
                if (c2 == '/') return "//";
                if (c2 == '=') return "/=";
                return null;
            case '|': return c2 == '=' ? "|=" : null;
            case '%': return c2 == '=' ? "%=" : null;
            case '&': return c2 == '=' ? "&=" : null;
            case '^': return c2 == '=' ? "^=" : null;
            default: return null;
        }
    }

    private static String threeChars(int c1, int c2, int c3) {
        if (c3 != '=') return null;
        if (c1 == '<' && c2 == '<') return "<<=";
        if (c1 == '>' && c2 == '>') return ">>=";
        if (c1 == '*' && c2 == '*') return "**=";
        if (c1 == '/' && c2 == '/') return "//=";
        return null;
    }
}
