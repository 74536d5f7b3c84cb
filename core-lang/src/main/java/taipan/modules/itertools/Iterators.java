package taipan.modules.itertools;

import java.util.ArrayList;
import java.util.List;

import taipan.runtime.*;

/** The simple iterator types of itertools. */
final class Iterators {
    private Iterators() {}

    /** Base of the itertools iterators: iter() returns self. */
    abstract static class Base extends PyObject {
        @Override
        public PyObject __iter__() {
            return this;
        }
    }

    static PyObject[] positional(String name, PyObject[] args, String[] kw) {
        ArgParser.noKeywords(name, kw);
        return args;
    }

    static void expectArgs(String name, PyObject[] args, int min, int max) {
        if (args.length < min || args.length > max) {
            if (min == max) {
                throw Py.TypeError(name + " expected " + min + " arguments, got " + args.length);
            }
            if (args.length < min) {
                throw Py.TypeError(name + " expected at least " + min + " arguments, got " + args.length);
            }
            throw Py.TypeError(name + " expected at most " + max + " arguments, got " + args.length);
        }
    }

    // ---- count ----

    @ExposedType(name = "itertools.count")
    static final class Count extends Base {
        static final PyType TYPE = PyType.builtin(Count.class);
        private PyObject cur;
        private final PyObject step;

        Count(PyObject start, PyObject step) {
            this.cur = start;
            this.step = step;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        private static final String[] PARAMS = {"start", "step"};

        @ExposedNew
        static PyObject count_new(PyType subtype, PyObject[] args, String[] kw) {
            PyObject[] v = ArgParser.parse("count", args, kw, PARAMS, 0);
            PyObject start = v[0] == null ? PyInt.of(0) : v[0];
            PyObject step = v[1] == null ? PyInt.of(1) : v[1];
            if (!isNumber(start) || !isNumber(step)) {
                throw Py.TypeError("a number is required");
            }
            return new Count(start, step);
        }

        private static boolean isNumber(PyObject o) {
            return o instanceof PyInt || o instanceof PyLong || o instanceof PyFloat || o instanceof PyComplex
                    || o.getType().lookup(N.__int__) != null || o.getType().lookup(N.__float__) != null
                    || o.getType().lookup(Binop.ADD.name) != null;
        }

        @Override
        public PyObject __iternext__() {
            PyObject r = cur;
            cur = Ops.add(cur, step);
            return r;
        }

        @Override
        public PyObject __repr__() {
            boolean unitStep = step instanceof PyInt i && i.value == 1 && !(step instanceof PyBool);
            String c = cur instanceof PyLong l ? l.value.toString() : Ops.repr(cur).toString();
            if (unitStep) {
                return PyStr.of("count(" + c + ")");
            }
            String s = step instanceof PyLong l ? l.value.toString() : Ops.repr(step).toString();
            return PyStr.of("count(" + c + ", " + s + ")");
        }

        @ExposedMethod
        public PyObject __reduce__() {
            boolean unitStep = step instanceof PyInt i && i.value == 1;
            return PyTuple.of(getType(), unitStep ? PyTuple.of(cur) : PyTuple.of(cur, step));
        }
    }

    // ---- cycle ----

    @ExposedType(name = "itertools.cycle")
    static final class Cycle extends Base {
        static final PyType TYPE = PyType.builtin(Cycle.class);
        private PyObject it;
        private final List<PyObject> saved = new ArrayList<>();
        private int index = -1;

        Cycle(PyObject it) {
            this.it = it;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @ExposedNew
        static PyObject cycle_new(PyType subtype, PyObject[] args, String[] kw) {
            positional("cycle", args, kw);
            expectArgs("cycle", args, 1, 1);
            return new Cycle(Ops.iter(args[0]));
        }

        @Override
        public PyObject __iternext__() {
            if (it != null) {
                PyObject v = Ops.next(it);
                if (v != null) {
                    saved.add(v);
                    return v;
                }
                it = null;
            }
            if (saved.isEmpty()) {
                return null;
            }
            index = (index + 1) % saved.size();
            return saved.get(index);
        }
    }

    // ---- repeat ----

    @ExposedType(name = "itertools.repeat")
    static final class Repeat extends Base {
        static final PyType TYPE = PyType.builtin(Repeat.class);
        private final PyObject obj;
        private long times; // -1: forever

