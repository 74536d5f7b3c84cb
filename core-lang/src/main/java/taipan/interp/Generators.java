package taipan.interp;

import taipan.runtime.N;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyException;
import taipan.runtime.PyFrame;
import taipan.runtime.PyObject;
import taipan.runtime.Safepoint;

/**
 * Resumable statements for generator code. A generator suspends by returning
 * {@link Stmt#YIELD} up the tree; each compound statement on the way has recorded in
 * {@code f.gen[state]} where it was (which child, which branch, in body or in handler),
 * plus any object it needs in {@code f.genTemps[state]} (the loop iterator, the
 * {@code __exit__} method, the exception being handled). On resumption the frame runs
 * the tree again with {@code f.resuming} set: each node goes straight back to the child
 * it recorded, until the {@link YieldStmt} that suspended clears the flag and execution
 * continues normally. The compiler's {@code GenDesugar} guarantees yields are statements.
 */
public final class Generators {
    private Generators() {}

    /** Marker for nodes that can suspend. */
    public interface Resumable {}

    public static final class YieldStmt extends Stmt implements Resumable {
        final Expr value;
        final Target target;

        public YieldStmt(int line, Expr value, Target target) {
            super(line);
            this.value = value;
            this.target = target;
        }

        @Override
        public int exec(PyFrame f) {
            if (f.resuming) {
                f.resuming = false;
                f.setLine(line);
                PyException t = f.thrown;
                if (t != null) {
                    f.thrown = null;
                    throw t;
                }
                if (target != null) {
                    PyObject s = f.sent;
                    target.assign(f, s == null ? Py.None : s);
                }
                f.sent = null;
                return NORMAL;
            }
            f.setLine(line);
            f.yielded = value == null ? Py.None : value.eval(f);
            return YIELD;
        }
    }

    public static final class GenBlock extends Stmt implements Resumable {
        final Stmt[] body;
        final int state;

        public GenBlock(int line, Stmt[] body, int state) {
            super(line);
            this.body = body;
            this.state = state;
        }

        @Override
        public int exec(PyFrame f) {
            int i = f.resuming ? f.gen[state] : 0;
            for (; i < body.length; i++) {
                f.gen[state] = i;
                int r = body[i].exec(f);
                if (r != NORMAL) {
                    return r;
                }
            }
            return NORMAL;
        }
    }

    public static final class GenIf extends Stmt implements Resumable {
        final Expr test;
        final Stmt body, orelse;
        final int state;

        public GenIf(int line, Expr test, Stmt body, Stmt orelse, int state) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.state = state;
        }

        @Override
        public int exec(PyFrame f) {
            int st;
            if (f.resuming) {
                st = f.gen[state];
            } else {
                f.setLine(line);
                st = Ops.isTrue(test.eval(f)) ? 1 : 2;
                f.gen[state] = st;
            }
            if (st == 1) {
                return body.exec(f);
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    public static final class GenWhile extends Stmt implements Resumable {
        final Expr test;
        final Stmt body, orelse;
        final int state;

        public GenWhile(int line, Expr test, Stmt body, Stmt orelse, int state) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.state = state;
        }

        @Override
        public int exec(PyFrame f) {
            if (f.resuming) {
                if (f.gen[state] == 2) {
                    return orelse.exec(f);
                }
                int r = body.exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r != NORMAL && r != CONTINUE) {
                    return r;
                }
            }
            while (true) {
                f.setLine(line);
                if (!Ops.isTrue(test.eval(f))) {
                    break;
                }
                f.gen[state] = 1;
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
            }
            if (orelse == null) {
                return NORMAL;
            }
            f.gen[state] = 2;
            return orelse.exec(f);
        }
    }

    public static final class GenFor extends Stmt implements Resumable {
        final Target target;
        final Expr iter;
        final Stmt body, orelse;
        final int state;

        public GenFor(int line, Target target, Expr iter, Stmt body, Stmt orelse, int state) {
            super(line);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.state = state;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject it;
            if (f.resuming) {
                if (f.gen[state] == 2) {
                    return orelse.exec(f);
                }
                it = (PyObject) f.genTemps[state];
                int r = body.exec(f);
                if (r == BREAK) {
                    f.genTemps[state] = null;
                    return NORMAL;
                }
                if (r != NORMAL && r != CONTINUE) {
                    if (r != YIELD) {
                        f.genTemps[state] = null;
                    }
                    return r;
                }
            } else {
                f.setLine(line);
                it = Ops.iter(iter.eval(f));
                f.genTemps[state] = it;
                f.gen[state] = 1;
            }
            while (true) {
                PyObject v = Ops.next(it);
                if (v == null) {
                    break;
                }
                target.assign(f, v);
                int r = body.exec(f);
                if (r == BREAK) {
                    f.genTemps[state] = null;
                    return NORMAL;
                }
                if (r != NORMAL && r != CONTINUE) {
                    if (r != YIELD) {
                        f.genTemps[state] = null;
                    }
                    return r;
                }
                if (Safepoint.pending) {
                    Safepoint.run();
                }
            }
            f.genTemps[state] = null;
            if (orelse == null) {
                return NORMAL;
            }
            f.gen[state] = 2;
            return orelse.exec(f);
        }
    }

