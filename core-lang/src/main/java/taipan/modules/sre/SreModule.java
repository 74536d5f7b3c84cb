package taipan.modules.sre;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import taipan.modules.sre.Tree.Item;
import taipan.runtime.*;

/**
 * The {@code _sre} module: {@code compile} (a pattern object from sre code words),
 * {@code getcodesize}, {@code getlower} and the constants, plus the entry points of the
 * Python-level modules ({@code sre_parse}, {@code sre_compile}) into the Java parser and
 * compiler: {@code _compile_string} (the path of re.compile), {@code _parse} (parse
 * trees for {@code sre_parse.parse}) and {@code _code} (code words for a parse tree).
 */
@PyModuleDef(name = "_sre")
public final class SreModule {
    private SreModule() {}

    @ExposedConstant
    static final int MAGIC = Sre.MAGIC;

    /**
     * Frames 2.7's parser adds below {@code sre_parse.parse} besides two per group level
     * (its first _parse_sub and _parse, and the tokenizer calls of the innermost level).
     */
    private static final int NESTING_FRAMES = 5;

    @ExposedConstant
    static final int CODESIZE = Sre.CODESIZE;

    @ExposedConstant
    static final String copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

    static void init(PyModule m) {
        m.set("MAXREPEAT", PyLong.of(Sre.MAXREPEAT));
    }

    // ---- errors ----

    /** The Python exception for a failure of the Java side. */
    static PyException toPy(SreException e) {
        switch (e.kind) {
            case OVERFLOW: return Py.OverflowError(e.getMessage());
            case ASSERTION: return Py.AssertionError(e.getMessage());
            case INDEX: return Py.IndexError(e.getMessage());
            case RUNTIME: return Py.RuntimeError(e.getMessage());
            default: {
                PyObject cls = Ops.getattr(Interp.current().importModule("sre_constants"), "error");
                return new PyException(cls, Ops.call(cls, PyStr.of(e.getMessage())));
            }
        }
    }

    /**
     * The parser nesting (two per group level, as 2.7's {@code nested} counts) at which
     * 2.7's recursive parser, using {@code frames} more frames than the current one and
     * one per nesting step, would exceed the recursion limit.
     */
    static int maxNesting(int frames) {
        ThreadState ts = ThreadState.get();
        return Math.max(0, ts.interp.recursionLimit - ts.depth - frames);
    }

    private static void lookbehindWarnings(int n) {
        for (int i = 0; i < n; i++) {
            PyObject warnings;
            try {
                warnings = Interp.current().importModule("warnings");
            } catch (PyException e) {
                if (e.matches(Exceptions.ImportError)) {
                    return; // no warnings module in this interpreter
                }
                throw e;
            }
            Ops.call(Ops.getattr(warnings, "warn"),
                    new PyObject[] {PyStr.of("group references in lookbehind assertions are not supported"),
                        Exceptions.RuntimeWarning, PyInt.of(4)},
                    null);
        }
    }

    // ---- _sre's own functions ----

    @ExposedMethod
    static PyObject getcodesize() {
        return PyInt.of(Sre.CODESIZE);
    }

    @ExposedMethod
    static PyObject getlower(PyObject[] args, String[] kwnames) {
        SreArgs.positional(null, args, kwnames, 2, 2);
        int ch = SreArgs.cint(args[0]);
        int flags = SreArgs.cint(args[1]);
        if (ch < 0 && (flags & (Sre.FLAG_LOCALE | Sre.FLAG_UNICODE)) == 0) {
            return PyInt.of(ch);
        }
        return PyInt.of(Chars.getlower(ch, flags));
    }

    private static final String[] COMPILE_KW = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"};

