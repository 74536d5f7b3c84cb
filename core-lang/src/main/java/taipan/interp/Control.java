package taipan.interp;

import taipan.runtime.N;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyException;
import taipan.runtime.PyFrame;
import taipan.runtime.PyInstance;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.Safepoint;

/** Compound statements: if, while, for, try/except, try/finally, with. */
public final class Control {
    private Control() {}

    public static final class If extends Stmt {
        final Expr test;
        final Stmt body, orelse;

        public If(int line, Expr test, Stmt body, Stmt orelse) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            if (Ops.isTrue(test.eval(f))) {
                return body.exec(f);
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    public static final class While extends Stmt {
        final Expr test;
        final Stmt body, orelse;

        public While(int line, Expr test, Stmt body, Stmt orelse) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            while (true) {
                f.setLine(line);
                if (!Ops.isTrue(test.eval(f))) {
                    break;
                }
                int r = body.exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r != NORMAL && r != CONTINUE) {
                    return r;
                }
                if (Safepoint.pending) {
                    Safepoint.run();
                }
                f.loopBack();
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    public static final class For extends Stmt {
        final Target target;
        final Expr iter;
        final Stmt body, orelse;

        public For(int line, Target target, Expr iter, Stmt body, Stmt orelse) {
            super(line);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject it = Ops.iter(iter.eval(f));
            while (true) {
                PyObject v = Ops.next(it);
                if (v == null) {
                    break;
                }
                target.assign(f, v);
                int r = body.exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r != NORMAL && r != CONTINUE) {
                    return r;
                }
                if (Safepoint.pending) {
                    Safepoint.run();
                }
                f.loopBack();
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    /** One {@code except} clause. */
    public static final class Handler {
        final int line;
        final Expr type;
        final Target name;
        final Stmt body;

        public Handler(int line, Expr type, Target name, Stmt body) {
            this.line = line;
            this.type = type;
            this.name = name;
            this.body = body;
        }
    }

    /** Converts a Java stack overflow into the Python RuntimeError 2.7 raises. */
    static PyException recursionError() {
        return Py.RuntimeError("maximum recursion depth exceeded");
    }

    /** The handler matching {@code e}, or null; also binds the exception state. */
    static Handler match(Handler[] handlers, PyFrame f, PyException e) {
        for (Handler h : handlers) {
            if (h.type == null) {
                return h;
            }
            f.setLine(h.line);
            PyObject t = h.type.eval(f);
            if (e.matches(t)) {
                return h;
            }
        }
        return null;
    }

    static int runHandler(Handler h, PyFrame f, PyException e) {
        if (taipan.runtime.Tracing.active != 0) {
            taipan.runtime.Tracing.exception(f, e);
        }
        f.ts().exc = e;
        if (h.name != null) {
            h.name.assign(f, e.value);
        }
        return h.body.exec(f);
    }

    public static final class TryExcept extends Stmt {
        final Stmt body;
        final Handler[] handlers;
        final Stmt orelse;

        public TryExcept(int line, Stmt body, Handler[] handlers, Stmt orelse) {
            super(line);
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            int r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                return handle(f, e);
            } catch (StackOverflowError so) {
                return handle(f, recursionError());
            }
            if (r == NORMAL && orelse != null) {
                return orelse.exec(f);
            }
            return r;
        }

        private int handle(PyFrame f, PyException e) {
            e.addTraceback(f, f.line);
            Handler h = match(handlers, f, e);
            if (h == null) {
                throw e;
            }
            return runHandler(h, f, e);
        }
    }

    public static final class TryFinally extends Stmt {
        final Stmt body, finalbody;

        public TryFinally(int line, Stmt body, Stmt finalbody) {
            super(line);
            this.body = body;
            this.finalbody = finalbody;
        }

        @Override
        public int exec(PyFrame f) {
            int r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                return onException(f, e);
            } catch (StackOverflowError so) {
                return onException(f, recursionError());
            }
            PyObject saved = f.returnValue;
            int fr = finalbody.exec(f);
            if (fr != NORMAL) {
                return fr;
            }
            f.returnValue = saved;
            return r;
        }

        private int onException(PyFrame f, PyException e) {
            e.addTraceback(f, f.line);
            int fr = finalbody.exec(f);
            if (fr != NORMAL) {
                return fr; // return/break/continue in finally discards the exception
            }
            throw e;
        }
    }

    /** Looks up a special method as 2.7's SETUP_WITH does (on the type; old-style: getattr). */
    static PyObject special(PyObject mgr, PyStr name) {
        if (mgr instanceof PyInstance) {
            PyObject m = mgr.lookupAttr(name);
            if (m == null) {
                throw Py.AttributeError(name.toString());
            }
            return m;
        }
        PyObject m = mgr.getType().lookup(name);
        if (m == null) {
            throw Py.AttributeError(name.toString());
        }
        return Ops.get(m, mgr, mgr.getType());
    }

    public static final class With extends Stmt {
        final Expr manager;
        final Target var;
        final Stmt body;

        public With(int line, Expr manager, Target var, Stmt body) {
            super(line);
            this.manager = manager;
            this.var = var;
            this.body = body;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject mgr = manager.eval(f);
            PyObject exit = special(mgr, N.__exit__);
            PyObject value = Ops.call(special(mgr, N.__enter__));
            int r;
            try {
                if (var != null) {
                    var.assign(f, value);
                }
                r = body.exec(f);
            } catch (PyException e) {
                return onException(f, exit, e);
            } catch (StackOverflowError so) {
                return onException(f, exit, recursionError());
            }
            Ops.call(exit, Py.None, Py.None, Py.None);
            return r;
        }

        private int onException(PyFrame f, PyObject exit, PyException e) {
            e.addTraceback(f, f.line);
            f.ts().exc = e;
            PyObject tb = e.traceback == null ? Py.None : e.traceback;
            if (Ops.isTrue(Ops.call(exit, e.type, e.value, tb))) {
                return NORMAL;
            }
            throw e;
        }
    }
}
