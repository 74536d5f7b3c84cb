package taipan.compiler;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import taipan.parse.Ast;
import taipan.parse.Ast.*;
import taipan.runtime.Exceptions;
import taipan.runtime.PyException;
import taipan.runtime.Warnings;

/**
 * Builds the symbol table of a module (CPython 2.7's symtable.c): which names each block
 * binds, uses and declares global, then resolves every name to local, cell, free or
 * global. List comprehensions belong to their enclosing block (2.7); generator
 * expressions and set/dict comprehensions are blocks of their own.
 */
final class SymtableBuilder {
    final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final String filename;
    private Scope cur;
    private int tmpCounter;

    SymtableBuilder(String filename) {
        this.filename = filename;
    }

    Scope build(Object root, Scope.Kind kind, List<Stmt> body, Expr expr) {
        cur = new Scope(kind, "top", null, 1);
        scopes.put(root, cur);
        if (body != null) {
            stmts(body);
        }
        if (expr != null) {
            expr(expr);
        }
        Scope top = cur;
        analyze(top, new HashSet<>(), new HashSet<>());
        return top;
    }

    private CompileError error(String msg, int line) {
        return new CompileError(msg, filename, line, 0);
    }

    /** A SyntaxWarning from the symbol table; when the warning filters make it an error, it is a SyntaxError. */
    private void syntaxWarning(String msg, int line) {
        try {
            Warnings.warnExplicit(Exceptions.SyntaxWarning, msg, filename, line);
        } catch (PyException e) {
            if (e.matches(Exceptions.SyntaxWarning)) {
                throw error(msg, line);
            }
            throw e;
        }
    }

    // ---- pass 1: collect -----------------------------------------------------------------

