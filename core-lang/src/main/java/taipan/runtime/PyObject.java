package taipan.runtime;

/**
 * Base of every Python object.
 *
 * <p>The special methods are Java virtual methods named exactly like their Python
 * counterparts ({@code __len__}, {@code __add__}, ...). A builtin type overrides the
 * ones it supports; {@link Exposer} publishes every special method a builtin class
 * declares as a slot wrapper in the type's dict, so {@code list.__len__} exists because
 * {@code PyList} overrides {@code __len__}. Binary operators and rich comparisons return
 * {@code null} for NotImplemented.
 *
 * <p>Code never calls these directly to perform a Python operation: {@link Ops} does,
 * because it also handles user classes (heap types), whose special methods live in the
 * class dict, and the reflected-operand rules.
 */
public abstract class PyObject {

    public abstract PyType getType();

    /** The instance {@code __dict__}, or null if the object has none. */
    public PyDict getDict() {
        return null;
    }

    // ---- creation -----------------------------------------------------------------------

    /**
     * {@code object.__init__}: excess arguments are an error unless the type overrides
     * {@code __new__} but not {@code __init__} (2.7's rule).
     */
    public void __init__(PyObject[] args, String[] kwnames) {
        if (args.length > 0) {
            PyType t = getType();
            boolean initOverridden = t.lookup(N.__init__) != PyType.OBJECT.lookup(N.__init__);
            boolean newOverridden = t.lookup(N.__new__) != PyType.OBJECT.lookup(N.__new__);
            if (initOverridden || !newOverridden) {
                if (!(initOverridden && newOverridden)) {
                    throw Py.TypeError("object.__init__() takes no parameters");
                }
            }
        }
    }

    @ExposedNew
    static PyObject object_new(PyType subtype, PyObject[] args, String[] kwnames) {
        if (args.length > 0) {
            boolean initOverridden = subtype.lookup(N.__init__) != PyType.OBJECT.lookup(N.__init__);
            boolean newOverridden = subtype.lookup(N.__new__) != PyType.OBJECT.lookup(N.__new__);
            if (!initOverridden || newOverridden) {
                if (!(initOverridden && newOverridden)) {
                    throw Py.TypeError("object() takes no parameters");
                }
            }
        }
        if (subtype.hasAbstractMethods()) {
            throw TypeBuilder.abstractInstantiation(subtype);
        }
        return subtype.newInstance();
    }

    @ExposedGet(name = "__class__")
    public PyObject getPyClass() {
        return getType();
    }

    @ExposedSet(name = "__class__")
    public void setPyClass(PyObject value) {
        TypeBuilder.setClass(this, value);
    }

    @ExposedMethod(doc = "default object formatter")
    public PyObject __format__(PyObject spec) {
        if (!(spec instanceof PyBaseString)) {
            throw Py.TypeError("argument to __format__ must be unicode or str");
        }
        if (Ops.len(spec) > 0) {
            Warnings.warn(Exceptions.PendingDeprecationWarning,
                    "object.__format__ with a non-empty format string is deprecated", 1);
        }
        PyObject self = this instanceof PyUnicode || spec instanceof PyUnicode ? Ops.unicode(this) : Ops.str(this);
        return Ops.format(self, spec);
    }

    @ExposedMethod(classMethod = true)
    static PyObject __subclasshook__(PyObject cls, PyObject[] args) {
        return Py.NotImplemented;
    }

    @ExposedMethod(names = "__sizeof__")
    public PyObject objectSizeof() {
        return PyInt.of(16);
    }

    @ExposedMethod(names = "__reduce_ex__")
    public PyObject objectReduceEx(@Default("0") int protocol) {
        return Reduce.reduceEx(this, protocol);
    }

    @ExposedMethod(names = "__reduce__")
    public PyObject objectReduce() {
        return Reduce.reduce(this, 0);
    }

    // ---- representation -------------------------------------------------------------

