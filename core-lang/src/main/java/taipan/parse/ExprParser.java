package taipan.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import taipan.parse.Ast.*;

/**
 * Expressions: one method per rule of the 2.7 grammar (so the nesting depth matches CPython's
 * parser stack), building the nodes and positions ast.c builds.
 */
abstract class ExprParser extends ParserBase {
    /** The Num node atom() made last, to fold "-" NUMBER as ast.c does. */
    private Num bareNumber;

    ExprParser(Tokenizer tz, SourceDecoder.Source src, String encoding, int flags) {
        super(tz, src, encoding, flags);
    }

    // ---- first sets ------------------------------------------------------------------------

    /** The lookahead can start an expr (exprlist items). */
    final boolean startsExpr() {
        Token t = peek();
        switch (t.type) {
            case NAME: return !isKeyword(t.text);
            case NUMBER: case STRING: return true;
            case OP:
                switch (t.text) {
                    case "(": case "[": case "{": case "`": case "-": case "+": case "~": return true;
                    default: return false;
                }
            default: return false;
        }
    }

    /** The lookahead can start a test. */
    final boolean startsTest() {
        return startsExpr() || at("not") || at("lambda");
    }

    // ---- tuples and lists of tests ---------------------------------------------------------------

    /** testlist: test (',' test)* [','] */
    final Expr testlist() {
        enter();
        Token first = peek();
        Expr e = test();
        if (at(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(e);
            while (at(",")) {
                take();
                if (!startsTest()) break;
                elts.add(test());
            }
            e = new TupleDisplay(first.line, first.col, elts, Ctx.LOAD);
        }
        depth--;
        return e;
    }

    /** exprlist: expr (',' expr)* [','] as a target: set_context on each element, a Tuple if several. */
    final Expr exprlistTarget(Ctx ctx) {
        boolean[] single = new boolean[1];
        enter();
        List<Expr> elts = new ArrayList<>();
        Token first = peek();
        elts.add(setContext(expr(), ctx, first.line));
        single[0] = true;
        while (at(",")) {
            take();
            single[0] = false;
            if (!startsExpr()) break;
            Token f = peek();
            elts.add(setContext(expr(), ctx, f.line));
        }
        depth--;
        if (single[0]) return elts.get(0);
        return new TupleDisplay(elts.get(0).line(), elts.get(0).col(), elts, ctx);
    }

    // ---- test ------------------------------------------------------------------------------------

    /** test: or_test ['if' or_test 'else' test] | lambdef */
    final Expr test() {
        enter();
        Expr e;
        if (at("lambda")) {
            e = lambdef(false);
        } else {
            Token first = peek();
            e = orTest();
            if (at("if")) {
                take();
                Expr cond = orTest();
                expect("else");
                Expr orelse = test();
                e = new IfExp(first.line, first.col, cond, e, orelse);
            }
        }
        depth--;
        return e;
    }

    /** old_test: or_test | old_lambdef */
    final Expr oldTest() {
        enter();
        Expr e = at("lambda") ? lambdef(true) : orTest();
        depth--;
        return e;
    }

    /** lambdef: 'lambda' [varargslist] ':' test (old_lambdef with old_test) */
    private Expr lambdef(boolean old) {
        enter();
        Token kw = take();
        Arguments args;
        if (at(":")) {
            args = new Arguments(new ArrayList<>(), null, null, new ArrayList<>());
        } else {
            args = varargslist(":");
        }
        expect(":");
        Expr body = old ? oldTest() : test();
        depth--;
        return new Lambda(kw.line, kw.col, args, body);
    }

    private Expr orTest() {
        enter();
        Token first = peek();
        Expr e = andTest();
        if (at("or")) {
            List<Expr> values = new ArrayList<>();
            values.add(e);
            while (at("or")) {
                take();
                values.add(andTest());
            }
            e = new BoolOp(first.line, first.col, BoolOperator.OR, values);
        }
        depth--;
        return e;
    }

    private Expr andTest() {
        enter();
        Token first = peek();
        Expr e = notTest();
        if (at("and")) {
            List<Expr> values = new ArrayList<>();
            values.add(e);
            while (at("and")) {
                take();
                values.add(notTest());
            }
            e = new BoolOp(first.line, first.col, BoolOperator.AND, values);
        }
        depth--;
        return e;
    }

    private Expr notTest() {
        enter();
        Expr e;
        if (at("not")) {
            Token t = take();
            e = new UnaryOp(t.line, t.col, UnaryOperator.NOT, notTest());
        } else {
            e = comparison();
        }
        depth--;
        return e;
    }

    private CmpOp compOp() {
        Token t = peek();
        if (t.type == Token.Type.OP) {
            switch (t.text) {
                case "<": take(); return CmpOp.LT;
                case ">": take(); return CmpOp.GT;
                case "==": take(); return CmpOp.EQ;
                case ">=": take(); return CmpOp.GTE;
                case "<=": take(); return CmpOp.LTE;
                case "<>": case "!=": take(); return CmpOp.NOTEQ;
                default: return null;
            }
        }
        if (at("in")) { take(); return CmpOp.IN; }
        if (at("not")) {
            take();
            expect("in");
            return CmpOp.NOTIN;
        }
        if (at("is")) {
            take();
            if (at("not")) { take(); return CmpOp.ISNOT; }
            return CmpOp.IS;
        }
        return null;
    }

    private Expr comparison() {
        enter();
        Token first = peek();
        Expr e = expr();
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        for (;;) {
            depth++;                                // comp_op
            CmpOp op = compOp();
            depth--;
            if (op == null) break;
            if (ops == null) { ops = new ArrayList<>(); comparators = new ArrayList<>(); }
            ops.add(op);
            comparators.add(expr());
        }
        if (ops != null) e = new Compare(first.line, first.col, e, ops, comparators);
        depth--;
        return e;
    }

    // ---- binary operators -----------------------------------------------------------------------

    final Expr expr() {
        enter();
        Token first = peek();
        Expr e = xorExpr();
        boolean firstOp = true;
        while (at("|")) {
            Token op = take();
            e = chain(firstOp ? first : op, e, Operator.BITOR, xorExpr());
            firstOp = false;
        }
        depth--;
        return e;
    }

    private Expr xorExpr() {
        enter();
        Token first = peek();
        Expr e = andExpr();
        boolean firstOp = true;
        while (at("^")) {
            Token op = take();
            e = chain(firstOp ? first : op, e, Operator.BITXOR, andExpr());
            firstOp = false;
        }
        depth--;
        return e;
    }

    private static Expr chain(Token pos, Expr left, Operator o, Expr right) {
        return new BinOp(pos.line, pos.col, left, o, right);
    }

    private Expr andExpr() {
        enter();
        Token first = peek();
        Expr e = shiftExpr();
        boolean firstOp = true;
        while (at("&")) {
            Token op = take();
            e = chain(firstOp ? first : op, e, Operator.BITAND, shiftExpr());
            firstOp = false;
        }
        depth--;
        return e;
    }

    private Expr shiftExpr() {
        enter();
        Token first = peek();
        Expr e = arithExpr();
        boolean firstOp = true;
        for (;;) {
            Operator o = at("<<") ? Operator.LSHIFT : at(">>") ? Operator.RSHIFT : null;
            if (o == null) break;
            Token op = take();
            e = chain(firstOp ? first : op, e, o, arithExpr());
            firstOp = false;
        }
        depth--;
        return e;
    }

    private Expr arithExpr() {
        enter();
        Token first = peek();
        Expr e = term();
        boolean firstOp = true;
        for (;;) {
            Operator o = at("+") ? Operator.ADD : at("-") ? Operator.SUB : null;
            if (o == null) break;
            Token op = take();
            e = chain(firstOp ? first : op, e, o, term());
            firstOp = false;
        }
        depth--;
        return e;
    }

    private Expr term() {
        enter();
        Token first = peek();
        Expr e = factor();
        boolean firstOp = true;
        for (;;) {
            Operator o = at("*") ? Operator.MULT : at("/") ? Operator.DIV : at("%") ? Operator.MOD
                    : at("//") ? Operator.FLOORDIV : null;
            if (o == null) break;
            Token op = take();
            e = chain(firstOp ? first : op, e, o, factor());
            firstOp = false;
        }
        depth--;
        return e;
    }

    private Expr factor() {
        // a chain of unary operators is read in a loop (deep chains must not need a deep
        // Java stack); each still counts as one level of CPython's parser stack
        java.util.ArrayList<Token> ops = new java.util.ArrayList<>();
        for (;;) {
            enter();
            Token t = peek();
            if (unaryOperator(t) == null) {
                break;
            }
            ops.add(take());
        }
        Token numTok = peek();
        Expr e = power();
        depth--;
        for (int i = ops.size() - 1; i >= 0; i--) {
            Token t = ops.get(i);
            UnaryOperator op = unaryOperator(t);
            // -NUMBER is one constant (so that -2147483648 stays an int), as CPython folds it
            if (i == ops.size() - 1 && op == UnaryOperator.USUB && numTok.type == Token.Type.NUMBER && e == bareNumber) {
                e = new Num(t.line, t.col, parseNumber("-" + numTok.text));
            } else {
                e = new UnaryOp(t.line, t.col, op, e);
            }
            depth--;
        }
        return e;
    }

    private static UnaryOperator unaryOperator(Token t) {
        return t.type != Token.Type.OP ? null
                : t.text.equals("+") ? UnaryOperator.UADD : t.text.equals("-") ? UnaryOperator.USUB
                : t.text.equals("~") ? UnaryOperator.INVERT : null;
    }

    /** power: atom trailer* ['**' factor] */
    private Expr power() {
        enter();
        Token first = peek();
        Expr e = atom();
        for (;;) {
            if (at("(")) {
                depth++;                                // trailer
                Token lpar = take();
                Expr call;
                if (at(")")) {
                    call = new Call(e.line(), e.col(), e, new ArrayList<>(), new ArrayList<>(), null, null);
                } else {
                    call = arglist(e, lpar);
                }
                expect(")");
                depth--;
                e = call;
            } else if (at("[")) {
                depth++;
                take();
                Slice s = subscriptlist();
                expect("]");
                depth--;
                e = new Subscript(e.line(), e.col(), e, s, Ctx.LOAD);
            } else if (at(".")) {
                depth++;
                take();
                String name = expectName();
                depth--;
                e = new Attribute(e.line(), e.col(), e, name, Ctx.LOAD);
            } else {
                break;
            }
        }
        if (at("**")) {
            take();
            Expr right = factor();
            e = new BinOp(first.line, first.col, e, Operator.POW, right);
        }
        depth--;
        return e;
    }

    // ---- atoms -----------------------------------------------------------------------------------

    private Expr atom() {
        enter();
        Token t = peek();
        Expr e;
        switch (t.type) {
            case NAME:
                if (isKeyword(t.text)) throw syntaxError();
                take();
                e = new Name(t.line, t.col, t.text, Ctx.LOAD);
                break;
            case NUMBER:
                take();
                e = bareNumber = new Num(t.line, t.col, parseNumber(t.text));
                break;
            case STRING:
                e = strings();
                break;
            case OP:
                switch (t.text) {
                    case "(": e = parenthesized(); break;
                    case "[": e = listDisplay(); break;
                    case "{": e = dictOrSet(); break;
                    case "`": {
                        take();
                        Expr v = testlist1();
                        expect("`");
                        e = new Repr(t.line, t.col, v);
                        break;
                    }
                    default: throw syntaxError();
                }
                break;
            default:
                throw syntaxError();
        }
        depth--;
        return e;
    }

    /** testlist1: test (',' test)* */
    private Expr testlist1() {
        enter();
        Token first = peek();
        Expr e = test();
        if (at(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(e);
            while (at(",")) {
                take();
                elts.add(test());
            }
            e = new TupleDisplay(first.line, first.col, elts, Ctx.LOAD);
        }
        depth--;
        return e;
    }

    private Expr strings() {
        Token first = peek();
        StringLiterals.Value v = null;
        boolean failed = false;
        while (at(Token.Type.STRING)) {
            Token t = take();
            if (failed) continue;
            try {
                StringLiterals.Value piece = StringLiterals.decode(t.text, encoding, src.charset, futureUnicode);
                v = v == null ? piece : StringLiterals.concat(v, piece);
            } catch (StringLiterals.LiteralError err) {
                failed = true;
                if (err.unicodeError) {
                    String msg = "(unicode error) " + err.getMessage();
                    if (msg.length() > 127) msg = msg.substring(0, 127);
                    astError(first.line, msg);
                } else {
                    valueError(err.getMessage());
                }
            }
        }
        if (failed) return new Str(first.line, first.col, "", false);
        return new Str(first.line, first.col, v.text(), v.unicode());
    }

    private Expr parenthesized() {
        Token lpar = take();
        Expr e;
        if (at(")")) {
            e = new TupleDisplay(lpar.line, lpar.col, new ArrayList<>(), Ctx.LOAD);
        } else if (at("yield")) {
            e = yieldExpr();
        } else {
            e = testlistComp();
        }
        expect(")");
        return e;
    }

    /** testlist_comp: test ( comp_for | (',' test)* [','] ) */
    private Expr testlistComp() {
        enter();
        Token first = peek();
        Expr e = test();
        if (at("for")) {
            List<Comprehension> gens = compFor();
            e = new GeneratorExp(first.line, first.col, e, gens);
        } else if (at(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(e);
            while (at(",")) {
                take();
                if (!startsTest()) break;
                elts.add(test());
            }
            e = new TupleDisplay(first.line, first.col, elts, Ctx.LOAD);
        }
        depth--;
        return e;
    }

    private Expr listDisplay() {
        Token lsqb = take();
        Expr e;
        if (at("]")) {
            e = new ListDisplay(lsqb.line, lsqb.col, new ArrayList<>(), Ctx.LOAD);
        } else {
            enter();                                        // listmaker
            Token first = peek();
            Expr elt = test();
            if (at("for")) {
                e = new ListComp(first.line, first.col, elt, listFor());
            } else {
                List<Expr> elts = new ArrayList<>();
                elts.add(elt);
                while (at(",")) {
                    take();
                    if (!startsTest()) break;
                    elts.add(test());
                }
                e = new ListDisplay(lsqb.line, lsqb.col, elts, Ctx.LOAD);
            }
            depth--;
        }
        expect("]");
        return e;
    }

    /** list_for: 'for' exprlist 'in' testlist_safe [list_iter], with the list_ifs folded in. */
    private List<Comprehension> listFor() {
        List<Comprehension> gens = new ArrayList<>();
        int saved = depth;
        while (at("for")) {
            enter();                                        // list_for
            Token kw = take();
            Expr target = exprlistTarget(Ctx.STORE);
            expect("in");
            Expr iter = testlistSafe();
            List<Expr> ifs = new ArrayList<>();
            for (;;) {
                if (at("if")) {
                    enter();                                // list_iter
                    enter();                                // list_if
                    take();
                    ifs.add(oldTest());
                } else if (at("for")) {
                    enter();                                // list_iter
                    break;
                } else {
                    break;
                }
            }
            gens.add(new Comprehension(target, iter, ifs));
        }
        depth = saved;
        return gens;
    }

    /** testlist_safe: old_test [(',' old_test)+ [',']] */
    private Expr testlistSafe() {
        enter();
        Token first = peek();
        Expr e = oldTest();
        if (at(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(e);
            take();
            elts.add(oldTest());
            while (at(",")) {
                take();
                if (!startsTest()) break;
                elts.add(oldTest());
            }
            e = new TupleDisplay(first.line, first.col, elts, Ctx.LOAD);
        }
        depth--;
        return e;
    }

    /** comp_for: 'for' exprlist 'in' or_test [comp_iter], with the comp_ifs folded in. */
    final List<Comprehension> compFor() {
        List<Comprehension> gens = new ArrayList<>();
        int saved = depth;
        while (at("for")) {
            enter();                                        // comp_for
            Token kw = take();
            Expr target = exprlistTarget(Ctx.STORE);
            expect("in");
            Expr iter = orTest();
            List<Expr> ifs = new ArrayList<>();
            for (;;) {
                if (at("if")) {
                    enter();                                // comp_iter
                    enter();                                // comp_if
                    take();
                    ifs.add(oldTest());
                } else if (at("for")) {
                    enter();                                // comp_iter
                    break;
                } else {
                    break;
                }
            }
            gens.add(new Comprehension(target, iter, ifs));
        }
        depth = saved;
        return gens;
    }

    private Expr dictOrSet() {
        Token lbrace = take();
        Expr e;
        if (at("}")) {
            e = new Dict(lbrace.line, lbrace.col, new ArrayList<>(), new ArrayList<>());
        } else {
            enter();                                        // dictorsetmaker
            Token first = peek();
            Expr k = test();
            if (at(":")) {
                take();
                Expr v = test();
                if (at("for")) {
                    e = new DictComp(first.line, first.col, k, v, compFor());
                } else {
                    List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
                    keys.add(k);
                    values.add(v);
                    while (at(",")) {
                        take();
                        if (!startsTest()) break;
                        keys.add(test());
                        expect(":");
                        values.add(test());
                    }
                    e = new Dict(lbrace.line, lbrace.col, keys, values);
                }
            } else if (at("for")) {
                e = new SetComp(first.line, first.col, k, compFor());
            } else {
                List<Expr> elts = new ArrayList<>();
                elts.add(k);
                while (at(",")) {
                    take();
                    if (!startsTest()) break;
                    elts.add(test());
                }
                e = new SetDisplay(lbrace.line, lbrace.col, elts);
            }
            depth--;
        }
        expect("}");
        return e;
    }

    /** yield_expr: 'yield' [testlist] */
    final Expr yieldExpr() {
        enter();
        Token kw = take();
        Expr value = startsTest() ? testlist() : null;
        depth--;
        return new Yield(kw.line, kw.col, value);
    }

    // ---- subscripts ------------------------------------------------------------------------------

    /** subscriptlist: subscript (',' subscript)* [','] */
    private Slice subscriptlist() {
        enter();
        Token first = peek();
        Slice s = subscript();
        if (!at(",")) {
            depth--;
            return s;
        }
        List<Slice> dims = new ArrayList<>();
        dims.add(s);
        while (at(",")) {
            take();
            if (!startsTest() && !at(":") && !at(".")) break;
            dims.add(subscript());
        }
        depth--;
        boolean simple = true;
        for (Slice d : dims) {
            if (!(d instanceof Index)) simple = false;
        }
        if (!simple) return new ExtSlice(dims);
        List<Expr> elts = new ArrayList<>();
        for (Slice d : dims) elts.add(((Index) d).value());
        return new Index(new TupleDisplay(first.line, first.col, elts, Ctx.LOAD));
    }

    /** subscript: '.' '.' '.' | test | [test] ':' [test] [sliceop] */
    private Slice subscript() {
        enter();
        Slice s;
        if (at(".")) {
            take();
            expect(".");
            expect(".");
            s = new Ellipsis();
        } else {
            Expr lower = null, upper = null, step = null;
            if (!at(":")) {
                lower = test();
                if (!at(":")) {
                    depth--;
                    return new Index(lower);
                }
            }
            take();
            if (startsTest()) upper = test();
            if (at(":")) {
                enter();                                    // sliceop
                Token colon = take();
                if (startsTest()) step = test();
                else step = new Name(colon.line, colon.col, "None", Ctx.LOAD);
                depth--;
            }
            s = new SliceRange(lower, upper, step);
        }
        depth--;
        return s;
    }

    // ---- calls -------------------------------------------------------------------------------

    /**
     * arglist: (argument ',')* (argument [','] | '*' test (',' argument)* [',' '**' test] | '**' test)
     * with ast.c's checks.
     */
    final Expr callArguments(Expr func, Token lpar) {
        return arglist(func, lpar);
    }

    private Expr arglist(Expr func, Token lpar) {
        enter();
        Token first = peek();
        ParseError before = pending;
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        Set<String> seen = null;
        Expr starargs = null, kwargs = null;
        int nargs = 0, nkeywords = 0, ngens = 0;
        boolean afterStar = false;
        for (;;) {
            if (at("*") && !afterStar) {
                take();
                starargs = test();
                afterStar = true;
                if (!at(",")) break;
                take();
                if (at("**")) {
                    take();
                    kwargs = test();
                    break;
                }
                // an argument must follow
                if (!startsTest()) throw syntaxError();
                continue;
            }
            if (at("**")) {
                take();
                kwargs = test();
                break;
            }
            // argument: test [comp_for] | test '=' test
            enter();
            Token argFirst = peek();
            ParseError beforeArg = pending;
            Expr e = test();
            if (at("for")) {
                List<Comprehension> gens = compFor();
                args.add(new GeneratorExp(argFirst.line, argFirst.col, e, gens));
                ngens++;
            } else if (at("=")) {
                take();
                nkeywords++;
                String key = null;
                if (e instanceof Lambda) {
                    astError(argFirst.line, "lambda cannot contain assignment");
                } else if (!(e instanceof Name)) {
                    astError(argFirst.line, "keyword can't be an expression");
                } else {
                    key = ((Name) e).id();
                    forbidden(key, argFirst.line);
                    if (seen == null) seen = new HashSet<>();
                    if (!seen.add(key)) astError(argFirst.line, "keyword argument repeated");
                }
                Expr value = test();
                keywords.add(new Keyword(key == null ? "" : key, value));
            } else {
                if (nkeywords > 0) {
                    astErrorFirst(beforeArg, argFirst.line, "non-keyword arg after keyword arg");
                } else if (afterStar) {
                    astErrorFirst(beforeArg, argFirst.line, "only named arguments may follow *expression");
                }
                args.add(e);
                nargs++;
            }
            depth--;
            if (!at(",")) break;
            take();
            if (afterStar) {
                if (at("**")) {
                    take();
                    kwargs = test();
                    break;
                }
                if (!startsTest()) throw syntaxError();
                continue;
            }
            if (!startsTest() && !at("*") && !at("**")) break;
        }
        depth--;
        if (ngens > 1 || (ngens > 0 && (nargs > 0 || nkeywords > 0))) {
            astErrorFirst(before, first.line, "Generator expression must be parenthesized if not sole argument");
        } else if (nargs + nkeywords + ngens > 255) {
            astErrorFirst(before, first.line, "more than 255 arguments");
        }
        return new Call(func.line(), func.col(), func, args, keywords, starargs, kwargs);
    }

    // ---- parameters --------------------------------------------------------------------------

    /**
     * varargslist: ((fpdef ['=' test] ',')* ('*' NAME [',' '**' NAME] | '**' NAME) |
     *               fpdef ['=' test] (',' fpdef ['=' test])* [','])
     */
    final Arguments varargslist(String closer) {
        enter();
        Token first = peek();
        List<Expr> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        String vararg = null, kwarg = null;
        boolean foundDefault = false;
        for (;;) {
            if (at("*")) {
                take();
                Token name = peek();
                vararg = expectName();
                forbidden(vararg, name.line);
                if (at(",")) {
                    take();
                    expect("**");
                    Token kn = peek();
                    kwarg = expectName();
                    forbidden(kwarg, kn.line);
                }
                break;
            }
            if (at("**")) {
                take();
                Token kn = peek();
                kwarg = expectName();
                forbidden(kwarg, kn.line);
                break;
            }
            ParseError saved = saveErrors();
            Object[] param = fpdef();                          // {Expr, Boolean parenthesizedName}
            ParseError fpErr = saveErrors();
            ParseError defErr = null, checkErr = null, nameErr = null;
            Expr target = (Expr) param[0];
            boolean parenthesized = (Boolean) param[1];
            if (at("=")) {
                take();
                defaults.add(test());
                defErr = saveErrors();
                foundDefault = true;
                if (parenthesized) astError(first.line, "parenthesized arg with default");
                checkErr = saveErrors();
            } else if (foundDefault) {
                astError(first.line, "non-default argument follows default argument");
                checkErr = saveErrors();
            }
            if (target instanceof Name n) {
                forbidden(n.id(), first.line);
                nameErr = saveErrors();
                target = new Name(n.line(), n.col(), n.id(), Ctx.PARAM);
            }
            restoreErrors(saved, defErr, checkErr, fpErr, nameErr);
            args.add(target);
            if (!at(",")) break;
            take();
            if (at(closer)) break;
        }
        depth--;
        return new Arguments(args, vararg, kwarg, defaults);
    }

    /** fpdef: NAME | '(' fplist ')'. Returns the target and whether it was a parenthesized NAME. */
    private Object[] fpdef() {
        enter();
        Object[] r;
        if (at("(")) {
            take();
            Token first = peek();
            List<Object[]> items = fplist();
            expect(")");
            if (items.size() == 1 && items.get(0) != null && !((Boolean) items.get(0)[2])) {
                // (x) or ((x, y)): the parentheses are dropped
                Object[] inner = items.get(0);
                r = new Object[] {inner[0], inner[0] instanceof Name};
            } else {
                r = new Object[] {complexArgs(items, first), false};
            }
        } else {
            Token t = peek();
            String name = expectName();
            r = new Object[] {new Name(t.line, t.col, name, Ctx.PARAM), false};
        }
        depth--;
        return r;
    }

    /** fplist: fpdef (',' fpdef)* [',']; items are {target, _, trailingComma}. */
    private List<Object[]> fplist() {
        enter();
        List<Object[]> items = new ArrayList<>();
        items.add(new Object[] {fpdef()[0], false, false});
        while (at(",")) {
            take();
            items.get(0)[2] = true;
            if (at(")")) break;
            items.add(new Object[] {fpdef()[0], false, true});
        }
        depth--;
        return items;
    }

    private Expr complexArgs(List<Object[]> items, Token first) {
        List<Expr> elts = new ArrayList<>();
        for (Object[] it : items) {
            Expr e = (Expr) it[0];
            elts.add(e instanceof Name n ? new Name(n.line(), n.col(), n.id(), Ctx.STORE) : e);
        }
        TupleDisplay t = new TupleDisplay(first.line, first.col, elts, Ctx.STORE);
        return setContext(t, Ctx.STORE, first.line);
    }

    // ---- targets (ast.c's set_context) -------------------------------------------------------

    final void forbidden(String name, int line) {
        if (name.equals("None")) astError(line, "cannot assign to None");
        else if (name.equals("__debug__")) astError(line, "cannot assign to __debug__");
    }

    final Expr setContext(Expr e, Ctx ctx, int line) {
        String what;
        if (e instanceof Name n) {
            if (ctx == Ctx.STORE) forbidden(n.id(), line);
            return new Name(n.line(), n.col(), n.id(), ctx);
        } else if (e instanceof Attribute a) {
            if (ctx == Ctx.STORE) forbidden(a.attr(), line);
            return new Attribute(a.line(), a.col(), a.value(), a.attr(), ctx);
        } else if (e instanceof Subscript s) {
            return new Subscript(s.line(), s.col(), s.value(), s.slice(), ctx);
        } else if (e instanceof ListDisplay l) {
            return new ListDisplay(l.line(), l.col(), setAll(l.elts(), ctx, line), ctx);
        } else if (e instanceof TupleDisplay t) {
            if (!t.elts().isEmpty()) return new TupleDisplay(t.line(), t.col(), setAll(t.elts(), ctx, line), ctx);
            what = "()";
        } else if (e instanceof Lambda) {
            what = "lambda";
        } else if (e instanceof Call) {
            what = "function call";
        } else if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) {
            what = "operator";
        } else if (e instanceof GeneratorExp) {
            what = "generator expression";
        } else if (e instanceof Yield) {
            what = "yield expression";
        } else if (e instanceof ListComp) {
            what = "list comprehension";
        } else if (e instanceof SetComp) {
            what = "set comprehension";
        } else if (e instanceof DictComp) {
            what = "dict comprehension";
        } else if (e instanceof Dict || e instanceof SetDisplay || e instanceof Num || e instanceof Str) {
            what = "literal";
        } else if (e instanceof Compare) {
            what = "comparison";
        } else if (e instanceof Repr) {
            what = "repr";
        } else if (e instanceof IfExp) {
            what = "conditional expression";
        } else {
            what = "expression";
        }
        astError(line, "can't " + (ctx == Ctx.DEL ? "delete " : "assign to ") + what);
        return e;
    }

    private List<Expr> setAll(List<Expr> elts, Ctx ctx, int line) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) out.add(setContext(x, ctx, line));
        return out;
    }

    // ---- numbers -------------------------------------------------------------------------------

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** ast.c's parsenumber: int (Long), long (BigInteger), float (Double) or imaginary (Imag). */
    static Object parseNumber(String s) {
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Imag(parseFloat(s.substring(0, s.length() - 1)));
        }
        boolean isLong = last == 'l' || last == 'L';
        String body = isLong ? s.substring(0, s.length() - 1) : s;
        boolean neg = body.startsWith("-");
        String digits = neg ? body.substring(1) : body;
        int radix = 10;
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            char c = digits.charAt(1);
            if (c == 'x' || c == 'X') { radix = 16; digits = digits.substring(2); }
            else if (c == 'o' || c == 'O') { radix = 8; digits = digits.substring(2); }
            else if (c == 'b' || c == 'B') { radix = 2; digits = digits.substring(2); }
            else if (isAllDigits(digits)) { radix = 8; digits = digits.substring(1); }
        }
        if (!isLong && !(radix == 10 && !isAllDigits(digits)) && isRadixDigits(digits, radix)) {
            BigInteger v = new BigInteger(digits, radix);
            if (neg) v = v.negate();
            if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) return v.longValue();
            return v;
        }
        if (isLong) {
            BigInteger v = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, radix);
            return neg ? v.negate() : v;
        }
        return parseFloat(s);
    }

    private static boolean isAllDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return !s.isEmpty();
    }

    private static boolean isRadixDigits(String s, int radix) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), radix) < 0) return false;
        }
        return true;
    }

    private static double parseFloat(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0.0;
        }
    }
}
