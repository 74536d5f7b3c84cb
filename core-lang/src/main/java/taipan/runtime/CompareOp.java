package taipan.runtime;

/** The six rich comparisons. */
public enum CompareOp {
    LT("<", "__lt__") {
        PyObject apply(PyObject v, PyObject w) { return v.__lt__(w); }
        public boolean test(int c) { return c < 0; }
    },
    LE("<=", "__le__") {
        PyObject apply(PyObject v, PyObject w) { return v.__le__(w); }
        public boolean test(int c) { return c <= 0; }
    },
    EQ("==", "__eq__") {
        PyObject apply(PyObject v, PyObject w) { return v.__eq__(w); }
        public boolean test(int c) { return c == 0; }
    },
    NE("!=", "__ne__") {
        PyObject apply(PyObject v, PyObject w) { return v.__ne__(w); }
        public boolean test(int c) { return c != 0; }
    },
    GT(">", "__gt__") {
        PyObject apply(PyObject v, PyObject w) { return v.__gt__(w); }
        public boolean test(int c) { return c > 0; }
    },
    GE(">=", "__ge__") {
        PyObject apply(PyObject v, PyObject w) { return v.__ge__(w); }
        public boolean test(int c) { return c >= 0; }
    };

    public final String symbol;
    public final PyStr name;

    CompareOp(String symbol, String name) {
        this.symbol = symbol;
        this.name = PyStr.intern(name);
    }

    /** The Java virtual for this comparison; null = NotImplemented. */
    abstract PyObject apply(PyObject v, PyObject w);

    /** Interprets a three-way result. */
    public abstract boolean test(int c);

    /** The operator with operands exchanged ({@code a < b} is {@code b > a}). */
    public CompareOp swapped() {
        switch (this) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return this;
        }
    }

    /** Applies this comparison to a Java {@code compareTo}-style result. */
    public PyObject fromCmp(int c) {
        return Py.bool(test(c));
    }
}
