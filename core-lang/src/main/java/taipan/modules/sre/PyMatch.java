package taipan.modules.sre;

import taipan.runtime.*;

/** {@code _sre.SRE_Match}: the result of a successful match or search. */
@ExposedType(name = "_sre.SRE_Match", subclassable = false,
        doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.")
public final class PyMatch extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyMatch.class);

    final PyPattern pattern;
    final Subject subject;
    /** Start and end of each group, group 0 first; -1 for a group that did not match. */
    final int[] regs;
    private final int pos, endpos, lastindex;
    private PyObject regsTuple;

    PyMatch(PyPattern pattern, Subject subject, int[] regs, int pos, int endpos, int lastindex) {
        this.pattern = pattern;
        this.subject = subject;
        this.regs = regs;
        this.pos = pos;
        this.endpos = endpos;
        this.lastindex = lastindex;
    }

    /** The spans of a successful engine run, as {@code pattern_new_match} reads them. */
    static int[] regs(Engine st, int groups) {
        int[] r = new int[2 * (groups + 1)];
        r[0] = st.start;
        r[1] = st.ptr;
        int[] mark = st.mark;
        int lastmark = st.lastmark;
        for (int i = 0, j = 0; i < groups; i++, j += 2) {
            if (j + 1 <= lastmark && mark[j] >= 0 && mark[j + 1] >= 0) {
                r[j + 2] = mark[j];
                r[j + 3] = mark[j + 1];
            } else {
                r[j + 2] = r[j + 3] = -1;
            }
        }
        return r;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private int ngroups() {
        return regs.length / 2;
    }

    /** {@code match_getindex}: a group number or name → index, -1 when unknown. */
    private long getindex(PyObject index) {
        if (index == null) {
            return 0;
        }
        if (index instanceof PyInt i) {
            return i.value;
        }
        if (index instanceof PyLong l) {
            return l.value.bitLength() > 63 ? -1 : l.value.longValue();
        }
        long i = -1;
        PyObject gi = pattern.groupindex;
        if (gi != null) {
            try {
                PyObject v = Ops.getitem(gi, index);
                if (v instanceof PyInt vi) {
                    i = vi.value;
                } else if (v instanceof PyLong vl) {
                    i = vl.value.bitLength() > 63 ? -1 : vl.value.longValue();
                }
            } catch (PyException e) {
                // PyErr_Clear: an unknown name is "no such group"
            }
        }
        return i;
    }

    private PyObject sliceByIndex(long index, PyObject def) {
        if (index < 0 || index >= ngroups()) {
            throw Py.IndexError("no such group");
        }
        int k = (int) index * 2;
        if (regs[k] < 0) {
            return def;
        }
        return subject.slice(regs[k], regs[k + 1]);
    }

    private long checkedIndex(PyObject index) {
        long i = getindex(index);
        if (i < 0 || i >= ngroups()) {
            throw Py.IndexError("no such group");
        }
        return i;
    }

    @ExposedMethod(doc = "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.")
    public PyObject group(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.TypeError("group() takes no keyword arguments");
        }
        switch (args.length) {
            case 0:
                return sliceByIndex(0, Py.None);
            case 1:
                return sliceByIndex(getindex(args[0]), Py.None);
            default: {
                PyObject[] out = new PyObject[args.length];
                for (int i = 0; i < args.length; i++) {
                    out[i] = sliceByIndex(getindex(args[i]), Py.None);
                }
                return PyTuple.of(out);
            }
        }
    }

    private static final String[] DEFAULT = {"default"};

    @ExposedMethod(doc = "groups([default=None]) -> tuple.\n    Return a tuple containing all the subgroups of the match, from 1.\n    The default argument is used for groups\n    that did not participate in the match")
    public PyObject groups(PyObject[] args, String[] kwnames) {
        PyObject def = SreArgs.keywords("groups", args, kwnames, DEFAULT, 0)[0];
        if (def == null) {
            def = Py.None;
        }
        PyObject[] out = new PyObject[ngroups() - 1];
        for (int i = 1; i < ngroups(); i++) {
            out[i - 1] = sliceByIndex(i, def);
        }
        return PyTuple.of(out);
    }

    @ExposedMethod(doc = "groupdict([default=None]) -> dict.\n    Return a dictionary containing all the named subgroups of the match,\n    keyed by the subgroup name. The default argument is used for groups\n    that did not participate in the match")
    public PyObject groupdict(PyObject[] args, String[] kwnames) {
        PyObject def = SreArgs.keywords("groupdict", args, kwnames, DEFAULT, 0)[0];
        if (def == null) {
            def = Py.None;
        }
        PyDict result = new PyDict();
        PyObject gi = pattern.groupindex;
        if (gi == null) {
            return result;
        }
        PyObject keys = Ops.invoke(gi, "keys");
        for (PyObject key : Ops.toArray(keys)) {
            result.__setitem__(key, sliceByIndex(getindex(key), def));
        }
        return result;
    }

    private PyObject oneGroupArg(String name, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.TypeError(name + "() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Py.TypeError(name + " expected at most 1 arguments, got " + args.length);
        }
        return args.length == 0 ? null : args[0];
    }

    @ExposedMethod(doc = "start([group=0]) -> int.\n    Return index of the start of the substring matched by group.")
    public PyObject start(PyObject[] args, String[] kwnames) {
        long i = checkedIndex(oneGroupArg("start", args, kwnames));
        return PyInt.of(regs[(int) i * 2]);
    }

    @ExposedMethod(doc = "end([group=0]) -> int.\n    Return index of the end of the substring matched by group.")
    public PyObject end(PyObject[] args, String[] kwnames) {
        long i = checkedIndex(oneGroupArg("end", args, kwnames));
        return PyInt.of(regs[(int) i * 2 + 1]);
    }

    @ExposedMethod(doc = "span([group]) -> tuple.\n    For MatchObject m, return the 2-tuple (m.start(group), m.end(group)).")
    public PyObject span(PyObject[] args, String[] kwnames) {
        long i = checkedIndex(oneGroupArg("span", args, kwnames));
        return PyTuple.of(PyInt.of(regs[(int) i * 2]), PyInt.of(regs[(int) i * 2 + 1]));
    }

    @ExposedMethod(doc = "expand(template) -> str.\n    Return the string obtained by doing backslash substitution\n    on the string template, as done by the sub() method.")
    public PyObject expand(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.TypeError("expand() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw Py.TypeError("expand() takes exactly one argument (" + args.length + " given)");
        }
        PyObject template = args[0];
        if (Subject.isString(template)) {
            try {
                return pattern.template(template).expand(subject, regs);
            } catch (SreException e) {
                throw SreModule.toPy(e);
            }
        }
        PyObject re = Interp.current().importModule("re");
        return Ops.call(Ops.getattr(re, "_expand"), pattern, this, template);
    }

    @ExposedMethod(names = "__copy__")
    public PyObject copy() {
        throw Py.TypeError("cannot copy this match object");
    }

    @ExposedMethod(names = "__deepcopy__")
    public PyObject deepcopy(PyObject memo) {
        throw Py.TypeError("cannot deepcopy this match object");
    }

    @ExposedGet(name = "string")
    public PyObject getString() {
        return subject.obj;
    }

    @ExposedSet(name = "string")
    public void setString(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "string")
    public void delString() {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedGet(name = "re")
    public PyObject getRe() {
        return pattern;
    }

    @ExposedSet(name = "re")
    public void setRe(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "re")
    public void delRe() {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedGet(name = "pos")
    public PyObject getPos() {
        return PyInt.of(pos);
    }

    @ExposedSet(name = "pos")
    public void setPos(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "pos")
    public void delPos() {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedGet(name = "endpos")
    public PyObject getEndpos() {
        return PyInt.of(endpos);
    }

    @ExposedSet(name = "endpos")
    public void setEndpos(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "endpos")
    public void delEndpos() {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedGet(name = "lastindex")
    public PyObject getLastindex() {
        return lastindex >= 0 ? PyInt.of(lastindex) : Py.None;
    }

    @ExposedGet(name = "lastgroup")
    public PyObject getLastgroup() {
        PyObject ig = pattern.indexgroup;
        if (ig != null && lastindex >= 0) {
            try {
                return Ops.getitem(ig, PyInt.of(lastindex));
            } catch (PyException e) {
                // PyErr_Clear
            }
        }
        return Py.None;
    }

    @ExposedGet(name = "regs")
    public PyObject getRegs() {
        PyObject r = regsTuple;
        if (r == null) {
            PyObject[] pairs = new PyObject[ngroups()];
            for (int i = 0; i < pairs.length; i++) {
                pairs[i] = PyTuple.of(PyInt.of(regs[2 * i]), PyInt.of(regs[2 * i + 1]));
            }
            r = regsTuple = PyTuple.of(pairs);
        }
        return r;
    }
}