    private void def(String n, int flag, int line) {
        int old = cur.flagsOf(n);
        if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
            throw error("duplicate argument '" + n + "' in function definition", line);
        }
        cur.add(n, flag);
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof FunctionDef d) {
            def(d.name(), Scope.DEF_LOCAL, d.line());
            exprs(d.args().defaults());
            exprs(d.decorators());
            Scope fn = new Scope(Scope.Kind.FUNCTION, d.name(), cur, d.line());
            scopes.put(d, fn);
            Scope saved = cur;
            cur = fn;
            params(d.args(), d.line());
            stmts(d.body());
            cur = saved;
        } else if (s instanceof ClassDef c) {
            def(c.name(), Scope.DEF_LOCAL, c.line());
            exprs(c.bases());
            exprs(c.decorators());
            Scope cl = new Scope(Scope.Kind.CLASS, c.name(), cur, c.line());
            scopes.put(c, cl);
            Scope saved = cur;
            cur = cl;
            stmts(c.body());
            cur = saved;
        } else if (s instanceof Return r) {
            if (r.value() != null) {
                expr(r.value());
                if (cur.returnWithValueLine < 0) {
                    cur.returnWithValueLine = r.line();
                }
            }
        } else if (s instanceof Delete d) {
            for (Expr t : d.targets()) {
                target(t);
            }
        } else if (s instanceof Assign a) {
            expr(a.value());
            for (Expr t : a.targets()) {
                target(t);
            }
        } else if (s instanceof AugAssign a) {
            target(a.target());
            if (a.target() instanceof Name n) {
                cur.add(n.id(), Scope.USE);
            }
            expr(a.value());
        } else if (s instanceof Print p) {
            if (p.dest() != null) {
                expr(p.dest());
            }
            exprs(p.values());
        } else if (s instanceof For f) {
            target(f.target());
            expr(f.iter());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof While w) {
            expr(w.test());
            stmts(w.body());
            stmts(w.orelse());
        } else if (s instanceof If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof With w) {
            expr(w.contextExpr());
            if (w.optionalVars() != null) {
                target(w.optionalVars());
            }
            stmts(w.body());
        } else if (s instanceof Raise r) {
            if (r.type() != null) expr(r.type());
            if (r.inst() != null) expr(r.inst());
            if (r.tback() != null) expr(r.tback());
        } else if (s instanceof TryExcept t) {
            stmts(t.body());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) expr(h.type());
                if (h.name() != null) target(h.name());
                stmts(h.body());
            }
            stmts(t.orelse());
        } else if (s instanceof TryFinally t) {
            stmts(t.body());
            stmts(t.finalbody());
        } else if (s instanceof Assert a) {
            expr(a.test());
            if (a.msg() != null) expr(a.msg());
        } else if (s instanceof Import im) {
            for (Alias a : im.names()) {
                String store = a.asname() != null ? a.asname() : firstComponent(a.name());
                def(store, Scope.DEF_LOCAL | Scope.DEF_IMPORT, im.line());
            }
        } else if (s instanceof ImportFrom im) {
            for (Alias a : im.names()) {
                if (a.name().equals("*")) {
                    if (cur.kind != Scope.Kind.MODULE) {
                        // reported at the block's first line, as 2.7 does; an "error" filter raises the warning itself
                        Warnings.warnExplicit(Exceptions.SyntaxWarning, "import * only allowed at module level", filename, cur.line);
                    }
                    cur.importStar = true;
                    if (cur.optLine < 0) {
                        cur.optLine = im.line();
                    }
                    continue;
                }
                def(a.asname() != null ? a.asname() : a.name(), Scope.DEF_LOCAL | Scope.DEF_IMPORT, im.line());
            }
        } else if (s instanceof Exec e) {
            expr(e.body());
            if (e.globals() != null) {
                expr(e.globals());
                if (e.locals() != null) expr(e.locals());
                cur.qualifiedExec = true;
                if (cur.optLine < 0) {
                    cur.optLine = e.line();
                }
            } else {
                cur.bareExec = true;
                if (cur.optLine < 0) {
                    cur.optLine = e.line();
                }
            }
        } else if (s instanceof Global g) {
            for (String n : g.names()) {
                int old = cur.flagsOf(n);
                if ((old & Scope.DEF_PARAM) != 0) {
                    throw error("name '" + n + "' is local and global", cur.line);
                }
                if ((old & Scope.DEF_IMPORT) == 0 && (old & (Scope.DEF_LOCAL | Scope.USE)) != 0) {
                    syntaxWarning("name '" + n + ((old & Scope.DEF_LOCAL) != 0 ? "' is assigned to before global declaration"
                            : "' is used prior to global declaration"), g.line());
                }
                cur.add(n, Scope.DEF_GLOBAL);
            }
        } else if (s instanceof ExprStmt e) {
            expr(e.value());
        }
    }

    private static String firstComponent(String dotted) {
        int i = dotted.indexOf('.');
        return i < 0 ? dotted : dotted.substring(0, i);
    }

    private void params(Arguments args, int line) {
        int pos = -1;
        for (Expr a : args.args()) {
            pos++;
            if (a instanceof Name n) {
                def(n.id(), Scope.DEF_PARAM | Scope.DEF_LOCAL, line);
                cur.params.add(n.id());
            } else {
                // sublist parameter: a hidden ".N" name (N = its position), unpacked in the body
                String h = "." + pos;
                cur.params.add(h);
                def(h, Scope.DEF_PARAM | Scope.DEF_LOCAL, line);
                target(a);
            }
        }
        if (args.vararg() != null) {
            def(args.vararg(), Scope.DEF_PARAM | Scope.DEF_LOCAL, line);
            cur.params.add(args.vararg());
            cur.hasVarargs = true;
        }
        if (args.kwarg() != null) {
            def(args.kwarg(), Scope.DEF_PARAM | Scope.DEF_LOCAL, line);
            cur.params.add(args.kwarg());
            cur.hasVarkw = true;
        }
    }

    private void target(Expr t) {
        if (t instanceof Name n) {
            def(n.id(), Scope.DEF_LOCAL, n.line());
        } else if (t instanceof TupleDisplay tu) {
            for (Expr e : tu.elts()) {
                target(e);
            }
        } else if (t instanceof ListDisplay l) {
            for (Expr e : l.elts()) {
                target(e);
            }
        } else {
            expr(t);
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Name n) {
            if (n.ctx() == Ctx.STORE || n.ctx() == Ctx.DEL || n.ctx() == Ctx.PARAM) {
                def(n.id(), Scope.DEF_LOCAL, n.line());
            } else {
                cur.add(n.id(), Scope.USE);
            }
        } else if (e instanceof BoolOp b) {
            exprs(b.values());
        } else if (e instanceof BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Lambda l) {
            exprs(l.args().defaults());
            Scope fn = new Scope(Scope.Kind.FUNCTION, "lambda", cur, l.line());
            scopes.put(l, fn);
            Scope saved = cur;
            cur = fn;
            params(l.args(), l.line());
            expr(l.body());
            cur = saved;
        } else if (e instanceof IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Dict d) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.values().get(i));
                expr(d.keys().get(i));
            }
        } else if (e instanceof SetDisplay s) {
            exprs(s.elts());
        } else if (e instanceof ListComp lc) {
            for (Comprehension c : lc.generators()) {
                expr(c.iter());
                target(c.target());
                exprs(c.ifs());
            }
            expr(lc.elt());
        } else if (e instanceof GeneratorExp g) {
            comprehensionScope(e, "genexpr", g.generators(), g.elt(), null, true);
        } else if (e instanceof SetComp s) {
            comprehensionScope(e, "setcomp", s.generators(), s.elt(), null, false);
        } else if (e instanceof DictComp d) {
            comprehensionScope(e, "dictcomp", d.generators(), d.key(), d.value(), false);
        } else if (e instanceof Yield y) {
            if (y.value() != null) {
                expr(y.value());
            }
            if (cur.kind != Scope.Kind.FUNCTION) {
                throw error("'yield' outside function", y.line());
            }
            cur.generator = true;
            if (cur.yieldLine < 0) {
                cur.yieldLine = y.line();
            }
        } else if (e instanceof Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Call c) {
            expr(c.func());
            exprs(c.args());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
            expr(c.starargs());
            expr(c.kwargs());
        } else if (e instanceof Repr r) {
            expr(r.value());
        } else if (e instanceof Attribute a) {
            expr(a.value());
        } else if (e instanceof Subscript s) {
            expr(s.value());
            slice(s.slice());
        } else if (e instanceof ListDisplay l) {
            if (l.ctx() == Ctx.STORE || l.ctx() == Ctx.DEL) {
                target(l);
            } else {
                exprs(l.elts());
            }
        } else if (e instanceof TupleDisplay t) {
            if (t.ctx() == Ctx.STORE || t.ctx() == Ctx.DEL) {
                target(t);
            } else {
                exprs(t.elts());
            }
        }
    }

    private void slice(Ast.Slice s) {
        if (s instanceof Index i) {
            expr(i.value());
        } else if (s instanceof SliceRange r) {
            expr(r.lower());
            expr(r.upper());
            expr(r.step());
        } else if (s instanceof ExtSlice x) {
            for (Ast.Slice d : x.dims()) {
                slice(d);
            }
        }
    }

    private void comprehensionScope(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value, boolean isGen) {
        expr(gens.get(0).iter());
        Scope fn = new Scope(Scope.Kind.FUNCTION, name, cur, node.line());
        scopes.put(node, fn);
        Scope saved = cur;
        cur = fn;
        def(".0", Scope.DEF_PARAM | Scope.DEF_LOCAL, node.line());
        fn.params.add(".0");
        fn.generator = isGen;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            if (i > 0) {
                expr(c.iter());
            }
            target(c.target());
            exprs(c.ifs());
        }
        if (value != null) {
            expr(value);
        }
        expr(elt);
        cur = saved;
    }

    // ---- pass 2: resolve -------------------------------------------------------------------

    /**
     * Resolves the names of {@code s} as 2.7's analyze_block does. {@code bound}: names
     * bound in enclosing function blocks; {@code global}: names declared global in
     * enclosing blocks. Returns the free names of {@code s} and its children that must
     * come from enclosing blocks.
     */
    private Set<String> analyze(Scope s, Set<String> bound, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> globalHere = new HashSet<>(global);
        Set<String> boundHere = new HashSet<>(bound);
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            String n = e.getKey();
            int fl = e.getValue();
            if ((fl & Scope.DEF_GLOBAL) != 0) {
                s.bindings.put(n, Scope.Binding.GLOBAL_EXPLICIT);
                globalHere.add(n);
                boundHere.remove(n);
            } else if ((fl & (Scope.DEF_LOCAL | Scope.DEF_PARAM | Scope.DEF_IMPORT)) != 0) {
                s.bindings.put(n, Scope.Binding.LOCAL);
                local.add(n);
                globalHere.remove(n);
            } else if (bound.contains(n)) {
                s.bindings.put(n, Scope.Binding.FREE);
            } else {
                s.bindings.put(n, Scope.Binding.GLOBAL_IMPLICIT);
            }
        }
        Set<String> newBound;
        Set<String> newGlobal;
        if (s.kind == Scope.Kind.CLASS) {
            newBound = new HashSet<>(bound);
            newGlobal = new HashSet<>(global);
        } else {
            newBound = new HashSet<>(boundHere);
            if (s.kind == Scope.Kind.FUNCTION) {
                newBound.addAll(local);
            }
            newGlobal = globalHere;
        }
        Set<String> newFree = new HashSet<>();
        for (Scope c : s.children) {
            Set<String> f = analyze(c, newBound, newGlobal);
            if (c.hasFree() || c.childHasFree) {
                s.childHasFree = true;
            }
            newFree.addAll(f);
        }
        if (s.kind == Scope.Kind.FUNCTION) {
            for (String n : new java.util.ArrayList<>(newFree)) {
                if (s.bindings.get(n) == Scope.Binding.LOCAL) {
                    s.bindings.put(n, Scope.Binding.CELL);
                    s.cellvars.add(n);
                    newFree.remove(n);
                }
            }
        }
        for (String n : new java.util.ArrayList<>(newFree)) {
            Scope.Binding b = s.bindings.get(n);
            if (b != null) {
                if (s.kind == Scope.Kind.CLASS && (b == Scope.Binding.LOCAL || b == Scope.Binding.GLOBAL_EXPLICIT)) {
                    s.freevars.add(n); // DEF_FREE_CLASS: passed through to methods
                }
                continue;
            }
            if (!bound.contains(n)) {
                newFree.remove(n); // a global after all
                continue;
            }
            s.bindings.put(n, Scope.Binding.FREE);
        }
        for (Map.Entry<String, Scope.Binding> e : s.bindings.entrySet()) {
            if (e.getValue() == Scope.Binding.FREE) {
                s.freevars.add(e.getKey());
                newFree.add(e.getKey());
            }
        }
        checkExecAndImportStar(s);
        return newFree;
    }

    /** 2.7's check_unoptimized: bare exec / import * need a function without closures. */
    private void checkExecAndImportStar(Scope s) {
        if (!s.unoptimized() || (!s.hasFree() && !s.childHasFree)) {
            return;
        }
        String why = s.childHasFree ? "contains a nested function with free variables" : "is a nested function";
        String what = (s.bareExec || s.qualifiedExec) && s.importStar ? "function '" + s.name + "' uses import * and bare exec, which are illegal"
                : s.bareExec ? "unqualified exec is not allowed in function '" + s.name + "'"
                : "import * is not allowed in function '" + s.name + "'";
        throw error(what + " because it " + why, s.optLine);
    }
}
