package taipan.compiler;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import taipan.interp.Access;
import taipan.interp.Calls;
import taipan.interp.Control;
import taipan.interp.Definitions;
import taipan.interp.Expr;
import taipan.interp.Generators;
import taipan.interp.Imports;
import taipan.interp.Literals;
import taipan.interp.Names;
import taipan.interp.Operations;
import taipan.interp.PrintStmt;
import taipan.interp.Statements;
import taipan.interp.Stmt;
import taipan.interp.Target;
import taipan.parse.Ast;
import taipan.parse.Ast.*;
import taipan.parse.Parser;
import taipan.runtime.Binop;
import taipan.runtime.Py;
import taipan.runtime.PyCode;
import taipan.runtime.PyComplex;
import taipan.runtime.PyFloat;
import taipan.runtime.PyInt;
import taipan.runtime.PyLong;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyUnicode;

/**
 * Compiles an AST into code objects whose bodies are trees of executable nodes, with
 * every variable access resolved (fast slot, cell, global or dict name) by the symbol
 * table. Generator bodies are first rewritten (see {@link GenDesugar}) so that yields
 * only appear as statements, then compiled with resumable nodes.
 */
public final class Compiler {
    private final String filename;
    private final int futureFlags;
    private final boolean optimize;
    private final SymtableBuilder symtable;
    private Unit u;
    /** The module unit of "single" input: its expression statements (at any block depth) display their value. */
    private Unit interactiveUnit;
    private int tempCounter;

    private Compiler(String filename, int futureFlags, boolean optimize) {
        this.filename = filename;
        this.futureFlags = futureFlags;
        this.optimize = optimize;
        this.symtable = new SymtableBuilder(filename);
    }

    /** Compiles a parsed module/expression/interactive input into a code object. */
    public static PyCode compile(Ast.Mod mod, String filename, int futureFlags, boolean optimize) {
        Compiler c = new Compiler(filename, futureFlags, optimize);
        return c.compileTop(mod);
    }

    private CompileError error(String msg, int line) {
        return new CompileError(msg, filename, line, 0);
    }

    private PyCode compileTop(Ast.Mod mod) {
        List<Ast.Stmt> body;
        Ast.Expr expr = null;
        boolean interactive = false;
        if (mod instanceof Ast.Module m) {
            body = m.body();
        } else if (mod instanceof Interactive i) {
            body = i.body();
            interactive = true;
        } else {
            body = null;
            expr = ((Expression) mod).body();
        }
        Scope top = symtable.build(mod, Scope.Kind.MODULE, body, expr);
        u = new Unit(top, "<module>", 1, null);
        if (interactive) {
            interactiveUnit = u;
        }
        Stmt node;
        PyObject doc = Py.None;
        if (expr != null) {
            u.curLine = expr.line();
            node = new Statements.Return(expr.line(), expr(expr));
        } else {
            List<Stmt> out = new ArrayList<>();
            List<Ast.Stmt> rest = body;
            if (!interactive && !body.isEmpty() && docstring(body) != null) {
                doc = constant(docstring(body));
                out.add(new Statements.Assign(body.get(0).line(), store("__doc__", body.get(0).line()),
                        new Literals.Const(body.get(0).line(), doc)));
                rest = body.subList(1, body.size());
            }
            for (Ast.Stmt s : rest) {
                out.add(stmt(s));
            }
            node = block(1, out);
        }
        return finish(u, node, 0, doc);
    }

