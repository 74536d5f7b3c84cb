package taipan.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One block of the symbol table: a module, class body or function (incl. lambda, genexp). */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** How a name is resolved in a block. */
    enum Binding { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAME }

    static final int DEF_LOCAL = 1, DEF_GLOBAL = 2, DEF_PARAM = 4, USE = 8, DEF_IMPORT = 16;

    final Kind kind;
    final String name;
    final Scope parent;
    final int line;
    final List<Scope> children = new ArrayList<>();
    /** Flags of every name mentioned, in order of first mention. */
    final Map<String, Integer> flags = new LinkedHashMap<>();
    /** Parameter names in order (sublist params as ".1", ".2"; then *args, then **kw). */
    final List<String> params = new ArrayList<>();
    boolean generator;
    boolean bareExec;
    /** 'exec code in ns' (2.7's OPT_EXEC): implicit globals are looked up in f_locals first. */
    boolean qualifiedExec;
    boolean importStar;
    boolean hasVarargs, hasVarkw;
    /** Line of the first bare exec or import * (where 2.7 reports their errors). */
    int optLine = -1;
    /** Line of a 'return' with a value (for "'return' with argument inside generator"). */
    int returnWithValueLine = -1;
    int yieldLine = -1;

    final Map<String, Binding> bindings = new LinkedHashMap<>();
    final TreeSet<String> cellvars = new TreeSet<>();
    final TreeSet<String> freevars = new TreeSet<>();
    /** True if any nested block has free variables (for the exec / import * checks). */
    boolean childHasFree;

    Scope(Kind kind, String name, Scope parent, int line) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.line = line;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    void add(String n, int flag) {
        flags.merge(n, flag, (a, b) -> a | b);
    }

    int flagsOf(String n) {
        return flags.getOrDefault(n, 0);
    }

    /** 2.7's ste_nested: inside a function, directly or through classes. */
    boolean nested() {
        for (Scope p = parent; p != null; p = p.parent) {
            if (p.kind == Kind.FUNCTION) {
                return true;
            }
        }
        return false;
    }

    /** 2.7's ste_free: free variables, or (when nested) names left to the globals. */
    boolean hasFree() {
        return !freevars.isEmpty() || (nested() && bindings.containsValue(Binding.GLOBAL_IMPLICIT));
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    /** A function whose locals live in a dict (bare exec or import *). */
    boolean unoptimized() {
        return isFunction() && (bareExec || importStar);
    }

    Binding binding(String n) {
        Binding b = bindings.get(n);
        if (b != null) {
            return b;
        }
        return kind == Kind.FUNCTION ? Binding.GLOBAL_IMPLICIT : Binding.NAME;
    }
}
