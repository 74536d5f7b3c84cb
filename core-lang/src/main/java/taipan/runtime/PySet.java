package taipan.runtime;

/** {@code set}: the mutable set (storage and algorithms in {@link BaseSet}). */
@ExposedType(name = "set", unhashable = true, doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.")
public class PySet extends BaseSet {
    public static final PyType TYPE = PyType.builtin(PySet.class);

    public PySet() {
    }

    /** {@code set(iterable)}. */
    public PySet(PyObject iterable) {
        updateInternal(iterable);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject set_new(PyType subtype, PyObject[] args, String[] kw) {
        if (subtype == TYPE && kw != null && kw.length > 0) {
            throw Py.TypeError("set() does not take keyword arguments");
        }
        return newSet(subtype);
    }

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError("set() does not take keyword arguments");
        }
        if (args.length > 1) {
            throw Py.TypeError(getType().getName() + " expected at most 1 arguments, got " + args.length);
        }
        synchronized (this) {
            clearInternal();
            hash = -1;
        }
        if (args.length == 1) {
            updateInternal(args[0]);
        }
    }

    /** set_discard_key, looking an unhashable set up as a frozenset. */
    private boolean discardKey(PyObject key) {
        long h;
        try {
            h = Ops.hash(key);
        } catch (PyException e) {
            if (!(key instanceof PySet) || !e.matches(Exceptions.TypeError)) {
                throw e;
            }
            PyFrozenSet tmp = new PyFrozenSet();
            tmp.updateInternal(key);
            key = tmp;
            h = tmp.frozenHash();
        }
        synchronized (this) {
            return discardEntry(key, h);
        }
    }

    // ---- methods ---------------------------------------------------------------------------

    @ExposedMethod(names = "add", doc = "Add an element to a set.\n\nThis has no effect if the element is already present.")
    public void add_(PyObject key) {
        add(key);
    }

    @ExposedMethod(doc = "Remove all elements from this set.")
    public synchronized void clear() {
        clearInternal();
    }

    @ExposedMethod(doc = "Return a shallow copy of a set.")
    public PyObject copy() {
        return copySet();
    }

    @ExposedMethod(doc = "Remove an element from a set if it is a member.\n\nIf the element is not a member, do nothing.")
    public void discard(PyObject key) {
        discardKey(key);
    }

    @ExposedMethod(doc = "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.")
    public void remove(PyObject key) {
        if (!discardKey(key)) {
            throw Py.KeyError(key);
        }
    }

    @ExposedMethod(doc = "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty.")
    public synchronized PyObject pop() {
        if (used == 0) {
            throw Py.KeyError(PyStr.of("pop from an empty set"));
        }
        Table t = table;
        int i = 0;
        PyObject k = t.keys[0];
        if (k == null || k == DUMMY) {
            long finger = t.hashes[0];
            i = (finger > t.mask || finger < 1) ? 1 : (int) finger;
            while ((k = t.keys[i]) == null || k == DUMMY) {
                i++;
                if (i > t.mask) {
                    i = 1;
                }
            }
        }
        t.keys[i] = DUMMY;
        used--;
        t.hashes[0] = i + 1;
        return k;
    }

    @ExposedMethod(doc = "Update a set with the union of itself and others.")
    public void update(PyObject[] others) {
        for (PyObject o : others) {
            updateInternal(o);
        }
    }

    @ExposedMethod(doc = "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)")
    public PyObject union(PyObject[] others) {
        return unionMulti(others);
    }

    @ExposedMethod(doc = "Return the intersection of two or more sets as a new set.\n\n(i.e. elements that are common to all of the sets.)")
    public PyObject intersection(PyObject[] others) {
        return intersectionMulti(others);
    }

    @ExposedMethod(doc = "Update a set with the intersection of itself and another.")
    public void intersection_update(PyObject[] others) {
        BaseSet tmp = (BaseSet) intersectionMulti(others);
        synchronized (this) {
            swapBodies(tmp);
        }
    }

    @ExposedMethod(doc = "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)")
    public PyObject difference(PyObject[] others) {
        return differenceMulti(others);
    }

    @ExposedMethod(doc = "Remove all elements of another set from this set.")
    public void difference_update(PyObject[] others) {
        for (PyObject o : others) {
            differenceUpdateInternal(o);
        }
    }

    @ExposedMethod(doc = "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)")
    public PyObject symmetric_difference(PyObject other) {
        return symmetricDifference(other);
    }

    @ExposedMethod(doc = "Update a set with the symmetric difference of itself and another.")
    public void symmetric_difference_update(PyObject other) {
        symmetricDifferenceUpdate(other);
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

    @Override
    public long __hash__() {
        throw Py.TypeError("unhashable type: '" + getType().getName() + "'");
    }

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

    @Override
    public PyObject __ior__(PyObject o) {
        if (!(o instanceof BaseSet)) {
            return null;
        }
        updateInternal(o);
        return this;
    }

    @Override
    public PyObject __iand__(PyObject o) {
        if (!(o instanceof BaseSet)) {
            return null;
        }
        BaseSet tmp = intersection(o);
        synchronized (this) {
            swapBodies(tmp);
        }
        return this;
    }

    @Override
    public PyObject __isub__(PyObject o) {
        if (!(o instanceof BaseSet)) {
            return null;
        }
        differenceUpdateInternal(o);
        return this;
    }

    @Override
    public PyObject __ixor__(PyObject o) {
        if (!(o instanceof BaseSet)) {
            return null;
        }
        symmetricDifferenceUpdate(o);
        return this;
    }

    /** An instance of a Python subclass of set. */
    public static final class Derived extends PySet implements taipan.runtime.Derived {
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