        Repeat(PyObject obj, long times) {
            this.obj = obj;
            this.times = times;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        private static final String[] PARAMS = {"object", "times"};

        @ExposedNew
        static PyObject repeat_new(PyType subtype, PyObject[] args, String[] kw) {
            PyObject[] v = ArgParser.parse("repeat", args, kw, PARAMS, 1);
            long times = -1;
            if (v[1] != null) {
                times = Math.max(0, Py.asLongArg(v[1]));
            }
            return new Repeat(v[0], times);
        }

        @Override
        public PyObject __iternext__() {
            if (times == 0) {
                return null;
            }
            if (times > 0) {
                times--;
            }
            return obj;
        }

        @ExposedMethod
        public PyObject __length_hint__() {
            if (times < 0) {
                throw Py.TypeError("len() of unsized object");
            }
            return PyInt.of(times);
        }

        @Override
        public PyObject __repr__() {
            if (times < 0) {
                return PyStr.of("repeat(" + Ops.repr(obj) + ")");
            }
            return PyStr.of("repeat(" + Ops.repr(obj) + ", " + times + ")");
        }
    }

    // ---- chain ----

    @ExposedType(name = "itertools.chain")
    static final class Chain extends Base {
        static final PyType TYPE = PyType.builtin(Chain.class);
        private PyObject sources;
        private PyObject active;

