package taipan.parse;

import java.util.Set;

/**
 * Token handling, error reporting and the bookkeeping shared by the expression and statement
 * parsers. Errors of the grammar are thrown at once, at the token CPython's LL(1) parser would
 * reject; the checks CPython makes later, in ast.c, are recorded and only thrown once the
 * whole input has parsed, so the first error reported is the one CPython reports.
 */
abstract class ParserBase {
    /** CPython's parser stack (MAXSTACK in Parser/parser.h). */
    static final int MAXSTACK = 1500;

    static final Set<String> KEYWORDS = Set.of(
            "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except",
            "exec", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "not", "or",
            "pass", "print", "raise", "return", "try", "while", "with", "yield");

    final Tokenizer tz;
    final SourceDecoder.Source src;
    final String filename;
    /** ast.c's c_encoding. */
    final String encoding;
    final boolean futureUnicode;
    /** CPython's parser flags (CO_FUTURE_*), changed by future imports as they are parsed. */
    int parserFlags;
    private Token tok;
    int depth;
    ParseError pending;

    ParserBase(Tokenizer tz, SourceDecoder.Source src, String encoding, int flags) {
        this.tz = tz;
        this.src = src;
        this.filename = src.filename;
        this.encoding = encoding;
        this.parserFlags = flags;
        this.futureUnicode = (flags & Parser.CO_FUTURE_UNICODE_LITERALS) != 0;
    }

    // ---- tokens -------------------------------------------------------------------------

    final Token peek() {
        Token t = tok;
        if (t == null) tok = t = tz.next();
        return t;
    }

    final Token take() {
        Token t = peek();
        tok = null;
        return t;
    }

    final boolean printIsKeyword() {
        return (parserFlags & Parser.CO_FUTURE_PRINT_FUNCTION) == 0;
    }

    final boolean isKeyword(String s) {
        return KEYWORDS.contains(s) && (printIsKeyword() || !s.equals("print"));
    }

    /** The lookahead is the operator or keyword {@code s}. */
    final boolean at(String s) {
        Token t = peek();
        if (t.type == Token.Type.OP) return t.text.equals(s);
        if (t.type == Token.Type.NAME) return t.text.equals(s) && isKeyword(s);
        return false;
    }

    final boolean at(Token.Type type) {
        return peek().type == type;
    }

    /** The lookahead is a NAME that is not a keyword. */
    final boolean atName() {
        Token t = peek();
        return t.type == Token.Type.NAME && !isKeyword(t.text);
    }

    final Token expect(String s) {
        if (!at(s)) throw syntaxError();
        return take();
    }

    final Token expect(Token.Type type) {
        if (!at(type)) throw type == Token.Type.INDENT ? expectedIndent() : syntaxError();
        return take();
    }

    final String expectName() {
        if (!atName()) throw syntaxError();
        return take().text;
    }

    // ---- depth ----------------------------------------------------------------------------

    /** One more grammar rule on CPython's parser stack. */
    final void enter() {
        if (++depth > MAXSTACK) {
            throw new ParseError(ParseError.Kind.MEMORY_ERROR, "", filename, 0, null, null, false, false);
        }
    }

    // ---- errors ---------------------------------------------------------------------------

    final ParseError syntaxError() {
        return parserError(false);
    }

    final ParseError expectedIndent() {
        return parserError(true);
    }

    private ParseError parserError(boolean expectedIndent) {
        Token t = peek();
        ParseError.Kind kind = ParseError.Kind.SYNTAX_ERROR;
        String msg;
        if (expectedIndent) {
            kind = ParseError.Kind.INDENTATION_ERROR;
            msg = "expected an indented block";
        } else if (t.type == Token.Type.INDENT) {
            kind = ParseError.Kind.INDENTATION_ERROR;
            msg = "unexpected indent";
        } else if (t.type == Token.Type.DEDENT) {
            kind = ParseError.Kind.INDENTATION_ERROR;
            msg = "unexpected unindent";
        } else {
            msg = "invalid syntax";
        }
        if (t.errLine <= 1 && t.eofSeen) {
            kind = ParseError.Kind.SYNTAX_ERROR;
            msg = "unexpected EOF while parsing";
        }
        return new ParseError(kind, msg, filename, t.errLine, t.errOffset, tz.text(t.bufStart, t.bufEnd),
                              t.atEnd, false);
    }

    /** Records an error of ast.c (reported only if the whole input parses). */
    final void astError(int line, String msg) {
        if (pending == null) {
            pending = new ParseError(ParseError.Kind.SYNTAX_ERROR, msg, filename, line, null, null, false, true);
        }
    }

    final void valueError(String msg) {
        if (pending == null) {
            pending = new ParseError(ParseError.Kind.VALUE_ERROR, msg, filename, 0, null, null, false, false);
        }
    }

    /** Lets an ast.c check done before converting a construct's parts win over errors found in them. */
    final void astErrorFirst(ParseError before, int line, String msg) {
        if (before == null) {
            pending = null;
            astError(line, msg);
        }
    }

    /** Starts a section whose errors may be reordered: returns the errors so far and clears them. */
    final ParseError saveErrors() {
        ParseError p = pending;
        pending = null;
        return p;
    }

    /** The first non-null of the arguments becomes the pending error. */
    final void restoreErrors(ParseError... inOrder) {
        pending = null;
        for (ParseError e : inOrder) {
            if (e != null) {
                pending = e;
                return;
            }
        }
    }
}