    public static final class GenTryExcept extends Stmt implements Resumable {
        private static final int BODY = 1, ORELSE = 0x10000;
        final Stmt body;
        final Control.Handler[] handlers;
        final Stmt orelse;
        final int state;

        public GenTryExcept(int line, Stmt body, Control.Handler[] handlers, Stmt orelse, int state) {
            super(line);
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.state = state;
        }

        @Override
        public int exec(PyFrame f) {
            int st = f.resuming ? f.gen[state] : BODY;
            if (st == BODY) {
                f.gen[state] = BODY;
                int r;
                try {
                    r = body.exec(f);
                } catch (PyException e) {
                    return handle(f, e);
                } catch (StackOverflowError so) {
                    return handle(f, Control.recursionError());
                }
                if (r != NORMAL || orelse == null) {
                    return r;
                }
                f.gen[state] = ORELSE;
                return orelse.exec(f);
            }
            if (st == ORELSE) {
                return orelse.exec(f);
            }
            PyException e = (PyException) f.genTemps[state];
            f.ts().exc = e;
            return handlers[st - 2].body.exec(f);
        }

        private int handle(PyFrame f, PyException e) {
            e.addTraceback(f, f.line);
            Control.Handler h = Control.match(handlers, f, e);
            if (h == null) {
                throw e;
            }
            int k = 0;
            while (handlers[k] != h) {
                k++;
            }
            f.gen[state] = 2 + k;
            f.genTemps[state] = e;
            return Control.runHandler(h, f, e);
        }
    }

    public static final class GenTryFinally extends Stmt implements Resumable {
        final Stmt body, finalbody;
        final int state;

        public GenTryFinally(int line, Stmt body, Stmt finalbody, int state) {
            super(line);
            this.body = body;
            this.finalbody = finalbody;
            this.state = state;
        }

        /** Why the finally block runs: an exception, or a status with its return value. */
        private record Pending(PyException exc, int status, PyObject value) {}

        @Override
        public int exec(PyFrame f) {
            int st = f.resuming ? f.gen[state] : 1;
            if (st == 1) {
                f.gen[state] = 1;
                Pending p;
                try {
                    int r = body.exec(f);
                    if (r == YIELD) {
                        return YIELD;
                    }
                    p = new Pending(null, r, f.returnValue);
                } catch (PyException e) {
                    e.addTraceback(f, f.line);
                    p = new Pending(e, 0, null);
                } catch (StackOverflowError so) {
                    p = new Pending(Control.recursionError(), 0, null);
                }
                f.gen[state] = 2;
                f.genTemps[state] = p;
            }
            int fr = finalbody.exec(f);
            if (fr != NORMAL) {
                if (fr != YIELD) {
                    f.genTemps[state] = null;
                }
                return fr;
            }
            Pending p = (Pending) f.genTemps[state];
            f.genTemps[state] = null;
            if (p.exc != null) {
                throw p.exc;
            }
            f.returnValue = p.value;
            return p.status;
        }
    }

    public static final class GenWith extends Stmt implements Resumable {
        final Expr manager;
        final Target var;
        final Stmt body;
        final int state;

        public GenWith(int line, Expr manager, Target var, Stmt body, int state) {
            super(line);
            this.manager = manager;
            this.var = var;
            this.body = body;
            this.state = state;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject exit;
            if (f.resuming) {
                exit = (PyObject) f.genTemps[state];
            } else {
                f.setLine(line);
                PyObject mgr = manager.eval(f);
                exit = Control.special(mgr, N.__exit__);
                PyObject value = Ops.call(Control.special(mgr, N.__enter__));
                f.genTemps[state] = exit;
                if (var != null) {
                    try {
                        var.assign(f, value);
                    } catch (PyException e) {
                        return onException(f, exit, e);
                    }
                }
            }
            int r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                return onException(f, exit, e);
            }
            if (r == YIELD) {
                return YIELD;
            }
            f.genTemps[state] = null;
            Ops.call(exit, Py.None, Py.None, Py.None);
            return r;
        }

        private int onException(PyFrame f, PyObject exit, PyException e) {
            f.genTemps[state] = null;
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
