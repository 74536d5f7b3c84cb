package taipan.interp;

import taipan.runtime.Binop;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyException;
import taipan.runtime.PyFrame;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;

/** Simple statements. */
public final class Statements {
    private Statements() {}

    /** A sequence of statements. */
    public static final class Block extends Stmt {
        final Stmt[] body;

        public Block(int line, Stmt[] body) {
            super(line);
            this.body = body;
        }

        @Override
        public int exec(PyFrame f) {
            for (Stmt s : body) {
                int r = s.exec(f);
                if (r != NORMAL) {
                    return r;
                }
            }
            return NORMAL;
        }
    }

    public static final class ExprStmt extends Stmt {
        final Expr value;

        public ExprStmt(int line, Expr value) {
            super(line);
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            value.eval(f);
            return NORMAL;
        }
    }

    /** An expression statement at the interactive prompt: the value goes to sys.displayhook. */
    public static final class DisplayStmt extends Stmt {
        final Expr value;

        public DisplayStmt(int line, Expr value) {
            super(line);
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject v = value.eval(f);
            PyObject hook = taipan.runtime.Interp.current().sysGet("displayhook");
            if (hook == null) {
                throw Py.RuntimeError("lost sys.displayhook");
            }
            Ops.call(hook, v);
            return NORMAL;
        }
    }

    public static final class Assign extends Stmt {
        final Target target;
        final Expr value;

        public Assign(int line, Target target, Expr value) {
            super(line);
            this.target = target;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            target.assign(f, value.eval(f));
            return NORMAL;
        }
    }

    /** {@code a = b = value}: targets assigned left to right. */
    public static final class AssignMulti extends Stmt {
        final Target[] targets;
        final Expr value;

        public AssignMulti(int line, Target[] targets, Expr value) {
            super(line);
            this.targets = targets;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject v = value.eval(f);
            for (Target t : targets) {
                t.assign(f, v);
            }
            return NORMAL;
        }
    }

    /** Augmented assignment to a name ({@code x += v}). */
    public static final class AugName extends Stmt {
        final Expr load;
        final Target store;
        final Binop op;
        final Expr value;

        public AugName(int line, Expr load, Target store, Binop op, Expr value) {
            super(line);
            this.load = load;
            this.store = store;
            this.op = op;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject old = load.eval(f);
            PyObject v = value.eval(f);
            store.assign(f, inplace(old, v, op));
            return NORMAL;
        }
    }

    static PyObject inplace(PyObject a, PyObject b, Binop op) {
        if (a.getClass() == taipan.runtime.PyInt.class && b.getClass() == taipan.runtime.PyInt.class
                || a.getClass() == taipan.runtime.PyFloat.class && b.getClass() == taipan.runtime.PyFloat.class) {
            return Operations.BinOpNode.apply(op, a, b);
        }
        return Ops.inplaceOp(a, b, op);
    }

    /** {@code obj.attr += v}: obj evaluated once. */
    public static final class AugAttr extends Stmt {
        final Expr obj;
        final PyStr name;
        final Binop op;
        final Expr value;

        public AugAttr(int line, Expr obj, String name, Binop op, Expr value) {
            super(line);
            this.obj = obj;
            this.name = PyStr.intern(name);
            this.op = op;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject o = obj.eval(f);
            PyObject old = Ops.getattr(o, name);
            PyObject v = value.eval(f);
            Ops.setattr(o, name, inplace(old, v, op));
            return NORMAL;
        }
    }

    /** {@code obj[i] += v}: obj and i evaluated once. */
    public static final class AugSubscript extends Stmt {
        final Expr obj, index;
        final Binop op;
        final Expr value;

        public AugSubscript(int line, Expr obj, Expr index, Binop op, Expr value) {
            super(line);
            this.obj = obj;
            this.index = index;
            this.op = op;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject o = obj.eval(f);
            PyObject i = index.eval(f);
            PyObject old = Ops.getitem(o, i);
            PyObject v = value.eval(f);
            Ops.setitem(o, i, inplace(old, v, op));
            return NORMAL;
        }
    }

    /** {@code obj[lo:hi] += v}. */
    public static final class AugSlice extends Stmt {
        final Expr obj, lo, hi;
        final Binop op;
        final Expr value;

        public AugSlice(int line, Expr obj, Expr lo, Expr hi, Binop op, Expr value) {
            super(line);
            this.obj = obj;
            this.lo = lo;
            this.hi = hi;
            this.op = op;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            PyObject o = obj.eval(f);
            PyObject l = lo == null ? null : lo.eval(f);
            PyObject h = hi == null ? null : hi.eval(f);
            PyObject old = Ops.getslice(o, l, h);
            PyObject v = value.eval(f);
            Ops.setslice(o, l, h, inplace(old, v, op));
            return NORMAL;
        }
    }

    public static final class Pass extends Stmt {
        public Pass(int line) {
            super(line);
        }

        @Override
        public int exec(PyFrame f) {
            return NORMAL;
        }
    }

    public static final class Break extends Stmt {
        public Break(int line) {
            super(line);
        }

        @Override
        public int exec(PyFrame f) {
            return BREAK;
        }
    }

    public static final class Continue extends Stmt {
        public Continue(int line) {
            super(line);
        }

        @Override
        public int exec(PyFrame f) {
            return CONTINUE;
        }
    }

    public static final class Return extends Stmt {
        final Expr value;

        public Return(int line, Expr value) {
            super(line);
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            f.returnValue = value == null ? Py.None : value.eval(f);
            return RETURN;
        }
    }

    public static final class Delete extends Stmt {
        final Target[] targets;

        public Delete(int line, Target[] targets) {
            super(line);
            this.targets = targets;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            for (Target t : targets) {
                t.delete(f);
            }
            return NORMAL;
        }
    }

    public static final class Raise extends Stmt {
        final Expr type, inst, tback;

        public Raise(int line, Expr type, Expr inst, Expr tback) {
            super(line);
            this.type = type;
            this.inst = inst;
            this.tback = tback;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            if (type == null) {
                // re-raise the exception being handled, traceback unchanged
                PyException cur = f.ts().exc;
                if (cur == null) {
                    throw Py.TypeError("exceptions must be old-style classes or derived from BaseException, not NoneType");
                }
                throw new PyException(cur.type, cur.value, cur.traceback);
            }
            PyObject t = type.eval(f);
            PyObject v = inst == null ? null : inst.eval(f);
            PyObject tb = tback == null ? null : tback.eval(f);
            throw Exceptions.forRaise(t, v, tb);
        }
    }

    public static final class Assert extends Stmt {
        final Expr test, msg;

        public Assert(int line, Expr test, Expr msg) {
            super(line);
            this.test = test;
            this.msg = msg;
        }

        @Override
        public int exec(PyFrame f) {
            f.setLine(line);
            if (!Ops.isTrue(test.eval(f))) {
                if (msg == null) {
                    throw new PyException(Exceptions.AssertionError);
                }
                PyObject inst = Ops.call(Exceptions.AssertionError, msg.eval(f));
                throw new PyException(Exceptions.AssertionError, inst);
            }
            return NORMAL;
        }
    }
}
