package taipan.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A struct sequence (CPython's {@code structseq}): a read-only record whose first
 * {@code n_sequence_fields} fields also behave as a tuple ({@code sys.version_info},
 * {@code sys.flags}, {@code time.struct_time}, {@code posix.stat_result}...). Fields may be
 * unnamed (index only) and fields past the visible ones are reachable by name only.
 *
 * <p>Each struct sequence type is made once with {@link #newType}; instances with
 * {@link #of}.
 */
public class PyStructSequence extends PyObject {

    /** What a struct sequence type holds: its field names (null = unnamed) and sizes. */
    private static final class Desc {
        final PyType type;
        final String[] names;
        /** The named fields, in order (2.7's tp_members: repr and __reduce__ index into it). */
        final String[] members;
        final int nSequence;
        final int nUnnamed;
        final boolean constructible;

        Desc(PyType type, String[] names, int nSequence, boolean constructible) {
            this.type = type;
            this.names = names;
            this.nSequence = nSequence;
            this.constructible = constructible;
            List<String> m = new ArrayList<>();
            int unnamed = 0;
            for (String n : names) {
                if (n == null) {
                    unnamed++;
                } else {
                    m.add(n);
                }
            }
            this.members = m.toArray(new String[0]);
            this.nUnnamed = unnamed;
        }
    }

    private static final Map<PyType, Desc> DESCS = new ConcurrentHashMap<>();

    private final Desc desc;
    private final PyObject[] values;

    private PyStructSequence(Desc desc, PyObject[] values) {
        this.desc = desc;
        this.values = values;
    }

    /**
     * A new struct sequence type.
     *
     * @param qualifiedName "module.name", as its repr and errors show it ("sys.flags")
     * @param names         the field names, null for an unnamed field
     * @param docs          the fields' docstrings (may be null, or hold nulls)
     * @param nSequence     how many leading fields are visible as a sequence
     * @param constructible false for types whose instances only the runtime creates
     *                      ("cannot create 'sys.flags' instances")
     */
    public static PyType newType(String qualifiedName, String doc, String[] names, String[] docs, int nSequence,
                                 boolean constructible) {
        PyType t = PyType.newBuiltin(qualifiedName, PyType.OBJECT, PyStructSequence.class, PyStructSequence.class, doc);
        Desc d = new Desc(t, names.clone(), nSequence, constructible);
        DESCS.put(t, d);
        PyDict dict = t.getDict();
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            if (n == null) {
                continue;
            }
            final int index = i;
            String fdoc = docs == null || i >= docs.length ? null : docs[i];
            dict.setItem(PyStr.intern(n), new PyGetSetDescr(n, t, o -> ((PyStructSequence) o).values[index],
                    (o, v) -> {
                        throw Py.TypeError("readonly attribute");
                    }, o -> {
                        throw Py.TypeError("readonly attribute");
                    }, fdoc));
        }
        dict.setItem(PyStr.intern("n_sequence_fields"), PyInt.of(nSequence));
        dict.setItem(PyStr.intern("n_fields"), PyInt.of(names.length));
        dict.setItem(PyStr.intern("n_unnamed_fields"), PyInt.of(d.nUnnamed));
        return t;
    }

    /** An instance: one value per field (visible fields first). */
    public static PyStructSequence of(PyType type, PyObject... values) {
        Desc d = DESCS.get(type);
        if (d == null || values.length != d.names.length) {
            throw new IllegalArgumentException("not a struct sequence of " + values.length + " fields: " + type);
        }
        return new PyStructSequence(d, values.clone());
    }

    @Override
    public PyType getType() {
        return desc.type;
    }

    /** The value of field i (visible or not). */
    public PyObject get(int i) {
        return values[i];
    }

    /** The visible fields as a tuple. */
    public PyTuple toTuple() {
        PyObject[] v = new PyObject[desc.nSequence];
        System.arraycopy(values, 0, v, 0, v.length);
        return PyTuple.of(v);
    }

    private String typeName() {
        return desc.type.qualifiedName();
    }

    // ---- construction -------------------------------------------------------------------

    private static final String[] NEW_PARAMS = {"sequence", "dict"};

    @ExposedNew
    static PyObject structseq_new(PyType subtype, PyObject[] args, String[] kw) {
        Desc d = null;
        for (PyObject t : subtype.getMro()) {
            d = DESCS.get(t);
            if (d != null) {
                break;
            }
        }
        if (d == null || !d.constructible) {
            throw Py.TypeError("cannot create '" + subtype.qualifiedName() + "' instances");
        }
        PyObject[] a = ArgParser.parse("structseq", args, kw, NEW_PARAMS, 1);
        PyObject[] seq;
        try {
            seq = Ops.toArray(a[0]);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                throw Py.TypeError("constructor requires a sequence");
            }
            throw e;
        }
        PyObject dict = a[1] == Py.None ? null : a[1];
        String name = subtype.qualifiedName();
        if (dict != null && !(dict instanceof PyDict)) {
            throw Py.TypeError(name + "() takes a dict as second arg, if any");
        }
        int len = seq.length, min = d.nSequence, max = d.names.length;
        if (len < min || len > max) {
            String how = min == max ? "a" : len < min ? "an at least" : "an at most";
            throw Py.TypeError(name + "() takes " + how + " " + (len < min ? min : max) + "-sequence (" + len
                    + "-sequence given)");
        }
        PyObject[] values = new PyObject[max];
        System.arraycopy(seq, 0, values, 0, len);
        for (int i = len; i < max; i++) {
            PyObject v = null;
            if (dict != null) {
                v = ((PyDict) dict).getItem(PyStr.of(d.members[i - d.nUnnamed]));
            }
            values[i] = v == null ? Py.None : v;
        }
        return new PyStructSequence(d, values);
    }

    @ExposedMethod(names = "__reduce__")
    public PyObject structseqReduce() {
        PyDict hidden = new PyDict();
        for (int i = desc.nSequence; i < values.length; i++) {
            hidden.setItem(PyStr.of(desc.members[i - desc.nUnnamed]), values[i]);
        }
        return PyTuple.of(desc.type, PyTuple.of(toTuple(), hidden));
    }

    // ---- the sequence side ------------------------------------------------------------------

    @Override
    public int __len__() {
        return desc.nSequence;
    }

    @Override
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice) {
            return toTuple().__getitem__(key);
        }
        if (key instanceof PyInt || key instanceof PyLong || key.getType().lookup(N.__index__) != null) {
            PyObject idx = Ops.index(key);
            if (idx instanceof PyLong) {
                throw Py.IndexError("cannot fit 'long' into an index-sized integer");
            }
            long i = ((PyInt) idx).value;
            if (i < 0) {
                i += desc.nSequence;
            }
            if (i < 0 || i >= desc.nSequence) {
                throw Py.IndexError("tuple index out of range");
            }
            return values[(int) i];
        }
        throw Py.TypeError("structseq index must be integer");
    }

    @ExposedMethod
    public PyObject __getslice__(PyObject i, PyObject j) {
        return Ops.getslice(toTuple(), i, j);
    }

    @Override
    public boolean __contains__(PyObject item) {
        for (int i = 0; i < desc.nSequence; i++) {
            if (Ops.richCompareBool(values[i], item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject __iter__() {
        return new PySeqIter(this);
    }

    @Override
    public PyObject __add__(PyObject o) {
        return Ops.add(toTuple(), o);
    }

    @Override
    public PyObject __mul__(PyObject o) {
        return Ops.mul(toTuple(), o);
    }

    @Override
    public PyObject __rmul__(PyObject o) {
        return Ops.mul(o, toTuple());
    }

    @Override
    public long __hash__() {
        return Ops.hash(toTuple());
    }

    @Override public PyObject __eq__(PyObject o) { return Ops.richCompare(toTuple(), o, CompareOp.EQ); }
    @Override public PyObject __ne__(PyObject o) { return Ops.richCompare(toTuple(), o, CompareOp.NE); }
    @Override public PyObject __lt__(PyObject o) { return Ops.richCompare(toTuple(), o, CompareOp.LT); }
    @Override public PyObject __le__(PyObject o) { return Ops.richCompare(toTuple(), o, CompareOp.LE); }
    @Override public PyObject __gt__(PyObject o) { return Ops.richCompare(toTuple(), o, CompareOp.GT); }
    @Override public PyObject __ge__(PyObject o) { return Ops.richCompare(toTuple(), o, CompareOp.GE); }

    /** "name(field=value, ...)", cut with "..." past 2.7's 512-byte buffer. */
    @Override
    public PyObject __repr__() {
        final int limit = 512 - 5;
        StringBuilder sb = new StringBuilder();
        String tn = typeName();
        sb.append(tn.length() > 100 ? tn.substring(0, 100) : tn).append('(');
        boolean removeLast = false;
        for (int i = 0; i < desc.nSequence; i++) {
            String name = i < desc.members.length ? desc.members[i] : "";
            String r = Ops.repr(values[i]).toString();
            int nul = r.indexOf('\0');
            if (nul >= 0) {
                r = r.substring(0, nul);
            }
            if (sb.length() + name.length() + r.length() + 3 <= limit) {
                sb.append(name).append('=').append(r).append(", ");
                removeLast = true;
            } else {
                sb.append("...");
                removeLast = false;
                break;
            }
        }
        if (removeLast) {
            sb.setLength(sb.length() - 2);
        }
        return PyStr.of(sb.append(')').toString());
    }
}