    /** {@code _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)}. */
    @ExposedMethod
    static PyObject compile(PyObject[] args, String[] kwnames) {
        SreArgs.positional(null, args, kwnames, 3, 6);
        PyObject pattern = args[0];
        int flags = SreArgs.cint(args[1]);
        PyObject code = args[2];
        if (!(code instanceof PyList list)) {
            throw Py.TypeError("argument 3 must be list, not " + code.getType().getName());
        }
        long groups = args.length > 3 ? SreArgs.ssize(args[3]) : 0;
        PyObject groupindex = args.length > 4 ? args[4] : null;
        PyObject indexgroup = args.length > 5 ? args[5] : null;
        PyObject[] items = Ops.toArray(list);
        long[] words = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            words[i] = codeWord(items[i]);
        }
        Program p;
        try {
            p = Compiled.program(words, flags, groups);
        } catch (SreException e) {
            throw toPy(e);
        }
        return new PyPattern(p, pattern, flags, (int) groups, groupindex, indexgroup);
    }

    /** A code word from a Python int: out of the unsigned 32-bit range is an overflow. */
    private static long codeWord(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (o instanceof PyLong l) {
            return l.value.bitLength() > 63 ? -1 : l.value.longValue();
        }
        throw Py.SystemError("Objects/longobject.c:426: bad argument to internal function");
    }

    // ---- the entry points of sre_compile and sre_parse ----

    static int[] codePoints(PyObject o) {
        if (o instanceof PyStr s) {
            byte[] b = s.bytes();
            int[] cps = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                cps[i] = b[i] & 0xff;
            }
            return cps;
        }
        if (o instanceof PyUnicode u) {
            return u.toString().codePoints().toArray();
        }
        throw Py.TypeError("first argument must be string or compiled pattern");
    }

    static int flagsArg(PyObject flags) {
        if (flags instanceof PyInt i) {
            return (int) i.value;
        }
        if (flags instanceof PyLong l) {
            return l.value.intValue();
        }
        throw Py.TypeError("unsupported operand type(s) for &: '" + flags.getType().getName() + "' and 'int'");
    }

    private static PyObject name(String n, boolean unicode) {
        return unicode ? PyUnicode.of(n) : PyStr.of(n);
    }

    /** {@code sre_compile.compile(string, flags)}: parse and compile in Java. */
    @ExposedMethod(names = "_compile_string")
    static PyObject compileString(PyObject pattern, PyObject flagsObj) {
        int flags = flagsArg(flagsObj);
        boolean unicode = pattern instanceof PyUnicode;
        Compiled c;
        try {
            // 2.7 parses below sre_compile.compile through sre_parse.parse: more frames
            c = Compiled.compile(codePoints(pattern), unicode, flags, maxNesting(NESTING_FRAMES + 2));
        } catch (SreException e) {
            throw toPy(e);
        } catch (StackOverflowError e) {
            throw Py.RuntimeError("maximum recursion depth exceeded");
        }
        lookbehindWarnings(c.parsed.lookbehindWarnings);
        PyDict groupindex = new PyDict();
        PyObject[] indexgroup = new PyObject[c.groups + 1];
        java.util.Arrays.fill(indexgroup, Py.None);
        for (Map.Entry<String, Integer> e : c.groupindex.entrySet()) {
            PyObject n = name(e.getKey(), unicode);
            groupindex.__setitem__(n, PyInt.of(e.getValue()));
            indexgroup[e.getValue()] = n;
        }
        return new PyPattern(c.program, pattern, c.flags, c.groups, groupindex, new PyList(indexgroup));
    }

    /**
     * {@code _parse(pattern, flags, make, opnames, atnames, chnames)} → (tree, flags,
     * groups, groupdict): the parse tree as sre_parse's (op, av) tuples, each subpattern
     * made by {@code make(list)}; the names are sre_constants' op, at and category strings.
     */
    @ExposedMethod(names = "_parse")
    static PyObject parse(PyObject[] args, String[] kwnames) {
        SreArgs.positional("_parse", args, kwnames, 6, 6);
        PyObject pattern = args[0];
        int flags = flagsArg(args[1]);
        boolean unicode = pattern instanceof PyUnicode;
        Parser.Result r;
        try {
            r = Parser.parse(codePoints(pattern), unicode, flags, maxNesting(NESTING_FRAMES));
        } catch (SreException e) {
            throw toPy(e);
        } catch (StackOverflowError e) {
            throw Py.RuntimeError("maximum recursion depth exceeded");
        }
        lookbehindWarnings(r.lookbehindWarnings);
        ToPython conv = new ToPython(args[2], Ops.toArray(args[3]), Ops.toArray(args[4]), Ops.toArray(args[5]));
        PyDict groupdict = new PyDict();
        for (Map.Entry<String, Integer> e : r.groupdict.entrySet()) {
            groupdict.__setitem__(name(e.getKey(), unicode), PyInt.of(e.getValue()));
        }
        return PyTuple.of(conv.tree(r.tree), PyInt.of(r.flags), PyInt.of(r.groups), groupdict);
    }

    /** Builds sre_parse's representation of a Java parse tree. */
    private static final class ToPython {
        final PyObject make;
        final PyObject[] ops, ats, chs;

        ToPython(PyObject make, PyObject[] ops, PyObject[] ats, PyObject[] chs) {
            this.make = make;
            this.ops = ops;
            this.ats = ats;
            this.chs = chs;
        }

        static PyObject num(long v) {
            return v == Sre.MAXREPEAT ? PyLong.of(v) : PyInt.of(v);
        }

        PyObject tree(Tree t) {
            PyObject[] data = new PyObject[t.size()];
            for (int i = 0; i < data.length; i++) {
                data[i] = item(t.get(i));
            }
            return Ops.call(make, new PyList(data));
        }

        PyObject item(Item it) {
            PyObject av;
            switch (it.op) {
                case Sre.ANY:
                case Sre.NEGATE:
                    av = Py.None;
                    break;
                case Sre.IN: {
                    PyObject[] set = new PyObject[it.set.size()];
                    for (int i = 0; i < set.length; i++) {
                        set[i] = item(it.set.get(i));
                    }
                    av = new PyList(set);
                    break;
                }
                case Sre.RANGE:
                    av = PyTuple.of(num(it.a), num(it.b));
                    break;
                case Sre.AT:
                    av = ats[(int) it.a];
                    break;
                case Sre.CATEGORY:
                    av = chs[(int) it.a];
                    break;
                case Sre.MAX_REPEAT:
                case Sre.MIN_REPEAT:
                    av = PyTuple.of(num(it.a), num(it.b), tree(it.t));
                    break;
                case Sre.SUBPATTERN:
                    av = PyTuple.of(it.noGroup ? Py.None : num(it.a), tree(it.t));
                    break;
                case Sre.BRANCH: {
                    PyObject[] alts = new PyObject[it.alts.size()];
                    for (int i = 0; i < alts.length; i++) {
                        alts[i] = tree(it.alts.get(i));
                    }
                    av = PyTuple.of(Py.None, new PyList(alts));
                    break;
                }
                case Sre.GROUPREF_EXISTS:
                    av = PyTuple.of(num(it.a), tree(it.t), it.t2 == null ? Py.None : tree(it.t2));
                    break;
                case Sre.ASSERT:
                case Sre.ASSERT_NOT:
                    av = PyTuple.of(num(it.a), tree(it.t));
                    break;
                default:
                    av = num(it.a);
                    break;
            }
            return PyTuple.of(ops[it.op], av);
        }
    }

    /**
     * {@code _code(subpattern, flags)}: the code words of a parse tree made of sre_parse
     * objects (SubPatterns or lists of (op, av) tuples), as {@code sre_compile._code}.
     */
    @ExposedMethod(names = "_code")
    static PyObject code(PyObject tree, PyObject flagsObj) {
        int flags = flagsArg(flagsObj);
        long[] words;
        try {
            words = Compiler.code(fromPython(tree), flags);
        } catch (SreException e) {
            throw toPy(e);
        } catch (StackOverflowError e) {
            throw Py.RuntimeError("maximum recursion depth exceeded");
        }
        PyObject[] out = new PyObject[words.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = words[i] > Integer.MAX_VALUE || words[i] < Integer.MIN_VALUE ? PyLong.of(words[i]) : PyInt.of(words[i]);
        }
        return new PyList(out);
    }

    private static String opName(PyObject op) {
        if (op instanceof PyStr s) {
            return s.toString();
        }
        throw Py.ValueError("('unsupported operand type', " + Ops.repr(op) + ")");
    }

    private static long num(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (o instanceof PyLong l) {
            return l.value.bitLength() > 62 ? (l.value.signum() < 0 ? -(1L << 62) : 1L << 62) : l.value.longValue();
        }
        if (o == Py.None) {
            return 0;
        }
        return Py.index(o);
    }

    private static PyObject[] pair(PyObject o) {
        PyObject[] t = Ops.toArray(o);
        if (t.length != 2) {
            throw Py.ValueError("too many values to unpack");
        }
        return t;
    }

    static Tree fromPython(PyObject sub) {
        Tree t = new Tree();
        for (PyObject entry : Ops.toArray(sub)) {
            t.add(itemFromPython(entry));
        }
        return t;
    }

    private static Item itemFromPython(PyObject entry) {
        PyObject[] opav = pair(entry);
        String name = opName(opav[0]);
        PyObject av = opav[1];
        int op = Sre.opcodeByName(name);
        switch (op) {
            case Sre.LITERAL: case Sre.NOT_LITERAL: case Sre.GROUPREF:
                return Item.of(op, num(av));
            case Sre.ANY: case Sre.NEGATE: case Sre.SUCCESS: case Sre.FAILURE:
                return new Item(op);
            case Sre.AT: {
                int at = Sre.indexOf(Sre.AT_NAMES, opName(av));
                return Item.of(op, at < 0 ? 0 : at);
            }
            case Sre.CATEGORY: {
                int ch = Sre.indexOf(Sre.CH_NAMES, opName(av));
                return Item.of(op, ch < 0 ? 0 : ch);
            }
            case Sre.RANGE: {
                PyObject[] r = pair(av);
                return Item.range(num(r[0]), num(r[1]));
            }
            case Sre.IN: {
                List<Item> set = new ArrayList<>();
                for (PyObject x : Ops.toArray(av)) {
                    set.add(itemFromPython(x));
                }
                return Item.in(set);
            }
            case Sre.CHARSET: case Sre.BIGCHARSET: {
                PyObject[] d = Ops.toArray(av);
                Item it = new Item(op);
                it.data = new long[d.length];
                for (int i = 0; i < d.length; i++) {
                    it.data[i] = num(d[i]);
                }
                return it;
            }
            case Sre.MAX_REPEAT: case Sre.MIN_REPEAT: case Sre.REPEAT: {
                PyObject[] r = Ops.toArray(av);
                return Item.repeat(op, num(r[0]), num(r[1]), fromPython(r[2]));
            }
            case Sre.SUBPATTERN: {
                PyObject[] r = pair(av);
                Tree body = fromPython(r[1]);
                if (r[0] == Py.None) {
                    return Item.subpattern(null, body);
                }
                Item it = Item.subpattern(0, body);
                it.a = num(r[0]);
                return it;
            }
            case Sre.BRANCH: {
                PyObject[] r = pair(av);
                List<Tree> alts = new ArrayList<>();
                for (PyObject x : Ops.toArray(r[1])) {
                    alts.add(fromPython(x));
                }
                return Item.branch(alts);
            }
            case Sre.GROUPREF_EXISTS: {
                PyObject[] r = Ops.toArray(av);
                Tree no = r[2] == Py.None || !Ops.isTrue(r[2]) ? null : fromPython(r[2]);
                return Item.groupRefExists(num(r[0]), fromPython(r[1]), no);
            }
            case Sre.ASSERT: case Sre.ASSERT_NOT: {
                PyObject[] r = pair(av);
                return Item.asserts(op, (int) num(r[0]), fromPython(r[1]));
            }
            case Sre.CALL: {
                Item it = new Item(op);
                it.t = fromPython(av);
                return it;
            }
            default:
                throw Py.ValueError("('unsupported operand type', " + Ops.repr(opav[0]) + ")");
        }
    }
}
