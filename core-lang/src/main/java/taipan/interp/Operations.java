package taipan.interp;

import taipan.runtime.Binop;
import taipan.runtime.CompareOp;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyFloat;
import taipan.runtime.PyFrame;
import taipan.runtime.PyInt;
import taipan.runtime.PyObject;

/** Operators: binary, unary, boolean, comparisons, conditional expression. */
public final class Operations {
    private Operations() {}

    public static final class BinOpNode extends Expr {
        final Binop op;
        final Expr left, right;

        public BinOpNode(int line, Binop op, Expr left, Expr right) {
            super(line);
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = left.eval(f);
            PyObject b = right.eval(f);
            return apply(op, a, b);
        }

        static PyObject apply(Binop op, PyObject a, PyObject b) {
            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                long x = ((PyInt) a).value, y = ((PyInt) b).value;
                switch (op) {
                    case ADD: {
                        long r = x + y;
                        if (((x ^ r) & (y ^ r)) >= 0) {
                            return PyInt.of(r);
                        }
                        break;
                    }
                    case SUB: {
                        long r = x - y;
                        if (((x ^ y) & (x ^ r)) >= 0) {
                            return PyInt.of(r);
                        }
                        break;
                    }
                    case MUL: {
                        long hi = Math.multiplyHigh(x, y);
                        long r = x * y;
                        if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) {
                            return PyInt.of(r);
                        }
                        break;
                    }
                    case AND: return PyInt.of(x & y);
                    case OR: return PyInt.of(x | y);
                    case XOR: return PyInt.of(x ^ y);
                    case DIV:
                    case FLOORDIV: return PyInt.floorDiv(x, y);
                    case MOD: return PyInt.mod(x, y);
                    case TRUEDIV: return PyInt.trueDiv(x, y);
                    case LSHIFT: return PyInt.lshift(x, y);
                    case RSHIFT: return PyInt.rshift(x, y);
                    default: break;
                }
            } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
                double x = ((PyFloat) a).value, y = ((PyFloat) b).value;
                switch (op) {
                    case ADD: return new PyFloat(x + y);
                    case SUB: return new PyFloat(x - y);
                    case MUL: return new PyFloat(x * y);
                    case DIV:
                    case TRUEDIV: return new PyFloat(PyFloat.div(x, y));
                    default: break;
                }
            }
            return Ops.binaryOp(a, b, op);
        }
    }

    public static final class UnaryNode extends Expr {
        final int kind; // 0 neg, 1 pos, 2 invert
        final Expr operand;

        public UnaryNode(int line, int kind, Expr operand) {
            super(line);
            this.kind = kind;
            this.operand = operand;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = operand.eval(f);
            switch (kind) {
                case 0: return Ops.neg(v);
                case 1: return Ops.pos(v);
                default: return Ops.invert(v);
            }
        }
    }

    public static final class NotNode extends Expr {
        final Expr operand;

        public NotNode(int line, Expr operand) {
            super(line);
            this.operand = operand;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return Py.bool(!Ops.isTrue(operand.eval(f)));
        }
    }

    public static final class AndNode extends Expr {
        final Expr[] values;

        public AndNode(int line, Expr[] values) {
            super(line);
            this.values = values;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = null;
            for (Expr e : values) {
                v = e.eval(f);
                if (!Ops.isTrue(v)) {
                    return v;
                }
            }
            return v;
        }
    }

    public static final class OrNode extends Expr {
        final Expr[] values;

        public OrNode(int line, Expr[] values) {
            super(line);
            this.values = values;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = null;
            for (Expr e : values) {
                v = e.eval(f);
                if (Ops.isTrue(v)) {
                    return v;
                }
            }
            return v;
        }
    }

    public static final class IfExpNode extends Expr {
        final Expr test, body, orelse;

        public IfExpNode(int line, Expr test, Expr body, Expr orelse) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return Ops.isTrue(test.eval(f)) ? body.eval(f) : orelse.eval(f);
        }
    }

    /** The comparison operators of the grammar: the six rich ones plus is/in. */
    public enum Cmp { LT, LE, EQ, NE, GT, GE, IS, ISNOT, IN, NOTIN }

    static PyObject compare(Cmp op, PyObject a, PyObject b) {
        switch (op) {
            case IS: return Py.bool(a == b);
            case ISNOT: return Py.bool(a != b);
            case IN: return Py.bool(Ops.contains(b, a));
            case NOTIN: return Py.bool(!Ops.contains(b, a));
            default: break;
        }
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            long x = ((PyInt) a).value, y = ((PyInt) b).value;
            switch (op) {
                case LT: return Py.bool(x < y);
                case LE: return Py.bool(x <= y);
                case EQ: return Py.bool(x == y);
                case NE: return Py.bool(x != y);
                case GT: return Py.bool(x > y);
                default: return Py.bool(x >= y);
            }
        }
        return Ops.richCompare(a, b, RICH[op.ordinal()]);
    }

    private static final CompareOp[] RICH = {CompareOp.LT, CompareOp.LE, CompareOp.EQ, CompareOp.NE, CompareOp.GT, CompareOp.GE};

    public static final class CompareNode extends Expr {
        final Cmp op;
        final Expr left, right;

        public CompareNode(int line, Cmp op, Expr left, Expr right) {
            super(line);
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = left.eval(f);
            return compare(op, a, right.eval(f));
        }
    }

    /** {@code a < b < c}: each operand evaluated once, stops at the first false. */
    public static final class CompareChain extends Expr {
        final Expr first;
        final Cmp[] ops;
        final Expr[] rest;

        public CompareChain(int line, Expr first, Cmp[] ops, Expr[] rest) {
            super(line);
            this.first = first;
            this.ops = ops;
            this.rest = rest;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = first.eval(f);
            PyObject r = null;
            for (int i = 0; i < ops.length; i++) {
                PyObject b = rest[i].eval(f);
                r = compare(ops[i], a, b);
                if (i < ops.length - 1 && !Ops.isTrue(r)) {
                    return r;
                }
                a = b;
            }
            return r;
        }
    }
}
