package taipan.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compilation state of one code block: its slots, cells, loop nesting and generator states. */
final class Unit {
    final Scope scope;
    final String name;
    final int firstLine;
    /** Fast-local slot of each name (functions only). */
    final Map<String, Integer> slots = new HashMap<>();
    final List<String> varnames = new ArrayList<>();
    /** Index in the frame's cells of each cell and free variable. */
    final Map<String, Integer> cells = new HashMap<>();
    final String[] cellvars;
    final String[] freevars;
    final boolean dictLocals;
    final boolean generator;
    /** The innermost enclosing class name, for private name mangling. */
    final String privateName;
    int nslots;
    /** The parameters with their sublists, when there are some (PyCode.argStructure). */
    taipan.runtime.PyObject argStructure;
    int genStates;
    int loopDepth;
    int finallyDepth;
    /** Loop depth when the innermost finally block started (continue is illegal across it). */
    int finallyLoopDepth = -1;
    /** The highest line marked so far in the current statement (see Compiler#mark). */
    int curLine;
    /** The line of the last statement compiled (some 2.7 errors report it). */
    int lastStmtLine;

    Unit(Scope scope, String name, int firstLine, String privateName) {
        this.scope = scope;
        this.name = name;
        this.firstLine = firstLine;
        this.privateName = privateName;
        this.dictLocals = scope.kind != Scope.Kind.FUNCTION || scope.unoptimized();
        this.generator = scope.generator;
        this.cellvars = scope.cellvars.toArray(new String[0]);
        this.freevars = scope.freevars.toArray(new String[0]);
        for (int i = 0; i < cellvars.length; i++) {
            cells.put(cellvars[i], i);
        }
        for (int i = 0; i < freevars.length; i++) {
            cells.put(freevars[i], cellvars.length + i);
        }
        if (scope.kind == Scope.Kind.FUNCTION) {
            for (String p : scope.params) {
                slot(p);
            }
            if (!dictLocals) {
                for (Map.Entry<String, Scope.Binding> e : scope.bindings.entrySet()) {
                    if (e.getValue() == Scope.Binding.LOCAL) {
                        slot(e.getKey());
                    }
                }
            }
        }
    }

    /** The slot of a local (allocating it on first use). */
    int slot(String n) {
        Integer s = slots.get(n);
        if (s == null) {
            s = nslots++;
            slots.put(n, s);
            if (!n.startsWith("$")) {
                varnames.add(n);
            }
        }
        return s;
    }

    int newGenState() {
        return genStates++;
    }
}
