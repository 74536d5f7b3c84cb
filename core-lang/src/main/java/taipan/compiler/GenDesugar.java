package taipan.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import taipan.parse.Ast;
import taipan.parse.Ast.*;

/**
 * Rewrites a generator's body so that {@code yield} appears only as a statement
 * ({@code yield v} or {@code target = yield v}, v free of yields): any other expression
 * containing a yield is split into statements that evaluate its parts, in 2.7's order,
 * into hidden temporaries ({@code $n}). Short-circuit operators, conditional expressions
 * and comparison chains become if statements. The resumable nodes then only need to
 * remember which statement they were in, never a half-evaluated expression.
 */
final class GenDesugar {
    private final Supplier<String> temps;

    private GenDesugar(Supplier<String> temps) {
        this.temps = temps;
    }

    static List<Stmt> desugar(List<Stmt> body, Supplier<String> temps) {
        return new GenDesugar(temps).stmts(body);
    }

    // ---- yield detection (within this block only) --------------------------------------------

    static boolean containsYield(Stmt s) {
        if (s instanceof FunctionDef d) {
            return any(d.decorators()) || any(d.args().defaults());
        }
        if (s instanceof ClassDef c) {
            return any(c.decorators()) || any(c.bases());
        }
        if (s instanceof Return r) return has(r.value());
        if (s instanceof Delete d) return any(d.targets());
        if (s instanceof Assign a) return any(a.targets()) || has(a.value());
        if (s instanceof AugAssign a) return has(a.target()) || has(a.value());
        if (s instanceof Print p) return has(p.dest()) || any(p.values());
        if (s instanceof For f) return has(f.target()) || has(f.iter()) || anyStmt(f.body()) || anyStmt(f.orelse());
        if (s instanceof While w) return has(w.test()) || anyStmt(w.body()) || anyStmt(w.orelse());
        if (s instanceof If i) return has(i.test()) || anyStmt(i.body()) || anyStmt(i.orelse());
        if (s instanceof With w) return has(w.contextExpr()) || has(w.optionalVars()) || anyStmt(w.body());
        if (s instanceof Raise r) return has(r.type()) || has(r.inst()) || has(r.tback());
        if (s instanceof TryExcept t) {
            if (anyStmt(t.body()) || anyStmt(t.orelse())) {
                return true;
            }
            for (ExceptHandler h : t.handlers()) {
                if (has(h.type()) || has(h.name()) || anyStmt(h.body())) {
                    return true;
                }
            }
            return false;
        }
        if (s instanceof TryFinally t) return anyStmt(t.body()) || anyStmt(t.finalbody());
        if (s instanceof Assert a) return has(a.test()) || has(a.msg());
        if (s instanceof Exec e) return has(e.body()) || has(e.globals()) || has(e.locals());
        if (s instanceof ExprStmt e) return has(e.value());
        return false;
    }

