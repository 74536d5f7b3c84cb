package taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The abstract object protocol (CPython's abstract.c and object.c): every Python-level
 * operation goes through here. Builtin types are served by their Java virtuals; heap
 * types (Python classes) by the special methods found along their MRO — a slot wrapper
 * inherited from a builtin base is turned back into the Java virtual call.
 */
public final class Ops {
    private Ops() {}

    /** Returned by {@link PyObject#__cmp__} when the comparison is not implemented. */
    public static final int CMP_NOT_IMPLEMENTED = Integer.MIN_VALUE;

    // ---- special-method lookup on heap types ------------------------------------------

    /** True if {@code m} (found on a type) is a builtin slot wrapper: call the Java virtual. */
    static boolean isSlot(PyObject m) {
        return m instanceof PyMethodDescr d && d.isSlotWrapper();
    }

    /** Calls a method found on a type, with {@code self} first. */
    public static PyObject callMethod(PyObject method, PyObject self, PyObject[] args, String[] kwnames) {
        if (method instanceof PyFunction f) {
            return f.callWithSelf(self, args, kwnames);
        }
        if (method instanceof PyMethodDescr d) {
            return d.callWithSelf(self, args, kwnames);
        }
        // like CPython's call_method: bind through __get__ when there is one, else call as is
        PyObject bound = hasGet(method) ? get(method, self, self.getType()) : method;
        return call(bound, args, kwnames);
    }

    public static PyObject callMethod(PyObject method, PyObject self, PyObject... args) {
        return callMethod(method, self, args, null);
    }

    /** The special method {@code name} of o's type, or null; no instance-dict lookup. */
    public static PyObject lookupSpecial(PyObject o, PyStr name) {
        return o.getType().lookup(name);
    }

    /** {@code staticmethod} objects found in a dict are called unwrapped (for __new__). */
    static PyObject unwrapStatic(PyObject f) {
        if (f instanceof PyStaticMethod sm) {
            return sm.getCallable();
        }
        return f;
    }

    // ---- representation ----------------------------------------------------------------

    public static PyObject repr(PyObject o) {
        PyObject r;
        PyType t = o.getType();
        ThreadState ts = ThreadState.get();
        if (++ts.depth > ts.interp.recursionLimit) {
            ts.depth--;
            throw Py.RuntimeError("maximum recursion depth exceeded while getting the repr of an object");
        }
        try {
            if (t.isHeap()) {
                PyObject m = t.lookup(N.__repr__);
                r = isSlot(m) ? o.__repr__() : callMethod(m, o);
            } else {
                r = o.__repr__();
            }
        } finally {
            ts.depth--;
        }
        if (r instanceof PyStr) {
            return r;
        }
        if (r instanceof PyUnicode u) {
            return PyStr.fromUnicodeDefault(u);
        }
        throw Py.TypeError("__repr__ returned non-string (type " + r.getType().getName() + ")");
    }

    public static PyObject str(PyObject o) {
        if (o.getClass() == PyStr.class) {
            return o;
        }
        PyObject r;
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__str__);
            r = isSlot(m) ? o.__str__() : callMethod(m, o);
        } else {
            r = o.__str__();
        }
        if (r instanceof PyStr) {
            return r;
        }
        if (r instanceof PyUnicode u) {
            return PyStr.fromUnicodeDefault(u);
        }
        throw Py.TypeError("__str__ returned non-string (type " + r.getType().getName() + ")");
    }

    /** {@code unicode(o)} without encoding arguments. */
    public static PyObject unicode(PyObject o) {
        if (o.getClass() == PyUnicode.class) {
            return o;
        }
        if (o.getClass() == PyStr.class) {
            return PyUnicode.fromStrDefault((PyStr) o);
        }
        // a str subclass may define __unicode__ or __str__
        PyObject m = o instanceof PyInstance ? o.lookupAttr(N.__unicode__) : o.getType().lookup(N.__unicode__);
        PyObject r;
        if (m != null) {
            r = o instanceof PyInstance ? m.__call__(Py.EMPTY, null) : callMethod(m, o);
        } else if (o instanceof PyUnicode u) {
            return PyUnicode.fromCodePoints(u.codePoints().clone()); // a subclass without __unicode__
        } else {
            r = StringFormatter.strOrUnicode(o); // tp_str: a unicode result is kept as is
        }
        if (r instanceof PyUnicode) {
            return r;
        }
        if (r instanceof PyStr s) {
            return PyUnicode.fromStrDefault(s);
        }
        throw Py.TypeError("coercing to Unicode: need string or buffer, " + r.getType().getName() + " found");
    }

    /** {@code format(value, spec)}: calls {@code value.__format__(spec)}. */
    public static PyObject format(PyObject value, PyObject spec) {
        if (!(spec instanceof PyStr) && !(spec instanceof PyUnicode)) {
            throw Py.TypeError("format expects arg 2 to be string or unicode, not " + spec.getType().getName());
        }
        PyObject m = value instanceof PyInstance ? value.lookupAttr(N.__format__) : null;
        PyObject r;
        if (m != null) {
            r = call(m, spec);
        } else {
            PyObject meth = value.getType().lookup(N.__format__);
            if (meth == null) {
                throw Py.TypeError("Type " + value.getType().getName() + " doesn't define __format__");
            }
            r = callMethod(meth, value, spec);
        }
        if (!(r instanceof PyStr) && !(r instanceof PyUnicode)) {
            throw Py.TypeError(value.getType().getName() + ".__format__ must return string or unicode, not "
                    + r.getType().getName());
        }
        if (spec instanceof PyUnicode && r instanceof PyStr) {
            r = unicode(r); // 2.7: a unicode spec gives a unicode result
        }
        return r;
    }

    // ---- hashing, truth, length ----------------------------------------------------------

    public static long hash(PyObject o) {
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__hash__);
            if (m == Py.None || m == null) {
                throw Py.TypeError("unhashable type: '" + t.getName() + "'");
            }
            if (isSlot(m)) {
                // 2.7: a class defining __eq__ but not __hash__ still inherits object.__hash__
                return o.__hash__();
            }
            PyObject r = callMethod(m, o);
            if (r instanceof PyInt i) {
                return i.value == -1 ? -2 : i.value;
            }
            if (r instanceof PyLong l) {
                return l.__hash__();
            }
            throw Py.TypeError("an integer is required");
        }
        return o.__hash__();
    }

    public static boolean isTrue(PyObject o) {
        if (o == Py.True) {
            return true;
        }
        if (o == Py.False || o == Py.None) {
            return false;
        }
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__nonzero__);
            if (m != null) {
                if (isSlot(m)) {
                    return o.__nonzero__();
                }
                PyObject r = callMethod(m, o);
                // slot_nb_nonzero: exactly an int or a bool (not an int subclass)
                if (r instanceof PyInt i && (r instanceof PyBool || r.getType() == PyInt.TYPE)) {
                    return i.value != 0;
                }
                throw Py.TypeError("__nonzero__ should return bool or int, returned " + r.getType().getName());
            }
            m = t.lookup(N.__len__);
            if (m != null) {
                return lenLong(o) != 0;
            }
            return true;
        }
        return o.__nonzero__();
    }

    public static int len(PyObject o) {
        long n = lenLong(o);
        if (n > Integer.MAX_VALUE) {
            throw Py.OverflowError("cannot fit 'long' into an index-sized integer");
        }
        return (int) n;
    }

    /** PyObject_Size as a Py_ssize_t: a Python __len__ may return up to sys.maxsize. */
    public static long lenLong(PyObject o) {
        if (o instanceof PyInstance inst) {
            return inst.lengthLong();
        }
        if (o instanceof PyXRange x) {
            return x.len;
        }
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__len__);
            if (m == null) {
                throw Py.TypeError("object of type '" + t.getName() + "' has no len()");
            }
            if (isSlot(m)) {
                return o.__len__();
            }
            PyObject r = callMethod(m, o);
            long n;
            if (r instanceof PyInt i) {
                n = i.value;
            } else if (r instanceof PyLong l) {
                if (l.value.bitLength() > 63) {
                    throw Py.OverflowError("long int too large to convert to int");
                }
                n = l.value.longValue();
            } else {
                throw Py.TypeError("an integer is required");
            }
            if (n < 0) {
                throw Py.ValueError("__len__() should return >= 0");
            }
            return n;
        }
        return o.__len__();
    }

    // ---- attributes ------------------------------------------------------------------------

    /** An attribute name argument: a str, or a unicode that encodes to ASCII. */
    public static PyStr attrName(PyObject name) {
        if (name instanceof PyStr s) {
            return s.getClass() == PyStr.class ? PyStr.intern(s) : PyStr.intern(s.toString());
        }
        if (name instanceof PyUnicode u) {
            return PyStr.intern(PyStr.fromUnicodeDefault(u));
        }
        throw Py.TypeError("attribute name must be string, not '" + name.getType().getName() + "'");
    }

    public static PyException noAttribute(PyObject o, PyStr name) {
        if (o instanceof PyType t) {
            return Py.AttributeError("type object '" + t.getName() + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyModule) {
            return Py.AttributeError("'module' object has no attribute '" + name + "'");
        }
        if (o instanceof PyClass c) {
            return Py.AttributeError("class " + c.getName() + " has no attribute '" + name + "'");
        }
        if (o instanceof PyInstance i) {
            return Py.AttributeError(i.getInstClass().getName() + " instance has no attribute '" + name + "'");
        }
        return Py.AttributeError("'" + tpName(o.getType()) + "' object has no attribute '" + name + "'");
    }

    /** CPython's tp_name: "module.name" for builtin types outside __builtin__, else the name. */
    static String tpName(PyType t) {
        return t.isHeap() ? t.getName() : t.qualifiedName();
    }

    /** {@code getattr(o, name)}: raises AttributeError when absent. */
    public static PyObject getattr(PyObject o, PyStr name) {
        PyObject v = getattrOrNull(o, name);
        if (v == null) {
            throw noAttribute(o, name);
        }
        return v;
    }

    public static PyObject getattr(PyObject o, String name) {
        return getattr(o, PyStr.intern(name));
    }

    public static PyObject getattr(PyObject o, PyObject name) {
        return getattr(o, attrName(name));
    }

    /**
     * The attribute or null when absent: honours {@code __getattribute__} and
     * {@code __getattr__} of Python classes (an AttributeError they raise means absent).
     */
    public static PyObject getattrOrNull(PyObject o, PyStr name) {
        PyType t = o.getType();
        if (!t.isHeap()) {
            return o.lookupAttr(name);
        }
        PyObject ga = t.lookup(N.__getattribute__);
        PyObject v;
        if (isSlot(ga)) {
            v = o.lookupAttr(name);
        } else {
            try {
                v = callMethod(ga, o, name);
            } catch (PyException e) {
                if (!e.matches(Exceptions.AttributeError)) {
                    throw e;
                }
                v = null;
            }
        }
        if (v == null) {
            PyObject hook = t.lookup(N.__getattr__);
            if (hook != null) {
                try {
                    return callMethod(hook, o, name);
                } catch (PyException e) {
                    if (!e.matches(Exceptions.AttributeError)) {
                        throw e;
                    }
                    return null;
                }
            }
        }
        return v;
    }

    public static PyObject getattrOrNull(PyObject o, String name) {
        return getattrOrNull(o, PyStr.intern(name));
    }

    public static void setattr(PyObject o, PyStr name, PyObject value) {
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__setattr__);
            if (!isSlot(m)) {
                callMethod(m, o, name, value);
                return;
            }
        }
        o.setAttr(name, value);
    }

    public static void setattr(PyObject o, String name, PyObject value) {
        setattr(o, PyStr.intern(name), value);
    }

    public static void setattr(PyObject o, PyObject name, PyObject value) {
        setattr(o, attrName(name), value);
    }

    public static void delattr(PyObject o, PyStr name) {
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__delattr__);
            if (!isSlot(m)) {
                callMethod(m, o, name);
                return;
            }
        }
        o.delAttr(name);
    }

    public static void delattr(PyObject o, PyObject name) {
        delattr(o, attrName(name));
    }

    public static boolean isDataDescriptor(PyObject d) {
        if (d instanceof PyGetSetDescr || d instanceof PyMemberSlot || d instanceof PyProperty) {
            return true;
        }
        if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyStr || d instanceof PyBuiltinFunction) {
            return false;
        }
        PyType t = d.getType();
        return t.lookup(N.__set__) != null || t.lookup(N.__delete__) != null;
    }

    public static boolean hasGet(PyObject d) {
        if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyGetSetDescr) {
            return true;
        }
        if (d instanceof PyStr || d instanceof PyInt || d instanceof PyBuiltinFunction || d instanceof PyNone) {
            return false;
        }
        return d.getType().lookup(N.__get__) != null;
    }

    /** Calls {@code d.__get__(obj, type)} for a descriptor of any kind. */
    public static PyObject get(PyObject d, PyObject obj, PyObject type) {
        PyType dt = d.getType();
        if (dt.isHeap()) {
            PyObject m = dt.lookup(N.__get__);
            if (!isSlot(m)) {
                return callMethod(m, d, obj == null ? Py.None : obj, type == null ? Py.None : type);
            }
        }
        return d.__get__(obj, type);
    }

    static void set(PyObject d, PyObject obj, PyObject value) {
        PyType dt = d.getType();
        if (dt.isHeap()) {
            PyObject m = dt.lookup(N.__set__);
            if (m == null) {
                throw Py.AttributeError("__set__");
            }
            if (!isSlot(m)) {
                callMethod(m, d, obj, value);
                return;
            }
        }
        d.__set__(obj, value);
    }

    static void delete(PyObject d, PyObject obj) {
        PyType dt = d.getType();
        if (dt.isHeap()) {
            PyObject m = dt.lookup(N.__delete__);
            if (m == null) {
                throw Py.AttributeError("__delete__");
            }
            if (!isSlot(m)) {
                callMethod(m, d, obj);
                return;
            }
        }
        d.__delete__(obj);
    }

    /** {@code PyObject_GenericGetAttr} without raising: null when absent. */
    public static PyObject genericGetAttr(PyObject o, PyStr name) {
        PyType t = o.getType();
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            return get(descr, o, t);
        }
        PyDict dict = o.getDict();
        if (dict != null) {
            PyObject v = dict.getItem(name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return hasGet(descr) ? get(descr, o, t) : descr;
        }
        return null;
    }

    public static void genericSetAttr(PyObject o, PyStr name, PyObject value) {
        PyType t = o.getType();
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            set(descr, o, value);
            return;
        }
        PyDict dict = o.getDict();
        if (dict == null) {
            if (descr == null) {
                throw Py.AttributeError("'" + tpName(t) + "' object has no attribute '" + name + "'");
            }
            throw Py.AttributeError("'" + tpName(t) + "' object attribute '" + name + "' is read-only");
        }
        dict.setItem(name, value);
    }

    public static void genericDelAttr(PyObject o, PyStr name) {
        PyType t = o.getType();
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            delete(descr, o);
            return;
        }
        PyDict dict = o.getDict();
        if (dict == null) {
            if (descr == null) {
                throw Py.AttributeError("'" + tpName(t) + "' object has no attribute '" + name + "'");
            }
            throw Py.AttributeError("'" + tpName(t) + "' object attribute '" + name + "' is read-only");
        }
        if (!dict.delItemIfPresent(name)) {
            throw Py.AttributeError(name.toString());
        }
    }

    // ---- calls -------------------------------------------------------------------------------

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        PyType t = callable.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__call__);
            if (m == null) {
                throw Py.TypeError("'" + t.getName() + "' object is not callable");
            }
            if (!isSlot(m)) {
                return callMethod(m, callable, args, kwnames);
            }
        }
        return callable.__call__(args, kwnames);
    }

    /** {@code o.name(*args)}. */
    public static PyObject invoke(PyObject o, String name, PyObject... args) {
        return call(getattr(o, name), args, null);
    }

    public static boolean isCallable(PyObject o) {
        if (o instanceof PyInstance i) {
            return i.lookupAttr(N.__call__) != null;
        }
        PyType t = o.getType();
        if (t.isHeap()) {
            return t.lookup(N.__call__) != null;
        }
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyType
                || o instanceof PyMethod || o instanceof PyClass || o instanceof PyMethodDescr
                || o instanceof PyClassMethodDescr || t.lookup(N.__call__) != null;
    }

    // ---- iteration -----------------------------------------------------------------------------

    public static PyObject iter(PyObject o) {
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__iter__);
            if (m != null) {
                if (isSlot(m)) {
                    return o.__iter__();
                }
                PyObject it = callMethod(m, o);
                if (!isIterator(it)) {
                    throw Py.TypeError("iter() returned non-iterator of type '" + it.getType().getName() + "'");
                }
                return it;
            }
            if (t.lookup(N.__getitem__) != null) {
                return new PySeqIter(o);
            }
            throw Py.TypeError("'" + t.getName() + "' object is not iterable");
        }
        if (o instanceof PyBaseString || o instanceof PyBuffer) {
            return new PySeqIter(o); // str, unicode and buffer iterate through __getitem__, as in 2.7
        }
        return o.__iter__();
    }

    public static boolean isIterator(PyObject it) {
        PyType t = it.getType();
        if (it instanceof PyInstance) {
            return true; // PyIter_Check: the instance type always has tp_iternext
        }
        return t.lookup(N.next) != null;
    }

    /** The next item of an iterator, or null at the end (StopIteration is absorbed). */
    public static PyObject next(PyObject it) {
        PyType t = it.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.next);
            if (m == null) {
                throw Py.TypeError("'" + t.getName() + "' object is not an iterator");
            }
            if (!isSlot(m)) {
                try {
                    return callMethod(m, it);
                } catch (PyException e) {
                    if (e.matches(Exceptions.StopIteration)) {
                        return null;
                    }
                    throw e;
                }
            }
        }
        // A builtin iterator may still raise StopIteration from code it runs
        // (a generator body, the function imap calls): that too ends iteration.
        try {
            return it.__iternext__();
        } catch (PyException e) {
            if (e.matches(Exceptions.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** Materialises any iterable into a Java list. */
    public static List<PyObject> toList(PyObject iterable) {
        if (iterable instanceof PyList l && iterable.getClass() == PyList.class) {
            return new ArrayList<>(l.asList());
        }
        if (iterable instanceof PyTuple tu && iterable.getClass() == PyTuple.class) {
            return new ArrayList<>(tu.asList());
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = iter(iterable);
        for (PyObject x; (x = next(it)) != null; ) {
            out.add(x);
        }
        return out;
    }

    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t && iterable.getClass() == PyTuple.class) {
            return t.toArray();
        }
        if (iterable.getClass() == PyList.class) {
            return ((PyList) iterable).toArray();
        }
        return toList(iterable).toArray(Py.EMPTY);
    }

    /** Membership by iteration (sequences without __contains__). */
    public static boolean iterContains(PyObject container, PyObject item) {
        PyObject it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                throw Py.TypeError("argument of type '" + container.getType().getName() + "' is not iterable");
            }
            throw e;
        }
        for (PyObject x; (x = next(it)) != null; ) {
            if (richCompareBool(item, x, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    public static boolean contains(PyObject container, PyObject item) {
        PyType t = container.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__contains__);
            if (m != null && !isSlot(m)) {
                return isTrue(callMethod(m, container, item));
            }
            if (m == null) {
                return iterContains(container, item);
            }
        }
        return container.__contains__(item);
    }

    // ---- items and slices ------------------------------------------------------------------------

    public static PyObject getitem(PyObject o, PyObject key) {
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__getitem__);
            if (m == null) {
                throw Py.TypeError("'" + t.getName() + "' object has no attribute '__getitem__'");
            }
            if (!isSlot(m)) {
                return callMethod(m, o, key);
            }
        }
        return o.__getitem__(key);
    }

    public static void setitem(PyObject o, PyObject key, PyObject value) {
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__setitem__);
            if (m == null) {
                throw Py.TypeError("'" + t.getName() + "' object does not support item assignment");
            }
            if (!isSlot(m)) {
                callMethod(m, o, key, value);
                return;
            }
        }
        o.__setitem__(key, value);
    }

    public static void delitem(PyObject o, PyObject key) {
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__delitem__);
            if (m == null) {
                throw Py.TypeError("'" + t.getName() + "' object doesn't support item deletion");
            }
            if (!isSlot(m)) {
                callMethod(m, o, key);
                return;
            }
        }
        o.__delitem__(key);
    }

    /**
     * {@code o[i:j]} (simple slice): 2.7 calls {@code __getslice__} when the type has it
     * and both bounds are omitted or indexes (an explicit None is not); otherwise
     * {@code __getitem__(slice(i, j))}.
     */
    public static PyObject getslice(PyObject o, PyObject i, PyObject j) {
        Class<?> c = o.getClass();
        if ((c == PyList.class || c == PyTuple.class) && isSliceIndex(i) && isSliceIndex(j)) {
            long[] ij = sliceIndices(o, i, j);
            return c == PyList.class ? ((PyList) o).__getslice__(ij[0], ij[1]) : ((PyTuple) o).__getslice__(ij[0], ij[1]);
        }
        PyObject m = o instanceof PyInstance ? null : o.getType().lookup(N.__getslice__);
        if (m != null && isSliceIndex(i) && isSliceIndex(j)) {
            long[] ij = sliceIndices(o, i, j);
            return callMethod(m, o, PyInt.of(ij[0]), PyInt.of(ij[1]));
        }
        if (o instanceof PyInstance inst && isSliceIndex(i) && isSliceIndex(j)) {
            return inst.getslice(i, j);
        }
        return getitem(o, new PySlice(i == null ? Py.None : i, j == null ? Py.None : j, Py.None));
    }

    public static void setslice(PyObject o, PyObject i, PyObject j, PyObject value) {
        if (o.getClass() == PyList.class && isSliceIndex(i) && isSliceIndex(j)) {
            long[] ij = sliceIndices(o, i, j);
            ((PyList) o).__setslice__(ij[0], ij[1], value);
            return;
        }
        PyObject m = o instanceof PyInstance ? null : o.getType().lookup(N.__setslice__);
        if (m != null && isSliceIndex(i) && isSliceIndex(j)) {
            long[] ij = sliceIndices(o, i, j);
            callMethod(m, o, PyInt.of(ij[0]), PyInt.of(ij[1]), value);
            return;
        }
        if (o instanceof PyInstance inst && isSliceIndex(i) && isSliceIndex(j)) {
            inst.setslice(i, j, value);
            return;
        }
        setitem(o, new PySlice(i == null ? Py.None : i, j == null ? Py.None : j, Py.None), value);
    }

    public static void delslice(PyObject o, PyObject i, PyObject j) {
        if (o.getClass() == PyList.class && isSliceIndex(i) && isSliceIndex(j)) {
            long[] ij = sliceIndices(o, i, j);
            ((PyList) o).__delslice__(ij[0], ij[1]);
            return;
        }
        PyObject m = o instanceof PyInstance ? null : o.getType().lookup(N.__delslice__);
        if (m != null && isSliceIndex(i) && isSliceIndex(j)) {
            long[] ij = sliceIndices(o, i, j);
            callMethod(m, o, PyInt.of(ij[0]), PyInt.of(ij[1]));
            return;
        }
        if (o instanceof PyInstance inst && isSliceIndex(i) && isSliceIndex(j)) {
            inst.delslice(i, j);
            return;
        }
        delitem(o, new PySlice(i == null ? Py.None : i, j == null ? Py.None : j, Py.None));
    }

    /** 2.7's ISINDEX: an omitted bound (null) or an index; an explicit None is not. */
    private static boolean isSliceIndex(PyObject x) {
        return x == null || x instanceof PyInt || x instanceof PyLong
                || (x.getType().lookup(N.__index__) != null);
    }

    /** 2.7's sq_slice index adjustment: missing bounds are 0 and maxint; negatives add len. */
    static long[] sliceIndices(PyObject o, PyObject i, PyObject j) {
        long lo = (i == null || i == Py.None) ? 0 : Py.index(i);
        long hi = (j == null || j == Py.None) ? Long.MAX_VALUE : Py.index(j);
        hi = Math.min(hi, Long.MAX_VALUE);
        if (lo < 0 || hi < 0) {
            long n;
            try {
                n = lenLong(o);
            } catch (PyException e) {
                n = -1;
            }
            if (n >= 0) {
                if (lo < 0) {
                    lo += n;
                }
                if (hi < 0) {
                    hi += n;
                }
            }
        }
        // CPython passes Py_ssize_t; clip to the int range Java sequences use
        lo = Math.max(Math.min(lo, Long.MAX_VALUE), Long.MIN_VALUE);
        return new long[] {lo, Math.min(hi, 9223372036854775807L)};
    }

    // ---- numbers --------------------------------------------------------------------------------

    /** {@code operator.index(o)}: int or long via __index__. */
    public static PyObject index(PyObject o) {
        if (o instanceof PyInt || o instanceof PyLong) {
            if (o.getClass() == PyInt.class || o.getClass() == PyLong.class || o instanceof PyBool) {
                return o;
            }
        }
        PyType t = o.getType();
        PyObject r;
        if (t.isHeap()) {
            PyObject m = t.lookup(N.__index__);
            if (m == null) {
                r = null;
            } else if (isSlot(m)) {
                r = o.__index__();
            } else {
                r = callMethod(m, o);
            }
        } else {
            r = o.__index__();
        }
        if (r == null) {
            throw Py.TypeError("'" + t.getName() + "' object cannot be interpreted as an index");
        }
        if (!(r instanceof PyInt || r instanceof PyLong)) {
            throw Py.TypeError("__index__ returned non-(int,long) (type " + r.getType().getName() + ")");
        }
        return r;
    }

    /** {@code __int__} of any object, or null if it has none. */
    public static PyObject intOrNull(PyObject o) {
        return unaryConversion(o, N.__int__, 0);
    }

    public static PyObject longOrNull(PyObject o) {
        return unaryConversion(o, N.__long__, 1);
    }

    public static PyObject floatOrNull(PyObject o) {
        return unaryConversion(o, N.__float__, 2);
    }

    private static PyObject unaryConversion(PyObject o, PyStr name, int which) {
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(name);
            if (m == null) {
                return null;
            }
            if (!isSlot(m)) {
                return callMethod(m, o);
            }
        }
        switch (which) {
            case 0: return o.__int__();
            case 1: return o.__long__();
            default: return o.__float__();
        }
    }

    private static PyObject unary(PyObject o, PyStr name, int which) {
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup(name);
            if (m != null && !isSlot(m)) {
                return callMethod(m, o);
            }
            if (m == null) {
                String sym = which == 0 ? "unary -" : which == 1 ? "unary +" : which == 2 ? "abs()" : "unary ~";
                throw Py.TypeError("bad operand type for " + sym + ": '" + t.getName() + "'");
            }
        }
        switch (which) {
            case 0: return o.__neg__();
            case 1: return o.__pos__();
            case 2: return o.__abs__();
            default: return o.__invert__();
        }
    }

    public static PyObject neg(PyObject o) {
        if (o.getClass() == PyInt.class) {
            long v = ((PyInt) o).value;
            return v == Long.MIN_VALUE ? PyLong.of(v).__neg__() : PyInt.of(-v);
        }
        return unary(o, N.__neg__, 0);
    }

    public static PyObject pos(PyObject o) {
        return unary(o, N.__pos__, 1);
    }

    public static PyObject abs(PyObject o) {
        return unary(o, N.__abs__, 2);
    }

    public static PyObject invert(PyObject o) {
        return unary(o, N.__invert__, 3);
    }

    /** Calls {@code v.__op__(w)} honouring Python overrides; null = NotImplemented. */
    private static PyObject left(PyObject v, PyType tv, PyObject w, Binop op) {
        if (tv.isHeap()) {
            PyObject m = tv.lookup(op.name);
            if (m == null) {
                return null;
            }
            if (!isSlot(m)) {
                PyObject r = callMethod(m, v, w);
                return r == Py.NotImplemented ? null : r;
            }
        }
        return op.l(v, w);
    }

    private static PyObject right(PyObject w, PyType tw, PyObject v, Binop op) {
        if (tw.isHeap()) {
            PyObject m = tw.lookup(op.rname);
            if (m == null) {
                return null;
            }
            if (!isSlot(m)) {
                PyObject r = callMethod(m, w, v);
                return r == Py.NotImplemented ? null : r;
            }
        }
        return op.r(w, v);
    }

    /** {@code binary_op1}: the operator or null when neither operand implements it. */
    public static PyObject binaryOp1(PyObject v, PyObject w, Binop op) {
        PyType tv = v.getType();
        PyType tw = w.getType();
        boolean rightDone = false;
        if (tv != tw && tw.isSubtypeOf(tv) && tw.lookup(op.rname) != tv.lookup(op.rname)) {
            PyObject r = right(w, tw, v, op);
            if (r != null) {
                return r;
            }
            rightDone = true;
        }
        PyObject r = left(v, tv, w, op);
        if (r != null) {
            return r;
        }
        if (tv != tw && !rightDone) {
            return right(w, tw, v, op);
        }
        return null;
    }

    public static PyObject binaryOp(PyObject v, PyObject w, Binop op) {
        PyObject r = binaryOp1(v, w, op);
        if (r != null) {
            return r;
        }
        throw binopError(v, w, op);
    }

    static PyException binopError(PyObject v, PyObject w, Binop op) {
        return binopError(v, w, op, op.symbol);
    }

    /** The error of a failed binary operator; {@code symbol} is "+=" etc. for the in-place forms. */
    static PyException binopError(PyObject v, PyObject w, Binop op, String symbol) {
        if (op == Binop.ADD) {
            if (v instanceof PyStr && !(w instanceof PyUnicode)) {
                return Py.TypeError("cannot concatenate 'str' and '" + w.getType().getName() + "' objects");
            }
            if (v instanceof PyByteArray) {
                return Py.TypeError("can't concat " + v.getType().getName() + " to " + w.getType().getName());
            }
            if (v instanceof PyList) {
                return Py.TypeError("can only concatenate list (not \"" + w.getType().getName() + "\") to list");
            }
            if (v instanceof PyTuple) {
                return Py.TypeError("can only concatenate tuple (not \"" + w.getType().getName() + "\") to tuple");
            }
            if (v instanceof PyUnicode) {
                return Py.TypeError("coercing to Unicode: need string or buffer, " + w.getType().getName() + " found");
            }
        }
        if (op == Binop.MUL) {
            if (isSequence(v) && !isNumber(v)) {
                return Py.TypeError("can't multiply sequence by non-int of type '" + w.getType().getName() + "'");
            }
            if (isSequence(w) && !isNumber(w)) {
                return Py.TypeError("can't multiply sequence by non-int of type '" + v.getType().getName() + "'");
            }
        }
        if (op == Binop.MOD && (v instanceof PyStr || v instanceof PyUnicode)) {
            return Py.TypeError("not all arguments converted during string formatting");
        }
        return Py.TypeError("unsupported operand type(s) for " + symbol + ": '" + v.getType().getName()
                + "' and '" + w.getType().getName() + "'");
    }

    static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyUnicode || o instanceof PyList || o instanceof PyTuple
                || o instanceof PyByteArray || o instanceof PyBuffer;
    }

    static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyLong || o instanceof PyFloat || o instanceof PyComplex;
    }

    /** In-place operator: {@code __iop__} if defined, else the binary operator. */
    public static PyObject inplaceOp(PyObject v, PyObject w, Binop op) {
        PyType tv = v.getType();
        PyObject r;
        if (tv.isHeap()) {
            PyObject m = tv.lookup(op.iname);
            if (m != null && !isSlot(m)) {
                r = callMethod(m, v, w);
                if (r != Py.NotImplemented) {
                    return r;
                }
                r = null;
            } else {
                r = m == null ? null : op.i(v, w);
            }
        } else {
            r = op.i(v, w);
        }
        if (r != null) {
            return r;
        }
        r = binaryOp1(v, w, op);
        if (r != null) {
            return r;
        }
        throw binopError(v, w, op, op.symbol + "=");
    }

    public static PyObject add(PyObject v, PyObject w) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            long a = ((PyInt) v).value, b = ((PyInt) w).value;
            long r = a + b;
            if (((a ^ r) & (b ^ r)) < 0) {
                return PyLong.of(a).__add__(w);
            }
            return PyInt.of(r);
        }
        return binaryOp(v, w, Binop.ADD);
    }

    public static PyObject sub(PyObject v, PyObject w) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            long a = ((PyInt) v).value, b = ((PyInt) w).value;
            long r = a - b;
            if (((a ^ b) & (a ^ r)) < 0) {
                return PyLong.of(a).__sub__(w);
            }
            return PyInt.of(r);
        }
        return binaryOp(v, w, Binop.SUB);
    }

    public static PyObject mul(PyObject v, PyObject w) {
        return binaryOp(v, w, Binop.MUL);
    }

    /** Classic division ({@code /} without {@code from __future__ import division}). */
    public static PyObject div(PyObject v, PyObject w) {
        return binaryOp(v, w, Binop.DIV);
    }

    public static PyObject truediv(PyObject v, PyObject w) {
        return binaryOp(v, w, Binop.TRUEDIV);
    }

    public static PyObject floordiv(PyObject v, PyObject w) {
        return binaryOp(v, w, Binop.FLOORDIV);
    }

    public static PyObject mod(PyObject v, PyObject w) {
        return binaryOp(v, w, Binop.MOD);
    }

    public static PyObject divmod(PyObject v, PyObject w) {
        return binaryOp(v, w, Binop.DIVMOD);
    }

    public static PyObject pow(PyObject v, PyObject w) {
        return binaryOp(v, w, Binop.POW);
    }

    /** Three-argument pow: only the left operand's __pow__ is tried, as in 2.7. */
    public static PyObject pow(PyObject v, PyObject w, PyObject z) {
        if (z == null || z == Py.None) {
            return pow(v, w);
        }
        PyType tv = v.getType();
        PyObject r;
        if (tv.isHeap()) {
            PyObject m = tv.lookup(Binop.POW.name);
            r = m == null ? null : isSlot(m) ? v.__pow__(w, z) : callMethod(m, v, w, z);
        } else {
            r = v.__pow__(w, z);
        }
        if (r == Py.NotImplemented) {
            r = null;
        }
        // 2.7's ternary_op: then w's slot (a builtin w only: heap types' __rpow__ is binary),
        // then the modulus' (long_pow, float_pow, complex_pow accept the other operands)
        PyType tw = w.getType();
        if (r == null && tw != tv && !tw.isHeap()) {
            r = w.__rpow__(v, z);
        }
        PyType tz = z.getType();
        if (r == null && tz != tv && tz != tw && !tz.isHeap()) {
            r = PyLong.modulusPow(v, w, z);
        }
        if (r == null) {
            throw Py.TypeError("unsupported operand type(s) for pow(): '" + v.getType().getName() + "', '"
                    + w.getType().getName() + "', '" + z.getType().getName() + "'");
        }
        return r;
    }

    public static PyObject lshift(PyObject v, PyObject w) {
        return binaryOp(v, w, Binop.LSHIFT);
    }

    public static PyObject rshift(PyObject v, PyObject w) {
        return binaryOp(v, w, Binop.RSHIFT);
    }

    public static PyObject and(PyObject v, PyObject w) {
        return binaryOp(v, w, Binop.AND);
    }

    public static PyObject or(PyObject v, PyObject w) {
        return binaryOp(v, w, Binop.OR);
    }

    public static PyObject xor(PyObject v, PyObject w) {
        return binaryOp(v, w, Binop.XOR);
    }

    // ---- comparison ------------------------------------------------------------------------------

    private static PyObject richLeft(PyObject v, PyType tv, PyObject w, CompareOp op) {
        if (tv.isHeap()) {
            PyObject m = tv.lookup(op.name);
            if (m == null) {
                return null;
            }
            if (!isSlot(m)) {
                PyObject r = callMethod(m, v, w);
                return r == Py.NotImplemented ? null : r;
            }
        }
        return op.apply(v, w);
    }

    /** {@code PyObject_RichCompare}. */
    public static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            return Py.bool(op.test(Long.compare(((PyInt) v).value, ((PyInt) w).value)));
        }
        PyType tv = v.getType();
        PyType tw = w.getType();
        CompareOp swapped = op.swapped();
        boolean swappedDone = false;
        if (tv != tw && tw.isSubtypeOf(tv) && tw.lookup(swapped.name) != tv.lookup(swapped.name)) {
            PyObject r = richLeft(w, tw, v, swapped);
            if (r != null) {
                return r;
            }
            swappedDone = true;
        }
        PyObject r = richLeft(v, tv, w, op);
        if (r != null) {
            return r;
        }
        if (!swappedDone) {
            r = richLeft(w, tw, v, swapped);
            if (r != null) {
                return r;
            }
        }
        int c = try3way(v, w);
        if (c == CMP_NOT_IMPLEMENTED) {
            c = default3way(v, w);
        }
        return Py.bool(op.test(c));
    }

    public static boolean richCompareBool(PyObject v, PyObject w, CompareOp op) {
        if (v == w) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            return op.test(Long.compare(((PyInt) v).value, ((PyInt) w).value));
        }
        return isTrue(richCompare(v, w, op));
    }

    public static boolean eq(PyObject v, PyObject w) {
        return richCompareBool(v, w, CompareOp.EQ);
    }

    /** {@code cmp(v, w)}: 2.7's PyObject_Compare. */
    public static int cmp(PyObject v, PyObject w) {
        if (v == w) {
            return 0;
        }
        PyType tv = v.getType();
        if (tv == w.getType() && !tv.isHeap() && !(v instanceof PyInstance)) {
            int c = v.__cmp__(w);
            if (c != CMP_NOT_IMPLEMENTED) {
                return c;
            }
        }
        // try_rich_to_3way_compare
        if (richCompareBoolNoFallback(v, w, CompareOp.EQ) == 1) {
            return 0;
        }
        if (richCompareBoolNoFallback(v, w, CompareOp.LT) == 1) {
            return -1;
        }
        if (richCompareBoolNoFallback(v, w, CompareOp.GT) == 1) {
            return 1;
        }
        int c = try3way(v, w);
        if (c != CMP_NOT_IMPLEMENTED) {
            return c;
        }
        return default3way(v, w);
    }

    /** Rich comparison without the 3-way fallback: 1 true, 0 false, -1 not implemented. */
    private static int richCompareBoolNoFallback(PyObject v, PyObject w, CompareOp op) {
        PyType tv = v.getType();
        PyObject r = richLeft(v, tv, w, op);
        if (r == null) {
            r = richLeft(w, w.getType(), v, op.swapped());
        }
        if (r == null) {
            return -1;
        }
        return isTrue(r) ? 1 : 0;
    }

    /** The {@code __cmp__} protocol (try_3way_compare); CMP_NOT_IMPLEMENTED when neither side has one. */
    static int try3way(PyObject v, PyObject w) {
        if (v instanceof PyInstance) {
            return PyInstance.compare(v, w);
        }
        if (w instanceof PyInstance) {
            return PyInstance.compare(v, w);
        }
        PyType tv = v.getType();
        PyType tw = w.getType();
        if (tv.isHeap() || tw.isHeap()) {
            int c = halfCompare(v, tv, w);
            if (c != CMP_NOT_IMPLEMENTED) {
                return c;
            }
            c = halfCompare(w, tw, v);
            if (c != CMP_NOT_IMPLEMENTED) {
                return c == 0 ? 0 : -c;
            }
        }
        int c = v.__cmp__(w);
        if (c != CMP_NOT_IMPLEMENTED) {
            return c;
        }
        if (tv != tw) {
            c = w.__cmp__(v);
            if (c != CMP_NOT_IMPLEMENTED) {
                return c == 0 ? 0 : -c;
            }
        }
        return CMP_NOT_IMPLEMENTED;
    }

    private static int halfCompare(PyObject self, PyType t, PyObject other) {
        PyObject m = t.lookup(N.__cmp__);
        if (m == null) {
            return CMP_NOT_IMPLEMENTED;
        }
        if (isSlot(m)) {
            return self.__cmp__(other);
        }
        PyObject r = callMethod(m, self, other);
        if (r == Py.NotImplemented) {
            return CMP_NOT_IMPLEMENTED;
        }
        long c;
        if (r instanceof PyInt i) {
            c = i.value;
        } else if (r instanceof PyLong l) {
            c = l.value.signum();
        } else {
            throw Py.TypeError("comparison did not return an int");
        }
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }

    /** 2.7's default_3way_compare: identity for one type, None first, numbers first, type names. */
    static int default3way(PyObject v, PyObject w) {
        if (v.getType() == w.getType()) {
            long a = Py.id(v), b = Py.id(w);
            return a < b ? -1 : a == b ? 0 : 1;
        }
        if (v == Py.None) {
            return -1;
        }
        if (w == Py.None) {
            return 1;
        }
        String vn = isNumberForCompare(v) ? "" : v.getType().getName();
        String wn = isNumberForCompare(w) ? "" : w.getType().getName();
        int c = vn.compareTo(wn);
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
        int ra = numberTypeRank(v.getType()), rb = numberTypeRank(w.getType());
        if (ra >= 0 && rb >= 0) {
            return ra < rb ? -1 : 1;
        }
        long a = Py.id(v.getType()), b = Py.id(w.getType());
        return a < b ? -1 : 1;
    }

    /**
     * CPython falls back to the addresses of the type objects for numbers it cannot order
     * (a NaN against an int); its static builtin number types lie in this order.
     */
    private static int numberTypeRank(PyType t) {
        if (t == PyBool.TYPE) {
            return 0;
        }
        if (t == PyComplex.TYPE) {
            return 1;
        }
        if (t == PyFloat.TYPE) {
            return 2;
        }
        if (t == PyInt.TYPE) {
            return 3;
        }
        if (t == PyLong.TYPE) {
            return 4;
        }
        return -1;
    }

    private static boolean isNumberForCompare(PyObject o) {
        if (isNumber(o)) {
            return true;
        }
        PyType t = o.getType();
        return t.lookup(N.__int__) != null || t.lookup(N.__float__) != null;
    }

    // ---- isinstance / issubclass --------------------------------------------------------------

    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyType t && !t.isHeap() && inst.getType().isSubtypeOf(t)) {
            return true;
        }
        if (cls instanceof PyTuple tu) {
            for (int i = 0; i < tu.size(); i++) {
                if (isInstance(inst, tu.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyClass)) {
            PyObject checker = cls.getType().lookup(N.__instancecheck__);
            if (checker != null && !isSlot(checker)) {
                return isTrue(callMethod(checker, cls, inst));
            }
        }
        return recursiveIsInstance(inst, cls);
    }

    public static boolean recursiveIsInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyClass c && inst instanceof PyInstance i) {
            return i.getInstClass().isSubclassOf(c);
        }
        if (cls instanceof PyType t) {
            if (inst.getType().isSubtypeOf(t)) {
                return true;
            }
            PyObject c = getattrOrNull(inst, N.__class__);
            return c != null && c != inst.getType() && c instanceof PyType ct && ct.isSubtypeOf(t);
        }
        // a classic class and a non-instance: through __class__ and __bases__, as for any class-like object
        if (getattrOrNull(cls, N.__bases__) == null || !(getattrOrNull(cls, N.__bases__) instanceof PyTuple)) {
            throw Py.TypeError("isinstance() arg 2 must be a class, type, or tuple of classes and types");
        }
        PyObject c = getattrOrNull(inst, N.__class__);
        return c != null && abstractIsSubclass(c, cls);
    }

    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyTuple tu) {
            for (int i = 0; i < tu.size(); i++) {
                if (isSubclass(derived, tu.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyClass) && !(cls instanceof PyType t && !t.isHeap())) {
            PyObject checker = cls.getType().lookup(N.__subclasscheck__);
            if (checker != null && !isSlot(checker)) {
                return isTrue(callMethod(checker, cls, derived));
            }
        }
        return recursiveIsSubclass(derived, cls);
    }

    public static boolean recursiveIsSubclass(PyObject derived, PyObject cls) {
        if (derived instanceof PyType d && cls instanceof PyType c) {
            return d.isSubtypeOf(c);
        }
        if (derived instanceof PyClass d && cls instanceof PyClass c) {
            return d.isSubclassOf(c);
        }
        if (!(derived instanceof PyType || derived instanceof PyClass) && !(getattrOrNull(derived, N.__bases__) instanceof PyTuple)) {
            throw Py.TypeError("issubclass() arg 1 must be a class");
        }
        if (!(cls instanceof PyType || cls instanceof PyClass) && !(getattrOrNull(cls, N.__bases__) instanceof PyTuple)) {
            throw Py.TypeError("issubclass() arg 2 must be a class or tuple of classes");
        }
        return abstractIsSubclass(derived, cls);
    }

    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        if (derived == cls) {
            return true;
        }
        PyObject bases = getattrOrNull(derived, N.__bases__);
        if (!(bases instanceof PyTuple bt)) {
            return false;
        }
        for (int i = 0; i < bt.size(); i++) {
            if (abstractIsSubclass(bt.get(i), cls)) {
                return true;
            }
        }
        return false;
    }
}
