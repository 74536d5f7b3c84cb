package taipan.interp;

import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyFrame;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PySet;
import taipan.runtime.PySlice;
import taipan.runtime.PyTuple;

/** Constants and displays: tuples, lists, dicts, sets, slices, backquotes. */
public final class Literals {
    private Literals() {}

    public static final class Const extends Expr {
        public final PyObject value;

        public Const(int line, PyObject value) {
            super(line);
            this.value = value;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return value;
        }
    }

    static PyObject[] evalAll(Expr[] es, PyFrame f) {
        PyObject[] out = new PyObject[es.length];
        for (int i = 0; i < es.length; i++) {
            out[i] = es[i].eval(f);
        }
        return out;
    }

    public static final class TupleNode extends Expr {
        final Expr[] elts;

        public TupleNode(int line, Expr[] elts) {
            super(line);
            this.elts = elts;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return PyTuple.of(evalAll(elts, f));
        }
    }

    public static final class ListNode extends Expr {
        final Expr[] elts;

        public ListNode(int line, Expr[] elts) {
            super(line);
            this.elts = elts;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return new PyList(evalAll(elts, f));
        }
    }

    public static final class DictNode extends Expr {
        final Expr[] keys;
        final Expr[] values;

        public DictNode(int line, Expr[] keys, Expr[] values) {
            super(line);
            this.keys = keys;
            this.values = values;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyDict d = PyDict.presized(keys.length);
            for (int i = 0; i < keys.length; i++) {
                // 2.7 evaluates the value before the key
                PyObject v = values[i].eval(f);
                d.setItem(keys[i].eval(f), v);
            }
            return d;
        }
    }

    public static final class SetNode extends Expr {
        final Expr[] elts;

        public SetNode(int line, Expr[] elts) {
            super(line);
            this.elts = elts;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PySet s = new PySet();
            for (Expr e : elts) {
                s.add(e.eval(f));
            }
            return s;
        }
    }

    /** An extended-slice item {@code lo:hi:step} (each part may be null = None). */
    public static final class SliceNode extends Expr {
        final Expr lo, hi, step;

        public SliceNode(int line, Expr lo, Expr hi, Expr step) {
            super(line);
            this.lo = lo;
            this.hi = hi;
            this.step = step;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return new PySlice(lo == null ? Py.None : lo.eval(f), hi == null ? Py.None : hi.eval(f),
                    step == null ? Py.None : step.eval(f));
        }
    }

    /** Backquotes: {@code `x`}. */
    public static final class ReprNode extends Expr {
        final Expr value;

        public ReprNode(int line, Expr value) {
            super(line);
            this.value = value;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return Ops.repr(value.eval(f));
        }
    }

    /** Sets the frame's line before evaluating an expression on a later line (tracebacks). */
    public static final class LineMark extends Expr {
        final Expr inner;

        public LineMark(int line, Expr inner) {
            super(line);
            this.inner = inner;
        }

        @Override
        public PyObject eval(PyFrame f) {
            f.setLine(line);
            return inner.eval(f);
        }
    }
}
