package taipan.modules.builtin;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import taipan.runtime.*;

/**
 * The builtins that consume iterables: map, filter, reduce, zip, sum, min, max, sorted,
 * all, any, range, apply — with CPython 2.7's order of calls and error texts.
 */
final class Sequences {
    private Sequences() {}

    /**
     * {@code _PyObject_LengthHint}: len(), else {@code __length_hint__}, else the default.
     * Only a size guess, but the calls (and exceptions other than TypeError/AttributeError)
     * are observable, so they are made as CPython makes them.
     */
    static long lengthHint(PyObject o, long dflt) {
        if (o.getClass() == PyList.class) {
            return ((PyList) o).size();
        }
        if (o.getClass() == PyTuple.class) {
            return ((PyTuple) o).size();
        }
        if (o instanceof PyInstance || o.getType().lookup(N.__len__) != null) {
            try {
                return Ops.len(o);
            } catch (PyException e) {
                if (!e.matches(Exceptions.TypeError) && !e.matches(Exceptions.AttributeError)) {
                    throw e;
                }
            }
        }
        if (o instanceof PyInstance) {
            return dflt;
        }
        PyObject m = o.getType().lookup(N.__length_hint__);
        if (m == null) {
            return dflt;
        }
        PyObject r;
        try {
            r = Ops.callMethod(m, o);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TypeError) && !e.matches(Exceptions.AttributeError)) {
                throw e;
            }
            return dflt;
        }
        if (r instanceof PyInt i) {
            return i.value;
        }
        if (r instanceof PyLong l) {
            return l.value.signum() < 0 ? -1 : Long.MAX_VALUE;
        }
        return dflt;
    }

    private static int capacity(long hint) {
        return (int) Math.max(0, Math.min(hint, 1 << 16));
    }

    // ---- map / filter / reduce / zip ----------------------------------------------------

    @ExposedMethod(doc = "map(function, sequence[, sequence, ...]) -> list\n\nReturn a list of the results of applying the function to the items of\nthe argument sequence(s).  If more than one sequence is given, the\nfunction is called with an argument list consisting of the corresponding\nitem of each sequence, substituting None for missing values when not all\nsequences have the same length.  If the function is None, return a list of\nthe items of the sequence (or a list of tuples if more than one sequence).")
    static PyObject map(PyObject[] args, String[] kw) {
        Args.noKeywords("map", kw);
        if (args.length < 2) {
            throw Py.TypeError("map() requires at least two args");
        }
        PyObject func = args[0];
        int n = args.length - 1;
        if (func == Py.None && n == 1) {
            return new PyList(Ops.toList(args[1]));
        }
        PyObject[] its = new PyObject[n];
        long len = 0;
        for (int i = 0; i < n; i++) {
            try {
                its[i] = Ops.iter(args[i + 1]);
            } catch (PyException e) {
                throw Py.TypeError("argument " + (i + 2) + " to map() must support iteration");
            }
            len = Math.max(len, lengthHint(args[i + 1], 8));
        }
        List<PyObject> out = new ArrayList<>(capacity(len));
        if (n == 1) {
            PyObject it = its[0];
            for (PyObject x; (x = Ops.next(it)) != null; ) {
                out.add(Ops.call(func, x));
            }
            return new PyList(out);
        }
        boolean[] done = new boolean[n];
        while (true) {
            PyObject[] items = new PyObject[n];
            int active = 0;
            for (int j = 0; j < n; j++) {
                PyObject x = null;
                if (!done[j]) {
                    x = Ops.next(its[j]);
                    if (x == null) {
                        done[j] = true;
                    } else {
                        active++;
                    }
                }
                items[j] = x == null ? Py.None : x;
            }
            if (active == 0) {
                break;
            }
            out.add(func == Py.None ? PyTuple.of(items) : Ops.call(func, items));
        }
        return new PyList(out);
    }

    @ExposedMethod(doc = "filter(function or None, iterable) -> list, string or tuple\n\nReturn a sequence yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true.\nIf iterable is a string or a tuple, the result also has that type; otherwise\nit is always a list.")
    static PyObject filter(PyObject[] args, String[] kw) {
        Args.unpack("filter", args, kw, 2, 2);
        PyObject func = args[0];
        PyObject seq = args[1];
        if (seq instanceof PyStr s) {
            return filterStr(func, s);
        }
        if (seq instanceof PyUnicode u) {
            return filterUnicode(func, u);
        }
        if (seq instanceof PyTuple t) {
            return filterTuple(func, t);
        }
        PyObject it = Ops.iter(seq);
        List<PyObject> out = new ArrayList<>(capacity(lengthHint(seq, 8)));
        boolean plain = func == Py.None || func == PyBool.TYPE;
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            if (plain ? Ops.isTrue(x) : Ops.isTrue(Ops.call(func, x))) {
                out.add(x);
            }
        }
        return new PyList(out);
    }

    private static PyObject filterStr(PyObject func, PyStr s) {
        int n = s.size();
        boolean exact = s.getClass() == PyStr.class;
        if (n == 0) {
            return exact ? s : PyStr.EMPTY;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        for (int i = 0; i < n; i++) {
            PyObject item = exact ? PyStr.ofChar(s.byteAt(i)) : Ops.getitem(s, PyInt.of(i));
            boolean ok = func == Py.None || Ops.isTrue(Ops.call(func, item));
            if (ok) {
                if (!(item instanceof PyStr is)) {
                    throw Py.TypeError("can't filter str to str: __getitem__ returned different type");
                }
                byte[] b = is.bytes();
                out.write(b, 0, b.length);
            }
        }
        return PyStr.of(out.toByteArray());
    }

    private static PyObject filterUnicode(PyObject func, PyUnicode u) {
        int n = u.length();
        boolean exact = u.getClass() == PyUnicode.class;
        if (n == 0) {
            return exact ? u : PyUnicode.EMPTY;
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            PyObject item = exact ? u.substring(i, i + 1) : Ops.getitem(u, PyInt.of(i));
            boolean ok = func == Py.None || Ops.isTrue(Ops.call(func, item));
            if (ok) {
                if (!(item instanceof PyUnicode iu)) {
                    throw Py.TypeError("can't filter unicode to unicode: __getitem__ returned different type");
                }
                out.append(iu.toString());
            }
        }
        return PyUnicode.of(out.toString());
    }

    private static PyObject filterTuple(PyObject func, PyTuple t) {
        int n = t.size();
        boolean exact = t.getClass() == PyTuple.class;
        if (n == 0) {
            return exact ? t : PyTuple.EMPTY;
        }
        List<PyObject> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PyObject item = exact ? t.get(i) : Ops.getitem(t, PyInt.of(i));
            PyObject good = func == Py.None ? item : Ops.call(func, item);
            if (Ops.isTrue(good)) {
                out.add(item);
            }
        }
        return PyTuple.of(out);
    }

    @ExposedMethod(doc = "reduce(function, sequence[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence,\nfrom left to right, so as to reduce the sequence to a single value.\nFor example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the sequence in the calculation, and serves as a default when the\nsequence is empty.")
    static PyObject reduce(PyObject[] args, String[] kw) {
        Args.unpack("reduce", args, kw, 2, 3);
        PyObject func = args[0];
        PyObject result = Args.opt(args, 2);
        PyObject it;
        try {
            it = Ops.iter(args[1]);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                throw Py.TypeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            result = result == null ? x : Ops.call(func, result, x);
        }
        if (result == null) {
            throw Py.TypeError("reduce() of empty sequence with no initial value");
        }
        return result;
    }

    @ExposedMethod(doc = "zip(seq1 [, seq2 [...]]) -> [(seq1[0], seq2[0] ...), (...)]\n\nReturn a list of tuples, where each tuple contains the i-th element\nfrom each of the argument sequences.  The returned list is truncated\nin length to the length of the shortest argument sequence.")
    static PyObject zip(PyObject[] args, String[] kw) {
        Args.noKeywords("zip", kw);
        int n = args.length;
        if (n == 0) {
            return new PyList();
        }
        long len = -1;
        for (PyObject a : args) {
            long l = lengthHint(a, -2);
            if (l < 0) {
                len = -1;
                break;
            }
            if (len < 0 || l < len) {
                len = l;
            }
        }
        PyObject[] its = new PyObject[n];
        for (int i = 0; i < n; i++) {
            try {
                its[i] = Ops.iter(args[i]);
            } catch (PyException e) {
                if (e.matches(Exceptions.TypeError)) {
                    throw Py.TypeError("zip argument #" + (i + 1) + " must support iteration");
                }
                throw e;
            }
        }
        List<PyObject> out = new ArrayList<>(capacity(len < 0 ? 10 : len));
        while (true) {
            PyObject[] items = new PyObject[n];
            for (int j = 0; j < n; j++) {
                PyObject x = Ops.next(its[j]);
                if (x == null) {
                    return new PyList(out);
                }
                items[j] = x;
            }
            out.add(PyTuple.of(items));
        }
    }

    // ---- sum / min / max / sorted / all / any -------------------------------------------

    @ExposedMethod(doc = "sum(iterable[, start]) -> value\n\nReturn the sum of an iterable or sequence of numbers (NOT strings)\nplus the value of 'start' (which defaults to 0).  When the sequence is\nempty, return start.")
    static PyObject sum(PyObject[] args, String[] kw) {
        Args.unpack("sum", args, kw, 1, 2);
        PyObject it = Ops.iter(args[0]);
        PyObject result;
        if (args.length == 1) {
            result = PyInt.of(0);
        } else {
            result = args[1];
            if (result instanceof PyBaseString) {
                throw Py.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
        }
        PyObject item = null;
        if (result.getClass() == PyInt.class) {
            // int fast path: C longs until one overflows or is not an int
            long acc = ((PyInt) result).value;
            while (true) {
                item = Ops.next(it);
                if (item == null) {
                    return PyInt.of(acc);
                }
                if (item.getClass() == PyInt.class) {
                    long b = ((PyInt) item).value;
                    long x = acc + b;
                    if (((acc ^ x) & (b ^ x)) >= 0) {
                        acc = x;
                        continue;
                    }
                }
                result = Ops.add(PyInt.of(acc), item);
                item = null;
                break;
            }
        }
        if (result.getClass() == PyFloat.class) {
            // float fast path: plain left-to-right double addition, as 2.7 does
            double acc = ((PyFloat) result).value;
            while (true) {
                item = Ops.next(it);
                if (item == null) {
                    return new PyFloat(acc);
                }
                if (item.getClass() == PyFloat.class) {
                    acc += ((PyFloat) item).value;
                    continue;
                }
                if (item.getClass() == PyInt.class) {
                    acc += (double) ((PyInt) item).value;
                    continue;
                }
                result = Ops.add(new PyFloat(acc), item);
                break;
            }
        }
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            result = Ops.add(result, x);
        }
        return result;
    }

    @ExposedMethod(doc = "min(iterable[, key=func]) -> value\nmin(a, b, c, ...[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item.\nWith two or more arguments, return the smallest argument.")
    static PyObject min(PyObject[] args, String[] kw) {
        return minMax(args, kw, "min", CompareOp.LT);
    }

    @ExposedMethod(doc = "max(iterable[, key=func]) -> value\nmax(a, b, c, ...[, key=func]) -> value\n\nWith a single iterable argument, return its largest item.\nWith two or more arguments, return the largest argument.")
    static PyObject max(PyObject[] args, String[] kw) {
        return minMax(args, kw, "max", CompareOp.GT);
    }

    private static PyObject minMax(PyObject[] args, String[] kw, String name, CompareOp op) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos < 1) {
            throw Py.TypeError(name + " expected 1 arguments, got " + npos);
        }
        PyObject keyfunc = null;
        if (nkw > 0) {
            if (nkw != 1 || !kw[0].equals("key")) {
                throw Py.TypeError(name + "() got an unexpected keyword argument");
            }
            keyfunc = args[npos];
        }
        PyObject it;
        if (npos > 1) {
            PyObject[] items = new PyObject[npos];
            System.arraycopy(args, 0, items, 0, npos);
            it = PyTuple.of(items).__iter__();
        } else {
            it = Ops.iter(args[0]);
        }
        PyObject bestItem = null, bestVal = null;
        for (PyObject item; (item = Ops.next(it)) != null; ) {
            PyObject val = keyfunc != null ? Ops.call(keyfunc, item) : item;
            if (bestVal == null || Ops.richCompareBool(val, bestVal, op)) {
                bestVal = val;
                bestItem = item;
            }
        }
        if (bestVal == null) {
            throw Py.ValueError(name + "() arg is an empty sequence");
        }
        return bestItem;
    }

    private static final String[] SORTED_PARAMS = {"iterable", "cmp", "key", "reverse"};

    @ExposedMethod(doc = "sorted(iterable, cmp=None, key=None, reverse=False) --> new sorted list")
    static PyObject sorted(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("sorted", args, kw, SORTED_PARAMS, 1);
        if (a[3] != null) {
            Args.cInt(a[3]);
        }
        PyList list = new PyList(Ops.toList(a[0]));
        PyObject sort = Ops.getattr(list, "sort");
        // list.sort(*args[1:4], **kwds): the keyword arguments are passed on as given
        int nkw = kw == null ? 0 : kw.length;
        int npos = Math.min(args.length - nkw, 4);
        PyObject[] rest = new PyObject[Math.max(0, npos - 1) + nkw];
        int k = 0;
        for (int i = 1; i < npos; i++) {
            rest[k++] = args[i];
        }
        for (int i = 0; i < nkw; i++) {
            rest[k++] = args[args.length - nkw + i];
        }
        Ops.call(sort, rest, nkw == 0 ? null : kw);
        return list;
    }

    @ExposedMethod(doc = "all(iterable) -> bool\n\nReturn True if bool(x) is True for all values x in the iterable.\nIf the iterable is empty, return True.")
    static PyObject all(PyObject o) {
        PyObject it = Ops.iter(o);
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            if (!Ops.isTrue(x)) {
                return Py.False;
            }
        }
        return Py.True;
    }

    @ExposedMethod(doc = "any(iterable) -> bool\n\nReturn True if bool(x) is True for any x in the iterable.\nIf the iterable is empty, return False.")
    static PyObject any(PyObject o) {
        PyObject it = Ops.iter(o);
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            if (Ops.isTrue(x)) {
                return Py.True;
            }
        }
        return Py.False;
    }

    // ---- range ------------------------------------------------------------------------

    @ExposedMethod(doc = "range(stop) -> list of integers\nrange(start, stop[, step]) -> list of integers\n\nReturn a list containing an arithmetic progression of integers.\nrange(i, j) returns [i, i+1, i+2, ..., j-1]; start (!) defaults to 0.\nWhen step is given, it specifies the increment (or decrement).\nFor example, range(4) returns [0, 1, 2, 3].  The end point is omitted!\nThese are exactly the valid indices for a list of 4 elements.")
    static PyObject range(PyObject[] args, String[] kw) {
        Args.unpack("range", args, kw, 1, 3);
        long lo = 0, hi, step = 1;
        try {
            if (args.length == 1) {
                hi = cLong(args[0]);
            } else {
                lo = cLong(args[0]);
                hi = cLong(args[1]);
                if (args.length == 3) {
                    step = cLong(args[2]);
                }
            }
        } catch (PyException e) {
            return rangeLongs(args);
        }
        if (step == 0) {
            throw Py.ValueError("range() step argument must not be zero");
        }
        long n;
        if (step > 0) {
            n = lo < hi ? Long.divideUnsigned(hi - lo - 1, step) + 1 : 0;
        } else {
            n = lo > hi ? Long.divideUnsigned(lo - hi - 1, -step) + 1 : 0;
        }
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw Py.OverflowError("range() result has too many items");
        }
        PyObject[] items = allocate(n);
        long v = lo;
        for (int i = 0; i < items.length; i++, v += step) {
            items[i] = PyInt.of(v);
        }
        return new PyList(items);
    }

    /** The 'l' conversion that range's fast path uses: int, long in range, or __int__; no floats. */
    private static long cLong(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        return Py.asLongArg(o);
    }

    private static PyObject[] allocate(long n) {
        try {
            return new PyObject[(int) n];
        } catch (OutOfMemoryError e) {
            throw Py.MemoryError(null);
        }
    }

    /** 2.7's handle_range_longs: arguments that are longs (or not integers at all). */
    private static PyObject rangeLongs(PyObject[] args) {
        PyObject lo = args.length == 1 ? PyInt.of(0) : args[0];
        PyObject hi = args.length == 1 ? args[0] : args[1];
        PyObject step = args.length == 3 ? args[2] : PyInt.of(1);
        lo = rangeArg(lo, "start");
        hi = rangeArg(hi, "end");
        step = rangeArg(step, "step");
        BigInteger l = big(lo), h = big(hi), s = big(step);
        // as handle_range_longs: the step's sign through PyObject_Cmp, which a subclass may override
        int sign = step instanceof PyInt || step instanceof PyLong ? Integer.signum(Ops.cmp(step, PyInt.of(0))) : s.signum();
        if (sign == 0) {
            throw Py.ValueError("range() step argument must not be zero");
        }
        BigInteger n;
        if (sign > 0) {
            n = l.compareTo(h) < 0 ? h.subtract(l).subtract(BigInteger.ONE).divide(s).add(BigInteger.ONE) : BigInteger.ZERO;
        } else {
            n = h.compareTo(l) < 0 ? l.subtract(h).subtract(BigInteger.ONE).divide(s.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
        }
        if (n.bitLength() > 31) {
            throw Py.OverflowError("range() result has too many items");
        }
        PyObject[] items = allocate(n.longValue());
        BigInteger v = l;
        for (int i = 0; i < items.length; i++, v = v.add(s)) {
            items[i] = PyLong.of(v);
        }
        return new PyList(items);
    }

    /** get_range_long_argument: an int or long, or the result of __int__ (floats refused). */
    private static PyObject rangeArg(PyObject o, String which) {
        if (o instanceof PyInt || o instanceof PyLong) {
            return o;
        }
        PyObject v = o instanceof PyFloat ? null : Ops.intOrNull(o);
        if (v == null) {
            throw Py.TypeError("range() integer " + which + " argument expected, got " + Args.typeName(o) + ".");
        }
        if (!(v instanceof PyInt) && !(v instanceof PyLong)) {
            throw Py.TypeError("__int__ should return int object");
        }
        return v;
    }

    private static BigInteger big(PyObject o) {
        return o instanceof PyInt i ? BigInteger.valueOf(i.value) : ((PyLong) o).value;
    }

    // ---- apply ------------------------------------------------------------------------

    @ExposedMethod(doc = "apply(object[, args[, kwargs]]) -> value\n\nCall a callable object with positional arguments taken from the tuple args,\nand keyword arguments taken from the optional dictionary kwargs.\nNote that classes are callable, as are instances with a __call__() method.\n\nDeprecated since release 2.3. Instead, use the extended call syntax:\n    function(*args, **keywords).")
    static PyObject apply(PyObject[] args, String[] kw) {
        Args.unpack("apply", args, kw, 1, 3);
        PyObject func = args[0];
        PyObject[] pos = Py.EMPTY;
        if (args.length > 1) {
            PyObject alist = args[1];
            if (alist instanceof PyTuple t) {
                pos = t.toArray();
            } else {
                if (!Args.isSequence(alist)) {
                    throw Py.TypeError("apply() arg 2 expected sequence, found " + Args.typeName(alist));
                }
                pos = Ops.toArray(alist);
            }
        }
        if (args.length > 2) {
            PyObject kwdict = args[2];
            if (!(kwdict instanceof PyDict d)) {
                throw Py.TypeError("apply() arg 3 expected dictionary, found " + Args.typeName(kwdict));
            }
            return callWithKeywords(func, pos, d);
        }
        return Ops.call(func, pos, null);
    }

    /** {@code func(*pos, **kwdict)}. */
    static PyObject callWithKeywords(PyObject func, PyObject[] pos, PyDict kwdict) {
        List<PyDict.Entry> entries = kwdict.entries();
        if (entries.isEmpty()) {
            return Ops.call(func, pos, null);
        }
        PyObject[] all = new PyObject[pos.length + entries.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        String[] names = new String[entries.size()];
        int i = 0;
        for (PyDict.Entry e : entries) {
            PyObject k = e.key();
            if (k instanceof PyStr s) {
                names[i] = s.toString();
            } else if (k instanceof PyUnicode u) {
                names[i] = PyStr.fromUnicodeDefault(u).toString();
            } else {
                throw Py.TypeError(funcName(func) + " keywords must be strings");
            }
            all[pos.length + i] = e.value();
            i++;
        }
        return Ops.call(func, all, names);
    }

    /** PyEval_GetFuncName + PyEval_GetFuncDesc, as in call errors ("f()", "C constructor"). */
    static String funcName(PyObject fn) {
        if (fn instanceof PyMethod m) {
            return funcName(m.func);
        }
        if (fn instanceof PyFunction f) {
            return f.name + "()";
        }
        if (fn instanceof PyBuiltinFunction b) {
            return b.getName() + "()";
        }
        if (fn instanceof PyClass c) {
            return c.getName() + " constructor";
        }
        if (fn instanceof PyInstance i) {
            return i.getInstClass().getName() + " instance";
        }
        return fn.getType().getName() + " object";
    }
}
