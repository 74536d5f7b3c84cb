package taipan.modules.sys;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import taipan.runtime.*;

/**
 * The {@code sys} module: CPython 2.7's attributes and functions on Linux. The interpreter's
 * per-run settings (command-line flags, warning options, the module search path) are applied
 * by {@link #configure} once the command line is known.
 */
@PyModuleDef(name = "sys", doc = "This module provides access to some objects used or maintained by the\n"
        + "interpreter and to functions that interact strongly with the interpreter.\n\n"
        + "Dynamic objects:\n\n"
        + "argv -- command line arguments; argv[0] is the script pathname if known\n"
        + "path -- module search path; path[0] is the script directory, else ''\n"
        + "modules -- dictionary of loaded modules\n\n"
        + "displayhook -- called to show results in an interactive session\n"
        + "excepthook -- called to handle any uncaught exception other than SystemExit\n"
        + "  To customize printing in an interactive session or to install a custom\n"
        + "  top-level exception handler, assign other functions to replace these.\n\n"
        + "exitfunc -- if sys.exitfunc exists, this routine is called when Python exits\n"
        + "  Assigning to sys.exitfunc is deprecated; use the atexit module instead.\n\n"
        + "stdin -- standard input file object; used by raw_input() and input()\n"
        + "stdout -- standard output file object; used by the print statement\n"
        + "stderr -- standard error object; used for error messages\n"
        + "  By assigning other file objects (or objects that behave like files)\n"
        + "  to these, it is possible to redirect all of the interpreter's I/O.\n\n"
        + "last_type -- type of last uncaught exception\n"
        + "last_value -- value of last uncaught exception\n"
        + "last_traceback -- traceback of last uncaught exception\n"
        + "  These three are only available in an interactive session after a\n"
        + "  traceback has been printed.\n\n"
        + "exc_type -- type of exception currently being handled\n"
        + "exc_value -- value of exception currently being handled\n"
        + "exc_traceback -- traceback of exception currently being handled\n"
        + "  The function exc_info() should be used instead of these three,\n"
        + "  because it is thread-safe.\n\n"
        + "Static objects:\n\n"
        + "float_info -- a dict with information about the float inplementation.\n"
        + "long_info -- a struct sequence with information about the long implementation.\n"
        + "maxint -- the largest supported integer (the smallest is -maxint-1)\n"
        + "maxsize -- the largest supported length of containers.\n"
        + "maxunicode -- the largest supported character\n"
        + "builtin_module_names -- tuple of module names built into this interpreter\n"
        + "version -- the version of this interpreter as a string\n"
        + "version_info -- version information as a named tuple\n"
        + "hexversion -- version information encoded as a single integer\n"
        + "copyright -- copyright notice pertaining to this interpreter\n"
        + "platform -- platform identifier\n"
        + "executable -- absolute path of the executable binary of the Python interpreter\n"
        + "prefix -- prefix used to find the Python library\n"
        + "exec_prefix -- prefix used to find the machine-specific Python library\n"
        + "float_repr_style -- string indicating the style of repr() output for floats\n"
        + "__stdin__ -- the original stdin; don't touch!\n"
        + "__stdout__ -- the original stdout; don't touch!\n"
        + "__stderr__ -- the original stderr; don't touch!\n"
        + "__displayhook__ -- the original displayhook; don't touch!\n"
        + "__excepthook__ -- the original excepthook; don't touch!\n\n"
        + "Functions:\n\n"
        + "displayhook() -- print an object to the screen, and save it in __builtin__._\n"
        + "excepthook() -- print an exception and its traceback to sys.stderr\n"
        + "exc_info() -- return thread-safe information about the current exception\n"
        + "exc_clear() -- clear the exception state for the current thread\n"
        + "exit() -- exit the interpreter by raising SystemExit\n"
        + "getdlopenflags() -- returns flags to be used for dlopen() calls\n"
        + "getprofile() -- get the global profiling function\n"
        + "getrefcount() -- return the reference count for an object (plus one :-)\n"
        + "getrecursionlimit() -- return the max recursion depth for the interpreter\n"
        + "getsizeof() -- return the size of an object in bytes\n"
        + "gettrace() -- get the global debug tracing function\n"
        + "setcheckinterval() -- control how often the interpreter checks for events\n"
        + "setdlopenflags() -- set the flags to be used for dlopen() calls\n"
        + "setprofile() -- set the global profiling function\n"
        + "setrecursionlimit() -- set the max recursion depth for the interpreter\n"
        + "settrace() -- set the global debug tracing function\n")
