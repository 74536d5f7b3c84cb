package taipan.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import taipan.parse.Ast.*;

/**
 * The Python 2.7 parser: statements here, expressions in {@link ExprParser}. Produces the
 * tree CPython 2.7's parser and ast.c produce, with the same errors.
 */
public final class Parser extends ExprParser {
    public static final int CO_FUTURE_DIVISION = 0x2000, CO_FUTURE_ABSOLUTE_IMPORT = 0x4000,
            CO_FUTURE_WITH_STATEMENT = 0x8000, CO_FUTURE_PRINT_FUNCTION = 0x10000,
            CO_FUTURE_UNICODE_LITERALS = 0x20000;
    /** compile()'s flag for codeop: no DEDENTs are implied at the end of the input. */
    public static final int PyCF_DONT_IMPLY_DEDENT = 0x0200;
    /** Accepted and ignored (the parser always returns the tree). */
    public static final int PyCF_ONLY_AST = 0x0400;
    /**
     * Taipan's flag: the bytes are a str given to compile()/exec/eval (CPython's string input:
     * no ASCII check of undeclared sources). Without it the bytes are read as a file is
     * (import, scripts, execfile).
     */
    public static final int STRING_INPUT = 0x1000000;
    /** Taipan's flag for python -tt: inconsistent tabs and spaces raise TabError. */
    public static final int TAB_ERRORS = 0x2000000;

    private static final int FUTURE_MASK = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT
            | CO_FUTURE_WITH_STATEMENT | CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS;

    private final String mode;

    private Parser(Tokenizer tz, SourceDecoder.Source src, String encoding, int flags, String mode) {
        super(tz, src, encoding, flags);
        this.mode = mode;
    }

    // ---- public API -------------------------------------------------------------------------

    /** mode is "exec", "eval" or "single"; flags: CO_FUTURE_* inherited from the caller, plus the PyCF/Taipan flags above. */
    public static ParseResult parse(byte[] source, String filename, String mode, int flags) {
        boolean fileMode = (flags & STRING_INPUT) == 0;
        checkMode(mode);
        SourceDecoder.Source src = SourceDecoder.decode(source, filename, fileMode,
                                                        fileMode || mode.equals("exec"));
        return run(src, src.encoding, mode, flags);
    }

    /**
     * Source already decoded (a unicode given to compile()/exec/eval): as CPython, it is parsed
     * as UTF-8, str literals hold its UTF-8 bytes, and a coding declaration is an error.
     */
    public static ParseResult parse(String source, String filename, String mode, int flags) {
        checkMode(mode);
        SourceDecoder.Source src = SourceDecoder.decode(source.getBytes(StandardCharsets.UTF_8), filename,
                                                        false, mode.equals("exec"));
        if (src.encoding != null) {
            throw new ParseError(ParseError.Kind.SYNTAX_ERROR, "encoding declaration in Unicode string",
                                 filename, 0, null, null, false, true);
        }
        src = new SourceDecoder.Source(src.buf, null, null, false, 0, filename);
        return run(src, "utf-8", mode, flags);
    }

