package taipan.parse;

import java.util.List;

import taipan.parse.Ast.*;

/**
 * The checks of CPython 2.7's Python/future.c on a parsed module, plus compile.c's check that
 * no later {@code from __future__} import appears (anywhere) after the leading ones.
 */
final class Futures {
    private Futures() {}

    private static final String LATE = "from __future__ imports must occur at the beginning of the file";

    /** Returns the CO_FUTURE_* features the module's leading future imports turn on. */
    static int check(Mod mod, String filename) {
        List<Stmt> body;
        if (mod instanceof Ast.Module m) body = m.body();
        else if (mod instanceof Interactive i) body = i.body();
        else return 0;
        int features = 0;
        int ffLine = -1;
        boolean done = false, foundDocstring = false;
        int prevLine = 0;
        for (Stmt s : body) {
            if (done && s.line() > prevLine) break;
            prevLine = s.line();
            if (s instanceof ImportFrom f) {
                if ("__future__".equals(f.module())) {
                    if (done) throw error(LATE, filename, s.line());
                    for (Alias a : f.names()) features |= feature(a.name(), filename, s.line());
                    ffLine = s.line();
                } else {
                    done = true;
                }
            } else if (s instanceof ExprStmt e && !foundDocstring) {
                if (e.value() instanceof Str) foundDocstring = true;
                else done = true;
            } else {
                done = true;
            }
        }
        lateImports(body, ffLine, filename);
        return features;
    }

    private static int feature(String name, String filename, int line) {
        switch (name) {
            case "nested_scopes": case "generators": return 0;
            case "division": return Parser.CO_FUTURE_DIVISION;
            case "absolute_import": return Parser.CO_FUTURE_ABSOLUTE_IMPORT;
            case "with_statement": return Parser.CO_FUTURE_WITH_STATEMENT;
            case "print_function": return Parser.CO_FUTURE_PRINT_FUNCTION;
            case "unicode_literals": return Parser.CO_FUTURE_UNICODE_LITERALS;
            case "braces": throw error("not a chance", filename, line);
            default:
                String n = name.length() > 100 ? name.substring(0, 100) : name;
                throw error("future feature " + n + " is not defined", filename, line);
        }
    }

    private static ParseError error(String msg, String filename, int line) {
        return new ParseError(ParseError.Kind.SYNTAX_ERROR, msg, filename, line, null, null, false, true);
    }

    private static void lateImports(List<Stmt> body, int ffLine, String filename) {
        for (Stmt s : body) {
            if (s instanceof ImportFrom f) {
                if ("__future__".equals(f.module()) && s.line() > ffLine) throw error(LATE, filename, s.line());
            } else if (s instanceof FunctionDef d) {
                lateImports(d.body(), ffLine, filename);
            } else if (s instanceof ClassDef c) {
                lateImports(c.body(), ffLine, filename);
            } else if (s instanceof If i) {
                lateImports(i.body(), ffLine, filename);
                lateImports(i.orelse(), ffLine, filename);
            } else if (s instanceof While w) {
                lateImports(w.body(), ffLine, filename);
                lateImports(w.orelse(), ffLine, filename);
            } else if (s instanceof For f) {
                lateImports(f.body(), ffLine, filename);
                lateImports(f.orelse(), ffLine, filename);
            } else if (s instanceof With w) {
                lateImports(w.body(), ffLine, filename);
            } else if (s instanceof TryExcept t) {
                lateImports(t.body(), ffLine, filename);
                for (ExceptHandler h : t.handlers()) lateImports(h.body(), ffLine, filename);
                lateImports(t.orelse(), ffLine, filename);
            } else if (s instanceof TryFinally t) {
                lateImports(t.body(), ffLine, filename);
                lateImports(t.finalbody(), ffLine, filename);
            }
        }
    }
}