public final class SysModule {
    private SysModule() {}

    static final String VERSION = "2.7.18";
    /** Taipan's own notice (it implements the Python 2.7 language; none of CPython's code is in it). */
    static final String COPYRIGHT = "Copyright (c) 2026 The Taipan developers.\nAll Rights Reserved.";

    // ---- struct sequence types --------------------------------------------------------

    private static final String[] FLAG_NAMES = {"debug", "py3k_warning", "division_warning", "division_new", "inspect",
        "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "tabcheck",
        "verbose", "unicode", "bytes_warning", "hash_randomization"};
    private static final String[] FLAG_DOCS = {"-d", "-3", "-Q", "-Qnew", "-i", "-i", "-O or -OO", "-B", "-s", "-S", "-E",
        "-t or -tt", "-v", "-U", "-b", "-R"};
    static final PyType FLAGS_TYPE = PyStructSequence.newType("sys.flags",
            "sys.flags\n\nFlags provided through command line arguments or environment vars.", FLAG_NAMES, FLAG_DOCS,
            FLAG_NAMES.length, false);

    static final PyType VERSION_INFO_TYPE = PyStructSequence.newType("sys.version_info",
            "sys.version_info\n\nVersion information as a named tuple.",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"},
            new String[] {"Major release number", "Minor release number", "Patch release number",
                "'alpha', 'beta', 'candidate', or 'final'", "Serial release number"}, 5, false);