    public PyObject __repr__() {
        return PyStr.of(String.format("<%s object at %s>", getType().qualifiedName(), Py.addressString(this)));
    }

    public PyObject __str__() {
        return Ops.repr(this);
    }

    /** CPython 2.7's 64-bit hash; the default is identity based. */
    public long __hash__() {
        return Py.identityHash(this);
    }

    // ---- truth and size ---------------------------------------------------------------

    public boolean __nonzero__() {
        return true;
    }

    public int __len__() {
        throw Py.TypeError("object of type '" + getType().getName() + "' has no len()");
    }

    /** The length as a Py_ssize_t; builtins that can be longer than an int override it. */
    public long lengthAsSsize() {
        return __len__();
    }

    // ---- attributes -------------------------------------------------------------------

    /**
     * Attribute lookup without the {@code __getattr__} fallback; returns null when absent
     * (instead of raising AttributeError, so that {@code hasattr} and friends stay cheap).
     */
    public PyObject lookupAttr(PyStr name) {
        return Ops.genericGetAttr(this, name);
    }

    public void setAttr(PyStr name, PyObject value) {
        Ops.genericSetAttr(this, name, value);
    }

    public void delAttr(PyStr name) {
        Ops.genericDelAttr(this, name);
    }

    // ---- descriptors ------------------------------------------------------------------

    /** {@code __get__(obj, type)}; obj is null when fetched from the class. */
    public PyObject __get__(PyObject obj, PyObject type) {
        return this;
    }

    public void __set__(PyObject obj, PyObject value) {
        throw Py.AttributeError("__set__");
    }

    public void __delete__(PyObject obj) {
        throw Py.AttributeError("__delete__");
    }

    // ---- calls ------------------------------------------------------------------------

