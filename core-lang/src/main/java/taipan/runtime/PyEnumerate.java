package taipan.runtime;

import java.math.BigInteger;

/** {@code enumerate(sequence, start=0)}: (index, item) pairs; the index becomes a long past sys.maxint. */
@ExposedType(name = "enumerate", doc = "enumerate(iterable[, start]) -> iterator for index, value of iterable\n\nReturn an enumerate object.  iterable must be another object that supports\niteration.  The enumerate object yields pairs containing a count (from\nstart, which defaults to zero) and a value yielded by the iterable argument.\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...")
public class PyEnumerate extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyEnumerate.class);
    private static final String[] NAMES = {"sequence", "start"};

    private PyObject it;
    private long index;
    /** The next index once it no longer fits a C long (null until then). */
    private PyObject longIndex;

    PyEnumerate() {
    }

    /** {@code enumerate(seq, start)} from Java. */
    public PyEnumerate(PyObject seq, long start) {
        init(seq, start, null);
    }

    private void init(PyObject seq, long start, PyObject startLong) {
        this.index = start;
        this.longIndex = startLong;
        this.it = Ops.iter(seq);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject enumerate_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParser.parse("enumerate", args, kw, NAMES, 1);
        PyEnumerate e = subtype == TYPE ? new PyEnumerate() : new Derived(subtype);
        long start = 0;
        PyObject startLong = null;
        if (p[1] != null) {
            PyObject s = Ops.index(p[1]);
            if (s instanceof PyInt i) {
                start = i.value;
            } else {
                BigInteger b = ((PyLong) s).value;
                if (b.bitLength() <= 63) {
                    start = b.longValue();
                } else {
                    start = Long.MAX_VALUE;
                    startLong = s;
                }
            }
        }
        e.init(p[0], start, startLong);
        return e;
    }

    @Override
    public PyObject __iter__() {
        return this;
    }

    @Override
    public PyObject __iternext__() {
        PyObject item = Ops.next(it);
        if (item == null) {
            return null;
        }
        long i = index;
        if (i == Long.MAX_VALUE) {
            PyObject n = longIndex;
            if (n == null) {
                n = PyInt.of(Long.MAX_VALUE);
            }
            longIndex = n instanceof PyLong l && n.getClass() == PyLong.class
                    ? new PyLong(l.value.add(BigInteger.ONE))
                    : n instanceof PyInt ni && n.getClass() == PyInt.class
                    ? new PyLong(BigInteger.valueOf(ni.value).add(BigInteger.ONE))
                    : Ops.add(n, PyInt.of(1));
            return PyTuple.of(n, item);
        }
        index = i + 1;
        return PyTuple.of(PyInt.of(i), item);
    }

    /** An instance of a Python subclass of enumerate. */
    public static final class Derived extends PyEnumerate implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
            this.type = type;
            this.dict = taipan.runtime.Derived.dictFor(type);
            this.slots = taipan.runtime.Derived.slotsFor(type);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public PyDict getDict() { return dict; }
        @Override public void setDict(PyDict dict) { this.dict = dict; }
        @Override public PyObject[] getSlots() { return slots; }
    }
}
