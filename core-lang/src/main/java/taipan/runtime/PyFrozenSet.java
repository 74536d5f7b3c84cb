package taipan.runtime;

/** {@code frozenset}: the immutable, hashable set (storage and algorithms in {@link BaseSet}). */
@ExposedType(name = "frozenset", doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.")
public class PyFrozenSet extends BaseSet {
    public static final PyType TYPE = PyType.builtin(PyFrozenSet.class);
    /** {@code frozenset()}: the empty frozenset is a singleton. */
    public static final PyFrozenSet EMPTY = new PyFrozenSet();

    public PyFrozenSet() {
    }

    /** {@code frozenset(iterable)} (a new object even when empty). */
    public PyFrozenSet(PyObject iterable) {
        updateInternal(iterable);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject frozenset_new(PyType subtype, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (subtype == TYPE && nkw > 0) {
            throw Py.TypeError("frozenset() does not take keyword arguments");
        }
        int npos = args.length - nkw;
        if (npos > 1) {
            throw Py.TypeError(subtype.getName() + " expected at most 1 arguments, got " + npos);
        }
        PyObject iterable = npos == 1 ? args[0] : null;
        if (subtype != TYPE) {
            return newSet(subtype, iterable);
        }
        if (iterable != null) {
            if (iterable.getClass() == PyFrozenSet.class) {
                return iterable;
            }
            BaseSet r = newSet(TYPE, iterable);
            if (r.used > 0) {
                return r;
            }
        }
        return EMPTY;
    }

    // ---- methods ---------------------------------------------------------------------------

    @ExposedMethod(doc = "Return a shallow copy of a set.")
    public PyObject copy() {
        return getClass() == PyFrozenSet.class ? this : copySet();
    }

    @ExposedMethod(doc = "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)")
    public PyObject union(PyObject[] others) {
        return unionMulti(others);
    }

    @ExposedMethod(doc = "Return the intersection of two or more sets as a new set.\n\n(i.e. elements that are common to all of the sets.)")
    public PyObject intersection(PyObject[] others) {
        return intersectionMulti(others);
    }

    @ExposedMethod(doc = "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)")
    public PyObject difference(PyObject[] others) {
        return differenceMulti(others);
    }

    @ExposedMethod(doc = "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)")
    public PyObject symmetric_difference(PyObject other) {
        return symmetricDifference(other);
    }

    @ExposedMethod(doc = "Report whether another set contains this set.")
    public boolean issubset(PyObject other) {
        return isSubset(other);
    }

    @ExposedMethod(doc = "Report whether this set contains another set.")
    public boolean issuperset(PyObject other) {
        return isSuperset(other);
    }

    @ExposedMethod(doc = "Return True if two sets have a null intersection.")
    public boolean isdisjoint(PyObject other) {
        return isDisjoint(other);
    }

    @ExposedMethod(doc = "Return state information for pickling.")
    public PyObject __reduce__() {
        return reduceSet();
    }

    @ExposedMethod(doc = "S.__sizeof__() -> size of S in memory, in bytes")
    public PyObject __sizeof__() {
        return sizeofSet();
    }

    // ---- special methods --------------------------------------------------------------------

    @Override public int __len__() { return used; }
    @Override public boolean __contains__(PyObject key) { return containsKey(key); }
    @Override public PyObject __iter__() { return new SetIterator(this); }
    @Override public PyObject __repr__() { return reprSet(); }
    @Override public int __cmp__(PyObject o) { return compare(o); }
    @Override public long __hash__() { return frozenHash(); }

    @Override public PyObject __eq__(PyObject o) { return richCompare(o, CompareOp.EQ); }
    @Override public PyObject __ne__(PyObject o) { return richCompare(o, CompareOp.NE); }
    @Override public PyObject __lt__(PyObject o) { return richCompare(o, CompareOp.LT); }
    @Override public PyObject __le__(PyObject o) { return richCompare(o, CompareOp.LE); }
    @Override public PyObject __gt__(PyObject o) { return richCompare(o, CompareOp.GT); }
    @Override public PyObject __ge__(PyObject o) { return richCompare(o, CompareOp.GE); }

    @Override public PyObject __or__(PyObject o) { return or(this, o); }
    @Override public PyObject __ror__(PyObject o) { return or(o, this); }
    @Override public PyObject __and__(PyObject o) { return and(this, o); }
    @Override public PyObject __rand__(PyObject o) { return and(o, this); }
    @Override public PyObject __sub__(PyObject o) { return sub(this, o); }
    @Override public PyObject __rsub__(PyObject o) { return sub(o, this); }
    @Override public PyObject __xor__(PyObject o) { return xor(this, o); }
    @Override public PyObject __rxor__(PyObject o) { return xor(o, this); }

    /** An instance of a Python subclass of frozenset. */
    public static final class Derived extends PyFrozenSet implements taipan.runtime.Derived {
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