    /**
     * Calls the object. {@code args} holds the positional arguments followed by the
     * values of the keyword arguments named in {@code kwnames} (null when none).
     */
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        throw Py.TypeError("'" + getType().getName() + "' object is not callable");
    }

    // ---- iteration --------------------------------------------------------------------

    /** The default iterates a sequence through {@code __getitem__}, as PyObject_GetIter does. */
    public PyObject __iter__() {
        if (getType().lookup(N.__getitem__) != null) {
            return new PySeqIter(this);
        }
        throw Py.TypeError("'" + getType().getName() + "' object is not iterable");
    }

    /** The next item, or null when exhausted (no StopIteration inside Java code). */
    public PyObject __iternext__() {
        throw Py.TypeError(getType().getName() + " object is not an iterator");
    }

    // ---- containers -------------------------------------------------------------------

    public PyObject __getitem__(PyObject key) {
        throw Py.TypeError("'" + getType().getName() + "' object " + (this instanceof PyType ? "is not subscriptable" : "has no attribute '__getitem__'"));
    }

    public void __setitem__(PyObject key, PyObject value) {
        throw Py.TypeError("'" + getType().getName() + "' object does not support item assignment");
    }

    public void __delitem__(PyObject key) {
        throw Py.TypeError("'" + getType().getName() + "' object doesn't support item deletion");
    }

    /** Membership; the default iterates, as CPython's {@code PySequence_Contains}. */
    public boolean __contains__(PyObject item) {
        return Ops.iterContains(this, item);
    }

    // ---- comparison -------------------------------------------------------------------

    public PyObject __eq__(PyObject other) { return null; }
    public PyObject __ne__(PyObject other) { return null; }
    public PyObject __lt__(PyObject other) { return null; }
    public PyObject __le__(PyObject other) { return null; }
    public PyObject __gt__(PyObject other) { return null; }
    public PyObject __ge__(PyObject other) { return null; }

    /** Three-way comparison: -1, 0, 1, or {@link Ops#CMP_NOT_IMPLEMENTED}. */
    public int __cmp__(PyObject other) {
        return Ops.CMP_NOT_IMPLEMENTED;
    }

    /** Old-style coercion; null means "not implemented". */
    public PyObject __coerce__(PyObject other) {
        return null;
    }

    // ---- arithmetic (null = NotImplemented) -------------------------------------------

    public PyObject __add__(PyObject o) { return null; }
    public PyObject __radd__(PyObject o) { return null; }
    public PyObject __sub__(PyObject o) { return null; }
    public PyObject __rsub__(PyObject o) { return null; }
    public PyObject __mul__(PyObject o) { return null; }
    public PyObject __rmul__(PyObject o) { return null; }
    public PyObject __div__(PyObject o) { return null; }
    public PyObject __rdiv__(PyObject o) { return null; }
    public PyObject __truediv__(PyObject o) { return null; }
    public PyObject __rtruediv__(PyObject o) { return null; }
    public PyObject __floordiv__(PyObject o) { return null; }
    public PyObject __rfloordiv__(PyObject o) { return null; }
    public PyObject __mod__(PyObject o) { return null; }
    public PyObject __rmod__(PyObject o) { return null; }
    public PyObject __divmod__(PyObject o) { return null; }
    public PyObject __rdivmod__(PyObject o) { return null; }
    /** {@code modulo} is null for the two-argument form. */
    public PyObject __pow__(PyObject o, PyObject modulo) { return null; }
    public PyObject __rpow__(PyObject o, PyObject modulo) { return null; }
    public PyObject __lshift__(PyObject o) { return null; }
    public PyObject __rlshift__(PyObject o) { return null; }
    public PyObject __rshift__(PyObject o) { return null; }
    public PyObject __rrshift__(PyObject o) { return null; }
    public PyObject __and__(PyObject o) { return null; }
    public PyObject __rand__(PyObject o) { return null; }
    public PyObject __xor__(PyObject o) { return null; }
    public PyObject __rxor__(PyObject o) { return null; }
    public PyObject __or__(PyObject o) { return null; }
    public PyObject __ror__(PyObject o) { return null; }

    // In-place forms: null means "fall back to the binary operator".
    public PyObject __iadd__(PyObject o) { return null; }
    public PyObject __isub__(PyObject o) { return null; }
    public PyObject __imul__(PyObject o) { return null; }
    public PyObject __idiv__(PyObject o) { return null; }
    public PyObject __itruediv__(PyObject o) { return null; }
    public PyObject __ifloordiv__(PyObject o) { return null; }
    public PyObject __imod__(PyObject o) { return null; }
    public PyObject __ipow__(PyObject o, PyObject modulo) { return null; }
    public PyObject __ilshift__(PyObject o) { return null; }
    public PyObject __irshift__(PyObject o) { return null; }
    public PyObject __iand__(PyObject o) { return null; }
    public PyObject __ixor__(PyObject o) { return null; }
    public PyObject __ior__(PyObject o) { return null; }

    // ---- unary ------------------------------------------------------------------------

    public PyObject __neg__() {
        throw Py.TypeError("bad operand type for unary -: '" + getType().getName() + "'");
    }

    public PyObject __pos__() {
        throw Py.TypeError("bad operand type for unary +: '" + getType().getName() + "'");
    }

    public PyObject __abs__() {
        throw Py.TypeError("bad operand type for abs(): '" + getType().getName() + "'");
    }

    public PyObject __invert__() {
        throw Py.TypeError("bad operand type for unary ~: '" + getType().getName() + "'");
    }

    // ---- numeric conversion (null = the type has no such conversion) ------------------

    public PyObject __int__() { return null; }
    public PyObject __long__() { return null; }
    public PyObject __float__() { return null; }
    public PyObject __complex__() { return null; }
    public PyObject __oct__() { return null; }
    public PyObject __hex__() { return null; }
    public PyObject __index__() { return null; }

    // ---- Java-side helpers --------------------------------------------------------------

    /** Python {@code repr()} as a Java string. */
    @Override
    public String toString() {
        try {
            return Ops.repr(this).toString();
        } catch (PyException e) {
            return "<" + getType().getName() + " object>";
        }
    }
}
