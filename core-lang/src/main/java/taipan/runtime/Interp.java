package taipan.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

import taipan.compiler.CompileError;
import taipan.compiler.Compiler;
import taipan.parse.ParseError;
import taipan.parse.ParseResult;
import taipan.parse.Parser;

/**
 * One Python interpreter: its module table, {@code sys}, {@code __builtin__}, and the
 * services the evaluator needs (compiling source, executing code, importing, printing).
 */
public final class Interp {
    private static volatile Interp defaultInterp;

    public final PyDict modules = new PyDict();
    private PyModule sys;
    private PyModule builtins;
    public int recursionLimit = 1000;
    /** -O: asserts and __debug__ off. */
    public boolean optimize;
    public final ImportSystem importer;
    private final Map<String, String> builtinModuleClasses = new HashMap<>();

    private Interp() {
        importer = new ImportSystem(this);
        for (ModuleProvider p : ServiceLoader.load(ModuleProvider.class, Interp.class.getClassLoader())) {
            builtinModuleClasses.putAll(p.modules());
        }
    }

    /**
     * The interpreter of the calling thread: the one its Python thread belongs to, or the
     * one bound to it with {@link ThreadState#bind}, else the process's default interpreter.
     */
    public static Interp current() {
        ThreadState ts = ThreadState.peek();
        if (ts != null) {
            return ts.interp;
        }
        return defaultInterp();
    }

    /** The process's default interpreter (created on first use). */
    public static Interp defaultInterp() {
        Interp i = defaultInterp;
        if (i == null) {
            synchronized (Interp.class) {
                if (defaultInterp == null) {
                    defaultInterp = create();
                }
                i = defaultInterp;
            }
        }
        return i;
    }

    /** A new, independent interpreter (its own sys, __builtin__ and sys.modules). */
    public static Interp create() {
        Interp fresh = new Interp();
        ThreadState saved = ThreadState.peek();
        ThreadState.bind(new ThreadState(fresh));
        try {
            fresh.init();
        } finally {
            ThreadState.bind(saved);
        }
        return fresh;
    }

    private void init() {
        builtins = createBuiltinModule("__builtin__");
        modules.setItem(PyStr.intern("__builtin__"), builtins);
        sys = createBuiltinModule("sys");
        modules.setItem(PyStr.intern("sys"), sys);
        PyModule exc = createBuiltinModule("exceptions");
        modules.setItem(PyStr.intern("exceptions"), exc);
    }

    /** Names of the Java modules known to this interpreter (sys.builtin_module_names). */
    public TreeSet<String> builtinModuleNames() {
        return new TreeSet<>(builtinModuleClasses.keySet());
    }

    public boolean isBuiltinModule(String name) {
        return builtinModuleClasses.containsKey(name);
    }

    /** Creates a Java-implemented module (not registered in sys.modules). */
    public PyModule createBuiltinModule(String name) {
        String cls = builtinModuleClasses.get(name);
        if (cls == null) {
            return null;
        }
        try {
            Class<?> c = Class.forName(cls, true, Interp.class.getClassLoader());
            PyModule m = newModuleObject(c, name);
            PyModuleDef def = c.getAnnotation(PyModuleDef.class);
            if (def != null && !def.doc().isEmpty()) {
                m.set("__doc__", PyStr.of(def.doc()));
            }
            Exposer.exposeModule(m, c);
            return m;
        } catch (ClassNotFoundException e) {
            throw Py.ImportError("No module named " + name);
        }
    }