        Chain(PyObject sources) {
            this.sources = sources;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @ExposedNew
        static PyObject chain_new(PyType subtype, PyObject[] args, String[] kw) {
            positional("chain", args, kw);
            return new Chain(Ops.iter(PyTuple.of(args.clone())));
        }

        @ExposedMethod(classMethod = true)
        static PyObject from_iterable(PyObject cls, PyObject iterable) {
            return new Chain(Ops.iter(iterable));
        }

        @Override
        public PyObject __iternext__() {
            while (sources != null) {
                if (active == null) {
                    PyObject src = Ops.next(sources);
                    if (src == null) {
                        sources = null;
                        return null;
                    }
                    active = Ops.iter(src);
                }
                PyObject v = Ops.next(active);
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }
    }

    // ---- compress ----

    @ExposedType(name = "itertools.compress")
    static final class Compress extends Base {
        static final PyType TYPE = PyType.builtin(Compress.class);
        private final PyObject data, selectors;

        Compress(PyObject data, PyObject selectors) {
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        private static final String[] PARAMS = {"data", "selectors"};

        @ExposedNew
        static PyObject compress_new(PyType subtype, PyObject[] args, String[] kw) {
            PyObject[] v = ArgParser.parse("compress", args, kw, PARAMS, 2);
            return new Compress(Ops.iter(v[0]), Ops.iter(v[1]));
        }

        @Override
        public PyObject __iternext__() {
            while (true) {
                PyObject d = Ops.next(data);
                if (d == null) {
                    return null;
                }
                PyObject s = Ops.next(selectors);
                if (s == null) {
                    return null;
                }
                if (Ops.isTrue(s)) {
                    return d;
                }
            }
        }
    }

    // ---- dropwhile / takewhile ----

    @ExposedType(name = "itertools.dropwhile")
    static final class DropWhile extends Base {
        static final PyType TYPE = PyType.builtin(DropWhile.class);
        private final PyObject pred, it;
        private boolean dropping = true;

        DropWhile(PyObject pred, PyObject it) {
            this.pred = pred;
            this.it = it;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @ExposedNew
        static PyObject dropwhile_new(PyType subtype, PyObject[] args, String[] kw) {
            positional("dropwhile", args, kw);
            expectArgs("dropwhile", args, 2, 2);
            return new DropWhile(args[0], Ops.iter(args[1]));
        }

        @Override
        public PyObject __iternext__() {
            while (true) {
                PyObject v = Ops.next(it);
                if (v == null) {
                    return null;
                }
                if (!dropping) {
                    return v;
                }
                if (!Ops.isTrue(Ops.call(pred, v))) {
                    dropping = false;
                    return v;
                }
            }
        }
    }

    @ExposedType(name = "itertools.takewhile")
    static final class TakeWhile extends Base {
        static final PyType TYPE = PyType.builtin(TakeWhile.class);
        private final PyObject pred, it;
        private boolean done;

        TakeWhile(PyObject pred, PyObject it) {
            this.pred = pred;
            this.it = it;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @ExposedNew
        static PyObject takewhile_new(PyType subtype, PyObject[] args, String[] kw) {
            positional("takewhile", args, kw);
            expectArgs("takewhile", args, 2, 2);
            return new TakeWhile(args[0], Ops.iter(args[1]));
        }

        @Override
        public PyObject __iternext__() {
            if (done) {
                return null;
            }
            PyObject v = Ops.next(it);
            if (v == null) {
                return null;
            }
            if (Ops.isTrue(Ops.call(pred, v))) {
                return v;
            }
            done = true;
            return null;
        }
    }

    // ---- ifilter / ifilterfalse ----

    @ExposedType(name = "itertools.ifilter")
    static class IFilter extends Base {
        static final PyType TYPE = PyType.builtin(IFilter.class);
        final PyObject pred, it;

        IFilter(PyObject pred, PyObject it) {
            this.pred = pred;
            this.it = it;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        boolean wanted(boolean truth) {
            return truth;
        }

        @ExposedNew
        static PyObject ifilter_new(PyType subtype, PyObject[] args, String[] kw) {
            positional("ifilter", args, kw);
            expectArgs("ifilter", args, 2, 2);
            return new IFilter(args[0], Ops.iter(args[1]));
        }

        @Override
        public PyObject __iternext__() {
            while (true) {
                PyObject v = Ops.next(it);
                if (v == null) {
                    return null;
                }
                boolean t = pred == Py.None ? Ops.isTrue(v) : Ops.isTrue(Ops.call(pred, v));
                if (wanted(t)) {
                    return v;
                }
            }
        }
    }

    @ExposedType(name = "itertools.ifilterfalse")
    static final class IFilterFalse extends IFilter {
        static final PyType TYPE = PyType.builtin(IFilterFalse.class);

        IFilterFalse(PyObject pred, PyObject it) {
            super(pred, it);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        boolean wanted(boolean truth) {
            return !truth;
        }

        @ExposedNew
        static PyObject ifilterfalse_new(PyType subtype, PyObject[] args, String[] kw) {
            positional("ifilterfalse", args, kw);
            expectArgs("ifilterfalse", args, 2, 2);
            return new IFilterFalse(args[0], Ops.iter(args[1]));
        }
    }

    // ---- imap / starmap ----

    @ExposedType(name = "itertools.imap")
    static final class IMap extends Base {
        static final PyType TYPE = PyType.builtin(IMap.class);
        private final PyObject func;
        private final PyObject[] its;

        IMap(PyObject func, PyObject[] its) {
            this.func = func;
            this.its = its;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @ExposedNew
        static PyObject imap_new(PyType subtype, PyObject[] args, String[] kw) {
            positional("imap", args, kw);
            if (args.length < 2) {
                throw Py.TypeError("imap() must have at least two arguments.");
            }
            PyObject[] its = new PyObject[args.length - 1];
            for (int i = 0; i < its.length; i++) {
                its[i] = Ops.iter(args[i + 1]);
            }
            return new IMap(args[0], its);
        }

        @Override
        public PyObject __iternext__() {
            PyObject[] vals = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Ops.next(its[i]);
                if (v == null) {
                    return null;
                }
                vals[i] = v;
            }
            if (func == Py.None) {
                return PyTuple.of(vals);
            }
            return Ops.call(func, vals);
        }
    }

    @ExposedType(name = "itertools.starmap")
    static final class StarMap extends Base {
        static final PyType TYPE = PyType.builtin(StarMap.class);
        private final PyObject func, it;

        StarMap(PyObject func, PyObject it) {
            this.func = func;
            this.it = it;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @ExposedNew
        static PyObject starmap_new(PyType subtype, PyObject[] args, String[] kw) {
            positional("starmap", args, kw);
            expectArgs("starmap", args, 2, 2);
            return new StarMap(args[0], Ops.iter(args[1]));
        }

        @Override
        public PyObject __iternext__() {
            PyObject v = Ops.next(it);
            if (v == null) {
                return null;
            }
            if (!(v instanceof PyTuple t)) {
                throw Py.TypeError("iterator should return tuples");
            }
            return Ops.call(func, t.toArray());
        }
    }

    // ---- islice ----

    @ExposedType(name = "itertools.islice")
    static final class ISlice extends Base {
        static final PyType TYPE = PyType.builtin(ISlice.class);
        private PyObject it;
        private long next;
        private final long stop, step;
        private long cnt;

        ISlice(PyObject it, long start, long stop, long step) {
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @ExposedNew
        static PyObject islice_new(PyType subtype, PyObject[] args, String[] kw) {
            positional("islice", args, kw);
            expectArgs("islice", args, 2, 4);
            long start = 0, stop = -1, step = 1;
            if (args.length == 2) {
                if (args[1] != Py.None) {
                    stop = sliceArg(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= maxint.");
                }
            } else {
                if (args[1] != Py.None) {
                    start = sliceArg(args[1], "Indices for islice() must be None or an integer: 0 <= x <= maxint.");
                }
                if (args[2] != Py.None) {
                    stop = sliceArg(args[2], "Stop argument for islice() must be None or an integer: 0 <= x <= maxint.");
                }
                if (args.length == 4 && args[3] != Py.None) {
                    step = sliceArg(args[3], "Step for islice() must be a positive integer or None.");
                    if (step < 1) {
                        throw Py.ValueError("Step for islice() must be a positive integer or None.");
                    }
                }
            }
            return new ISlice(Ops.iter(args[0]), start, stop, step);
        }

        private static long sliceArg(PyObject o, String msg) {
            long v;
            if (o instanceof PyInt i) {
                v = i.value;
            } else if (o instanceof PyLong l) {
                v = l.value.bitLength() > 63 ? -1 : l.value.longValue();
            } else {
                throw Py.ValueError(msg);
            }
            if (v < 0) {
                throw Py.ValueError(msg);
            }
            return v;
        }

        @Override
        public PyObject __iternext__() {
            if (it == null) {
                return null;
            }
            while (cnt < next) {
                PyObject v = Ops.next(it);
                if (v == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            PyObject v = Ops.next(it);
            if (v == null) {
                it = null;
                return null;
            }
            cnt++;
            long oldnext = next;
            next += step;
            if (next < oldnext || (stop != -1 && next > stop)) {
                next = stop;
            }
            return v;
        }
    }

    // ---- izip / izip_longest ----

    @ExposedType(name = "itertools.izip")
    static final class IZip extends Base {
        static final PyType TYPE = PyType.builtin(IZip.class);
        private PyObject[] its;

        IZip(PyObject[] its) {
            this.its = its;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @ExposedNew
        static PyObject izip_new(PyType subtype, PyObject[] args, String[] kw) {
            positional("izip", args, kw);
            PyObject[] its = new PyObject[args.length];
            for (int i = 0; i < args.length; i++) {
                try {
                    its[i] = Ops.iter(args[i]);
                } catch (PyException e) {
                    if (e.matches(Exceptions.TypeError)) {
                        throw Py.TypeError("izip argument #" + (i + 1) + " must support iteration");
                    }
                    throw e;
                }
            }
            return new IZip(its);
        }

        @Override
        public PyObject __iternext__() {
            if (its == null || its.length == 0) {
                return null;
            }
            PyObject[] vals = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Ops.next(its[i]);
                if (v == null) {
                    its = null;
                    return null;
                }
                vals[i] = v;
            }
            return PyTuple.of(vals);
        }
    }

    @ExposedType(name = "itertools.izip_longest")
    static final class IZipLongest extends Base {
        static final PyType TYPE = PyType.builtin(IZipLongest.class);
        private final PyObject[] its;
        private final PyObject fill;
        private int active;

        IZipLongest(PyObject[] its, PyObject fill) {
            this.its = its;
            this.fill = fill;
            this.active = its.length;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @ExposedNew
        static PyObject izip_longest_new(PyType subtype, PyObject[] args, String[] kw) {
            int nkw = kw == null ? 0 : kw.length;
            PyObject fill = Py.None;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("fillvalue")) {
                    throw Py.TypeError("izip_longest() got an unexpected keyword argument");
                }
                fill = args[args.length - nkw + k];
            }
            int n = args.length - nkw;
            PyObject[] its = new PyObject[n];
            for (int i = 0; i < n; i++) {
                try {
                    its[i] = Ops.iter(args[i]);
                } catch (PyException e) {
                    if (e.matches(Exceptions.TypeError)) {
                        throw Py.TypeError("izip_longest argument #" + (i + 1) + " must support iteration");
                    }
                    throw e;
                }
            }
            return new IZipLongest(its, fill);
        }

        @Override
        public PyObject __iternext__() {
            if (its.length == 0 || active == 0) {
                return null;
            }
            PyObject[] vals = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                if (its[i] == null) {
                    vals[i] = fill;
                    continue;
                }
                PyObject v = Ops.next(its[i]);
                if (v == null) {
                    its[i] = null;
                    active--;
                    if (active == 0) {
                        return null;
                    }
                    v = fill;
                }
                vals[i] = v;
            }
            return PyTuple.of(vals);
        }
    }
}