    private static void checkMode(String mode) {
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw new IllegalArgumentException("compile() arg 3 must be 'exec', 'eval' or 'single'");
        }
    }

    private static ParseResult run(SourceDecoder.Source src, String encoding, String mode, int flags) {
        int futureFlags = flags & FUTURE_MASK;
        Parser p = new Parser(newTokenizer(src, flags), src, encoding, futureFlags, mode);
        Mod tree = p.parseMod();
        if ((p.parserFlags & CO_FUTURE_UNICODE_LITERALS) != 0 && (futureFlags & CO_FUTURE_UNICODE_LITERALS) == 0) {
            // ast.c applies unicode_literals to the whole source once the parser has seen it
            p = new Parser(newTokenizer(src, flags), src, encoding, futureFlags | CO_FUTURE_UNICODE_LITERALS, mode);
            p.parserFlags = futureFlags | CO_FUTURE_UNICODE_LITERALS;
            tree = p.parseMod();
        }
        int result = futureFlags | (p.parserFlags & FUTURE_MASK);
        result |= Futures.check(tree, src.filename);
        return new ParseResult(tree, result);
    }

    private static Tokenizer newTokenizer(SourceDecoder.Source src, int flags) {
        return new Tokenizer(src, (flags & TAB_ERRORS) != 0, (flags & PyCF_DONT_IMPLY_DEDENT) != 0);
    }

    // ---- start symbols ------------------------------------------------------------------------

    private Mod parseMod() {
        Mod m;
        depth = 1;
        switch (mode) {
            case "eval": {
                Expr body = testlist();
                while (at(Token.Type.NEWLINE)) take();
                expect(Token.Type.ENDMARKER);
                m = new Expression(body);
                break;
            }
            case "single": {
                List<Stmt> body = new ArrayList<>();
                if (at(Token.Type.NEWLINE)) {
                    Token t = take();
                    body.add(new Pass(t.line, t.col));
                } else if (startsCompound()) {
                    compoundStmt(body);
                    expect(Token.Type.NEWLINE);
                } else {
                    simpleStmt(body);
                }
                m = new Interactive(body);
                break;
            }
            default: {
                List<Stmt> body = new ArrayList<>();
                for (;;) {
                    if (at(Token.Type.NEWLINE)) take();
                    else if (at(Token.Type.ENDMARKER)) break;
                    else stmt(body);
                }
                m = new Ast.Module(body);
                break;
            }
        }
        if (pending != null) throw pending;
        return m;
    }

    // ---- statements ------------------------------------------------------------------------------

    private boolean startsCompound() {
        Token t = peek();
        if (t.type == Token.Type.OP) return t.text.equals("@");
        if (t.type != Token.Type.NAME) return false;
        switch (t.text) {
            case "if": case "while": case "for": case "try": case "with": case "def": case "class": return true;
            default: return false;
        }
    }

    private void stmt(List<Stmt> out) {
        enter();
        if (startsCompound()) compoundStmt(out);
        else simpleStmt(out);
        depth--;
    }

    /** simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE */
    private void simpleStmt(List<Stmt> out) {
        enter();
        out.add(smallStmt());
        while (at(";")) {
            take();
            if (at(Token.Type.NEWLINE)) break;
            out.add(smallStmt());
        }
        expect(Token.Type.NEWLINE);
        depth--;
    }

    private Stmt smallStmt() {
        enter();
        Token t = peek();
        Stmt s;
        String kw = t.type == Token.Type.NAME && isKeyword(t.text) ? t.text : "";
        enter();
        switch (kw) {
            case "print": s = printStmt(); break;
            case "del": {
                take();
                List<Expr> targets = new ArrayList<>();
                enter();
                Token f = peek();
                targets.add(setContext(expr(), Ctx.DEL, f.line));
                while (at(",")) {
                    take();
                    if (!startsExpr()) break;
                    f = peek();
                    targets.add(setContext(expr(), Ctx.DEL, f.line));
                }
                depth--;
                s = new Delete(t.line, t.col, targets);
                break;
            }
            case "pass": take(); s = new Pass(t.line, t.col); break;
            case "break": enter(); take(); depth--; s = new Break(t.line, t.col); break;
            case "continue": enter(); take(); depth--; s = new Continue(t.line, t.col); break;
            case "return": {
                enter();
                take();
                Expr v = startsTest() ? testlist() : null;
                depth--;
                s = new Return(t.line, t.col, v);
                break;
            }
            case "raise": {
                enter();
                take();
                Expr a = null, b = null, c = null;
                if (startsTest()) {
                    a = test();
                    if (at(",")) {
                        take();
                        b = test();
                        if (at(",")) {
                            take();
                            c = test();
                        }
                    }
                }
                depth--;
                s = new Raise(t.line, t.col, a, b, c);
                break;
            }
            case "yield": {
                enter();
                enter();
                Expr y = yieldExpr();
                depth -= 2;
                s = new ExprStmt(t.line, t.col, y);
                break;
            }
            case "import": enter(); s = importName(); depth--; break;
            case "from": enter(); s = importFrom(); depth--; break;
            case "global": {
                take();
                List<String> names = new ArrayList<>();
                names.add(expectName());
                while (at(",")) {
                    take();
                    names.add(expectName());
                }
                s = new Global(t.line, t.col, names);
                break;
            }
            case "exec": s = execStmt(); break;
            case "assert": {
                take();
                Expr test = test();
                Expr msg = null;
                if (at(",")) {
                    take();
                    msg = test();
                }
                s = new Assert(t.line, t.col, test, msg);
                break;
            }
            default:
                s = exprStmt();
                break;
        }
        depth -= 2;
        return s;
    }

    private static Operator augOp(Token t) {
        if (t.type != Token.Type.OP) return null;
        switch (t.text) {
            case "+=": return Operator.ADD;
            case "-=": return Operator.SUB;
            case "*=": return Operator.MULT;
            case "/=": return Operator.DIV;
            case "%=": return Operator.MOD;
            case "&=": return Operator.BITAND;
            case "|=": return Operator.BITOR;
            case "^=": return Operator.BITXOR;
            case "<<=": return Operator.LSHIFT;
            case ">>=": return Operator.RSHIFT;
            case "**=": return Operator.POW;
            case "//=": return Operator.FLOORDIV;
            default: return null;
        }
    }

    /** expr_stmt: testlist (augassign (yield_expr|testlist) | ('=' (yield_expr|testlist))*) */
    private Stmt exprStmt() {
        Token first = peek();
        Expr lhs = testlist();
        Operator op = augOp(peek());
        if (op != null) {
            take();
            ParseError before = pending;
            Expr target = setContext(lhs, Ctx.STORE, first.line);
            if (pending == before && !(target instanceof Name || target instanceof Attribute
                    || target instanceof Subscript)) {
                astError(first.line, "illegal expression for augmented assignment");
            }
            Expr value = at("yield") ? yieldExpr() : testlist();
            return new AugAssign(first.line, first.col, target, op, value);
        }
        if (!at("=")) return new ExprStmt(first.line, first.col, lhs);
        List<Expr> targets = new ArrayList<>();
        Expr cur = lhs;
        Token curFirst = first;
        boolean curYield = false;
        while (at("=")) {
            take();
            if (curYield) {
                astError(curFirst.line, "assignment to yield expression not possible");
                targets.add(cur);
            } else {
                targets.add(setContext(cur, Ctx.STORE, curFirst.line));
            }
            curFirst = peek();
            curYield = at("yield");
            cur = curYield ? yieldExpr() : testlist();
        }
        return new Assign(first.line, first.col, targets, cur);
    }

    /** print_stmt: 'print' ( [ test (',' test)* [','] ] | '>>' test [ (',' test)+ [','] ] ) */
    private Stmt printStmt() {
        Token kw = take();
        Expr dest = null;
        List<Expr> values = new ArrayList<>();
        boolean nl = true;
        if (at(">>")) {
            take();
            dest = test();
            if (at(",")) {
                take();
                values.add(test());
                while (at(",")) {
                    take();
                    nl = false;
                    if (!startsTest()) break;
                    values.add(test());
                    nl = true;
                }
            }
        } else if (startsTest()) {
            values.add(test());
            while (at(",")) {
                take();
                nl = false;
                if (!startsTest()) break;
                values.add(test());
                nl = true;
            }
        }
        return new Print(kw.line, kw.col, dest, values, nl);
    }

    /** exec_stmt: 'exec' expr ['in' test [',' test]] */
    private Stmt execStmt() {
        Token kw = take();
        Expr body = expr();
        Expr globals = null, locals = null;
        if (at("in")) {
            take();
            globals = test();
            if (at(",")) {
                take();
                locals = test();
            }
        } else if (body instanceof TupleDisplay t && (t.elts().size() == 2 || t.elts().size() == 3)) {
            // exec(code, globals[, locals]) as a tuple, accepted by 2.7
            globals = t.elts().get(1);
            if (t.elts().size() == 3) locals = t.elts().get(2);
            body = t.elts().get(0);
        }
        return new Exec(kw.line, kw.col, body, globals, locals);
    }

    /** dotted_name: NAME ('.' NAME)* */
    private String dottedName(boolean[] several) {
        enter();
        StringBuilder sb = new StringBuilder(expectName());
        while (at(".")) {
            take();
            sb.append('.').append(expectName());
            several[0] = true;
        }
        depth--;
        return sb.toString();
    }

    /** import_name: 'import' dotted_as_names */
    private Stmt importName() {
        Token kw = take();
        List<Alias> names = new ArrayList<>();
        enter();                                            // dotted_as_names
        for (;;) {
            enter();                                        // dotted_as_name
            Token first = peek();
            boolean[] several = new boolean[1];
            String name = dottedName(several);
            String as = null;
            if (at("as")) {
                take();
                Token a = peek();
                as = expectName();
                forbidden(as, a.line);
            } else if (!several[0]) {
                forbidden(name, first.line);
            }
            names.add(new Alias(name, as));
            depth--;
            if (!at(",")) break;
            take();
        }
        depth--;
        return new Import(kw.line, kw.col, names);
    }

    /** import_from: 'from' ('.'* dotted_name | '.'+) 'import' ('*' | '(' import_as_names ')' | import_as_names) */
    private Stmt importFrom() {
        Token kw = take();
        ParseError before = pending;
        int level = 0;
        while (at(".")) {
            take();
            level++;
        }
        String module = null;
        boolean[] several = new boolean[1];
        if (level == 0 || !at("import")) module = dottedName(several);
        expect("import");
        List<Alias> names = new ArrayList<>();
        boolean star = false, paren = false, trailingComma = false;
        Token namesFirst = peek();
        if (at("*")) {
            take();
            star = true;
            names.add(new Alias("*", null));
        } else {
            if (at("(")) {
                take();
                paren = true;
                namesFirst = peek();
            }
            enter();                                        // import_as_names
            for (;;) {
                enter();
                Token n = peek();
                String name = expectName();
                String as = null;
                if (at("as")) {
                    take();
                    Token a = peek();
                    as = expectName();
                    forbidden(as, a.line);
                } else {
                    forbidden(name, n.line);
                }
                names.add(new Alias(name, as));
                depth--;
                trailingComma = false;
                if (!at(",")) break;
                take();
                trailingComma = true;
                if (!atName()) break;
            }
            depth--;
            if (paren) expect(")");
            else if (trailingComma) {
                astErrorFirst(before, namesFirst.line, "trailing comma not allowed without surrounding parentheses");
            }
        }
        futureHack(level, module, several[0], star, names);
        return new ImportFrom(kw.line, kw.col, module, names, level);
    }

    /** CPython's parser switches print_function/unicode_literals on after such an import, anywhere. */
    private void futureHack(int level, String module, boolean dotted, boolean star, List<Alias> names) {
        // children of import_from: 'from', the dots, [dotted_name], 'import', then the names
        int childCount = 1 + level + (module != null ? 1 : 0) + 1 + 1;
        if (childCount < 4) return;
        if (level == 0 && !dotted && !module.equals("__future__")) return;
        if (star) return;
        // CHILD(n, 3) must be the import_as_names
        int namesIndex = 1 + level + (module != null ? 1 : 0) + 1;
        if (namesIndex != 3) return;
        for (Alias a : names) {
            switch (a.name()) {
                case "with_statement": parserFlags |= CO_FUTURE_WITH_STATEMENT; break;
                case "print_function": parserFlags |= CO_FUTURE_PRINT_FUNCTION; break;
                case "unicode_literals": parserFlags |= CO_FUTURE_UNICODE_LITERALS; break;
                default: break;
            }
        }
    }

    // ---- compound statements ---------------------------------------------------------------------

    private void compoundStmt(List<Stmt> out) {
        enter();
        Token t = peek();
        enter();
        switch (t.text) {
            case "if": out.add(ifStmt()); break;
            case "while": out.add(whileStmt()); break;
            case "for": out.add(forStmt()); break;
            case "try": out.add(tryStmt()); break;
            case "with": out.add(withStmt()); break;
            case "def": out.add(funcdef(new ArrayList<>())); break;
            case "class": out.add(classdef(new ArrayList<>())); break;
            default: out.add(decorated()); break;
        }
        depth -= 2;
    }

    /** suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT */
    private List<Stmt> suite() {
        enter();
        List<Stmt> body = new ArrayList<>();
        if (at(Token.Type.NEWLINE)) {
            take();
            expect(Token.Type.INDENT);
            do {
                stmt(body);
            } while (!at(Token.Type.DEDENT));
            take();
        } else {
            simpleStmt(body);
        }
        depth--;
        return body;
    }

    private Stmt ifStmt() {
        Token kw = take();
        ParseError saved = saveErrors();
        Expr test = test();
        expect(":");
        List<Stmt> body = suite();
        ParseError ifErr = saveErrors();
        List<Token> elifTokens = new ArrayList<>();
        List<Expr> elifTests = new ArrayList<>();
        List<List<Stmt>> elifBodies = new ArrayList<>();
        List<ParseError> elifErrs = new ArrayList<>();
        while (at("elif")) {
            take();
            elifTokens.add(peek());
            elifTests.add(test());
            expect(":");
            elifBodies.add(suite());
            elifErrs.add(saveErrors());
        }
        List<Stmt> orelse = new ArrayList<>();
        ParseError elseErr = null;
        if (at("else")) {
            take();
            expect(":");
            orelse = suite();
            elseErr = saveErrors();
        }
        int n = elifTests.size();
        List<ParseError> order = new ArrayList<>();
        order.add(saved);
        if (n == 0) {
            order.add(ifErr);
            order.add(elseErr);
        } else {
            order.add(elifErrs.get(n - 1));
            order.add(elseErr);
            for (int i = n - 2; i >= 0; i--) order.add(elifErrs.get(i));
            order.add(ifErr);
        }
        restoreErrors(order.toArray(new ParseError[0]));
        for (int i = n - 1; i >= 0; i--) {
            Token p = elifTokens.get(i);
            List<Stmt> wrapped = new ArrayList<>();
            wrapped.add(new If(p.line, p.col, elifTests.get(i), elifBodies.get(i), orelse));
            orelse = wrapped;
        }
        return new If(kw.line, kw.col, test, body, orelse);
    }

    private Stmt whileStmt() {
        Token kw = take();
        Expr test = test();
        expect(":");
        List<Stmt> body = suite();
        List<Stmt> orelse = new ArrayList<>();
        if (at("else")) {
            take();
            expect(":");
            orelse = suite();
        }
        return new While(kw.line, kw.col, test, body, orelse);
    }

    private Stmt forStmt() {
        Token kw = take();
        ParseError saved = saveErrors();
        Expr target = exprlistTarget(Ctx.STORE);
        expect("in");
        Expr iter = testlist();
        expect(":");
        List<Stmt> body = suite();
        ParseError mainErr = saveErrors();
        List<Stmt> orelse = new ArrayList<>();
        if (at("else")) {
            take();
            expect(":");
            orelse = suite();
        }
        ParseError elseErr = saveErrors();
        restoreErrors(saved, elseErr, mainErr);
        return new For(kw.line, kw.col, target, iter, body, orelse);
    }

    private Stmt tryStmt() {
        Token kw = take();
        expect(":");
        ParseError saved = saveErrors();
        List<Stmt> body = suite();
        ParseError bodyErr = saveErrors();
        List<ExceptHandler> handlers = new ArrayList<>();
        List<Stmt> orelse = new ArrayList<>();
        List<Stmt> finalbody = null;
        while (at("except")) {
            enter();                                        // except_clause
            Token ex = take();
            Expr type = null, name = null;
            if (startsTest()) {
                type = test();
                if (at("as") || at(",")) {
                    take();
                    Token nf = peek();
                    name = setContext(test(), Ctx.STORE, nf.line);
                }
            }
            depth--;
            expect(":");
            handlers.add(new ExceptHandler(ex.line, ex.col, type, name, suite()));
        }
        ParseError handlerErr = saveErrors();
        if (!handlers.isEmpty()) {
            if (at("else")) {
                take();
                expect(":");
                orelse = suite();
            }
            if (at("finally")) {
                take();
                expect(":");
                finalbody = suite();
            }
        } else {
            expect("finally");
            expect(":");
            finalbody = suite();
        }
        ParseError tailErr = saveErrors();
        restoreErrors(saved, bodyErr, tailErr, handlerErr);
        if (handlers.isEmpty()) return new TryFinally(kw.line, kw.col, body, finalbody);
        Stmt te = new TryExcept(kw.line, kw.col, body, handlers, orelse);
        if (finalbody == null) return te;
        List<Stmt> inner = new ArrayList<>();
        inner.add(te);
        return new TryFinally(kw.line, kw.col, inner, finalbody);
    }

    /** with_stmt: 'with' with_item (',' with_item)* ':' suite; one With node per item. */
    private Stmt withStmt() {
        take();
        ParseError saved = saveErrors();
        List<Token> firsts = new ArrayList<>();
        List<Expr> exprs = new ArrayList<>();
        List<Expr> vars = new ArrayList<>();
        List<ParseError> itemErrs = new ArrayList<>();
        for (;;) {
            enter();                                        // with_item
            Token f = peek();
            firsts.add(f);
            exprs.add(test());
            Expr v = null;
            if (at("as")) {
                take();
                Token vf = peek();
                v = setContext(expr(), Ctx.STORE, vf.line);
            }
            vars.add(v);
            depth--;
            itemErrs.add(saveErrors());
            if (!at(",")) break;
            take();
        }
        expect(":");
        List<Stmt> body = suite();
        ParseError bodyErr = saveErrors();
        List<ParseError> order = new ArrayList<>();
        order.add(saved);
        order.add(bodyErr);
        for (int i = itemErrs.size() - 1; i >= 0; i--) order.add(itemErrs.get(i));
        restoreErrors(order.toArray(new ParseError[0]));
        Stmt s = null;
        for (int i = exprs.size() - 1; i >= 0; i--) {
            Token f = firsts.get(i);
            s = new With(f.line, f.col, exprs.get(i), vars.get(i), body);
            body = new ArrayList<>();
            body.add(s);
        }
        return s;
    }

    private Stmt decorated() {
        enter();                                            // decorators
        Token firstAt = peek();
        List<Expr> decorators = new ArrayList<>();
        while (at("@")) {
            enter();                                        // decorator
            Token at = take();
            Token nameTok = peek();
            Expr e = new Name(nameTok.line, nameTok.col, expectName(), Ctx.LOAD);
            while (at(".")) {
                take();
                e = new Attribute(nameTok.line, nameTok.col, e, expectName(), Ctx.LOAD);
            }
            if (at("(")) {
                Token lpar = take();
                if (at(")")) {
                    e = new Call(nameTok.line, nameTok.col, e, new ArrayList<>(), new ArrayList<>(), null, null);
                } else {
                    e = callArguments(e, lpar);
                }
                expect(")");
            }
            expect(Token.Type.NEWLINE);
            decorators.add(e);
            depth--;
        }
        depth--;
        // the decorated definition sits at its first decorator
        if (at("def")) {
            FunctionDef d = (FunctionDef) funcdef(decorators);
            return new FunctionDef(firstAt.line, firstAt.col, d.name(), d.args(), d.body(), decorators);
        }
        if (at("class")) {
            ClassDef c = (ClassDef) classdef(decorators);
            return new ClassDef(firstAt.line, firstAt.col, c.name(), c.bases(), c.body(), decorators);
        }
        throw syntaxError();
    }

    /** funcdef: 'def' NAME parameters ':' suite */
    private Stmt funcdef(List<Expr> decorators) {
        enter();
        Token kw = take();
        Token nameTok = peek();
        String name = expectName();
        forbidden(name, nameTok.line);
        enter();                                            // parameters
        expect("(");
        Arguments args;
        if (at(")")) args = new Arguments(new ArrayList<>(), null, null, new ArrayList<>());
        else args = varargslist(")");
        expect(")");
        depth--;
        expect(":");
        List<Stmt> body = suite();
        depth--;
        return new FunctionDef(kw.line, kw.col, name, args, body, decorators);
    }

    /** classdef: 'class' NAME ['(' [testlist] ')'] ':' suite */
    private Stmt classdef(List<Expr> decorators) {
        enter();
        Token kw = take();
        String name = expectName();
        forbidden(name, kw.line);
        List<Expr> bases = new ArrayList<>();
        if (at("(")) {
            take();
            if (!at(")")) {
                enter();
                bases.add(test());
                while (at(",")) {
                    take();
                    if (!startsTest()) break;
                    bases.add(test());
                }
                depth--;
            }
            expect(")");
        }
        expect(":");
        List<Stmt> body = suite();
        depth--;
        return new ClassDef(kw.line, kw.col, name, bases, body, decorators);
    }
}
