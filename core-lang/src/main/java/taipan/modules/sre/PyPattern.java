package taipan.modules.sre;

import java.util.ArrayList;
import java.util.List;

import taipan.runtime.*;

/** {@code _sre.SRE_Pattern}: a compiled regular expression. */
@ExposedType(name = "_sre.SRE_Pattern", subclassable = false, doc = "Compiled regular expression objects")
public final class PyPattern extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin(PyPattern.class);

    final Program program;
    /** The source pattern (str, unicode, or None for patterns compiled from a parse tree). */
    final PyObject pattern;
    final int flags;
    final int groups;
    /** Name → group mapping (null when not given to _sre.compile). */
    final PyObject groupindex;
    /** Group → name sequence (null when not given). */
    final PyObject indexgroup;

    /** An engine kept for the next match()/search() (taken exclusively, so thread-safe). */
    private final java.util.concurrent.atomic.AtomicReference<Engine> spare = new java.util.concurrent.atomic.AtomicReference<>();

    /** The last replacement template compiled for sub() ({template, Template}). */
    private volatile Object[] lastTemplate;

    PyPattern(Program program, PyObject pattern, int flags, int groups, PyObject groupindex, PyObject indexgroup) {
        this.program = program;
        this.pattern = pattern;
        this.flags = flags;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    // ---- attributes ----

    @ExposedGet(name = "pattern")
    public PyObject getPattern() {
        return pattern == null ? Py.None : pattern;
    }

    @ExposedSet(name = "pattern")
    public void setPattern(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "pattern")
    public void delPattern() {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedGet(name = "flags")
    public PyObject getFlags() {
        return PyInt.of(flags);
    }

    @ExposedSet(name = "flags")
    public void setFlags(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "flags")
    public void delFlags() {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedGet(name = "groups")
    public PyObject getGroups() {
        return PyInt.of(groups);
    }

    @ExposedSet(name = "groups")
    public void setGroups(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "groups")
    public void delGroups() {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedGet(name = "groupindex")
    public PyObject getGroupindex() {
        return groupindex == null ? Py.None : groupindex;
    }

    @ExposedSet(name = "groupindex")
    public void setGroupindex(PyObject v) {
        throw Py.TypeError("readonly attribute");
    }

    @ExposedDelete(name = "groupindex")
    public void delGroupindex() {
        throw Py.TypeError("readonly attribute");
    }

    // ---- helpers ----

    PyMatch newMatch(Engine st, Subject subject) {
        return new PyMatch(this, subject, PyMatch.regs(st, groups), st.pos, st.endpos, st.lastindex);
    }

    /** {@code state_getslice}: a group of the current state, None or '' when unmatched. */
    private static PyObject stateSlice(Engine st, Subject subject, int group, boolean empty) {
        int index = (group - 1) * 2;
        if (index >= st.lastmark || st.mark[index] < 0 || st.mark[index + 1] < 0) {
            return empty ? subject.slice(0, 0) : Py.None;
        }
        return subject.slice(st.mark[index], st.mark[index + 1]);
    }

    Template template(PyObject repl) {
        Object[] last = lastTemplate;
        if (last != null && last[0].getClass() == repl.getClass() && last[0].equals(repl)) {
            return (Template) last[1];
        }
        Template t = Template.parse(repl, groupindex == null ? Py.None : groupindex);
        lastTemplate = new Object[] {repl, t};
        return t;
    }

    /** A buffer template is literal unless it holds a backslash (as bytes or 4-byte characters). */
    private static boolean hasBackslash(BufferProtocol bp) {
        for (byte b : bp.bufferBytes()) {
            if (b == '\\') {
                return true;
            }
        }
        return false;
    }

    private static boolean run(Engine st, boolean search) {
        try {
            return search ? st.search() : st.match();
        } catch (Engine.EngineError e) {
            throw Py.RuntimeError(e.getMessage());
        } catch (StackOverflowError e) {
            throw Py.RuntimeError("maximum recursion limit exceeded");
        }
    }

    private static final String[] MATCH_KW = {"string", "pos", "endpos", "pattern"};
    private static final String[] FINDALL_KW = {"string", "pos", "endpos", "source"};
    private static final String[] SPLIT_KW = {"string", "maxsplit", "source"};
    private static final String[] SUB_KW = {"repl", "string", "count"};

    private static void maxPositional(String name, PyObject[] args, String[] kwnames, int max) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > max) {
            throw Py.TypeError(name + "() takes at most " + max + " positional arguments (" + npos + " given)");
        }
    }

    private PyObject matchOrSearch(String name, PyObject[] args, String[] kwnames, boolean search) {
        maxPositional(name, args, kwnames, 3);
        PyObject[] a = SreArgs.keywords(name, args, kwnames, MATCH_KW, 0);
        long pos = a[1] == null ? 0 : SreArgs.ssize(a[1]);
        long endpos = a[2] == null ? Long.MAX_VALUE : SreArgs.ssize(a[2]);
        PyObject string = SreArgs.subject(a[0], a[3], "pattern");
        Subject subject = Subject.of(string);
        Engine st = spare.getAndSet(null);
        if (st == null) {
            st = subject.engine(program, pos, endpos);
        } else {
            subject.init(st, pos, endpos);
        }
        PyObject result = run(st, search) ? newMatch(st, subject) : Py.None;
        st.release();
        spare.set(st);
        return result;
    }

    // ---- methods ----

    @ExposedMethod(doc = "match(string[, pos[, endpos]]) --> match object or None.\n    Matches zero or more characters at the beginning of the string")
    public PyObject match(PyObject[] args, String[] kwnames) {
        return matchOrSearch("match", args, kwnames, false);
    }

    @ExposedMethod(doc = "search(string[, pos[, endpos]]) --> match object or None.\n    Scan through string looking for a match, and return a corresponding\n    match object instance. Return None if no position in the string matches.")
    public PyObject search(PyObject[] args, String[] kwnames) {
        return matchOrSearch("search", args, kwnames, true);
    }

    @ExposedMethod(doc = "findall(string[, pos[, endpos]]) --> list.\n   Return a list of all non-overlapping matches of pattern in string.")
    public PyObject findall(PyObject[] args, String[] kwnames) {
        maxPositional("findall", args, kwnames, 3);
        PyObject[] a = SreArgs.keywords("findall", args, kwnames, FINDALL_KW, 0);
        long pos = a[1] == null ? 0 : SreArgs.ssize(a[1]);
        long endpos = a[2] == null ? Long.MAX_VALUE : SreArgs.ssize(a[2]);
        PyObject string = SreArgs.subject(a[0], a[3], "source");
        Subject subject = Subject.of(string);
        Engine st = subject.engine(program, pos, endpos);
        List<PyObject> list = new ArrayList<>();
        while (st.start <= st.end) {
            st.reset();
            st.ptr = st.start;
            if (!run(st, true)) {
                break;
            }
            PyObject item;
            switch (groups) {
                case 0:
                    item = subject.slice(st.start, st.ptr);
                    break;
                case 1:
                    item = stateSlice(st, subject, 1, true);
                    break;
                default: {
                    PyObject[] t = new PyObject[groups];
                    for (int i = 0; i < groups; i++) {
                        t[i] = stateSlice(st, subject, i + 1, true);
                    }
                    item = PyTuple.of(t);
                    break;
                }
            }
            list.add(item);
            st.start = st.ptr == st.start ? st.ptr + 1 : st.ptr;
        }
        return new PyList(list);
    }

    @ExposedMethod(doc = "finditer(string[, pos[, endpos]]) --> iterator.\n    Return an iterator over all non-overlapping matches for the \n    RE pattern in string. For each match, the iterator returns a\n    match object.")
    public PyObject finditer(PyObject[] args, String[] kwnames) {
        SreArgs.noKeywords("finditer", kwnames);
        PyObject scanner = scanner("scanner", args, kwnames);
        PyObject search = Ops.getattr(scanner, "search");
        PyObject iter = Interp.current().builtinsModule().get("iter");
        return Ops.call(iter, search, Py.None);
    }

    @ExposedMethod(names = "scanner")
    public PyObject scannerMethod(PyObject[] args, String[] kwnames) {
        return scanner("scanner", args, kwnames);
    }

    private PyObject scanner(String name, PyObject[] args, String[] kwnames) {
        SreArgs.positional(name, args, kwnames, 1, 3);
        long pos = args.length > 1 ? SreArgs.ssize(args[1]) : 0;
        long endpos = args.length > 2 ? SreArgs.ssize(args[2]) : Long.MAX_VALUE;
        Subject subject = Subject.of(args[0]);
        return new PyScanner(this, subject, subject.engine(program, pos, endpos));
    }

    @ExposedMethod(doc = "split(string[, maxsplit = 0])  --> list.\n    Split string by the occurrences of pattern.")
    public PyObject split(PyObject[] args, String[] kwnames) {
        maxPositional("split", args, kwnames, 2);
        PyObject[] a = SreArgs.keywords("split", args, kwnames, SPLIT_KW, 0);
        long maxsplit = a[1] == null ? 0 : SreArgs.ssize(a[1]);
        PyObject string = SreArgs.subject(a[0], a[2], "source");
        Subject subject = Subject.of(string);
        Engine st = subject.engine(program, 0, Long.MAX_VALUE);
        List<PyObject> list = new ArrayList<>();
        long n = 0;
        int last = st.start;
        while (maxsplit == 0 || n < maxsplit) {
            st.reset();
            st.ptr = st.start;
            if (!run(st, true)) {
                break;
            }
            if (st.start == st.ptr) {
                if (last == st.end) {
                    break;
                }
                st.start = st.ptr + 1;
                continue;
            }
            list.add(subject.slice(last, st.start));
            for (int i = 0; i < groups; i++) {
                list.add(stateSlice(st, subject, i + 1, false));
            }
            n++;
            last = st.start = st.ptr;
        }
        list.add(subject.slice(last, st.endpos));
        return new PyList(list);
    }

    @ExposedMethod(doc = "sub(repl, string[, count = 0]) --> newstring\n    Return the string obtained by replacing the leftmost non-overlapping\n    occurrences of pattern in string by the replacement repl.")
    public PyObject sub(PyObject[] args, String[] kwnames) {
        PyObject[] a = SreArgs.keywords("sub", args, kwnames, SUB_KW, 2);
        long count = a[2] == null ? 0 : SreArgs.ssize(a[2]);
        return subx(a[0], a[1], count, false);
    }

    @ExposedMethod(doc = "subn(repl, string[, count = 0]) --> (newstring, number of subs)\n    Return the tuple (new_string, number_of_subs_made) found by replacing\n    the leftmost non-overlapping occurrences of pattern with the\n    replacement repl.")
    public PyObject subn(PyObject[] args, String[] kwnames) {
        PyObject[] a = SreArgs.keywords("subn", args, kwnames, SUB_KW, 2);
        long count = a[2] == null ? 0 : SreArgs.ssize(a[2]);
        return subx(a[0], a[1], count, true);
    }

    private PyObject subx(PyObject repl, PyObject string, long count, boolean subn) {
        PyObject filter = null;
        Template tpl = null;
        PyObject literal = null;
        if (Ops.isCallable(repl)) {
            filter = repl;
        } else if (Subject.isString(repl)) {
            if (!Subject.hasBackslash(repl)) {
                literal = repl;
            } else {
                try {
                    tpl = template(repl);
                } catch (SreException e) {
                    throw SreModule.toPy(e);
                }
                if (tpl.literal != null) {
                    literal = tpl.literal;
                    tpl = null;
                }
            }
        } else if (repl instanceof BufferProtocol bp && !hasBackslash(bp)) {
            literal = repl;
        } else {
            PyObject re = Interp.current().importModule("re");
            PyObject f = Ops.call(Ops.getattr(re, "_subx"), this, repl);
            if (Ops.isCallable(f)) {
                filter = f;
            } else {
                literal = f;
            }
        }
        Subject subject = Subject.of(string);
        Engine st = subject.engine(program, 0, Long.MAX_VALUE);
        Output out = new Output(subject);
        boolean flatten = tpl != null && (tpl.unicode ? subject.obj.getClass() == PyUnicode.class
                : subject.obj.getClass() == PyStr.class);
        long n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            st.reset();
            st.ptr = st.start;
            if (!run(st, true)) {
                break;
            }
            int b = st.start, e = st.ptr;
            boolean skip = false;
            if (i < b) {
                out.appendSlice(i, b);
            } else if (i == b && i == e && n > 0) {
                skip = true;
            }
            if (!skip) {
                if (filter != null) {
                    PyObject item = Ops.call(filter, newMatch(st, subject));
                    if (item != Py.None) {
                        out.appendObject(item);
                    }
                } else if (tpl != null) {
                    try {
                        if (flatten) {
                            tpl.expandInto(out, PyMatch.regs(st, groups));
                        } else {
                            out.appendObject(tpl.expand(subject, PyMatch.regs(st, groups)));
                        }
                    } catch (SreException ex) {
                        throw SreModule.toPy(ex);
                    }
                } else if (literal != Py.None) {
                    out.appendObject(literal);
                }
                i = e;
                n++;
            }
            st.start = st.ptr == st.start ? st.ptr + 1 : st.ptr;
        }
        if (i < st.endpos) {
            out.appendSlice(i, st.endpos);
        }
        PyObject result = out.result();
        return subn ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    @ExposedMethod(names = "__copy__")
    public PyObject copy() {
        throw Py.TypeError("cannot copy this pattern object");
    }

    @ExposedMethod(names = "__deepcopy__")
    public PyObject deepcopy(PyObject memo) {
        throw Py.TypeError("cannot deepcopy this pattern object");
    }
}
