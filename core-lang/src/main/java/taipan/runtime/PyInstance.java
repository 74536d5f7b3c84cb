package taipan.runtime;

/**
 * An instance of an old-style class. Every special method is looked up on the instance
 * (instance dict, then class chain, then {@code __getattr__}), and binary operators
 * honour {@code __coerce__}, as 2.7's classobject.c does.
 */
@ExposedType(name = "instance", subclassable = false)
public final class PyInstance extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin(PyInstance.class);

    private PyClass cls;
    private PyDict dict = new PyDict();

    public PyInstance(PyClass cls) {
        this.cls = cls;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code instance(class[, dict])}: a new instance, without calling __init__ (new.instance). */
    @ExposedNew
    static PyObject instance_new(PyType subtype, PyObject[] args, String[] kw) {
        if (args.length < 1) {
            throw Py.TypeError("instance() takes at least 1 argument (0 given)");
        }
        if (args.length > 2) {
            throw Py.TypeError("instance() takes at most 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyClass c)) {
            throw Py.TypeError("instance() argument 1 must be classobj, not " + args[0].getType().getName());
        }
        PyInstance inst = new PyInstance(c);
        if (args.length == 2 && args[1] != Py.None) {
            if (!(args[1] instanceof PyDict d)) {
                throw Py.TypeError("instance() second arg must be dictionary or None");
            }
            inst.dict = d;
        }
        return inst;
    }

    public PyClass getInstClass() {
        return cls;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    // ---- attributes -------------------------------------------------------------------

    /** instance_getattr1: without the __getattr__ hook. */
    private PyObject getattr1(PyStr name) {
        String s = name.toString();
        if (s.length() > 4 && s.charAt(0) == '_' && s.charAt(1) == '_') {
            if (s.equals("__dict__")) {
                return dict;
            }
            if (s.equals("__class__")) {
                return cls;
            }
        }
        PyObject v = dict.getItem(name);
        if (v != null) {
            return v;
        }
        v = cls.lookup(name);
        if (v == null) {
            return null;
        }
        if (v instanceof PyFunction f) {
            return new PyMethod(f, this, cls);
        }
        return Ops.hasGet(v) ? Ops.get(v, this, cls) : v;
    }

    @Override
    public PyObject lookupAttr(PyStr name) {
        PyObject v = getattr1(name);
        if (v == null && cls.getattrHook != null) {
            try {
                return Ops.callMethod(cls.getattrHook, this, name);
            } catch (PyException e) {
                if (e.matches(Exceptions.AttributeError)) {
                    return null;
                }
                throw e;
            }
        }
        return v;
    }

    /** The attribute or an AttributeError with 2.7's text. */
    private PyObject attr(PyStr name) {
        PyObject v = lookupAttr(name);
        if (v == null) {
            throw Py.AttributeError(cls.getName() + " instance has no attribute '" + name + "'");
        }
        return v;
    }

    private PyObject attr(String name) {
        return attr(PyStr.intern(name));
    }

    private PyObject attrOrNull(String name) {
        return lookupAttr(PyStr.intern(name));
    }

    @Override
    public void setAttr(PyStr name, PyObject value) {
        if (cls.setattrHook != null) {
            Ops.callMethod(cls.setattrHook, this, name, value);
            return;
        }
        String s = name.toString();
        if (s.equals("__dict__")) {
            if (!(value instanceof PyDict d)) {
                throw Py.TypeError("__dict__ must be set to a dictionary");
            }
            dict = d;
            return;
        }
        if (s.equals("__class__")) {
            if (!(value instanceof PyClass c)) {
                throw Py.TypeError("__class__ must be set to a class");
            }
            cls = c;
            return;
        }
        dict.setItem(name, value);
    }

    @Override
    public void delAttr(PyStr name) {
        if (cls.delattrHook != null) {
            Ops.callMethod(cls.delattrHook, this, name);
            return;
        }
        if (!dict.delItemIfPresent(name)) {
            throw Py.AttributeError(cls.getName() + " instance has no attribute '" + name + "'");
        }
    }

    private PyObject call0(String name) {
        return attr(name).__call__(Py.EMPTY, null);
    }

    private PyObject call1(String name, PyObject a) {
        return Ops.call(attr(name), a);
    }

    // ---- representation, hashing, truth ----------------------------------------------

    @Override
    public PyObject __repr__() {
        PyObject f = attrOrNull("__repr__");
        if (f == null) {
            PyObject mod = cls.getDict().getItem(N.__module__);
            String m = mod instanceof PyStr ? mod + "." : "?.";
            return PyStr.of("<" + m + cls.getName() + " instance at " + Py.addressString(this) + ">");
        }
        return Ops.call(f);
    }

    @Override
    public PyObject __str__() {
        PyObject f = attrOrNull("__str__");
        if (f == null) {
            return Ops.repr(this);
        }
        return Ops.call(f);
    }

    @Override
    public long __hash__() {
        PyObject f = attrOrNull("__hash__");
        if (f == null) {
            if (attrOrNull("__eq__") != null || attrOrNull("__cmp__") != null) {
                throw Py.TypeError("unhashable instance");
            }
            return Py.identityHash(this);
        }
        PyObject r = Ops.call(f);
        if (r instanceof PyInt i) {
            return i.value == -1 ? -2 : i.value;
        }
        if (r instanceof PyLong l) {
            return l.__hash__();
        }
        throw Py.TypeError("__hash__() should return an int");
    }

    @Override
    public boolean __nonzero__() {
        PyObject f = attrOrNull("__nonzero__");
        if (f == null) {
            f = attrOrNull("__len__");
            if (f == null) {
                return true;
            }
        }
        PyObject r = Ops.call(f);
        if (!(r instanceof PyInt i)) {
            throw Py.TypeError("__nonzero__ should return an int");
        }
        if (i.value < 0) {
            throw Py.ValueError("__nonzero__ should return >= 0");
        }
        return i.value != 0;
    }

    @Override
    public int __len__() {
        long n = lengthLong();
        if (n > Integer.MAX_VALUE) {
            throw Py.OverflowError("cannot fit 'long' into an index-sized integer");
        }
        return (int) n;
    }

    /** instance_length: __len__() must return a non-negative int. */
    long lengthLong() {
        PyObject r = call0("__len__");
        if (!(r instanceof PyInt i)) {
            throw Py.TypeError("__len__() should return an int");
        }
        if (i.value < 0) {
            throw Py.ValueError("__len__() should return >= 0");
        }
        return i.value;
    }

    // ---- calls, iteration, items -------------------------------------------------------

    @Override
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        PyObject f = attrOrNull("__call__");
        if (f == null) {
            throw Py.AttributeError(cls.getName() + " instance has no __call__ method");
        }
        return Ops.call(f, args, kwnames);
    }

    @Override
    public PyObject __iter__() {
        PyObject f = attrOrNull("__iter__");
        if (f != null) {
            PyObject it = Ops.call(f);
            if (!Ops.isIterator(it)) {
                throw Py.TypeError("__iter__ returned non-iterator of type '" + it.getType().getName() + "'");
            }
            return it;
        }
        if (attrOrNull("__getitem__") == null) {
            throw Py.TypeError("iteration over non-sequence");
        }
        return new PySeqIter(this);
    }

    @Override
    public PyObject __iternext__() {
        PyObject f = attrOrNull("next");
        if (f == null) {
            throw Py.TypeError("instance has no next() method");
        }
        try {
            return Ops.call(f);
        } catch (PyException e) {
            if (e.matches(Exceptions.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        return call1("__getitem__", key);
    }

    @Override
    public void __setitem__(PyObject key, PyObject value) {
        Ops.call(attr("__setitem__"), key, value);
    }

    @Override
    public void __delitem__(PyObject key) {
        call1("__delitem__", key);
    }

    /**
     * instance_slice and friends, reached when both bounds are omitted or indexes: the
     * bounds become ints (0 and maxint when omitted; negatives plus __len__(), whose
     * absence is an error) passed to __getslice__, or to __getitem__ as slice(i, j).
     */
    private long[] sliceIndices(PyObject i, PyObject j) {
        long lo = i == null ? 0 : Py.index(i);
        long hi = j == null ? Long.MAX_VALUE : Py.index(j);
        if (lo < 0 || hi < 0) {
            long n = lengthLong();
            if (lo < 0) {
                lo += n;
            }
            if (hi < 0) {
                hi += n;
            }
        }
        return new long[] {lo, hi};
    }

    PyObject getslice(PyObject i, PyObject j) {
        long[] ij = sliceIndices(i, j);
        PyObject f = attrOrNull("__getslice__");
        if (f != null) {
            return Ops.call(f, PyInt.of(ij[0]), PyInt.of(ij[1]));
        }
        return __getitem__(new PySlice(PyInt.of(ij[0]), PyInt.of(ij[1]), Py.None));
    }

    void setslice(PyObject i, PyObject j, PyObject value) {
        long[] ij = sliceIndices(i, j);
        PyObject f = attrOrNull("__setslice__");
        if (f != null) {
            Ops.call(f, PyInt.of(ij[0]), PyInt.of(ij[1]), value);
            return;
        }
        __setitem__(new PySlice(PyInt.of(ij[0]), PyInt.of(ij[1]), Py.None), value);
    }

    void delslice(PyObject i, PyObject j) {
        long[] ij = sliceIndices(i, j);
        PyObject f = attrOrNull("__delslice__");
        if (f != null) {
            Ops.call(f, PyInt.of(ij[0]), PyInt.of(ij[1]));
            return;
        }
        __delitem__(new PySlice(PyInt.of(ij[0]), PyInt.of(ij[1]), Py.None));
    }

    @Override
    public boolean __contains__(PyObject item) {
        PyObject f = attrOrNull("__contains__");
        if (f != null) {
            return Ops.isTrue(Ops.call(f, item));
        }
        return Ops.iterContains(this, item);
    }

    @Override
    public PyObject __get__(PyObject obj, PyObject type) {
        PyObject f = cls.lookup(N.__get__);
        if (f == null) {
            return this;
        }
        return Ops.callMethod(f, this, obj == null ? Py.None : obj, type == null ? Py.None : type);
    }

    // ---- comparison ---------------------------------------------------------------------

    private static PyObject halfRich(PyObject v, PyObject w, CompareOp op) {
        if (!(v instanceof PyInstance inst)) {
            return null;
        }
        PyObject f;
        try {
            f = inst.lookupAttr(op.name);
        } catch (PyException e) {
            // half_richcompare: an AttributeError while getting the method means "not implemented"
            if (e.matches(Exceptions.AttributeError)) {
                return null;
            }
            throw e;
        }
        if (f == null) {
            return null;
        }
        PyObject r = Ops.call(f, w);
        return r == Py.NotImplemented ? null : r;
    }

    private PyObject rich(PyObject other, CompareOp op) {
        return halfRich(this, other, op);
    }

    @Override public PyObject __eq__(PyObject o) { return rich(o, CompareOp.EQ); }
    @Override public PyObject __ne__(PyObject o) { return rich(o, CompareOp.NE); }
    @Override public PyObject __lt__(PyObject o) { return rich(o, CompareOp.LT); }
    @Override public PyObject __le__(PyObject o) { return rich(o, CompareOp.LE); }
    @Override public PyObject __gt__(PyObject o) { return rich(o, CompareOp.GT); }
    @Override public PyObject __ge__(PyObject o) { return rich(o, CompareOp.GE); }

    /**
     * instance_compare: first PyNumber_CoerceEx (v's __coerce__, then w's); two
     * non-instances left are compared as such; otherwise v.__cmp__(w), then w.__cmp__(v).
     * CMP_NOT_IMPLEMENTED when undecided.
     */
    static int compare(PyObject v, PyObject w) {
        PyObject[] pair = v instanceof PyInstance ? coerce(v, w) : null;
        if (pair == null && w instanceof PyInstance) {
            PyObject[] rev = coerce(w, v);
            if (rev != null) {
                pair = new PyObject[] {rev[1], rev[0]};
            }
        }
        if (pair != null) {
            v = pair[0];
            w = pair[1];
            if (!(v instanceof PyInstance) && !(w instanceof PyInstance)) {
                int c = Ops.cmp(v, w);
                return c < 0 ? -1 : c > 0 ? 1 : 0;
            }
        }
        int c = halfCmp(v, w);
        if (c != Ops.CMP_NOT_IMPLEMENTED) {
            return c;
        }
        c = halfCmp(w, v);
        if (c != Ops.CMP_NOT_IMPLEMENTED) {
            return -c;
        }
        return Ops.CMP_NOT_IMPLEMENTED;
    }

    /** half_cmp: {@code v.__cmp__(w)} as -1, 0 or 1, or CMP_NOT_IMPLEMENTED. */
    private static int halfCmp(PyObject v, PyObject w) {
        if (!(v instanceof PyInstance inst)) {
            return Ops.CMP_NOT_IMPLEMENTED;
        }
        PyObject cmpf = inst.lookupAttr(N.__cmp__);
        if (cmpf == null) {
            return Ops.CMP_NOT_IMPLEMENTED;
        }
        PyObject r = Ops.call(cmpf, w);
        if (r == Py.NotImplemented) {
            return Ops.CMP_NOT_IMPLEMENTED;
        }
        // PyInt_AsLong: int, long (its sign is enough here) or anything with __int__
        PyObject n = r instanceof PyInt || r instanceof PyLong ? r : Ops.intOrNull(r);
        if (n instanceof PyInt i) {
            return Long.signum(i.value);
        }
        if (n instanceof PyLong l) {
            return l.value.signum();
        }
        throw Py.TypeError("comparison did not return an int");
    }

    @Override
    public int __cmp__(PyObject other) {
        return compare(this, other);
    }

    /** Calls {@code v.__coerce__(w)}: null when absent or it declines, else the pair. */
    private static PyObject[] coerce(PyObject v, PyObject w) {
        PyObject f = ((PyInstance) v).lookupAttr(N.__coerce__);
        if (f == null) {
            return null;
        }
        PyObject r = Ops.call(f, w);
        if (r == Py.None || r == Py.NotImplemented) {
            return null;
        }
        if (!(r instanceof PyTuple t) || t.size() != 2) {
            throw Py.TypeError("coercion should return None or 2-tuple");
        }
        return new PyObject[] {t.get(0), t.get(1)};
    }

    @Override
    public PyObject __coerce__(PyObject other) {
        PyObject f = attrOrNull("__coerce__");
        if (f == null) {
            return PyTuple.of(this, other);
        }
        return Ops.call(f, other);
    }

    // ---- arithmetic -----------------------------------------------------------------------

    /** generic_binary_op: {@code v.opname(w)} or null when absent / NotImplemented. */
    private static PyObject genericBinary(PyObject v, PyObject w, PyStr opname) {
        PyObject f = ((PyInstance) v).lookupAttr(opname);
        if (f == null) {
            return null;
        }
        PyObject r = Ops.call(f, w);
        return r == Py.NotImplemented ? null : r;
    }

    private static PyObject halfBinop(PyObject v, PyObject w, PyStr opname, Binop op, boolean swapped) {
        if (!(v instanceof PyInstance)) {
            return null;
        }
        PyObject[] pair = coerce(v, w);
        if (pair == null) {
            return genericBinary(v, w, opname);
        }
        if (pair[0] instanceof PyInstance) {
            return genericBinary(pair[0], pair[1], opname);
        }
        PyObject r = swapped ? Ops.binaryOp1(pair[1], pair[0], op) : Ops.binaryOp1(pair[0], pair[1], op);
        return r;
    }

    /** instance_OP(v, w): both halves. */
    static PyObject binop(PyObject v, PyObject w, Binop op) {
        PyObject r = halfBinop(v, w, op.name, op, false);
        if (r != null) {
            return r;
        }
        return halfBinop(w, v, op.rname, op, true);
    }

    private PyObject inplace(PyObject w, Binop op) {
        PyObject f = lookupAttr(op.iname);
        if (f == null) {
            return null;
        }
        PyObject r = Ops.call(f, w);
        return r == Py.NotImplemented ? null : r;
    }

    @Override public PyObject __add__(PyObject o) { return binop(this, o, Binop.ADD); }
    @Override public PyObject __radd__(PyObject o) { return binop(o, this, Binop.ADD); }
    @Override public PyObject __sub__(PyObject o) { return binop(this, o, Binop.SUB); }
    @Override public PyObject __rsub__(PyObject o) { return binop(o, this, Binop.SUB); }
    @Override public PyObject __mul__(PyObject o) { return binop(this, o, Binop.MUL); }
    @Override public PyObject __rmul__(PyObject o) { return binop(o, this, Binop.MUL); }
    @Override public PyObject __div__(PyObject o) { return binop(this, o, Binop.DIV); }
    @Override public PyObject __rdiv__(PyObject o) { return binop(o, this, Binop.DIV); }
    @Override public PyObject __truediv__(PyObject o) { return binop(this, o, Binop.TRUEDIV); }
    @Override public PyObject __rtruediv__(PyObject o) { return binop(o, this, Binop.TRUEDIV); }
    @Override public PyObject __floordiv__(PyObject o) { return binop(this, o, Binop.FLOORDIV); }
    @Override public PyObject __rfloordiv__(PyObject o) { return binop(o, this, Binop.FLOORDIV); }
    @Override public PyObject __mod__(PyObject o) { return binop(this, o, Binop.MOD); }
    @Override public PyObject __rmod__(PyObject o) { return binop(o, this, Binop.MOD); }
    @Override public PyObject __divmod__(PyObject o) { return binop(this, o, Binop.DIVMOD); }
    @Override public PyObject __rdivmod__(PyObject o) { return binop(o, this, Binop.DIVMOD); }
    @Override public PyObject __lshift__(PyObject o) { return binop(this, o, Binop.LSHIFT); }
    @Override public PyObject __rlshift__(PyObject o) { return binop(o, this, Binop.LSHIFT); }
    @Override public PyObject __rshift__(PyObject o) { return binop(this, o, Binop.RSHIFT); }
    @Override public PyObject __rrshift__(PyObject o) { return binop(o, this, Binop.RSHIFT); }
    @Override public PyObject __and__(PyObject o) { return binop(this, o, Binop.AND); }
    @Override public PyObject __rand__(PyObject o) { return binop(o, this, Binop.AND); }
    @Override public PyObject __xor__(PyObject o) { return binop(this, o, Binop.XOR); }
    @Override public PyObject __rxor__(PyObject o) { return binop(o, this, Binop.XOR); }
    @Override public PyObject __or__(PyObject o) { return binop(this, o, Binop.OR); }
    @Override public PyObject __ror__(PyObject o) { return binop(o, this, Binop.OR); }

    @Override
    public PyObject __pow__(PyObject o, PyObject mod) {
        if (mod == null) {
            return binop(this, o, Binop.POW);
        }
        PyObject f = attrOrNull("__pow__");
        return f == null ? null : Ops.call(f, o, mod);
    }

    @Override
    public PyObject __rpow__(PyObject o, PyObject mod) {
        if (mod == null) {
            return binop(o, this, Binop.POW);
        }
        return null;
    }

    @Override public PyObject __iadd__(PyObject o) { return inplace(o, Binop.ADD); }
    @Override public PyObject __isub__(PyObject o) { return inplace(o, Binop.SUB); }
    @Override public PyObject __imul__(PyObject o) { return inplace(o, Binop.MUL); }
    @Override public PyObject __idiv__(PyObject o) { return inplace(o, Binop.DIV); }
    @Override public PyObject __itruediv__(PyObject o) { return inplace(o, Binop.TRUEDIV); }
    @Override public PyObject __ifloordiv__(PyObject o) { return inplace(o, Binop.FLOORDIV); }
    @Override public PyObject __imod__(PyObject o) { return inplace(o, Binop.MOD); }
    @Override public PyObject __ipow__(PyObject o, PyObject mod) { return inplace(o, Binop.POW); }
    @Override public PyObject __ilshift__(PyObject o) { return inplace(o, Binop.LSHIFT); }
    @Override public PyObject __irshift__(PyObject o) { return inplace(o, Binop.RSHIFT); }
    @Override public PyObject __iand__(PyObject o) { return inplace(o, Binop.AND); }
    @Override public PyObject __ixor__(PyObject o) { return inplace(o, Binop.XOR); }
    @Override public PyObject __ior__(PyObject o) { return inplace(o, Binop.OR); }

    @Override public PyObject __neg__() { return call0("__neg__"); }
    @Override public PyObject __pos__() { return call0("__pos__"); }
    @Override public PyObject __abs__() { return call0("__abs__"); }
    @Override public PyObject __invert__() { return call0("__invert__"); }

    private PyObject conversion(String name) {
        PyObject f = attrOrNull(name);
        return f == null ? null : Ops.call(f);
    }

    @Override public PyObject __int__() { return conversion("__int__"); }
    @Override public PyObject __long__() { return conversion("__long__"); }
    @Override public PyObject __float__() { return conversion("__float__"); }
    @Override public PyObject __complex__() { return conversion("__complex__"); }
    @Override public PyObject __oct__() { return conversion("__oct__"); }
    @Override public PyObject __hex__() { return conversion("__hex__"); }
    @Override public PyObject __index__() { return conversion("__index__"); }
}
