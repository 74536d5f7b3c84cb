package taipan.runtime;

/** The binary operators: Python names of the three forms, and calls of the Java virtuals. */
public enum Binop {
    ADD("+", "add") {
        PyObject l(PyObject v, PyObject w) { return v.__add__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__radd__(w); }
        PyObject i(PyObject v, PyObject w) { return v.__iadd__(w); }
    },
    SUB("-", "sub") {
        PyObject l(PyObject v, PyObject w) { return v.__sub__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__rsub__(w); }
        PyObject i(PyObject v, PyObject w) { return v.__isub__(w); }
    },
    MUL("*", "mul") {
        PyObject l(PyObject v, PyObject w) { return v.__mul__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__rmul__(w); }
        PyObject i(PyObject v, PyObject w) { return v.__imul__(w); }
    },
    DIV("/", "div") {
        PyObject l(PyObject v, PyObject w) { return v.__div__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__rdiv__(w); }
        PyObject i(PyObject v, PyObject w) { return v.__idiv__(w); }
    },
    TRUEDIV("/", "truediv") {
        PyObject l(PyObject v, PyObject w) { return v.__truediv__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__rtruediv__(w); }
        PyObject i(PyObject v, PyObject w) { return v.__itruediv__(w); }
    },
    FLOORDIV("//", "floordiv") {
        PyObject l(PyObject v, PyObject w) { return v.__floordiv__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__rfloordiv__(w); }
        PyObject i(PyObject v, PyObject w) { return v.__ifloordiv__(w); }
    },
    MOD("%", "mod") {
        PyObject l(PyObject v, PyObject w) { return v.__mod__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__rmod__(w); }
        PyObject i(PyObject v, PyObject w) { return v.__imod__(w); }
    },
    DIVMOD("divmod()", "divmod") {
        PyObject l(PyObject v, PyObject w) { return v.__divmod__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__rdivmod__(w); }
        PyObject i(PyObject v, PyObject w) { return null; }
    },
    POW("** or pow()", "pow") {
        PyObject l(PyObject v, PyObject w) { return v.__pow__(w, null); }
        PyObject r(PyObject v, PyObject w) { return v.__rpow__(w, null); }
        PyObject i(PyObject v, PyObject w) { return v.__ipow__(w, null); }
    },
    LSHIFT("<<", "lshift") {
        PyObject l(PyObject v, PyObject w) { return v.__lshift__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__rlshift__(w); }
        PyObject i(PyObject v, PyObject w) { return v.__ilshift__(w); }
    },
    RSHIFT(">>", "rshift") {
        PyObject l(PyObject v, PyObject w) { return v.__rshift__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__rrshift__(w); }
        PyObject i(PyObject v, PyObject w) { return v.__irshift__(w); }
    },
    AND("&", "and") {
        PyObject l(PyObject v, PyObject w) { return v.__and__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__rand__(w); }
        PyObject i(PyObject v, PyObject w) { return v.__iand__(w); }
    },
    XOR("^", "xor") {
        PyObject l(PyObject v, PyObject w) { return v.__xor__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__rxor__(w); }
        PyObject i(PyObject v, PyObject w) { return v.__ixor__(w); }
    },
    OR("|", "or") {
        PyObject l(PyObject v, PyObject w) { return v.__or__(w); }
        PyObject r(PyObject v, PyObject w) { return v.__ror__(w); }
        PyObject i(PyObject v, PyObject w) { return v.__ior__(w); }
    };

    public final String symbol;
    public final PyStr name;
    public final PyStr rname;
    public final PyStr iname;

    Binop(String symbol, String stem) {
        this.symbol = symbol;
        this.name = PyStr.intern("__" + stem + "__");
        this.rname = PyStr.intern("__r" + stem + "__");
        this.iname = PyStr.intern("__i" + stem + "__");
    }

    /** {@code v.__op__(w)} on the Java side; null = NotImplemented. */
    abstract PyObject l(PyObject v, PyObject w);

    /** {@code v.__rop__(w)}. */
    abstract PyObject r(PyObject v, PyObject w);

    /** {@code v.__iop__(w)}. */
    abstract PyObject i(PyObject v, PyObject w);
}