    static final PyType FLOAT_INFO_TYPE = PyStructSequence.newType("sys.float_info",
            "sys.float_info\n\nA structseq holding information about the float type. It contains low level\n"
                    + "information about the precision and internal representation. Please study\n"
                    + "your system's :file:`float.h` for more information.",
            new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
                "radix", "rounds"},
            new String[] {"DBL_MAX -- maximum representable finite float",
                "DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable",
                "DBL_MAX_10_EXP -- maximum int e such that 10**e is representable",
                "DBL_MIN -- Minimum positive normalized float",
                "DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float",
                "DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized", "DBL_DIG -- digits",
                "DBL_MANT_DIG -- mantissa digits",
                "DBL_EPSILON -- Difference between 1 and the next representable float",
                "FLT_RADIX -- radix of exponent", "FLT_ROUNDS -- rounding mode"}, 11, true);

    static final PyType LONG_INFO_TYPE = PyStructSequence.newType("sys.long_info",
            "sys.long_info\n\nA struct sequence that holds information about Python's\n"
                    + "internal representation of integers.  The attributes are read only.",
            new String[] {"bits_per_digit", "sizeof_digit"},
            new String[] {"size of a digit in bits", "size in bytes of the C type used to represent a digit"}, 2, true);

    // ---- the module object ------------------------------------------------------------------

    /** Creates the module object (see Interp.createBuiltinModule). */
    static PyModule newModule(String name) {
        return new SysModuleObject(name);
    }

    static SysModuleObject sys() {
        return (SysModuleObject) Interp.current().sysModule();
    }

    static void init(PyModule m) {
        Interp interp = Interp.current();
        PyObject stdin = PyFile.stdin();
        PyObject stdout = PyFile.stdout();
        PyObject stderr = PyFile.stderr();
        if (stdin != null) {
            m.set("stdin", stdin);
            m.set("__stdin__", stdin);
        }
        m.set("stdout", stdout);
        m.set("__stdout__", stdout);
        m.set("stderr", stderr);
        m.set("__stderr__", stderr);
        m.set("__displayhook__", m.get("displayhook"));
        m.set("__excepthook__", m.get("excepthook"));
        m.set("modules", interp.modules);
        m.set("meta_path", new PyList());
        m.set("path_hooks", new PyList());
        m.set("path_importer_cache", new PyDict());
        m.set("path", new PyList(searchPath(false)));
        m.set("argv", new PyList(new PyObject[] {PyStr.EMPTY}));
        m.set("warnoptions", new PyList());
        m.set("api_version", PyInt.of(1013));
        m.set("byteorder", PyStr.of(java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big"));
        m.set("copyright", PyStr.of(COPYRIGHT));
        m.set("platform", PyStr.of("linux2"));
        // the form platform._sys_version parses: "version (buildno) \n[compiler]"
        m.set("version", PyStr.of(VERSION + " (Taipan) \n[Java " + System.getProperty("java.version", "") + "]"));
        m.set("version_info", PyStructSequence.of(VERSION_INFO_TYPE, PyInt.of(2), PyInt.of(7), PyInt.of(18),
                PyStr.of("final"), PyInt.of(0)));
        m.set("hexversion", PyInt.of(0x20712f0));
        m.set("subversion", PyTuple.of(PyStr.of("CPython"), PyStr.EMPTY, PyStr.EMPTY));
        m.set("_git", PyTuple.of(PyStr.of("CPython"), PyStr.EMPTY, PyStr.EMPTY));
        m.set("maxint", PyInt.of(Long.MAX_VALUE));
        m.set("maxsize", PyInt.of(Long.MAX_VALUE));
        m.set("maxunicode", PyInt.of(0x10ffff));
        m.set("float_repr_style", PyStr.of("short"));
        m.set("float_info", PyStructSequence.of(FLOAT_INFO_TYPE, new PyFloat(Double.MAX_VALUE), PyInt.of(1024),
                PyInt.of(308), new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15),
                PyInt.of(53), new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        m.set("long_info", PyStructSequence.of(LONG_INFO_TYPE, PyInt.of(30), PyInt.of(4)));
        List<PyObject> names = new ArrayList<>();
        java.util.TreeSet<String> builtin = interp.builtinModuleNames();
        builtin.add("__main__");
        for (String n : builtin) {
            names.add(PyStr.of(n));
        }
        m.set("builtin_module_names", PyTuple.of(names));
        String exe = executable();
        m.set("executable", PyStr.of(exe));
        String prefix = prefix(exe);
        m.set("prefix", PyStr.of(prefix));
        m.set("exec_prefix", PyStr.of(prefix));
        m.set("exc_type", Py.None);
        applyFlags(m, new Config());
        ((SysModuleObject) m).snapshot();
    }

    /** The launcher's path: the system property taipan.executable, else $TAIPAN_EXECUTABLE, else ''. */
    static String executable() {
        String exe = System.getProperty("taipan.executable");
        if (exe == null || exe.isEmpty()) {
            exe = System.getenv("TAIPAN_EXECUTABLE");
        }
        return exe == null ? "" : exe;
    }

    /** The installation prefix: taipan.home, else the directory above {@code bin/} of the executable. */
    static String prefix(String exe) {
        String home = System.getProperty("taipan.home");
        if (home != null && !home.isEmpty()) {
            return home;
        }
        java.nio.file.Path p = exe.isEmpty() ? null : java.nio.file.Path.of(exe).toAbsolutePath().getParent();
        if (p != null && p.getFileName() != null && p.getFileName().toString().equals("bin") && p.getParent() != null) {
            return p.getParent().toString();
        }
        return "";
    }

    /** PYTHONPATH's entries (unless ignored), then our library resources. */
    private static List<PyObject> searchPath(boolean ignoreEnvironment) {
        List<PyObject> path = new ArrayList<>();
        String pp = ignoreEnvironment ? null : System.getenv("PYTHONPATH");
        if (pp != null && !pp.isEmpty()) {
            for (String e : pp.split(":", -1)) {
                path.add(PyStr.of(e));
            }
        }
        String lib = LineCache.CLASSPATH_PREFIX;
        path.add(PyStr.of(lib.substring(0, lib.length() - 1)));
        return path;
    }

    // ---- configuration from the command line ------------------------------------------------

    /** The command-line settings that sys shows (sys.flags and friends); defaults as CPython's. */
    public static final class Config {
        public int debug, py3kWarning, divisionWarning, divisionNew, inspect, interactive, optimize, dontWriteBytecode,
                noUserSite, noSite, ignoreEnvironment, tabcheck, verbose, unicode, bytesWarning, hashRandomization;
        public final List<String> warnOptions = new ArrayList<>();
    }

    /**
     * Applies the command line to sys: sys.flags (with the PYTHON* environment variables unless
     * -E), sys.dont_write_bytecode, sys.py3kwarning, sys.warnoptions, sys.path's PYTHONPATH
     * entries, and the optimisation level (Interp.optimize, __builtin__.__debug__). Called by
     * the launcher before the program runs.
     */
    public static void configure(Interp interp, Config c) {
        PyModule m = interp.sysModule();
        if (c.ignoreEnvironment == 0) {
            c.debug = Math.max(c.debug, envLevel("PYTHONDEBUG"));
            c.verbose = Math.max(c.verbose, envLevel("PYTHONVERBOSE"));
            c.optimize = Math.max(c.optimize, envLevel("PYTHONOPTIMIZE"));
            c.inspect = Math.max(c.inspect, envLevel("PYTHONINSPECT") > 0 ? 1 : 0);
            c.dontWriteBytecode = Math.max(c.dontWriteBytecode, envLevel("PYTHONDONTWRITEBYTECODE") > 0 ? 1 : 0);
            c.noUserSite = Math.max(c.noUserSite, envLevel("PYTHONNOUSERSITE") > 0 ? 1 : 0);
            String seed = System.getenv("PYTHONHASHSEED");
            if (seed != null && !seed.isEmpty() && !seed.equals("0")) {
                c.hashRandomization = 1;
            }
            String w = System.getenv("PYTHONWARNINGS");
            if (w != null && !w.isEmpty()) {
                for (String item : w.split(",")) {
                    c.warnOptions.add(item.strip());
                }
            }
        }
        applyFlags(m, c);
        // -O (or PYTHONOPTIMIZE): asserts are compiled out and __debug__ is False
        interp.optimize = c.optimize > 0;
        interp.builtinsModule().set("__debug__", Py.bool(c.optimize == 0));
        List<PyObject> path = searchPath(c.ignoreEnvironment != 0);
        if (c.noSite == 0) {
            path = absoluteUnique(path);
        }
        m.set("path", new PyList(path));
        PyObject wo = m.get("warnoptions");
        if (wo instanceof PyList l) {
            for (String w : c.warnOptions) {
                l.append(PyStr.of(w));
            }
        }
    }

    /** What site.py's removeduppaths does: entries made absolute, duplicates dropped. */
    private static List<PyObject> absoluteUnique(List<PyObject> path) {
        String lib = LineCache.CLASSPATH_PREFIX.substring(0, LineCache.CLASSPATH_PREFIX.length() - 1);
        java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
        for (PyObject e : path) {
            String s = e.toString();
            if (!s.equals(lib)) {
                try {
                    s = java.nio.file.Path.of(s).toAbsolutePath().normalize().toString();
                } catch (java.nio.file.InvalidPathException ex) {
                    // left as it is
                }
            }
            seen.add(s);
        }
        List<PyObject> out = new ArrayList<>();
        for (String s : seen) {
            out.add(PyStr.of(s));
        }
        return out;
    }

    /** A PYTHON* variable as CPython reads it: unset or empty is 0, a number n is n, anything else 1. */
    private static int envLevel(String name) {
        String v = System.getenv(name);
        if (v == null || v.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(v.strip());
            return Math.max(n, 1);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void applyFlags(PyModule m, Config c) {
        int[] v = {c.debug, c.py3kWarning, c.divisionWarning, c.divisionNew, c.inspect, c.interactive, c.optimize,
            c.dontWriteBytecode, c.noUserSite, c.noSite, c.ignoreEnvironment, c.tabcheck, c.verbose, c.unicode,
            c.bytesWarning, c.hashRandomization};
        PyObject[] o = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = PyInt.of(v[i]);
        }
        m.set("flags", PyStructSequence.of(FLAGS_TYPE, o));
        m.set("dont_write_bytecode", Py.bool(c.dontWriteBytecode != 0));
        m.set("py3kwarning", Py.bool(c.py3kWarning != 0));
    }

    // ---- exceptions ----------------------------------------------------------------------------

    @ExposedMethod(doc = "exc_info() -> (type, value, traceback)\n\nReturn information about the most recent exception caught by an except\nclause in the current stack frame or in an older stack frame.")
    static PyObject exc_info() {
        PyException e = ThreadState.get().exc;
        if (e == null) {
            return PyTuple.of(Py.None, Py.None, Py.None);
        }
        return PyTuple.of(e.type, e.value == null ? Py.None : e.value, e.traceback == null ? Py.None : e.traceback);
    }

    @ExposedMethod(doc = "exc_clear() -> None\n\nClear global information on the current exception.  Subsequent calls to\nexc_info() will return (None,None,None) until another exception is raised\nin the current thread or the execution stack returns to a frame where\nanother exception is being handled.")
    static PyObject exc_clear() {
        ThreadState.get().exc = null;
        return Py.None;
    }

    @ExposedMethod(doc = "exit([status])\n\nExit the interpreter by raising SystemExit(status).\nIf the status is omitted or None, it defaults to zero (i.e., success).\nIf the status is an integer, it will be used as the system exit status.\nIf it is another kind of object, it will be printed and the system\nexit status will be one (i.e., failure).")
    static PyObject exit(PyObject[] args, String[] kw) {
        unpack("exit", args, kw, 0, 1);
        throw Exceptions.forRaise(Exceptions.SystemExit, args.length == 0 ? Py.None : args[0], null);
    }

    @ExposedMethod(doc = "excepthook(exctype, value, traceback) -> None\n\nHandle an exception by displaying it with a traceback on sys.stderr.\n")
    static PyObject excepthook(PyObject[] args, String[] kw) {
        unpack("excepthook", args, kw, 3, 3);
        Interp interp = Interp.current();
        PyObject err = interp.sysGet("stderr");
        if (err == null || err == Py.None) {
            System.err.print("lost sys.stderr\n");
            return Py.None;
        }
        flushLine(interp);
        PyObject out = interp.sysGet("stdout");
        if (out instanceof PyFile f) {
            f.flush();
        }
        PyTraceback tb = args[2] instanceof PyTraceback t ? t : null;
        TracebackPrinter.writeStderr(TracebackPrinter.format(args[0], args[1], tb));
        return Py.None;
    }

    /** Py_FlushLine: ends the pending line of sys.stdout (softspace set by a trailing comma). */
    private static void flushLine(Interp interp) {
        PyObject out = interp.sysGet("stdout");
        if (out != null && out != Py.None && Interp.softspace(out, false)) {
            Interp.writeString(out, "\n");
        }
    }

    @ExposedMethod(doc = "displayhook(object) -> None\n\nPrint an object to sys.stdout and also save it in __builtin__._\n")
    static PyObject displayhook(PyObject o) {
        if (o == Py.None) {
            return Py.None;
        }
        Interp interp = Interp.current();
        PyObject builtins = interp.modules.getItem(PyStr.intern("__builtin__"));
        if (builtins == null) {
            throw Py.RuntimeError("lost __builtin__");
        }
        Ops.setattr(builtins, "_", Py.None);
        flushLine(interp);
        PyObject out = interp.sysGet("stdout");
        if (out == null) {
            throw Py.RuntimeError("lost sys.stdout");
        }
        Interp.writeObject(out, o, false);
        Interp.softspace(out, true);
        flushLine(interp);
        Ops.setattr(builtins, "_", o);
        return Py.None;
    }

    // ---- frames, tracing, recursion ------------------------------------------------------------

    @ExposedMethod(names = "_getframe", doc = "_getframe([depth]) -> frameobject\n\nReturn a frame object from the call stack.  If optional integer depth is\ngiven, return the frame object that many calls below the top of the stack.\nIf that is deeper than the call stack, ValueError is raised.  The default\nfor depth is zero, returning the frame at the top of the call stack.\n\nThis function should be used for internal and specialized\npurposes only.")
    static PyObject getframe(PyObject[] args, String[] kw) {
        tuple("_getframe", args, kw, 0, 1);
        int depth = args.length == 0 ? 0 : Py.asIntArg(args[0]);
        PyFrame f = ThreadState.get().frame;
        while (depth > 0 && f != null) {
            f = f.back;
            depth--;
        }
        if (f == null) {
            throw Py.ValueError("call stack is not deep enough");
        }
        return f;
    }

    @ExposedMethod(doc = "call_tracing(func, args) -> object\n\nCall func(*args), while tracing is enabled.  The tracing state is\nsaved, and restored afterwards.  This is intended to be called from\na debugger from a checkpoint, to recursively debug some other code.")
    static PyObject call_tracing(PyObject[] args, String[] kw) {
        tuple("call_tracing", args, kw, 2, 2);
        if (!(args[1] instanceof PyTuple t)) {
            throw Py.TypeError("call_tracing() argument 2 must be tuple, not "
                    + (args[1] == Py.None ? "None" : args[1].getType().getName()));
        }
        // as _PyEval_CallTracing: events are reported inside func even when called from a tracer
        ThreadState ts = ThreadState.get();
        boolean saved = ts.tracing;
        ts.tracing = false;
        try {
            return Ops.call(args[0], t.toArray(), null);
        } finally {
            ts.tracing = saved;
        }
    }

    @ExposedMethod(doc = "settrace(function)\n\nSet the global debug tracing function.  It will be called on each\nfunction call.  See the debugger chapter in the library manual.")
    static PyObject settrace(PyObject f) {
        Tracing.setTrace(ThreadState.get(), f);
        return Py.None;
    }

    @ExposedMethod(doc = "gettrace()\n\nReturn the global debug tracing function set with sys.settrace.\nSee the debugger chapter in the library manual.")
    static PyObject gettrace() {
        PyObject f = ThreadState.get().traceFunc;
        return f == null ? Py.None : f;
    }

    @ExposedMethod(doc = "setprofile(function)\n\nSet the profiling function.  It will be called on each function call\nand return.  See the profiler chapter in the library manual.")
    static PyObject setprofile(PyObject f) {
        Tracing.setProfile(ThreadState.get(), f);
        return Py.None;
    }

    @ExposedMethod(doc = "getprofile()\n\nReturn the profiling function set with sys.setprofile.\nSee the profiler chapter in the library manual.")
    static PyObject getprofile() {
        PyObject f = ThreadState.get().profileFunc;
        return f == null ? Py.None : f;
    }

    @ExposedMethod(doc = "getrecursionlimit()\n\nReturn the current value of the recursion limit, the maximum depth\nof the Python interpreter stack.  This limit prevents infinite\nrecursion from causing an overflow of the C stack and crashing Python.")
    static PyObject getrecursionlimit() {
        return PyInt.of(Interp.current().recursionLimit);
    }

    @ExposedMethod(doc = "setrecursionlimit(n)\n\nSet the maximum depth of the Python interpreter stack to n.  This\nlimit prevents infinite recursion from causing an overflow of the C\nstack and crashing Python.  The highest possible limit is platform-\ndependent.")
    static PyObject setrecursionlimit(PyObject[] args, String[] kw) {
        tuple("setrecursionlimit", args, kw, 1, 1);
        int n = Py.asIntArg(args[0]);
        if (n <= 0) {
            throw Py.ValueError("recursion limit must be positive");
        }
        Interp.current().recursionLimit = n;
        return Py.None;
    }

    @ExposedMethod(doc = "getcheckinterval() -> current check interval; see setcheckinterval().")
    static PyObject getcheckinterval() {
        return PyInt.of(sys().checkInterval);
    }

    @ExposedMethod(doc = "setcheckinterval(n)\n\nTell the Python interpreter to check for asynchronous events every\nn instructions.  This also affects how often thread switches occur.")
    static PyObject setcheckinterval(PyObject[] args, String[] kw) {
        tuple("setcheckinterval", args, kw, 1, 1);
        sys().checkInterval = Py.asIntArg(args[0]);
        return Py.None;
    }

    @ExposedMethod(doc = "getdlopenflags() -> int\n\nReturn the current value of the flags that are used for dlopen calls.\nThe flag constants are defined in the ctypes and DLFCN modules.")
    static PyObject getdlopenflags() {
        return PyInt.of(sys().dlopenFlags);
    }

    @ExposedMethod(doc = "setdlopenflags(n) -> None\n\nSet the flags used by the interpreter for dlopen calls, such as when the\ninterpreter loads extension modules.  Among other things, this will enable\na lazy resolving of symbols when importing a module, if called as\nsys.setdlopenflags(0).  To share symbols across extension modules, call as\nsys.setdlopenflags(ctypes.RTLD_GLOBAL).  Symbolic names for the flag modules\ncan be either found in the ctypes module, or in the DLFCN module. If DLFCN\nis not available, it can be generated from /usr/include/dlfcn.h using the\nh2py script.")
    static PyObject setdlopenflags(PyObject[] args, String[] kw) {
        tuple("setdlopenflags", args, kw, 1, 1);
        sys().dlopenFlags = Py.asIntArg(args[0]);
        return Py.None;
    }

    @ExposedMethod(names = "_clear_type_cache", doc = "_clear_type_cache() -> None\nClear the internal type lookup cache.")
    static PyObject clearTypeCache() {
        return Py.None;
    }

    @ExposedMethod(doc = "callstats() -> tuple of integers\n\nReturn a tuple of function call statistics, if CALL_PROFILE was defined\nwhen Python was built.  Otherwise, return None.\n\nWhen enabled, this function returns detailed, implementation-specific\ndetails about the number of function calls executed. The return value is\na 11-tuple where the entries in the tuple are counts of:\n0. all function calls\n1. calls to PyFunction_Type objects\n2. PyFunction calls that do not create an argument tuple\n3. PyFunction calls that do not create an argument tuple\n   and bypass PyEval_EvalCodeEx()\n4. PyMethod calls\n5. PyMethod calls on bound methods\n6. PyType calls\n7. PyCFunction calls\n8. generator calls\n9. All other calls\n10. Number of stack pops performed by call_function()")
    static PyObject callstats() {
        return Py.None;
    }

    // ---- encodings --------------------------------------------------------------------------

    @ExposedMethod(doc = "getdefaultencoding() -> string\n\nReturn the current default string encoding used by the Unicode \nimplementation.")
    static PyObject getdefaultencoding() {
        return PyStr.of(sys().defaultEncoding);
    }

    @ExposedMethod(doc = "setdefaultencoding(encoding)\n\nSet the current default string encoding used by the Unicode implementation.")
    static PyObject setdefaultencoding(PyObject[] args, String[] kw) {
        tuple("setdefaultencoding", args, kw, 1, 1);
        PyObject a = args[0];
        if (a instanceof PyUnicode u) {
            a = PyStr.fromUnicodeDefault(u);
        }
        if (!(a instanceof PyStr)) {
            throw Py.TypeError("setdefaultencoding() argument 1 must be string, not "
                    + (a == Py.None ? "None" : a.getType().getName()));
        }
        String enc = a.toString();
        checkEncoding(enc);
        sys().defaultEncoding = enc;
        return Py.None;
    }

    /** LookupError for an encoding that the codec registry (or, without it, Java) does not know. */
    private static void checkEncoding(String enc) {
        Interp interp = Interp.current();
        PyObject codecs = null;
        try {
            codecs = interp.importModule("codecs");
        } catch (PyException e) {
            if (!e.matches(Exceptions.ImportError)) {
                throw e;
            }
        }
        if (codecs != null) {
            Ops.invoke(codecs, "lookup", PyStr.of(enc));
            return;
        }
        boolean known;
        try {
            known = java.nio.charset.Charset.isSupported(enc.replace('_', '-'));
        } catch (IllegalArgumentException e) {
            known = false;
        }
        if (!known) {
            throw new PyException(Exceptions.LookupError, "unknown encoding: " + enc);
        }
    }

    /**
     * The default encoding of str/unicode conversions ({@code sys.getdefaultencoding()}):
     * "ascii" unless changed with {@code sys.setdefaultencoding}.
     */
    public static String defaultEncoding(Interp interp) {
        return interp.sysModule() instanceof SysModuleObject s ? s.defaultEncoding : "ascii";
    }

    @ExposedMethod(doc = "getfilesystemencoding() -> string\n\nReturn the encoding used to convert Unicode filenames in\noperating system filenames.")
    static PyObject getfilesystemencoding() {
        return PyStr.of("UTF-8");
    }

    // ---- object sizes ------------------------------------------------------------------------

    @ExposedMethod(doc = "getrefcount(object) -> integer\n\nReturn the reference count of object.  The count returned is generally\none higher than you might expect, because it includes the (temporary)\nreference as an argument to getrefcount().")
    static PyObject getrefcount(PyObject o) {
        // no reference counts on the JVM: shared singletons report many references, others two
        boolean shared = o == Py.None || o instanceof PyBool || o == Py.Ellipsis || o == Py.NotImplemented
                || (o instanceof PyType t && !t.isHeap()) || (o.getClass() == PyInt.class && ((PyInt) o).value >= -5
                && ((PyInt) o).value <= 256) || (o instanceof PyStr s && s.isInterned());
        return PyInt.of(shared ? 1000 : 2);
    }

    private static final String[] SIZEOF_PARAMS = {"object", "default"};
    /** CPython 2.7's PyGC_Head on 64-bit Linux. */
    private static final int GC_HEAD_SIZE = 32;

    @ExposedMethod(doc = "getsizeof(object, default) -> int\n\nReturn the size of object in bytes.")
    static PyObject getsizeof(PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("getsizeof", args, kw, SIZEOF_PARAMS, 1);
        PyObject o = a[0];
        PyObject dflt = a[1];
        long size;
        try {
            PyObject r;
            if (o instanceof PyInstance) {
                r = PyInt.of(40);
            } else {
                PyObject m = o.getType().lookup(N.__sizeof__);
                if (m == null) {
                    throw Py.TypeError("Type " + o.getType().getName() + " doesn't define __sizeof__");
                }
                r = Ops.callMethod(m, o);
            }
            size = ssize(r);
        } catch (PyException e) {
            if (dflt != null && e.matches(Exceptions.TypeError)) {
                return dflt;
            }
            throw e;
        }
        if (size < 0) {
            throw Py.ValueError("__sizeof__() should return >= 0");
        }
        return PyInt.of(isGc(o) ? size + GC_HEAD_SIZE : size);
    }

    /** PyInt_AsSsize_t: an int, a long that fits, or anything with __int__. */
    private static long ssize(PyObject r) {
        if (!(r instanceof PyInt) && !(r instanceof PyLong)) {
            PyObject i = Ops.intOrNull(r);
            if (i == null) {
                throw Py.TypeError("an integer is required");
            }
            r = i;
        }
        if (r instanceof PyInt i) {
            return i.value;
        }
        java.math.BigInteger b = ((PyLong) r).value;
        if (b.bitLength() > 63) {
            throw Py.OverflowError("long int too large to convert to int");
        }
        return b.longValue();
    }

    /** Objects CPython's cyclic GC tracks (they carry a GC header). */
    private static boolean isGc(PyObject o) {
        if (o instanceof PyType t) {
            return t.isHeap();
        }
        if (o.getType().isHeap()) {
            return true;
        }
        return !(o instanceof PyInt || o instanceof PyLong || o instanceof PyFloat || o instanceof PyComplex
                || o instanceof PyBaseString || o == Py.None || o == Py.Ellipsis || o == Py.NotImplemented
                || o instanceof PyStructSequence || o instanceof PySlice || o instanceof PyXRange
                || o instanceof PyFile || o instanceof PyCode);
    }

    // ---- argument checks ----------------------------------------------------------------------

    private static void unpack(String name, PyObject[] args, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError(name + "() takes no keyword arguments");
        }
        int n = args.length;
        if (n < min) {
            throw Py.TypeError(name + " expected " + (min == max ? "" : "at least ") + min + " arguments, got " + n);
        }
        if (n > max) {
            throw Py.TypeError(name + " expected " + (min == max ? "" : "at most ") + max + " arguments, got " + n);
        }
    }

    private static void tuple(String name, PyObject[] args, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw Py.TypeError(name + "() takes no keyword arguments");
        }
        int n = args.length;
        if (n < min || n > max) {
            int k = n < min ? min : max;
            String how = min == max ? "exactly" : n < min ? "at least" : "at most";
            throw Py.TypeError(name + "() takes " + how + " " + k + " argument" + (k == 1 ? "" : "s") + " (" + n + " given)");
        }
    }

    /**
     * The sys module object: exc_type/exc_value/exc_traceback follow the exception being
     * handled, and reload(sys) restores the attributes sys started with that were deleted since
     * (which is how 2.7 programs get setdefaultencoding back after site.py removed it).
     */
    static final class SysModuleObject extends PyModule implements ReloadableModule {
        private static final PyStr EXC_TYPE = PyStr.intern("exc_type");
        private static final PyStr EXC_VALUE = PyStr.intern("exc_value");
        private static final PyStr EXC_TRACEBACK = PyStr.intern("exc_traceback");

        volatile int checkInterval = 100;
        volatile int dlopenFlags = 2;
        volatile String defaultEncoding = "ascii";
        private PyDict initial;

        SysModuleObject(String name) {
            super(name);
        }

        void snapshot() {
            initial = getDict().copy();
        }

        @Override
        public void reload() {
            PyDict saved = initial;
            if (saved == null) {
                return;
            }
            // the attributes deleted since (setdefaultencoding, by site.py) come back; the
            // others keep their current values (CPython would also reset replaced streams)
            PyDict d = getDict();
            for (Map.Entry<PyObject, PyObject> e : entries(saved)) {
                if (d.getItem(e.getKey()) == null) {
                    d.setItem(e.getKey(), e.getValue());
                }
            }
        }

        private static List<Map.Entry<PyObject, PyObject>> entries(PyDict d) {
            List<Map.Entry<PyObject, PyObject>> out = new ArrayList<>();
            for (PyDict.Entry e : d.entries()) {
                out.add(Map.entry(e.key(), e.value()));
            }
            return out;
        }

        @Override
        public PyObject lookupAttr(PyStr name) {
            if (name.size() >= 8 && name.byteAt(0) == 'e' && name.byteAt(3) == '_') {
                int which = name.equals(EXC_TYPE) ? 0 : name.equals(EXC_VALUE) ? 1 : name.equals(EXC_TRACEBACK) ? 2 : -1;
                if (which >= 0) {
                    PyException e = ThreadState.get().exc;
                    if (e != null) {
                        // like 2.7's set_exc_info, the names stay defined (as None) afterwards
                        PyDict d = getDict();
                        d.setItem(EXC_TYPE, Py.None);
                        d.setItem(EXC_VALUE, Py.None);
                        d.setItem(EXC_TRACEBACK, Py.None);
                        PyObject v = which == 0 ? e.type : which == 1 ? e.value : e.traceback;
                        return v == null ? Py.None : v;
                    }
                }
            }
            return super.lookupAttr(name);
        }
    }
}
