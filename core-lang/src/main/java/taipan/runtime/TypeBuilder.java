package taipan.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creation of heap types ({@code type(name, bases, dict)} / class statements), their MRO
 * (C3), {@code __slots__}, {@code __bases__} and {@code __class__} assignment, with
 * CPython 2.7's rules and messages.
 */
public final class TypeBuilder {
    private TypeBuilder() {}

    /** type.__new__(metatype, name, bases, dict). */
    static PyObject typeNew(PyType metatype, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (metatype == PyType.TYPE && npos == 1 && nkw == 0) {
            return args[0].getType();
        }
        if (npos != 3 || nkw != 0) {
            if (npos == 3 || npos == 1) {
                throw Py.TypeError("type() takes 1 or 3 arguments");
            }
            throw Py.TypeError("type() takes 1 or 3 arguments");
        }
        if (!(args[0] instanceof PyStr nameStr)) {
            throw Py.TypeError("type() argument 1 must be string, not " + args[0].getType().getName());
        }
        if (!(args[1] instanceof PyTuple basesTuple)) {
            throw Py.TypeError("type() argument 2 must be tuple, not " + args[1].getType().getName());
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw Py.TypeError("type() argument 3 must be dict, not " + args[2].getType().getName());
        }
        PyObject[] bases = basesTuple.toArray();
        // the most derived metaclass
        PyType winner = metatype;
        for (PyObject b : bases) {
            if (b instanceof PyClass) {
                continue;
            }
            PyType tmp = b.getType();
            if (winner.isSubtypeOf(tmp)) {
                continue;
            }
            if (tmp.isSubtypeOf(winner)) {
                winner = tmp;
                continue;
            }
            throw Py.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                    + "of the metaclasses of all its bases");
        }
        if (winner != metatype) {
            PyObject wnew = winner.lookup(N.__new__);
            if (wnew != PyType.TYPE.lookup(N.__new__)) {
                PyObject[] a = {winner, args[0], args[1], args[2]};
                return Ops.unwrapStatic(wnew).__call__(a, null);
            }
            metatype = winner;
        }
        if (bases.length == 0) {
            bases = new PyObject[] {PyType.OBJECT};
        }
        PyType base = bestBase(bases);
        if (!base.isSubclassable()) {
            throw Py.TypeError("type '" + base.qualifiedName() + "' is not an acceptable base type");
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Py.TypeError("duplicate base class " + baseName(bases[i]));
                }
            }
        }
        String name = nameStr.toString();
        if (name.indexOf('\0') >= 0) {
            throw Py.ValueError("type name must not contain null characters");
        }
        PyDict dict = ns.copy();

        // __slots__
        PyObject slotsObj = dict.getItem(N.__slots__);
        boolean addDict = false;
        List<String> slotNames = new ArrayList<>();
        boolean baseHasDict = baseHasDict(base);
        if (slotsObj == null) {
            addDict = !baseHasDict;
        } else {
            PyObject[] items = slotsObj instanceof PyStr || slotsObj instanceof PyUnicode
                    ? new PyObject[] {slotsObj} : Ops.toArray(slotsObj);
            boolean variableSize = base.isSubtypeOf(PyInt.TYPE) || base.isSubtypeOf(PyLong.TYPE)
                    || base.isSubtypeOf(PyStr.TYPE) || base.isSubtypeOf(PyTuple.TYPE);
            if (items.length > 0 && variableSize) {
                throw Py.TypeError("nonempty __slots__ not supported for subtype of '" + base.getName() + "'");
            }
            boolean sawDict = false, sawWeak = false;
            for (PyObject it : items) {
                if (it instanceof PyUnicode u) {
                    it = PyStr.fromUnicodeDefault(u);
                }
                if (!(it instanceof PyStr s)) {
                    throw Py.TypeError("__slots__ items must be strings, not '" + it.getType().getName() + "'");
                }
                String sn = s.toString();
                if (!isIdentifier(sn)) {
                    throw Py.TypeError("__slots__ must be identifiers");
                }
                if (sn.equals("__dict__")) {
                    if (baseHasDict || sawDict) {
                        throw Py.TypeError("__dict__ slot disallowed: we already got one");
                    }
                    sawDict = true;
                    addDict = true;
                    continue;
                }
                if (sn.equals("__weakref__")) {
                    if (sawWeak) {
                        throw Py.TypeError("__weakref__ slot disallowed: either we already got one, or the itemsize is nonzero");
                    }
                    sawWeak = true;
                    continue;
                }
                String mangled = mangle(name, sn);
                if (slotNames.contains(mangled)) {
                    continue;
                }
                slotNames.add(mangled);
            }
            slotNames.sort(null);
            for (String sn : slotNames) {
                if (ns.getItem(PyStr.intern(sn)) != null) {
                    throw Py.ValueError("'" + sn + "' in __slots__ conflicts with class variable");
                }
            }
        }
        if (dict.getItem(N.__module__) == null) {
            ThreadState ts = ThreadState.get();
            PyObject modName = ts.frame == null ? null : ts.frame.globals.getItem(N.__name__);
            if (modName != null) {
                dict.setItem(N.__module__, modName);
            }
        }
        PyObject newFn = dict.getItem(N.__new__);
        if (newFn instanceof PyFunction) {
            dict.setItem(N.__new__, new PyStaticMethod(newFn));
        }
        PyType type = PyType.newHeapType(metatype, name, bases, base, new PyDict());
        int baseSlots = base.slotCount();
        for (int i = 0; i < slotNames.size(); i++) {
            dict.setItem(PyStr.intern(slotNames.get(i)), new PyMemberSlot(slotNames.get(i), type, baseSlots + i));
        }
        type.setSlotCount(baseSlots + slotNames.size());
        boolean hasDict = baseHasDict || addDict;
        for (PyObject b : bases) {
            if (b instanceof PyType bt && bt.instancesHaveDict()) {
                hasDict = true;
            }
        }
        type.setInstancesHaveDict(hasDict);
        if (addDict && !baseHasDict && dict.getItem(N.__dict__) == null) {
            dict.setItem(N.__dict__, instanceDictDescriptor(type));
        }
        if (slotsObj == null && dict.getItem(N.__weakref__) == null && !baseHasWeakref(base)) {
            dict.setItem(N.__weakref__, weakrefDescriptor(type));
        }
        type.getDict().update(dict);
        if (dict.getItem(N.__doc__) == null) {
            type.getDict().setItem(N.__doc__, Py.None);
        }
        type.registerWithBases();
        type.setMro(mroFor(type, metatype));
        return type;
    }

    private static boolean baseHasDict(PyType base) {
        return base.instancesHaveDict() || hasNativeDict(base);
    }

    /** Builtin types whose instances have a dict of their own (functions, modules, exceptions). */
    private static boolean hasNativeDict(PyType base) {
        return base.isSubtypeOf(PyBaseException.TYPE) || base == PyFunction.TYPE || base.isSubtypeOf(PyModule.TYPE);
    }

    private static boolean baseHasWeakref(PyType base) {
        for (PyObject t : base.getMro()) {
            if (t instanceof PyType pt && pt.isHeap() && pt.getDict().getItem(N.__weakref__) != null) {
                return true;
            }
        }
        return false;
    }

    private static PyObject instanceDictDescriptor(PyType type) {
        return new PyGetSetDescr("__dict__", type, obj -> {
            PyDict d = obj.getDict();
            if (d == null) {
                throw Py.AttributeError("This object has no __dict__");
            }
            return d;
        }, (obj, v) -> {
            if (!(v instanceof PyDict d)) {
                throw Py.TypeError("__dict__ must be set to a dictionary, not a '" + v.getType().getName() + "'");
            }
            if (!(obj instanceof Derived dv)) {
                throw Py.TypeError("This object has no __dict__");
            }
            dv.setDict(d);
        }, null, "dictionary for instance variables (if defined)");
    }

    private static PyObject weakrefDescriptor(PyType type) {
        return new PyGetSetDescr("__weakref__", type, obj -> Py.None, null, null,
                "list of weak references to the object (if defined)");
    }

    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        String c = className;
        int i = 0;
        while (i < c.length() && c.charAt(i) == '_') {
            i++;
        }
        if (i == c.length()) {
            return name;
        }
        return "_" + c.substring(i) + name;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) && s.charAt(0) < 128 || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return true;
    }

    private static String baseName(PyObject b) {
        if (b instanceof PyType t) {
            return t.getName();
        }
        if (b instanceof PyClass c) {
            return c.getName();
        }
        return "?";
    }

    /** The base that determines the instance layout ({@code best_base}). */
    static PyType bestBase(PyObject[] bases) {
        PyType winner = null;
        PyType base = null;
        for (PyObject b : bases) {
            if (b instanceof PyClass) {
                continue;
            }
            if (!(b instanceof PyType bt)) {
                throw Py.TypeError("bases must be types");
            }
            PyType candidate = solidBase(bt);
            if (winner == null) {
                winner = candidate;
                base = bt;
            } else if (winner.isSubtypeOf(candidate)) {
                // keep
            } else if (candidate.isSubtypeOf(winner)) {
                winner = candidate;
                base = bt;
            } else {
                throw Py.TypeError("Error when calling the metaclass bases\n    multiple bases have instance lay-out conflict");
            }
        }
        if (base == null) {
            throw Py.TypeError("a new-style class can't have only classic bases");
        }
        return base;
    }

    /** The nearest ancestor that adds instance storage of its own ({@code solid_base}). */
    public static PyType solidBase(PyType t) {
        PyType base = t.getBase() == null ? PyType.OBJECT : solidBase(t.getBase());
        if (t.getBase() == null) {
            return t;
        }
        if (t.isHeap()) {
            return t.slotCount() > t.getBase().slotCount() ? t : base;
        }
        return t.getJavaClass() != t.getBase().getJavaClass() ? t : base;
    }

    // ---- MRO --------------------------------------------------------------------------

    private static PyObject[] mroFor(PyType type, PyType metatype) {
        if (metatype != PyType.TYPE) {
            PyObject mroMeth = metatype.lookup(PyStr.intern("mro"));
            if (mroMeth != null && mroMeth != PyType.TYPE.lookup(PyStr.intern("mro"))) {
                PyObject r = Ops.callMethod(mroMeth, type);
                PyObject[] m = Ops.toArray(r);
                for (PyObject o : m) {
                    if (!(o instanceof PyType) && !(o instanceof PyClass)) {
                        throw Py.TypeError("mro() returned a non-class ('" + o.getType().getName() + "')");
                    }
                }
                return m;
            }
        }
        return computeMro(type).toArray(new PyObject[0]);
    }

    private static List<PyObject> mroOf(PyObject c) {
        if (c instanceof PyType t) {
            return new ArrayList<>(List.of(t.getMro()));
        }
        List<PyObject> out = new ArrayList<>();
        classicMro((PyClass) c, out);
        return out;
    }

    private static void classicMro(PyClass c, List<PyObject> out) {
        if (!out.contains(c)) {
            out.add(c);
        }
        for (PyClass b : c.getBases()) {
            classicMro(b, out);
        }
    }

    /** C3 linearization of {@code type} over its bases. */
    public static List<PyObject> computeMro(PyType type) {
        PyObject[] bases = type.getBases();
        List<List<PyObject>> seqs = new ArrayList<>();
        for (PyObject b : bases) {
            seqs.add(mroOf(b));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyObject> result = new ArrayList<>();
        result.add(type);
        while (true) {
            boolean empty = true;
            for (List<PyObject> s : seqs) {
                if (!s.isEmpty()) {
                    empty = false;
                    break;
                }
            }
            if (empty) {
                return result;
            }
            PyObject candidate = null;
            for (List<PyObject> s : seqs) {
                if (s.isEmpty()) {
                    continue;
                }
                PyObject head = s.get(0);
                boolean inTail = false;
                for (List<PyObject> s2 : seqs) {
                    if (s2.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                Set<String> names = new LinkedHashSet<>();
                for (List<PyObject> s : seqs) {
                    if (!s.isEmpty()) {
                        names.add(baseName(s.get(0)));
                    }
                }
                throw Py.TypeError("Error when calling the metaclass bases\n    Cannot create a consistent method resolution\n"
                        + "order (MRO) for bases " + String.join(", ", names));
            }
            result.add(candidate);
            for (List<PyObject> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    // ---- __bases__ and __class__ assignment -------------------------------------------------

    static void setBases(PyType type, PyObject value) {
        if (!type.isHeap()) {
            throw Py.TypeError("can't set " + type.getName() + ".__bases__");
        }
        if (!(value instanceof PyTuple t)) {
            throw Py.TypeError("can only assign tuple to " + type.getName() + ".__bases__, not " + value.getType().getName());
        }
        if (t.size() == 0) {
            throw Py.TypeError("can only assign non-empty tuple to " + type.getName() + ".__bases__, not ()");
        }
        for (int i = 0; i < t.size(); i++) {
            PyObject b = t.get(i);
            if (!(b instanceof PyType) && !(b instanceof PyClass)) {
                throw Py.TypeError(type.getName() + ".__bases__ must be tuple of old- or new-style classes, not '"
                        + b.getType().getName() + "'");
            }
            if (b instanceof PyType bt && bt.isSubtypeOf(type)) {
                throw Py.TypeError("a __bases__ item causes an inheritance cycle");
            }
        }
        PyType newBase = bestBase(t.toArray());
        if (solidBase(newBase) != solidBase(type.getBase())) {
            throw Py.TypeError("__bases__ assignment: '" + newBase.getName() + "' deallocator differs from '"
                    + type.getBase().getName() + "'");
        }
        PyObject[] oldBases = type.getBases();
        PyType oldBase = type.getBase();
        type.setBasesRaw(t.toArray(), newBase);
        try {
            type.setMro(mroFor(type, type.getType()));
            for (PyType sub : type.getSubclasses()) {
                sub.setMro(mroFor(sub, sub.getType()));
            }
        } catch (PyException e) {
            type.setBasesRaw(oldBases, oldBase);
            type.setMro(mroFor(type, type.getType()));
            throw e;
        }
    }

    static void setClass(PyObject obj, PyObject value) {
        if (!(value instanceof PyType newType)) {
            throw Py.TypeError("__class__ must be set to new-style class, not '" + value.getType().getName() + "' object");
        }
        PyType oldType = obj.getType();
        if (!newType.isHeap() || !oldType.isHeap() || !(obj instanceof Derived d)) {
            throw Py.TypeError("__class__ assignment: only for heap types");
        }
        if (solidBase(newType) != solidBase(oldType) || newType.instancesHaveDict() != oldType.instancesHaveDict()
                || newType.slotCount() != oldType.slotCount()) {
            throw Py.TypeError("__class__ assignment: '" + newType.getName() + "' object layout differs from '"
                    + oldType.getName() + "'");
        }
        d.setType(newType);
    }

    static PyException abstractInstantiation(PyType t) {
        PyObject am = t.getDict().getItem(PyStr.intern("__abstractmethods__"));
        List<String> names = new ArrayList<>();
        if (am != null) {
            for (PyObject n : Ops.toList(am)) {
                names.add(n.toString());
            }
        }
        names.sort(null);
        return Py.TypeError("Can't instantiate abstract class " + t.getName() + " with abstract methods "
                + String.join(", ", names));
    }
}