    private static Str docstring(List<Ast.Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Str s) {
            return s;
        }
        return null;
    }

    private PyCode finish(Unit unit, Stmt body, int argcount, PyObject doc) {
        int flags = 0;
        Scope s = unit.scope;
        if (s.kind == Scope.Kind.FUNCTION) {
            flags |= PyCode.CO_NEWLOCALS;
            if (!unit.dictLocals) {
                flags |= PyCode.CO_OPTIMIZED;
            }
            if (s.hasVarargs) {
                flags |= PyCode.CO_VARARGS;
            }
            if (s.hasVarkw) {
                flags |= PyCode.CO_VARKEYWORDS;
            }
            if (unit.generator) {
                flags |= PyCode.CO_GENERATOR;
            }
        }
        if (unit.freevars.length == 0 && unit.cellvars.length == 0) {
            flags |= PyCode.CO_NOFREE;
        }
        if (s.parent != null && s.parent.kind == Scope.Kind.FUNCTION) {
            flags |= PyCode.CO_NESTED;
        }
        int[] cellFromParam = new int[unit.cellvars.length];
        for (int i = 0; i < unit.cellvars.length; i++) {
            int idx = s.params.indexOf(unit.cellvars[i]);
            cellFromParam[i] = idx;
        }
        List<String> names = new ArrayList<>();
        for (var e : s.flags.keySet()) {
            if (!unit.slots.containsKey(e) && !unit.cells.containsKey(e)) {
                names.add(e);
            }
        }
        PyCode code = new PyCode(unit.name, filename, unit.firstLine, argcount, flags,
                unit.varnames.toArray(new String[0]), unit.nslots, unit.cellvars, unit.freevars, cellFromParam,
                unit.dictLocals, unit.genStates, new PyObject[] {doc}, names.toArray(new String[0]),
                futureFlags & (Parser.CO_FUTURE_DIVISION | Parser.CO_FUTURE_ABSOLUTE_IMPORT
                        | Parser.CO_FUTURE_WITH_STATEMENT | Parser.CO_FUTURE_PRINT_FUNCTION | Parser.CO_FUTURE_UNICODE_LITERALS));
        code.setBody(body);
        return code;
    }

    // ---- names ------------------------------------------------------------------------------

    private String mangle(String n) {
        return u.privateName == null ? n : mangle(u.privateName, n);
    }

    static String mangle(String cls, String n) {
        if (!n.startsWith("__") || n.endsWith("__") || n.indexOf('.') >= 0) {
            return n;
        }
        int i = 0;
        while (i < cls.length() && cls.charAt(i) == '_') {
            i++;
        }
        if (i == cls.length()) {
            return n;
        }
        return "_" + cls.substring(i) + n;
    }

    Expr load(String name, int line) {
        if (name.startsWith("$")) {
            return new Names.FastLoad(line, u.slot(name), name);
        }
        if (name.equals("None")) {
            return new Literals.Const(line, Py.None);
        }
        if (name.equals("__debug__")) {
            return new Literals.Const(line, Py.bool(!optimize));
        }
        String n = mangle(name);
        switch (u.scope.binding(n)) {
            case LOCAL:
                if (!u.dictLocals) {
                    return new Names.FastLoad(line, u.slot(n), n);
                }
                return new Names.NameLoad(line, n);
            case CELL:
                return new Names.CellLoad(line, u.cells.get(n), n, false);
            case FREE:
                return new Names.CellLoad(line, u.cells.get(n), n, true);
            case GLOBAL_EXPLICIT:
                return new Names.GlobalLoad(line, n);
            case GLOBAL_IMPLICIT:
                if (u.dictLocals) {
                    return new Names.NameLoad(line, n);
                }
                return u.scope.qualifiedExec ? new Names.FrameLocalsLoad(line, n) : new Names.GlobalLoad(line, n);
            default:
                return new Names.NameLoad(line, n);
        }
    }

    Target store(String name, int line) {
        if (name.startsWith("$")) {
            return new Names.FastTarget(line, u.slot(name), name);
        }
        String n = mangle(name);
        switch (u.scope.binding(n)) {
            case LOCAL:
                if (!u.dictLocals) {
                    return new Names.FastTarget(line, u.slot(n), n);
                }
                return new Names.NameTarget(line, n);
            case CELL:
                return new Names.CellTarget(line, u.cells.get(n), n, false);
            case FREE:
                return new Names.CellTarget(line, u.cells.get(n), n, true);
            case GLOBAL_EXPLICIT:
                return new Names.GlobalTarget(line, n);
            case GLOBAL_IMPLICIT:
                return u.dictLocals ? new Names.NameTarget(line, n) : new Names.GlobalTarget(line, n);
            default:
                return new Names.NameTarget(line, n);
        }
    }

    // ---- statements ---------------------------------------------------------------------------

    private Stmt block(int line, List<Stmt> stmts) {
        if (stmts.size() == 1) {
            return stmts.get(0);
        }
        return new Statements.Block(line, stmts.toArray(new Stmt[0]));
    }

    private Stmt stmts(List<Ast.Stmt> body) {
        if (body.isEmpty()) {
            return null;
        }
        List<Stmt> out = new ArrayList<>(body.size());
        for (Ast.Stmt s : body) {
            out.add(stmt(s));
        }
        if (u.generator && containsYield(body)) {
            return new Generators.GenBlock(body.get(0).line(), out.toArray(new Stmt[0]), u.newGenState());
        }
        return block(body.get(0).line(), out);
    }

    private Stmt orEmpty(Stmt s, int line) {
        return s == null ? new Statements.Pass(line) : s;
    }

    Stmt stmt(Ast.Stmt s) {
        u.curLine = s.line();
        u.lastStmtLine = s.line();
        int line = s.line();
        boolean gen = u.generator && GenDesugar.containsYield(s);
        if (s instanceof FunctionDef d) {
            Expr[] decs = exprs(d.decorators());
            Definitions.MakeFunction mf = function(d, d.name(), d.args(), d.body(), null);
            return new Definitions.FunctionDef(line, decs, mf, store(d.name(), line));
        }
        if (s instanceof ClassDef c) {
            return classDef(c);
        }
        if (s instanceof Return r) {
            if (u.scope.kind != Scope.Kind.FUNCTION) {
                throw error("'return' outside function", line);
            }
            if (u.generator && r.value() != null) {
                throw error("'return' with argument inside generator", line);
            }
            return new Statements.Return(line, r.value() == null ? null : expr(r.value()));
        }
        if (s instanceof Delete d) {
            Target[] ts = new Target[d.targets().size()];
            for (int i = 0; i < ts.length; i++) {
                checkDeletable(d.targets().get(i));
                ts[i] = target(d.targets().get(i));
            }
            return new Statements.Delete(line, ts);
        }
        if (s instanceof Assign a) {
            if (gen && a.value() instanceof Yield y && a.targets().size() == 1) {
                Expr v = y.value() == null ? null : expr(y.value());
                return new Generators.YieldStmt(line, v, target(a.targets().get(0)));
            }
            Expr v = expr(a.value());
            if (a.targets().size() == 1) {
                return new Statements.Assign(line, target(a.targets().get(0)), v);
            }
            Target[] ts = new Target[a.targets().size()];
            for (int i = 0; i < ts.length; i++) {
                ts[i] = target(a.targets().get(i));
            }
            return new Statements.AssignMulti(line, ts, v);
        }
        if (s instanceof AugAssign a) {
            return augAssign(a);
        }
        if (s instanceof Print p) {
            return new PrintStmt(line, p.dest() == null ? null : expr(p.dest()), exprs(p.values()), p.nl());
        }
        if (s instanceof For f) {
            return forStmt(f, gen);
        }
        if (s instanceof While w) {
            return whileStmt(w, gen);
        }
        if (s instanceof If i) {
            Expr test = expr(i.test());
            Stmt body = orEmpty(stmts(i.body()), line);
            Stmt orelse = stmts(i.orelse());
            if (gen) {
                return new Generators.GenIf(line, test, body, orelse, u.newGenState());
            }
            return new Control.If(line, test, body, orelse);
        }
        if (s instanceof With w) {
            Expr mgr = expr(w.contextExpr());
            Target var = w.optionalVars() == null ? null : target(w.optionalVars());
            Stmt body = orEmpty(stmts(w.body()), line);
            if (gen) {
                return new Generators.GenWith(line, mgr, var, body, u.newGenState());
            }
            return new Control.With(line, mgr, var, body);
        }
        if (s instanceof Raise r) {
            return new Statements.Raise(line, r.type() == null ? null : expr(r.type()),
                    r.inst() == null ? null : expr(r.inst()), r.tback() == null ? null : expr(r.tback()));
        }
        if (s instanceof TryExcept t) {
            return tryExcept(t, gen);
        }
        if (s instanceof TryFinally t) {
            Stmt body = orEmpty(stmts(t.body()), line);
            u.finallyDepth++;
            int savedLoop = u.finallyLoopDepth;
            u.finallyLoopDepth = u.loopDepth;
            Stmt fin = orEmpty(stmts(t.finalbody()), line);
            u.finallyLoopDepth = savedLoop;
            u.finallyDepth--;
            if (gen) {
                return new Generators.GenTryFinally(line, body, fin, u.newGenState());
            }
            return new Control.TryFinally(line, body, fin);
        }
        if (s instanceof Assert a) {
            if (optimize) {
                return new Statements.Pass(line);
            }
            return new Statements.Assert(line, expr(a.test()), a.msg() == null ? null : expr(a.msg()));
        }
        if (s instanceof Import im) {
            List<Stmt> out = new ArrayList<>();
            for (Alias a : im.names()) {
                String dotted = a.name();
                if (a.asname() != null) {
                    out.add(new Imports.ImportAs(line, dotted, store(a.asname(), line), importLevel()));
                } else {
                    String first = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
                    out.add(new Imports.ImportName(line, dotted, store(first, line), importLevel()));
                }
            }
            return block(line, out);
        }
        if (s instanceof ImportFrom im) {
            return importFrom(im);
        }
        if (s instanceof Exec e) {
            return new Imports.ExecStmt(line, expr(e.body()), e.globals() == null ? null : expr(e.globals()),
                    e.locals() == null ? null : expr(e.locals()), futureFlags);
        }
        if (s instanceof Global) {
            return new Statements.Pass(line);
        }
        if (s instanceof ExprStmt e) {
            if (u == interactiveUnit) {
                return new Statements.DisplayStmt(line, expr(e.value()));
            }
            if (gen && e.value() instanceof Yield y) {
                return new Generators.YieldStmt(line, y.value() == null ? null : expr(y.value()), null);
            }
            if (e.value() instanceof Str || e.value() instanceof Num) {
                return new Statements.Pass(line);
            }
            return new Statements.ExprStmt(line, expr(e.value()));
        }
        if (s instanceof Pass) {
            return new Statements.Pass(line);
        }
        if (s instanceof Break) {
            if (u.loopDepth == 0) {
                throw error("'break' outside loop", line);
            }
            return new Statements.Break(line);
        }
        if (s instanceof Continue) {
            if (u.loopDepth == 0) {
                throw error("'continue' not properly in loop", line);
            }
            if (u.finallyLoopDepth >= 0 && u.loopDepth <= u.finallyLoopDepth) {
                throw error("'continue' not supported inside 'finally' clause", line);
            }
            return new Statements.Continue(line);
        }
        throw new IllegalStateException("unknown statement " + s);
    }

    private int importLevel() {
        return (futureFlags & Parser.CO_FUTURE_ABSOLUTE_IMPORT) != 0 ? 0 : -1;
    }

    private Stmt importFrom(ImportFrom im) {
        int line = im.line();
        int level = im.level() == 0 ? importLevel() : im.level();
        String module = im.module() == null ? "" : im.module();
        if (im.names().size() == 1 && im.names().get(0).name().equals("*")) {
            if (u.scope.kind == Scope.Kind.FUNCTION && !u.dictLocals) {
                throw error("import * only allowed at module level", line);
            }
            return new Imports.ImportStar(line, module, level);
        }
        String[] names = new String[im.names().size()];
        Target[] targets = new Target[names.length];
        for (int i = 0; i < names.length; i++) {
            Alias a = im.names().get(i);
            names[i] = a.name();
            targets[i] = store(a.asname() != null ? a.asname() : a.name(), line);
        }
        return new Imports.ImportFrom(line, module, names, targets, level);
    }

    private Stmt forStmt(For f, boolean gen) {
        int line = f.line();
        Expr iter = expr(f.iter());
        Target target = target(f.target());
        u.loopDepth++;
        Stmt body = orEmpty(stmts(f.body()), line);
        u.loopDepth--;
        Stmt orelse = stmts(f.orelse());
        if (gen) {
            return new Generators.GenFor(line, target, iter, body, orelse, u.newGenState());
        }
        return new Control.For(line, target, iter, body, orelse);
    }

    private Stmt whileStmt(While w, boolean gen) {
        int line = w.line();
        Expr test = expr(w.test());
        u.loopDepth++;
        Stmt body = orEmpty(stmts(w.body()), line);
        u.loopDepth--;
        Stmt orelse = stmts(w.orelse());
        if (gen) {
            return new Generators.GenWhile(line, test, body, orelse, u.newGenState());
        }
        return new Control.While(line, test, body, orelse);
    }

    private Stmt tryExcept(TryExcept t, boolean gen) {
        int line = t.line();
        Stmt body = orEmpty(stmts(t.body()), line);
        List<ExceptHandler> hs = t.handlers();
        Control.Handler[] handlers = new Control.Handler[hs.size()];
        for (int i = 0; i < hs.size(); i++) {
            ExceptHandler h = hs.get(i);
            if (h.type() == null && i < hs.size() - 1) {
                throw error("default 'except:' must be last", u.lastStmtLine);
            }
            u.curLine = h.line();
            Expr type = h.type() == null ? null : expr(h.type());
            Target name = h.name() == null ? null : target(h.name());
            handlers[i] = new Control.Handler(h.line(), type, name, orEmpty(stmts(h.body()), h.line()));
        }
        Stmt orelse = stmts(t.orelse());
        if (gen) {
            return new Generators.GenTryExcept(line, body, handlers, orelse, u.newGenState());
        }
        return new Control.TryExcept(line, body, handlers, orelse);
    }

    private Stmt augAssign(AugAssign a) {
        int line = a.line();
        Binop op = binop(a.op());
        Ast.Expr t = a.target();
        if (t instanceof Name n) {
            Expr v = expr(a.value());
            return new Statements.AugName(line, load(n.id(), line), store(n.id(), line), op, v);
        }
        if (t instanceof Attribute at) {
            Expr obj = expr(at.value());
            return new Statements.AugAttr(line, obj, mangle(at.attr()), op, expr(a.value()));
        }
        if (t instanceof Subscript sub) {
            Expr obj = expr(sub.value());
            if (sub.slice() instanceof SliceRange r && r.step() == null) {
                Expr lo = r.lower() == null ? null : expr(r.lower());
                Expr hi = r.upper() == null ? null : expr(r.upper());
                return new Statements.AugSlice(line, obj, lo, hi, op, expr(a.value()));
            }
            Expr idx = sliceExpr(sub.slice(), line);
            return new Statements.AugSubscript(line, obj, idx, op, expr(a.value()));
        }
        throw error("illegal expression for augmented assignment", line);
    }

    private Stmt classDef(ClassDef c) {
        int line = c.line();
        Expr[] decs = exprs(c.decorators());
        Expr[] bases = exprs(c.bases());
        Scope cs = symtable.scopes.get(c);
        Unit saved = u;
        u = new Unit(cs, c.name(), line, c.name());
        List<Stmt> out = new ArrayList<>();
        out.add(new Statements.Assign(line, store("__module__", line), load("__name__", line)));
        List<Ast.Stmt> body = c.body();
        PyObject doc = Py.None;
        if (docstring(body) != null) {
            doc = constant(docstring(body));
            out.add(new Statements.Assign(line, store("__doc__", line), new Literals.Const(line, doc)));
            body = body.subList(1, body.size());
        }
        for (Ast.Stmt s : body) {
            out.add(stmt(s));
        }
        Unit cu = u;
        PyCode code = finish(cu, block(line, out), 0, doc);
        u = saved;
        int[] closure = closureFor(cu);
        return new Definitions.ClassDef(line, c.name(), decs, bases, code, closure, store(c.name(), line));
    }

    private int[] closureFor(Unit inner) {
        int[] closure = new int[inner.freevars.length];
        for (int i = 0; i < closure.length; i++) {
            Integer idx = u.cells.get(inner.freevars[i]);
            if (idx == null) {
                throw new IllegalStateException("free variable " + inner.freevars[i] + " not found in " + u.name);
            }
            closure[i] = idx;
        }
        return closure;
    }

    /** Compiles a def or lambda body into a MakeFunction (defaults evaluated in the current block). */
    private Definitions.MakeFunction function(Object node, String name, Arguments args, List<Ast.Stmt> body, Ast.Expr lambdaBody) {
        int line = ((Node) node).line();
        Expr[] defaults = exprs(args.defaults());
        Scope fs = symtable.scopes.get(node);
        Unit saved = u;
        u = new Unit(fs, name, line, saved.privateName);
        List<Stmt> out = new ArrayList<>();
        // sublist parameters: unpack the hidden ".N" parameters first
        for (int i = 0; i < args.args().size(); i++) {
            Ast.Expr a = args.args().get(i);
            if (!(a instanceof Name)) {
                out.add(new Statements.Assign(line, target(a), load("." + i, line)));
            }
        }
        PyObject doc = Py.None;
        if (lambdaBody != null) {
            u.curLine = line;
            if (u.generator) {
                List<Ast.Stmt> b = GenDesugar.desugar(List.of(new ExprStmt(line, 0, lambdaBody)), this::newTemp);
                for (Ast.Stmt s : b) {
                    out.add(stmt(s));
                }
            } else {
                out.add(new Statements.Return(line, expr(lambdaBody)));
            }
        } else {
            if (docstring(body) != null) {
                doc = constant(docstring(body));
            }
            List<Ast.Stmt> b = u.generator ? GenDesugar.desugar(body, this::newTemp) : body;
            for (Ast.Stmt s : b) {
                out.add(stmt(s));
            }
        }
        Stmt node2 = out.isEmpty() ? new Statements.Pass(line) : block(line, out);
        if (u.generator && containsYieldNodes(out)) {
            node2 = new Generators.GenBlock(line, out.toArray(new Stmt[0]), u.newGenState());
        }
        Unit fu = u;
        int argc = args.args().size();
        PyCode code = finish(fu, node2, argc, doc);
        u = saved;
        return new Definitions.MakeFunction(line, code, defaults, closureFor(fu));
    }

    private static boolean containsYieldNodes(List<Stmt> out) {
        for (Stmt s : out) {
            if (s instanceof Generators.Resumable) {
                return true;
            }
        }
        return false;
    }

    String newTemp() {
        return "$" + (tempCounter++);
    }

    private boolean containsYield(List<Ast.Stmt> body) {
        for (Ast.Stmt s : body) {
            if (GenDesugar.containsYield(s)) {
                return true;
            }
        }
        return false;
    }

    // ---- targets ------------------------------------------------------------------------------

    /** 2.7 cannot delete a name that a nested scope refers to (a SyntaxError without location). */
    private void checkDeletable(Ast.Expr e) {
        if (e instanceof Ast.Name n) {
            Scope.Binding b = u.scope.binding(mangle(n.id()));
            if (b == Scope.Binding.CELL || b == Scope.Binding.FREE) {
                throw new CompileError("can not delete variable '" + n.id() + "' referenced in nested scope", filename, -1, 0);
            }
        } else if (e instanceof Ast.TupleDisplay t) {
            t.elts().forEach(this::checkDeletable);
        } else if (e instanceof Ast.ListDisplay l) {
            l.elts().forEach(this::checkDeletable);
        }
    }

    Target target(Ast.Expr e) {
        int line = e.line();
        if (e instanceof Name n) {
            return store(n.id(), line);
        }
        if (e instanceof Attribute a) {
            return new Access.AttrTarget(line, expr(a.value()), mangle(a.attr()));
        }
        if (e instanceof Subscript s) {
            Expr obj = expr(s.value());
            if (s.slice() instanceof SliceRange r && r.step() == null) {
                return new Access.SliceTarget(line, obj, r.lower() == null ? null : expr(r.lower()),
                        r.upper() == null ? null : expr(r.upper()));
            }
            return new Access.SubscriptTarget(line, obj, sliceExpr(s.slice(), line));
        }
        List<Ast.Expr> elts = e instanceof TupleDisplay t ? t.elts() : e instanceof ListDisplay l ? l.elts() : null;
        if (elts != null) {
            Target[] ts = new Target[elts.size()];
            for (int i = 0; i < ts.length; i++) {
                ts[i] = target(elts.get(i));
            }
            return new Access.UnpackTarget(line, ts);
        }
        throw error("can't assign to " + e.getClass().getSimpleName(), line);
    }

    // ---- expressions ----------------------------------------------------------------------------

    Expr[] exprs(List<Ast.Expr> es) {
        Expr[] out = new Expr[es.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(es.get(i));
        }
        return out;
    }

    /** Marks expressions that start on a later line than anything before in the statement. */
    private Expr mark(Ast.Expr e, Expr node) {
        if (e.line() > u.curLine) {
            u.curLine = e.line();
            return new Literals.LineMark(e.line(), node);
        }
        return node;
    }

    Expr expr(Ast.Expr e) {
        boolean later = e.line() > u.curLine;
        if (later) {
            u.curLine = e.line();
        }
        Expr node = expr0(e);
        return later ? new Literals.LineMark(e.line(), node) : node;
    }

    private Expr expr0(Ast.Expr e) {
        int line = e.line();
        if (e instanceof Num n) {
            return new Literals.Const(line, constant(n));
        }
        if (e instanceof Str s) {
            return new Literals.Const(line, constant(s));
        }
        if (e instanceof Name n) {
            return load(n.id(), line);
        }
        if (e instanceof Attribute a) {
            return new Access.AttrLoad(line, expr(a.value()), mangle(a.attr()));
        }
        if (e instanceof Subscript s) {
            Expr obj = expr(s.value());
            if (s.slice() instanceof SliceRange r && r.step() == null) {
                return new Access.SliceLoad(line, obj, r.lower() == null ? null : expr(r.lower()),
                        r.upper() == null ? null : expr(r.upper()));
            }
            return new Access.SubscriptLoad(line, obj, sliceExpr(s.slice(), line));
        }
        if (e instanceof BinOp b) {
            Expr l = expr(b.left());
            Expr r = expr(b.right());
            return new Operations.BinOpNode(line, binop(b.op()), l, r);
        }
        if (e instanceof UnaryOp uo) {
            Expr v = expr(uo.operand());
            switch (uo.op()) {
                case NOT: return new Operations.NotNode(line, v);
                case USUB: return new Operations.UnaryNode(line, 0, v);
                case UADD: return new Operations.UnaryNode(line, 1, v);
                default: return new Operations.UnaryNode(line, 2, v);
            }
        }
        if (e instanceof BoolOp b) {
            Expr[] vs = exprs(b.values());
            return b.op() == BoolOperator.AND ? new Operations.AndNode(line, vs) : new Operations.OrNode(line, vs);
        }
        if (e instanceof Compare c) {
            Expr left = expr(c.left());
            Expr[] rest = exprs(c.comparators());
            Operations.Cmp[] ops = new Operations.Cmp[c.ops().size()];
            for (int i = 0; i < ops.length; i++) {
                ops[i] = cmpOp(c.ops().get(i));
            }
            if (ops.length == 1) {
                return new Operations.CompareNode(line, ops[0], left, rest[0]);
            }
            return new Operations.CompareChain(line, left, ops, rest);
        }
        if (e instanceof IfExp i) {
            return new Operations.IfExpNode(line, expr(i.test()), expr(i.body()), expr(i.orelse()));
        }
        if (e instanceof Call c) {
            return call(c);
        }
        if (e instanceof TupleDisplay t) {
            return new Literals.TupleNode(line, exprs(t.elts()));
        }
        if (e instanceof ListDisplay l) {
            return new Literals.ListNode(line, exprs(l.elts()));
        }
        if (e instanceof Dict d) {
            Expr[] keys = new Expr[d.keys().size()];
            Expr[] values = new Expr[keys.length];
            for (int i = 0; i < keys.length; i++) {
                values[i] = expr(d.values().get(i));
                keys[i] = expr(d.keys().get(i));
            }
            return new Literals.DictNode(line, keys, values);
        }
        if (e instanceof SetDisplay s) {
            return new Literals.SetNode(line, exprs(s.elts()));
        }
        if (e instanceof Repr r) {
            return new Literals.ReprNode(line, expr(r.value()));
        }
        if (e instanceof Lambda l) {
            return function(l, "<lambda>", l.args(), null, l.body());
        }
        if (e instanceof ListComp lc) {
            Definitions.Loop[] loops = new Definitions.Loop[lc.generators().size()];
            for (int i = 0; i < loops.length; i++) {
                Comprehension c = lc.generators().get(i);
                Expr iter = expr(c.iter());
                loops[i] = new Definitions.Loop(target(c.target()), iter, exprs(c.ifs()));
            }
            return new Definitions.Comprehension(line, Definitions.Comprehension.LIST, expr(lc.elt()), null, loops);
        }
        if (e instanceof GeneratorExp g) {
            return comprehensionFunction(e, "<genexpr>", g.generators(), g.elt(), null, -1);
        }
        if (e instanceof SetComp s) {
            return comprehensionFunction(e, "<setcomp>", s.generators(), s.elt(), null, Definitions.Comprehension.SET);
        }
        if (e instanceof DictComp d) {
            return comprehensionFunction(e, "<dictcomp>", d.generators(), d.key(), d.value(), Definitions.Comprehension.DICT);
        }
        if (e instanceof Yield y) {
            throw error("'yield' outside function", line);
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    /**
     * Generator expressions and set/dict comprehensions are functions of one argument (the
     * iterator of the outermost iterable, evaluated here).
     */
    private Expr comprehensionFunction(Ast.Expr node, String name, List<Comprehension> gens, Ast.Expr elt,
                                       Ast.Expr value, int kind) {
        int line = node.line();
        Expr outer = expr(gens.get(0).iter());
        Scope fs = symtable.scopes.get(node);
        Unit saved = u;
        u = new Unit(fs, name, line, saved.privateName);
        u.curLine = line;
        Stmt body;
        if (kind < 0) {
            // for t1 in .0: if c1: for t2 in e2: ...: yield elt
            Ast.Stmt inner = new ExprStmt(elt.line(), elt.col(), new Yield(elt.line(), elt.col(), elt));
            for (int i = gens.size() - 1; i >= 0; i--) {
                Comprehension c = gens.get(i);
                List<Ast.Stmt> b = List.of(inner);
                for (int k = c.ifs().size() - 1; k >= 0; k--) {
                    Ast.Expr cond = c.ifs().get(k);
                    b = List.of(new If(cond.line(), cond.col(), cond, b, List.of()));
                }
                Ast.Expr iter = i == 0 ? new Name(line, 0, ".0", Ctx.LOAD) : c.iter();
                inner = new For(line, 0, c.target(), iter, b, List.of());
            }
            List<Ast.Stmt> desugared = GenDesugar.desugar(List.of(inner), this::newTemp);
            List<Stmt> out = new ArrayList<>();
            for (Ast.Stmt s : desugared) {
                out.add(stmt(s));
            }
            body = new Generators.GenBlock(line, out.toArray(new Stmt[0]), u.newGenState());
        } else {
            Definitions.Loop[] loops = new Definitions.Loop[gens.size()];
            for (int i = 0; i < loops.length; i++) {
                Comprehension c = gens.get(i);
                Expr iter = i == 0 ? load(".0", line) : expr(c.iter());
                loops[i] = new Definitions.Loop(target(c.target()), iter, exprs(c.ifs()));
            }
            Expr v = value == null ? null : expr(value);
            Expr k = expr(elt);
            body = new Statements.Return(line, new Definitions.Comprehension(line, kind, k, v, loops));
        }
        Unit fu = u;
        PyCode code = finish(fu, body, 1, Py.None);
        u = saved;
        Definitions.MakeFunction mf = new Definitions.MakeFunction(line, code, new Expr[0], closureFor(fu));
        return new Definitions.CallComprehension(line, mf, outer);
    }

    private Expr call(Call c) {
        int line = c.line();
        boolean simple = c.starargs() == null && c.kwargs() == null;
        if (simple && c.func() instanceof Attribute a) {
            Expr obj = expr(a.value());
            Expr[] args = new Expr[c.args().size() + c.keywords().size()];
            String[] kwnames = c.keywords().isEmpty() ? null : new String[c.keywords().size()];
            for (int i = 0; i < c.args().size(); i++) {
                args[i] = expr(c.args().get(i));
            }
            for (int i = 0; i < c.keywords().size(); i++) {
                kwnames[i] = c.keywords().get(i).arg();
                args[c.args().size() + i] = expr(c.keywords().get(i).value());
            }
            return new Calls.CallMethod(line, obj, mangle(a.attr()), args, kwnames);
        }
        Expr func = expr(c.func());
        Expr[] args = exprs(c.args());
        if (simple && c.keywords().isEmpty()) {
            return new Calls.CallPositional(line, func, args);
        }
        String[] kwnames = new String[c.keywords().size()];
        Expr[] kwvalues = new Expr[kwnames.length];
        for (int i = 0; i < kwnames.length; i++) {
            kwnames[i] = c.keywords().get(i).arg();
            kwvalues[i] = expr(c.keywords().get(i).value());
        }
        Expr star = c.starargs() == null ? null : expr(c.starargs());
        Expr kw = c.kwargs() == null ? null : expr(c.kwargs());
        return new Calls.CallGeneral(line, func, args, kwnames, kwvalues, star, kw);
    }

    private Expr sliceExpr(Ast.Slice s, int line) {
        if (s instanceof Index i) {
            return expr(i.value());
        }
        if (s instanceof Ast.Ellipsis) {
            return new Literals.Const(line, Py.Ellipsis);
        }
        if (s instanceof SliceRange r) {
            return new Literals.SliceNode(line, r.lower() == null ? null : expr(r.lower()),
                    r.upper() == null ? null : expr(r.upper()), r.step() == null ? null : expr(r.step()));
        }
        ExtSlice x = (ExtSlice) s;
        Expr[] dims = new Expr[x.dims().size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = sliceExpr(x.dims().get(i), line);
        }
        return new Literals.TupleNode(line, dims);
    }

    private static Operations.Cmp cmpOp(CmpOp op) {
        switch (op) {
            case EQ: return Operations.Cmp.EQ;
            case NOTEQ: return Operations.Cmp.NE;
            case LT: return Operations.Cmp.LT;
            case LTE: return Operations.Cmp.LE;
            case GT: return Operations.Cmp.GT;
            case GTE: return Operations.Cmp.GE;
            case IS: return Operations.Cmp.IS;
            case ISNOT: return Operations.Cmp.ISNOT;
            case IN: return Operations.Cmp.IN;
            default: return Operations.Cmp.NOTIN;
        }
    }

    private Binop binop(Operator op) {
        switch (op) {
            case ADD: return Binop.ADD;
            case SUB: return Binop.SUB;
            case MULT: return Binop.MUL;
            case DIV: return (futureFlags & Parser.CO_FUTURE_DIVISION) != 0 ? Binop.TRUEDIV : Binop.DIV;
            case MOD: return Binop.MOD;
            case POW: return Binop.POW;
            case LSHIFT: return Binop.LSHIFT;
            case RSHIFT: return Binop.RSHIFT;
            case BITOR: return Binop.OR;
            case BITXOR: return Binop.XOR;
            case BITAND: return Binop.AND;
            default: return Binop.FLOORDIV;
        }
    }

    // ---- constants ---------------------------------------------------------------------------------

    static PyObject constant(Num n) {
        Object v = n.value();
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof BigInteger b) {
            return PyLong.of(b);
        }
        if (v instanceof Double d) {
            return new PyFloat(d);
        }
        return new PyComplex(0.0, ((Imag) v).value());
    }

    static PyObject constant(Str s) {
        if (s.unicode()) {
            return PyUnicode.of(s.value());
        }
        String v = s.value();
        // CPython interns the string constants that look like names (code objects share them
        // with attribute names, which pickle's memo and `is` tests can see)
        return allNameChars(v) ? PyStr.intern(v) : PyStr.of(v.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean allNameChars(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