    /** The module object: from the class's {@code static PyModule newModule(String)} if it has one. */
    private static PyModule newModuleObject(Class<?> c, String name) {
        java.lang.reflect.Method f;
        try {
            f = c.getDeclaredMethod("newModule", String.class);
        } catch (NoSuchMethodException e) {
            return new PyModule(name);
        }
        try {
            f.setAccessible(true);
            return (PyModule) f.invoke(null, name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create module " + name, e);
        }
    }

    public PyModule sysModule() {
        return sys;
    }

    public PyModule builtinsModule() {
        return builtins;
    }

    public PyDict builtinsDict() {
        return builtins.getDict();
    }

    /** An attribute of sys, or null. */
    public PyObject sysGet(String name) {
        return sys.getDict().getItem(PyStr.intern(name));
    }

    public void sysSet(String name, PyObject value) {
        sys.getDict().setItem(PyStr.intern(name), value);
    }

    // ---- compiling and executing ------------------------------------------------------

    /** Parses and compiles; syntax errors become Python SyntaxError exceptions. */
    public PyCode compile(byte[] source, String filename, String mode, int flags) {
        try {
            ParseResult r = Parser.parse(source, filename, mode, flags);
            return Compiler.compile(r.tree(), filename, r.futureFlags(), optimize);
        } catch (ParseError e) {
            throw syntaxError(e);
        } catch (CompileError e) {
            throw syntaxError(e, source);
        }
    }

    public PyCode compile(String source, String filename, String mode, int flags) {
        try {
            ParseResult r = Parser.parse(source, filename, mode, flags);
            return Compiler.compile(r.tree(), filename, r.futureFlags(), optimize);
        } catch (ParseError e) {
            throw syntaxError(e);
        } catch (CompileError e) {
            throw syntaxError(e, source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static PyException syntaxError(ParseError e) {
        PyType type;
        switch (e.kind().pythonName) {
            case "IndentationError": type = Exceptions.IndentationError; break;
            case "TabError": type = Exceptions.TabError; break;
            case "MemoryError": return new PyException(Exceptions.MemoryError);
            case "ValueError": return Py.ValueError(e.msg());
            default: type = Exceptions.SyntaxError;
        }
        String text = e.text();
        if (e.textFromFile() && e.filename() != null) {
            String fromFile = LineCache.getLine(e.filename(), e.line());
            if (fromFile != null) {
                text = fromFile;
            }
        }
        PyObject info = PyTuple.of(PyStr.of(e.filename() == null ? "<string>" : e.filename()), PyInt.of(e.line()),
                e.offset() == null ? Py.None : PyInt.of(e.offset()), text == null ? Py.None : PyStr.of(text));
        return new PyException(type, Exceptions.newInstance(type, PyStr.of(e.msg()), info));
    }

    private static PyException syntaxError(CompileError e, byte[] source) {
        if (e.line < 0) {
            // some of 2.7's compiler errors carry only a message
            return new PyException(Exceptions.SyntaxError, Exceptions.newInstance(Exceptions.SyntaxError, PyStr.of(e.getMessage())));
        }
        String text = LineCache.lineOf(source, e.line);
        PyObject info = PyTuple.of(PyStr.of(e.filename), PyInt.of(e.line), e.offset == 0 ? Py.None : PyInt.of(e.offset),
                text == null ? Py.None : PyStr.of(text));
        return new PyException(Exceptions.SyntaxError, Exceptions.newInstance(Exceptions.SyntaxError, PyStr.of(e.getMessage()), info));
    }

    /** Runs module-level code in a namespace (globals == locals unless given). */
    public PyObject runCode(PyCode code, PyDict globals, PyObject locals) {
        if (globals.getItem(N.__builtins__) == null) {
            globals.setItem(N.__builtins__, builtins);
        }
        PyObject b = globals.getItem(N.__builtins__);
        PyFrame f = new PyFrame(code, globals, b);
        f.localsDict = locals == null ? globals : locals;
        return PyFunction.run(f, ThreadState.get());
    }

    /** The body of exec/eval/execfile: code may be a code object, str, unicode or file. */
    public PyObject execIn(PyObject code, PyDict globals, PyObject locals, int flags, String mode) {
        PyCode c;
        if (code instanceof PyCode pc) {
            if (pc.freevars.length > 0) {
                throw Py.TypeError("code object passed to " + (mode.equals("eval") ? "eval()" : "exec") + " may not contain free variables");
            }
            c = pc;
        } else if (code instanceof PyUnicode u) {
            c = compile(u.toString(), "<string>", mode, flags);
        } else if (code instanceof PyStr s) {
            byte[] b = s.bytes();
            for (byte x : b) {
                if (x == 0) {
                    throw Py.TypeError((mode.equals("eval") ? "eval" : "exec") + "() arg 1 must be a string without null bytes");
                }
            }
            c = compile(b, "<string>", mode, flags | Parser.STRING_INPUT);
        } else if (Ops.getattrOrNull(code, "read") != null && mode.equals("exec")) {
            PyObject text = Ops.invoke(code, "read");
            return execIn(text, globals, locals, flags, mode);
        } else {
            throw Py.TypeError(mode.equals("eval") ? "eval() arg 1 must be a string or code object"
                    : "exec: arg 1 must be a string, file, or code object");
        }
        return runCode(c, globals, locals);
    }

    // ---- importing ---------------------------------------------------------------------

    /** {@code import name} from Java: returns the (sub)module itself. */
    public PyObject importModule(String name) {
        PyObject top = importer.importModuleLevel(name, null, Py.None, 0);
        PyObject m = modules.getItem(PyStr.of(name));
        return m != null && m != Py.None ? m : top;
    }

    // ---- printing (used by print and the REPL) ---------------------------------------------

    /** PyFile_SoftSpace: sets the softspace flag of a stream, returning the old value. */
    public static boolean softspace(PyObject out, boolean value) {
        if (out instanceof PyFile f) {
            boolean old = f.softspace != 0;
            f.softspace = value ? 1 : 0;
            return old;
        }
        boolean old = false;
        try {
            PyObject v = Ops.getattrOrNull(out, "softspace");
            if (v instanceof PyInt i) {
                old = i.value != 0;
            }
        } catch (PyException e) {
            // ignored, as CPython does
        }
        try {
            Ops.setattr(out, "softspace", PyInt.of(value ? 1 : 0));
        } catch (PyException e) {
            // ignored
        }
        return old;
    }

    public static void writeString(PyObject out, String s) {
        if (out instanceof PyFile f) {
            f.writeString(s);
            return;
        }
        Ops.invoke(out, "write", PyStr.of(s));
    }

    /** PyFile_WriteObject: str() (raw) or repr() of v to the stream. */
    public static void writeObject(PyObject out, PyObject v, boolean raw) {
        if (out instanceof PyFile f) {
            f.writeObject(v, raw);
            return;
        }
        PyObject value;
        if (raw) {
            value = v instanceof PyUnicode ? v : Ops.str(v);
        } else {
            value = Ops.repr(v);
        }
        Ops.invoke(out, "write", value);
    }
}
