package taipan.interp;

import taipan.runtime.Interp;
import taipan.runtime.N;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyFrame;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/** import statements and the exec statement. */
public final class Imports {
    private Imports() {}

    /** Calls {@code __import__} as the import statement does (the builtin can be replaced). */
    static PyObject importModule(PyFrame f, String name, PyObject fromlist, int level) {
        PyObject imp = f.builtinsDict().getItem(N.__import__);
        if (imp == null) {
            throw Py.ImportError("__import__ not found");
        }
        PyObject locals = f.localsDict == null ? Py.None : f.localsDict;
        return Ops.call(imp, PyStr.of(name), f.globals, locals, fromlist, taipan.runtime.PyInt.of(level));
    }

    /** {@code import a.b.c}: binds the top-level package {@code a}. */
    public static final class ImportName extends Stmt {
        final String name;
        final Target target;
        final int level;

        public ImportName(int line, String name, Target target, int level) {
            super(line);
            this.name = name;
            this.target = target;
            this.level = level;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            target.assign(f, importModule(f, name, Py.None, level));
            return NORMAL;
        }
    }

    /** {@code import a.b.c as d}: binds the submodule. */
    public static final class ImportAs extends Stmt {
        final String name;
        final Target target;
        final int level;

        public ImportAs(int line, String name, Target target, int level) {
            super(line);
            this.name = name;
            this.target = target;
            this.level = level;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject m = importModule(f, name, Py.None, level);
            String[] parts = name.split("\\.");
            for (int i = 1; i < parts.length; i++) {
                m = Ops.getattr(m, parts[i]);
            }
            target.assign(f, m);
            return NORMAL;
        }
    }

    public static final class ImportFrom extends Stmt {
        final String module;
        final String[] names;
        final Target[] targets;
        final int level;

        public ImportFrom(int line, String module, String[] names, Target[] targets, int level) {
            super(line);
            this.module = module;
            this.names = names;
            this.targets = targets;
            this.level = level;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject[] fl = new PyObject[names.length];
            for (int i = 0; i < names.length; i++) {
                fl[i] = PyStr.intern(names[i]);
            }
            PyObject m = importModule(f, module, PyTuple.of(fl), level);
            for (int i = 0; i < names.length; i++) {
                PyObject v = Ops.getattrOrNull(m, PyStr.intern(names[i]));
                if (v == null) {
                    throw Py.ImportError("cannot import name " + names[i]);
                }
                targets[i].assign(f, v);
            }
            return NORMAL;
        }
    }

    public static final class ImportStar extends Stmt {
        final String module;
        final int level;

        public ImportStar(int line, String module, int level) {
            super(line);
            this.module = module;
            this.level = level;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject m = importModule(f, module, PyTuple.of(PyStr.intern("*")), level);
            PyObject locals = f.localsDict != null ? f.localsDict : f.globals;
            PyObject all = Ops.getattrOrNull(m, N.__all__);
            boolean skipPrivate = false;
            PyObject names;
            if (all == null) {
                PyObject d = Ops.getattrOrNull(m, N.__dict__);
                if (d == null) {
                    throw Py.ImportError("from-import-* object has no __dict__ and no __all__");
                }
                names = Ops.call(Ops.getattr(d, "keys"));
                skipPrivate = true;
            } else {
                names = all;
            }
            PyObject it = Ops.iter(names);
            for (PyObject n; (n = Ops.next(it)) != null; ) {
                if (skipPrivate && n instanceof PyStr s && s.toString().startsWith("_")) {
                    continue;
                }
                PyObject v = Ops.getattr(m, n);
                if (locals instanceof PyDict d) {
                    d.setItem(n, v);
                } else {
                    Ops.setitem(locals, n, v);
                }
            }
            return NORMAL;
        }
    }

    /** {@code exec code [in globals [, locals]]}. */
    public static final class ExecStmt extends Stmt {
        final Expr body, globals, locals;
        final int futureFlags;

        public ExecStmt(int line, Expr body, Expr globals, Expr locals, int futureFlags) {
            super(line);
            this.body = body;
            this.globals = globals;
            this.locals = locals;
            this.futureFlags = futureFlags;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject code = body.eval(f);
            PyObject g = globals == null ? Py.None : globals.eval(f);
            PyObject l = locals == null ? Py.None : locals.eval(f);
            if (g == Py.None && code instanceof PyTuple t && (t.size() == 2 || t.size() == 3)) {
                code = t.get(0);
                g = t.get(1);
                l = t.size() == 3 ? t.get(2) : Py.None;
            }
            if (g == Py.None) {
                g = f.globals;
                if (l == Py.None) {
                    l = f.localsDict != null ? f.localsDict : f.getLocals();
                }
            } else if (l == Py.None) {
                l = g;
            }
            if (!(g instanceof PyDict gd)) {
                throw Py.TypeError("exec: arg 2 must be a dictionary or None");
            }
            if (!(l instanceof PyDict) && Ops.getattrOrNull(l, PyStr.intern("__getitem__")) == null) {
                throw Py.TypeError("exec: arg 3 must be a mapping or None");
            }
            if (gd.getItem(N.__builtins__) == null) {
                gd.setItem(N.__builtins__, f.builtins);
            }
            Interp.current().execIn(code, gd, l, futureFlags, "exec");
            return NORMAL;
        }
    }
}