    private static boolean anyStmt(List<Stmt> ss) {
        for (Stmt s : ss) {
            if (containsYield(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(List<Expr> es) {
        for (Expr e : es) {
            if (has(e)) {
                return true;
            }
        }
        return false;
    }

    static boolean has(Expr e) {
        if (e == null) return false;
        if (e instanceof Yield) return true;
        if (e instanceof BoolOp b) return any(b.values());
        if (e instanceof BinOp b) return has(b.left()) || has(b.right());
        if (e instanceof UnaryOp u) return has(u.operand());
        if (e instanceof Lambda l) return any(l.args().defaults());
        if (e instanceof IfExp i) return has(i.test()) || has(i.body()) || has(i.orelse());
        if (e instanceof Dict d) return any(d.keys()) || any(d.values());
        if (e instanceof SetDisplay s) return any(s.elts());
        if (e instanceof ListComp lc) {
            if (has(lc.elt())) return true;
            for (Comprehension c : lc.generators()) {
                if (has(c.iter()) || has(c.target()) || any(c.ifs())) return true;
            }
            return false;
        }
        if (e instanceof GeneratorExp g) return has(g.generators().get(0).iter());
        if (e instanceof SetComp s) return has(s.generators().get(0).iter());
        if (e instanceof DictComp d) return has(d.generators().get(0).iter());
        if (e instanceof Compare c) return has(c.left()) || any(c.comparators());
        if (e instanceof Call c) {
            if (has(c.func()) || any(c.args()) || has(c.starargs()) || has(c.kwargs())) return true;
            for (Keyword k : c.keywords()) {
                if (has(k.value())) return true;
            }
            return false;
        }
        if (e instanceof Repr r) return has(r.value());
        if (e instanceof Attribute a) return has(a.value());
        if (e instanceof Subscript s) return has(s.value()) || hasSlice(s.slice());
        if (e instanceof ListDisplay l) return any(l.elts());
        if (e instanceof TupleDisplay t) return any(t.elts());
        return false;
    }

    private static boolean hasSlice(Ast.Slice s) {
        if (s instanceof Index i) return has(i.value());
        if (s instanceof SliceRange r) return has(r.lower()) || has(r.upper()) || has(r.step());
        if (s instanceof ExtSlice x) {
            for (Ast.Slice d : x.dims()) {
                if (hasSlice(d)) return true;
            }
        }
        return false;
    }

    // ---- statements ---------------------------------------------------------------------------

    private List<Stmt> stmts(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            stmt(s, out);
        }
        return out;
    }

    private Name tmpLoad(int line, String t) {
        return new Name(line, 0, t, Ctx.LOAD);
    }

    private Name tmpStore(int line, String t) {
        return new Name(line, 0, t, Ctx.STORE);
    }

    private static boolean simpleTarget(Expr t) {
        return !has(t);
    }

    private void stmt(Stmt s, List<Stmt> out) {
        if (!containsYield(s)) {
            out.add(s);
            return;
        }
        int line = s.line();
        int col = s.col();
        if (s instanceof ExprStmt e) {
            if (e.value() instanceof Yield y && !has(y.value())) {
                out.add(s);
                return;
            }
            if (e.value() instanceof Yield y) {
                Expr v = lin(y.value(), out);
                out.add(new ExprStmt(line, col, new Yield(y.line(), y.col(), v)));
                return;
            }
            out.add(new ExprStmt(line, col, lin(e.value(), out)));
        } else if (s instanceof Assign a) {
            if (a.targets().size() == 1 && a.value() instanceof Yield y && !has(y.value()) && simpleTarget(a.targets().get(0))) {
                out.add(s);
                return;
            }
            Expr v;
            if (a.value() instanceof Yield y) {
                Expr yv = lin(y.value(), out);
                String t = temps.get();
                out.add(new Assign(line, col, List.of(tmpStore(line, t)), new Yield(y.line(), y.col(), yv)));
                v = tmpLoad(line, t);
            } else {
                v = save(lin(a.value(), out), out);
            }
            List<Expr> targets = new ArrayList<>();
            for (Expr t : a.targets()) {
                targets.add(linTarget(t, out));
            }
            out.add(new Assign(line, col, targets, v));
        } else if (s instanceof AugAssign a) {
            Expr v = lin(a.value(), out);
            out.add(new AugAssign(line, col, linTarget(a.target(), out), a.op(), v));
        } else if (s instanceof Print p) {
            List<Expr> all = new ArrayList<>();
            if (p.dest() != null) {
                all.add(p.dest());
            }
            all.addAll(p.values());
            List<Expr> lin = ordered(all, out);
            Expr dest = p.dest() == null ? null : lin.get(0);
            out.add(new Print(line, col, dest, lin.subList(p.dest() == null ? 0 : 1, lin.size()), p.nl()));
        } else if (s instanceof Delete d) {
            List<Expr> ts = new ArrayList<>();
            for (Expr t : d.targets()) {
                ts.add(linTarget(t, out));
            }
            out.add(new Delete(line, col, ts));
        } else if (s instanceof If i) {
            Expr test = lin(i.test(), out);
            out.add(new If(line, col, test, stmts(i.body()), stmts(i.orelse())));
        } else if (s instanceof While w) {
            if (!has(w.test())) {
                out.add(new While(line, col, w.test(), stmts(w.body()), stmts(w.orelse())));
                return;
            }
            // while True: <parts of test>; if not test: [$done = 1;] break; body
            List<Stmt> loop = new ArrayList<>();
            Expr test = lin(w.test(), loop);
            String done = w.orelse().isEmpty() ? null : temps.get();
            List<Stmt> exit = new ArrayList<>();
            if (done != null) {
                exit.add(new Assign(line, col, List.of(tmpStore(line, done)), new Num(line, col, 1L)));
            }
            exit.add(new Break(line, col));
            loop.add(new If(line, col, new UnaryOp(line, col, UnaryOperator.NOT, test), exit, List.of()));
            loop.addAll(stmts(w.body()));
            if (done != null) {
                out.add(new Assign(line, col, List.of(tmpStore(line, done)), new Num(line, col, 0L)));
            }
            out.add(new While(line, col, new Num(line, col, 1L), loop, List.of()));
            if (done != null) {
                out.add(new If(line, col, tmpLoad(line, done), stmts(w.orelse()), List.of()));
            }
        } else if (s instanceof For f) {
            Expr iter = lin(f.iter(), out);
            out.add(new For(line, col, f.target(), iter, stmts(f.body()), stmts(f.orelse())));
        } else if (s instanceof With w) {
            Expr ctx = lin(w.contextExpr(), out);
            out.add(new With(line, col, ctx, w.optionalVars(), stmts(w.body())));
        } else if (s instanceof Raise r) {
            List<Expr> parts = new ArrayList<>();
            if (r.type() != null) parts.add(r.type());
            if (r.inst() != null) parts.add(r.inst());
            if (r.tback() != null) parts.add(r.tback());
            List<Expr> lin = ordered(parts, out);
            out.add(new Raise(line, col, lin.size() > 0 ? lin.get(0) : null, lin.size() > 1 ? lin.get(1) : null,
                    lin.size() > 2 ? lin.get(2) : null));
        } else if (s instanceof TryExcept t) {
            List<ExceptHandler> hs = new ArrayList<>();
            for (ExceptHandler h : t.handlers()) {
                hs.add(new ExceptHandler(h.line(), h.col(), h.type(), h.name(), stmts(h.body())));
            }
            out.add(new TryExcept(line, col, stmts(t.body()), hs, stmts(t.orelse())));
        } else if (s instanceof TryFinally t) {
            out.add(new TryFinally(line, col, stmts(t.body()), stmts(t.finalbody())));
        } else if (s instanceof Assert a) {
            Expr test = lin(a.test(), out);
            out.add(new Assert(line, col, test, a.msg()));
        } else if (s instanceof Exec e) {
            List<Expr> parts = new ArrayList<>();
            parts.add(e.body());
            if (e.globals() != null) parts.add(e.globals());
            if (e.locals() != null) parts.add(e.locals());
            List<Expr> lin = ordered(parts, out);
            out.add(new Exec(line, col, lin.get(0), lin.size() > 1 ? lin.get(1) : null, lin.size() > 2 ? lin.get(2) : null));
        } else if (s instanceof FunctionDef d) {
            List<Expr> decs = ordered(d.decorators(), out);
            List<Expr> defs = ordered(d.args().defaults(), out);
            Arguments args = new Arguments(d.args().args(), d.args().vararg(), d.args().kwarg(), defs);
            out.add(new FunctionDef(line, col, d.name(), args, d.body(), decs));
        } else if (s instanceof ClassDef c) {
            List<Expr> decs = ordered(c.decorators(), out);
            List<Expr> bases = ordered(c.bases(), out);
            out.add(new ClassDef(line, col, c.name(), bases, c.body(), decs));
        } else {
            out.add(s);
        }
    }

    /** A target whose subexpressions contain yields: evaluate them first into temporaries. */
    private Expr linTarget(Expr t, List<Stmt> out) {
        if (!has(t)) {
            return t;
        }
        if (t instanceof Attribute a) {
            return new Attribute(a.line(), a.col(), save(lin(a.value(), out), out), a.attr(), a.ctx());
        }
        if (t instanceof Subscript s) {
            Expr v = save(lin(s.value(), out), out);
            return new Subscript(s.line(), s.col(), v, linSlice(s.slice(), out), s.ctx());
        }
        if (t instanceof TupleDisplay tu) {
            List<Expr> es = new ArrayList<>();
            for (Expr e : tu.elts()) {
                es.add(linTarget(e, out));
            }
            return new TupleDisplay(tu.line(), tu.col(), es, tu.ctx());
        }
        if (t instanceof ListDisplay l) {
            List<Expr> es = new ArrayList<>();
            for (Expr e : l.elts()) {
                es.add(linTarget(e, out));
            }
            return new ListDisplay(l.line(), l.col(), es, l.ctx());
        }
        return t;
    }

    // ---- expressions ------------------------------------------------------------------------------

    /** Stores a value in a temporary unless it is a constant or already a temporary. */
    private Expr save(Expr e, List<Stmt> out) {
        if (e == null || e instanceof Num || e instanceof Str || (e instanceof Name n && n.id().startsWith("$"))) {
            return e;
        }
        String t = temps.get();
        out.add(new Assign(e.line(), e.col(), List.of(tmpStore(e.line(), t)), e));
        return tmpLoad(e.line(), t);
    }

    /**
     * Linearises expressions evaluated left to right: those before the last one with a
     * yield are saved in temporaries; those after it are left in place.
     */
    private List<Expr> ordered(List<Expr> es, List<Stmt> out) {
        int last = -1;
        for (int i = 0; i < es.size(); i++) {
            if (has(es.get(i))) {
                last = i;
            }
        }
        List<Expr> r = new ArrayList<>(es.size());
        for (int i = 0; i < es.size(); i++) {
            Expr e = es.get(i);
            if (i < last) {
                r.add(save(lin(e, out), out));
            } else if (i == last) {
                r.add(lin(e, out));
            } else {
                r.add(e);
            }
        }
        return r;
    }

    private Ast.Slice linSlice(Ast.Slice s, List<Stmt> out) {
        if (s instanceof Index i) {
            return new Index(lin(i.value(), out));
        }
        if (s instanceof SliceRange r) {
            List<Expr> parts = new ArrayList<>();
            parts.add(r.lower());
            parts.add(r.upper());
            parts.add(r.step());
            List<Expr> nonNull = new ArrayList<>();
            for (Expr p : parts) {
                if (p != null) nonNull.add(p);
            }
            List<Expr> lin = ordered(nonNull, out);
            int k = 0;
            Expr lo = r.lower() == null ? null : lin.get(k++);
            Expr hi = r.upper() == null ? null : lin.get(k++);
            Expr st = r.step() == null ? null : lin.get(k);
            return new SliceRange(lo, hi, st);
        }
        if (s instanceof ExtSlice x) {
            List<Ast.Slice> dims = new ArrayList<>();
            for (Ast.Slice d : x.dims()) {
                dims.add(linSlice(d, out));
            }
            return new ExtSlice(dims);
        }
        return s;
    }

    /** Returns a yield-free expression equal to {@code e}, emitting statements for its parts. */
    private Expr lin(Expr e, List<Stmt> out) {
        if (!has(e)) {
            return e;
        }
        int line = e.line(), col = e.col();
        if (e instanceof Yield y) {
            Expr v = lin(y.value(), out);
            String t = temps.get();
            out.add(new Assign(line, col, List.of(tmpStore(line, t)), new Yield(line, col, v)));
            return tmpLoad(line, t);
        }
        if (e instanceof BinOp b) {
            List<Expr> l = ordered(List.of(b.left(), b.right()), out);
            return new BinOp(line, col, l.get(0), b.op(), l.get(1));
        }
        if (e instanceof UnaryOp u) {
            return new UnaryOp(line, col, u.op(), lin(u.operand(), out));
        }
        if (e instanceof Repr r) {
            return new Repr(line, col, lin(r.value(), out));
        }
        if (e instanceof Attribute a) {
            return new Attribute(line, col, lin(a.value(), out), a.attr(), a.ctx());
        }
        if (e instanceof Subscript s) {
            if (hasSlice(s.slice())) {
                Expr v = save(lin(s.value(), out), out);
                return new Subscript(line, col, v, linSlice(s.slice(), out), s.ctx());
            }
            return new Subscript(line, col, lin(s.value(), out), s.slice(), s.ctx());
        }
        if (e instanceof TupleDisplay t) {
            return new TupleDisplay(line, col, ordered(t.elts(), out), t.ctx());
        }
        if (e instanceof ListDisplay l) {
            return new ListDisplay(line, col, ordered(l.elts(), out), l.ctx());
        }
        if (e instanceof SetDisplay s) {
            return new SetDisplay(line, col, ordered(s.elts(), out));
        }
        if (e instanceof Dict d) {
            List<Expr> flat = new ArrayList<>();
            for (int i = 0; i < d.keys().size(); i++) {
                flat.add(d.values().get(i));
                flat.add(d.keys().get(i));
            }
            List<Expr> lin = ordered(flat, out);
            List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
            for (int i = 0; i < lin.size(); i += 2) {
                values.add(lin.get(i));
                keys.add(lin.get(i + 1));
            }
            return new Dict(line, col, keys, values);
        }
        if (e instanceof Call c) {
            List<Expr> parts = new ArrayList<>();
            parts.add(c.func());
            parts.addAll(c.args());
            for (Keyword k : c.keywords()) {
                parts.add(k.value());
            }
            if (c.starargs() != null) parts.add(c.starargs());
            if (c.kwargs() != null) parts.add(c.kwargs());
            List<Expr> lin = ordered(parts, out);
            int k = 0;
            Expr func = lin.get(k++);
            List<Expr> args = new ArrayList<>();
            for (int i = 0; i < c.args().size(); i++) {
                args.add(lin.get(k++));
            }
            List<Keyword> kws = new ArrayList<>();
            for (Keyword kw : c.keywords()) {
                kws.add(new Keyword(kw.arg(), lin.get(k++)));
            }
            Expr star = c.starargs() == null ? null : lin.get(k++);
            Expr kwargs = c.kwargs() == null ? null : lin.get(k);
            return new Call(line, col, func, args, kws, star, kwargs);
        }
        if (e instanceof BoolOp b) {
            return boolOp(b, out);
        }
        if (e instanceof IfExp i) {
            Expr test = lin(i.test(), out);
            String t = temps.get();
            List<Stmt> body = new ArrayList<>();
            body.add(new Assign(line, col, List.of(tmpStore(line, t)), lin(i.body(), body)));
            List<Stmt> orelse = new ArrayList<>();
            orelse.add(new Assign(line, col, List.of(tmpStore(line, t)), lin(i.orelse(), orelse)));
            out.add(new If(line, col, test, body, orelse));
            return tmpLoad(line, t);
        }
        if (e instanceof Compare c) {
            return compare(c, out);
        }
        if (e instanceof ListComp lc) {
            return listComp(lc, out);
        }
        if (e instanceof Lambda l) {
            Arguments a = l.args();
            return new Lambda(line, col, new Arguments(a.args(), a.vararg(), a.kwarg(), ordered(a.defaults(), out)), l.body());
        }
        if (e instanceof GeneratorExp g) {
            return new GeneratorExp(line, col, g.elt(), withFirstIter(g.generators(), out));
        }
        if (e instanceof SetComp s) {
            return new SetComp(line, col, s.elt(), withFirstIter(s.generators(), out));
        }
        if (e instanceof DictComp d) {
            return new DictComp(line, col, d.key(), d.value(), withFirstIter(d.generators(), out));
        }
        return e;
    }

    private List<Comprehension> withFirstIter(List<Comprehension> gens, List<Stmt> out) {
        List<Comprehension> r = new ArrayList<>(gens);
        Comprehension first = gens.get(0);
        r.set(0, new Comprehension(first.target(), lin(first.iter(), out), first.ifs()));
        return r;
    }

    /** {@code a and b and c} with yields: if statements over a temporary. */
    private Expr boolOp(BoolOp b, List<Stmt> out) {
        int line = b.line(), col = b.col();
        String t = temps.get();
        List<Expr> vs = b.values();
        out.add(new Assign(line, col, List.of(tmpStore(line, t)), lin(vs.get(0), out)));
        List<Stmt> cur = out;
        for (int i = 1; i < vs.size(); i++) {
            List<Stmt> inner = new ArrayList<>();
            inner.add(new Assign(line, col, List.of(tmpStore(line, t)), lin(vs.get(i), inner)));
            Expr cond = b.op() == BoolOperator.AND ? tmpLoad(line, t) : new UnaryOp(line, col, UnaryOperator.NOT, tmpLoad(line, t));
            cur.add(new If(line, col, cond, inner, List.of()));
            cur = inner;
        }
        return tmpLoad(line, t);
    }

    /** A comparison chain with yields: each operand once, stopping at the first false. */
    private Expr compare(Compare c, List<Stmt> out) {
        int line = c.line(), col = c.col();
        if (c.ops().size() == 1) {
            List<Expr> l = ordered(List.of(c.left(), c.comparators().get(0)), out);
            return new Compare(line, col, l.get(0), c.ops(), List.of(l.get(1)));
        }
        String r = temps.get();
        Expr left = save(lin(c.left(), out), out);
        List<Stmt> cur = out;
        for (int i = 0; i < c.ops().size(); i++) {
            Expr right = save(lin(c.comparators().get(i), cur), cur);
            cur.add(new Assign(line, col, List.of(tmpStore(line, r)),
                    new Compare(line, col, left, List.of(c.ops().get(i)), List.of(right))));
            if (i < c.ops().size() - 1) {
                List<Stmt> inner = new ArrayList<>();
                cur.add(new If(line, col, tmpLoad(line, r), inner, List.of()));
                cur = inner;
            }
            left = right;
        }
        return tmpLoad(line, r);
    }

    /** A list comprehension with yields becomes loops appending to a temporary list. */
    private Expr listComp(ListComp lc, List<Stmt> out) {
        int line = lc.line(), col = lc.col();
        String t = temps.get();
        out.add(new Assign(line, col, List.of(tmpStore(line, t)), new ListDisplay(line, col, List.of(), Ctx.LOAD)));
        Stmt inner = new ExprStmt(line, col, new Call(line, col,
                new Attribute(line, col, tmpLoad(line, t), "append", Ctx.LOAD), List.of(lc.elt()), List.of(), null, null));
        for (int i = lc.generators().size() - 1; i >= 0; i--) {
            Comprehension c = lc.generators().get(i);
            List<Stmt> body = List.of(inner);
            for (int k = c.ifs().size() - 1; k >= 0; k--) {
                body = List.of(new If(line, col, c.ifs().get(k), body, List.of()));
            }
            inner = new For(line, col, c.target(), c.iter(), body, List.of());
        }
        stmt(inner, out);
        return tmpLoad(line, t);
    }
}
