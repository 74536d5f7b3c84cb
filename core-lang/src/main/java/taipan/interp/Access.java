package taipan.interp;

import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyFrame;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/** Attributes, subscripts, slices — as expressions and as assignment targets — and unpacking. */
public final class Access {
    private Access() {}

    public static final class AttrLoad extends Expr {
        final Expr obj;
        final PyStr name;

        public AttrLoad(int line, Expr obj, String name) {
            super(line);
            this.obj = obj;
            this.name = PyStr.intern(name);
        }

        @Override
        public PyObject eval(PyFrame f) {
            return Ops.getattr(obj.eval(f), name);
        }
    }

    public static final class AttrTarget extends Target {
        final Expr obj;
        final PyStr name;

        public AttrTarget(int line, Expr obj, String name) {
            super(line);
            this.obj = obj;
            this.name = PyStr.intern(name);
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            Ops.setattr(obj.eval(f), name, value);
        }

        @Override
        public void delete(PyFrame f) {
            Ops.delattr(obj.eval(f), name);
        }
    }

    public static final class SubscriptLoad extends Expr {
        final Expr obj, index;

        public SubscriptLoad(int line, Expr obj, Expr index) {
            super(line);
            this.obj = obj;
            this.index = index;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject o = obj.eval(f);
            PyObject i = index.eval(f);
            if (o.getClass() == PyList.class && i.getClass() == taipan.runtime.PyInt.class) {
                return o.__getitem__(i);
            }
            return Ops.getitem(o, i);
        }
    }

    public static final class SubscriptTarget extends Target {
        final Expr obj, index;

        public SubscriptTarget(int line, Expr obj, Expr index) {
            super(line);
            this.obj = obj;
            this.index = index;
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            PyObject o = obj.eval(f);
            Ops.setitem(o, index.eval(f), value);
        }

        @Override
        public void delete(PyFrame f) {
            PyObject o = obj.eval(f);
            Ops.delitem(o, index.eval(f));
        }
    }

    /** A simple slice {@code o[lo:hi]} (2.7's SLICE opcodes: __getslice__ when defined). */
    public static final class SliceLoad extends Expr {
        final Expr obj, lo, hi;

        public SliceLoad(int line, Expr obj, Expr lo, Expr hi) {
            super(line);
            this.obj = obj;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject o = obj.eval(f);
            PyObject l = lo == null ? null : lo.eval(f);
            PyObject h = hi == null ? null : hi.eval(f);
            return Ops.getslice(o, l, h);
        }
    }

    public static final class SliceTarget extends Target {
        final Expr obj, lo, hi;

        public SliceTarget(int line, Expr obj, Expr lo, Expr hi) {
            super(line);
            this.obj = obj;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            PyObject o = obj.eval(f);
            PyObject l = lo == null ? null : lo.eval(f);
            PyObject h = hi == null ? null : hi.eval(f);
            Ops.setslice(o, l, h, value);
        }

        @Override
        public void delete(PyFrame f) {
            PyObject o = obj.eval(f);
            PyObject l = lo == null ? null : lo.eval(f);
            PyObject h = hi == null ? null : hi.eval(f);
            Ops.delslice(o, l, h);
        }
    }

    /** Tuple/list unpacking: {@code a, b = x}. */
    public static final class UnpackTarget extends Target {
        final Target[] targets;

        public UnpackTarget(int line, Target[] targets) {
            super(line);
            this.targets = targets;
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            PyObject[] items;
            int n = targets.length;
            if (value.getClass() == PyTuple.class) {
                items = ((PyTuple) value).array();
                if (items.length != n) {
                    throw countError(items.length, n);
                }
            } else if (value.getClass() == PyList.class) {
                items = ((PyList) value).toArray();
                if (items.length != n) {
                    throw countError(items.length, n);
                }
            } else {
                items = new PyObject[n];
                PyObject it;
                try {
                    it = Ops.iter(value);
                } catch (taipan.runtime.PyException e) {
                    if (e.matches(taipan.runtime.Exceptions.TypeError)) {
                        throw Py.TypeError("'" + value.getType().getName() + "' object is not iterable");
                    }
                    throw e;
                }
                for (int i = 0; i < n; i++) {
                    PyObject x = Ops.next(it);
                    if (x == null) {
                        throw countError(i, n);
                    }
                    items[i] = x;
                }
                if (Ops.next(it) != null) {
                    throw Py.ValueError("too many values to unpack");
                }
            }
            for (int i = 0; i < n; i++) {
                targets[i].assign(f, items[i]);
            }
        }

        private static taipan.runtime.PyException countError(int got, int want) {
            if (got > want) {
                return Py.ValueError("too many values to unpack");
            }
            return Py.ValueError("need more than " + got + " value" + (got == 1 ? "" : "s") + " to unpack");
        }

        @Override
        public void delete(PyFrame f) {
            for (Target t : targets) {
                t.delete(f);
            }
        }
    }
}
