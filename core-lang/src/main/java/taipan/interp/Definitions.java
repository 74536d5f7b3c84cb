package taipan.interp;

import taipan.runtime.Exceptions;
import taipan.runtime.N;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyCell;
import taipan.runtime.PyClass;
import taipan.runtime.PyCode;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyFrame;
import taipan.runtime.PyFunction;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PySet;
import taipan.runtime.PyTuple;
import taipan.runtime.PyStr;
import taipan.runtime.Safepoint;

/** def, lambda, class, and comprehensions. */
public final class Definitions {
    private Definitions() {}

    /** Creates a function object: defaults evaluated now, closure cells taken from the frame. */
    public static final class MakeFunction extends Expr {
        final PyCode code;
        final Expr[] defaults;
        /** Indices into the current frame's cells, one per free variable of {@code code}. */
        final int[] closure;

        public MakeFunction(int line, PyCode code, Expr[] defaults, int[] closure) {
            super(line);
            this.code = code;
            this.defaults = defaults;
            this.closure = closure;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject[] defs = defaults.length == 0 ? null : Literals.evalAll(defaults, f);
            return new PyFunction(code, f.globals, defs, cells(f, closure));
        }
    }

    static PyCell[] cells(PyFrame f, int[] closure) {
        if (closure.length == 0) {
            return null;
        }
        PyCell[] c = new PyCell[closure.length];
        for (int i = 0; i < closure.length; i++) {
            c[i] = f.cells[closure[i]];
        }
        return c;
    }

    /** {@code @d1 @d2 def f(...)}: decorators evaluated first, applied innermost first. */
    public static final class FunctionDef extends Stmt {
        final Expr[] decorators;
        final MakeFunction make;
        final Target target;

        public FunctionDef(int line, Expr[] decorators, MakeFunction make, Target target) {
            super(line);
            this.decorators = decorators;
            this.make = make;
            this.target = target;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject[] decs = Literals.evalAll(decorators, f);
            PyObject fn = make.eval(f);
            for (int i = decs.length - 1; i >= 0; i--) {
                fn = Ops.call(decs[i], fn);
            }
            target.assign(f, fn);
            return NORMAL;
        }
    }

    public static final class ClassDef extends Stmt {
        final String name;
        final Expr[] decorators;
        final Expr[] bases;
        final PyCode body;
        final int[] closure;
        final Target target;

        public ClassDef(int line, String name, Expr[] decorators, Expr[] bases, PyCode body, int[] closure, Target target) {
            super(line);
            this.name = name;
            this.decorators = decorators;
            this.bases = bases;
            this.body = body;
            this.closure = closure;
            this.target = target;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject[] decs = Literals.evalAll(decorators, f);
            PyTuple b = PyTuple.of(Literals.evalAll(bases, f));
            PyFrame cf = new PyFrame(body, f.globals, f.builtins);
            PyDict ns = new PyDict();
            cf.localsDict = ns;
            PyCell[] cl = cells(f, closure);
            if (body.cellvars.length > 0 || body.freevars.length > 0) {
                PyCell[] all = new PyCell[body.cellvars.length + body.freevars.length];
                for (int i = 0; i < body.cellvars.length; i++) {
                    all[i] = new PyCell();
                }
                if (cl != null) {
                    System.arraycopy(cl, 0, all, body.cellvars.length, cl.length);
                }
                cf.cells = all;
            }
            PyFunction.run(cf, f.ts());
            PyObject cls = buildClass(PyStr.of(name), b, ns, f.globals);
            for (int i = decs.length - 1; i >= 0; i--) {
                cls = Ops.call(decs[i], cls);
            }
            target.assign(f, cls);
            return NORMAL;
        }
    }

    /** 2.7's build_class: the metaclass from the dict, the first base, or the module. */
    public static PyObject buildClass(PyObject name, PyTuple bases, PyDict ns, PyDict globals) {
        PyObject meta = ns.getItem(N.__metaclass__);
        if (meta == null) {
            if (bases.size() > 0) {
                PyObject base = bases.get(0);
                meta = Ops.getattrOrNull(base, N.__class__);
                if (meta == null) {
                    meta = base.getType();
                }
            } else {
                meta = globals.getItem(N.__metaclass__);
                if (meta == null) {
                    meta = PyClass.TYPE;
                }
            }
        }
        try {
            return Ops.call(meta, name, bases, ns);
        } catch (PyException e) {
            if (e.type == Exceptions.TypeError && !String.valueOf(Ops.str(e.value)).startsWith("Error when calling")) {
                String msg = Ops.str(e.value).toString();
                throw Py.TypeError("Error when calling the metaclass bases\n    " + msg);
            }
            throw e;
        }
    }

    /** One {@code for target in iter if cond...} part of a comprehension. */
    public static final class Loop {
        final Target target;
        final Expr iter;
        final Expr[] ifs;

        public Loop(Target target, Expr iter, Expr[] ifs) {
            this.target = target;
            this.iter = iter;
            this.ifs = ifs;
        }
    }

    /** List (inline in 2.7), set and dict comprehensions. */
    public static final class Comprehension extends Expr {
        public static final int LIST = 0, SET = 1, DICT = 2;
        final int kind;
        final Expr elt, value;
        final Loop[] loops;

        public Comprehension(int line, int kind, Expr elt, Expr value, Loop[] loops) {
            super(line);
            this.kind = kind;
            this.elt = elt;
            this.value = value;
            this.loops = loops;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject c = kind == LIST ? new PyList() : kind == SET ? new PySet() : new PyDict();
            loop(f, 0, c);
            return c;
        }

        private void loop(PyFrame f, int i, PyObject c) {
            Loop l = loops[i];
            PyObject it = Ops.iter(l.iter.eval(f));
            outer:
            for (PyObject x; (x = Ops.next(it)) != null; ) {
                l.target.assign(f, x);
                for (Expr cond : l.ifs) {
                    if (!Ops.isTrue(cond.eval(f))) {
                        continue outer;
                    }
                }
                if (i + 1 < loops.length) {
                    loop(f, i + 1, c);
                } else if (kind == LIST) {
                    ((PyList) c).append(elt.eval(f));
                } else if (kind == SET) {
                    ((PySet) c).add(elt.eval(f));
                } else {
                    PyObject v = value.eval(f);
                    ((PyDict) c).setItem(elt.eval(f), v);
                }
                if (Safepoint.pending) {
                    Safepoint.run();
                }
            }
        }
    }

    /** Generator expression / set or dict comprehension: a function called with iter(outermost). */
    public static final class CallComprehension extends Expr {
        final MakeFunction make;
        final Expr outer;

        public CallComprehension(int line, MakeFunction make, Expr outer) {
            super(line);
            this.make = make;
            this.outer = outer;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject fn = make.eval(f);
            PyObject it = Ops.iter(outer.eval(f));
            return Ops.call(fn, it);
        }
    }
}
