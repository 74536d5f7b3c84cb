package taipan.modules.warnings;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import taipan.runtime.*;

/**
 * {@code _warnings}: the interpreter's half of the warnings machinery (warn, warn_explicit
 * and the filters). Its state is looked up in {@code sys.modules['warnings']} at each call
 * (filters, onceregistry, defaultaction, showwarning); once one is deleted there, the value
 * last seen is used. Java code warns through {@link #warn(PyObject, String, int)}.
 */
@PyModuleDef(name = "_warnings", doc = "The interpreter's part of the warnings machinery: the filters, the\n"
        + "registries, warn() and warn_explicit().")
public final class WarningsModule {
    private WarningsModule() {}

    /** One interpreter's filters and registries (a fresh import of _warnings keeps them). */
    static final class State {
        final PyList initialFilters;
        final PyDict initialOnce = new PyDict();
        final PyStr initialAction = PyStr.of("default");
        PyObject filters;
        PyObject onceRegistry;
        PyObject defaultAction;

        State(Interp interp) {
            initialFilters = new PyList();
            PyObject py3k = interp.sysGet("py3kwarning");
            if (py3k == null || !Ops.isTrue(py3k)) {
                initialFilters.append(simple("ignore", Exceptions.DeprecationWarning));
            }
            initialFilters.append(simple("ignore", Exceptions.PendingDeprecationWarning));
            initialFilters.append(simple("ignore", Exceptions.ImportWarning));
            int bytesWarning = 0;
            PyObject flags = interp.sysGet("flags");
            if (flags != null) {
                PyObject b = Ops.getattrOrNull(flags, "bytes_warning");
                bytesWarning = b == null ? 0 : Py.asIntArg(b);
            }
            String action = bytesWarning > 1 ? "error" : bytesWarning == 1 ? "default" : "ignore";
            initialFilters.append(simple(action, Exceptions.BytesWarning));
            filters = initialFilters;
            onceRegistry = initialOnce;
            defaultAction = initialAction;
        }

        private static PyObject simple(String action, PyType category) {
            return PyTuple.of(PyStr.of(action), Py.None, category, Py.None, PyInt.of(0));
        }
    }

    private static final Map<Interp, State> STATES = Collections.synchronizedMap(new WeakHashMap<>());

    private static State state() {
        return STATES.computeIfAbsent(Interp.current(), State::new);
    }

    static void init(PyModule m) {
        State s = state();
        m.set("filters", s.initialFilters);
        m.set("once_registry", s.initialOnce);
        m.set("default_action", s.initialAction);
    }

    // ---- the state, as the warnings module has it ----------------------------------------

    private static PyObject warningsAttr(String name) {
        PyObject mod = Interp.current().modules.getItem(PyStr.of("warnings"));
        return mod == null ? null : Ops.getattrOrNull(mod, name);
    }

    private static PyList filters(State s) {
        PyObject f = warningsAttr("filters");
        if (f != null) {
            if (!(f instanceof PyList)) {
                throw Py.ValueError("_warnings.filters must be a list");
            }
            s.filters = f;
        }
        return (PyList) s.filters;
    }

    private static PyDict onceRegistry(State s) {
        PyObject r = warningsAttr("onceregistry");
        if (r != null) {
            if (!(r instanceof PyDict)) {
                throw Py.TypeError("warnings.onceregistry must be a dict");
            }
            s.onceRegistry = r;
        }
        return (PyDict) s.onceRegistry;
    }

    private static String defaultAction(State s) {
        PyObject a = warningsAttr("defaultaction");
        if (a != null) {
            s.defaultAction = a;
        }
        return actionName(s.defaultAction);
    }

    private static String actionName(PyObject a) {
        if (a instanceof PyStr || a instanceof PyUnicode) {
            return a.toString();
        }
        throw Py.TypeError("expected string or Unicode object, " + a.getType().getName() + " found");
    }

    private static boolean matches(PyObject pattern, PyObject text) {
        return pattern == Py.None || Ops.isTrue(Ops.invoke(pattern, "match", text));
    }

    // ---- warn_explicit ---------------------------------------------------------------------

    @ExposedMethod(doc = "warn_explicit(message, category, filename, lineno[, module[, registry[, module_globals]]])\n\n"
            + "Issue a warning whose location the caller gives.")
    static PyObject warn_explicit(PyObject[] args, String[] kw) {
        PyObject[] v = ArgParser.parse("warn_explicit", args, kw,
                new String[] {"message", "category", "filename", "lineno", "module", "registry", "module_globals"}, 4);
        if (!(v[3] instanceof PyInt || v[3] instanceof PyLong) || v[3] instanceof PyBool) {
            throw Py.TypeError("an integer is required");
        }
        PyObject registry = v[5] == null ? Py.None : v[5];
        if (registry != Py.None && !(registry instanceof PyDict)) {
            throw Py.TypeError("'registry' must be a dict or None");
        }
        PyObject globals = v[6] == null ? Py.None : v[6];
        warnExplicit(v[0], v[1], v[2], Py.asIntArg(v[3]), v[4] == null || v[4] == Py.None ? null : v[4], registry,
                globals);
        return Py.None;
    }

    private static PyObject moduleFromFilename(PyObject filename) {
        String f = filename.toString();
        if (f.isEmpty()) {
            return PyStr.of("<unknown>");
        }
        return f.endsWith(".py") ? PyStr.of(f.substring(0, f.length() - 3)) : filename;
    }

    static void warnExplicit(PyObject message, PyObject category, PyObject filename, int lineno, PyObject module,
            PyObject registry, PyObject globals) {
        if (module == null) {
            module = moduleFromFilename(filename);
        }
        PyObject text;
        if (Ops.isInstance(message, Exceptions.Warning)) {
            text = Ops.str(message);
            category = message.getType();
            if (message instanceof PyInstance inst) {
                category = inst.getInstClass();
            }
        } else {
            text = message;
            message = Ops.call(category, message);
        }
        PyObject lineObj = PyInt.of(lineno);
        PyObject key = PyTuple.of(text, category, lineObj);
        PyDict reg = registry instanceof PyDict d ? d : null;
        if (reg != null) {
            PyObject seen = reg.getItem(key);
            if (seen != null && Ops.isTrue(seen)) {
                return;
            }
        }
        State s = state();
        String action = null;
        PyObject item = Py.None;
        PyList fl = filters(s);
        for (int i = 0; i < fl.size(); i++) {
            PyObject it = fl.get(i);
            if (!(it instanceof PyTuple t) || t.size() != 5) {
                throw Py.ValueError("_warnings.filters item " + i + " isn't a 5-tuple");
            }
            int ln = Py.asIntArg(t.get(4));
            if (matches(t.get(1), text) && Ops.isSubclass(category, t.get(2)) && matches(t.get(3), module)
                    && (ln == 0 || ln == lineno)) {
                action = actionName(t.get(0));
                item = t;
                break;
            }
        }
        if (action == null) {
            action = defaultAction(s);
        }
        if (action.equals("error")) {
            throw Exceptions.forRaise(message, Py.None, Py.None);
        }
        if (action.equals("ignore")) {
            if (reg != null) {
                reg.setItem(key, Py.True);
            }
            return;
        }
        PyObject altKey = PyTuple.of(text, category);
        switch (action) {
            case "once" -> {
                PyDict once = reg;
                if (reg != null) {
                    reg.setItem(key, Py.True);
                } else {
                    once = onceRegistry(s);
                }
                PyObject seen = once.getItem(altKey);
                if (seen != null && Ops.isTrue(seen)) {
                    return;
                }
                once.setItem(altKey, Py.True);
            }
            case "module" -> {
                if (reg != null) {
                    reg.setItem(key, Py.True);
                    PyObject seen = reg.getItem(altKey);
                    if (seen != null && Ops.isTrue(seen)) {
                        return;
                    }
                    reg.setItem(altKey, Py.True);
                }
            }
            case "default" -> {
                if (reg != null) {
                    reg.setItem(key, Py.True);
                }
            }
            case "always" -> { }
            default -> throw Py.RuntimeError("Unrecognized action (" + action + ") in warnings.filters:\n "
                    + Ops.str(item));
        }
        PyObject show = warningsAttr("showwarning");
        if (show == null) {
            showWarning(text, category, filename, lineno, globals);
            return;
        }
        if (Ops.getattrOrNull(show, "__call__") == null) {
            throw Py.TypeError("warnings.showwarning() must be set to a function or method");
        }
        Ops.call(show, message, category, filename, lineObj);
    }

    /** The display when warnings.showwarning is missing: "file:line: Category: text" and the source line. */
    private static void showWarning(PyObject text, PyObject category, PyObject filename, int lineno, PyObject globals) {
        Interp interp = Interp.current();
        PyObject err = interp.sysGet("stderr");
        if (err == null || err == Py.None) {
            return;
        }
        PyObject name = Ops.getattrOrNull(category, "__name__");
        StringBuilder sb = new StringBuilder();
        sb.append(Ops.str(filename)).append(':').append(lineno).append(": ")
                .append(name == null ? "<unknown>" : Ops.str(name).toString()).append(": ")
                .append(Ops.str(text)).append('\n');
        if (filename instanceof PyStr) {
            PyObject linecache = interp.importModule("linecache");
            PyObject line = Ops.invoke(linecache, "getline", filename, PyInt.of(lineno), globals);
            String l = Ops.str(line).toString().strip();
            if (!l.isEmpty()) {
                sb.append("  ").append(l).append('\n');
            }
        }
        Interp.writeString(err, sb.toString());
    }

    // ---- warn --------------------------------------------------------------------------

    @ExposedMethod(doc = "warn(message[, category[, stacklevel]])\n\n"
            + "Issue a warning from the caller stacklevel frames up: shown, ignored or raised\nas the filters say.")
    static PyObject warn(PyObject[] args, String[] kw) {
        PyObject[] v = ArgParser.parse("warn", args, kw, new String[] {"message", "category", "stacklevel"}, 1);
        int stacklevel = v[2] == null ? 1 : Py.asIntArg(v[2]);
        warn(v[0], v[1] == null ? Py.None : v[1], stacklevel);
        return Py.None;
    }

    /** {@code warnings.warn(message, category, stacklevel)} from Java (stacklevel 1: the running Python code). */
    public static void warn(PyObject category, String message, int stacklevel) {
        warn(PyStr.of(message), category, stacklevel);
    }

    static void warn(PyObject message, PyObject category, int stacklevel) {
        if (Ops.isInstance(message, Exceptions.Warning)) {
            category = message instanceof PyInstance inst ? inst.getInstClass() : message.getType();
        } else if (category == Py.None) {
            category = Exceptions.UserWarning;
        }
        if (!Ops.isSubclass(category, Exceptions.Warning)) {
            throw Py.ValueError("category is not a subclass of Warning");
        }
        // the frame stacklevel - 1 levels up from the calling Python code
        PyFrame f = ThreadState.get().frame;
        while (--stacklevel > 0 && f != null) {
            f = f.back;
        }
        Interp interp = Interp.current();
        PyDict globals;
        int lineno;
        if (f == null) {
            globals = interp.sysModule().getDict();
            lineno = 1;
        } else {
            globals = f.globals;
            lineno = f.line;
        }
        PyObject module = globals.getItem(PyStr.of("__name__"));
        if (module == null) {
            module = PyStr.of("<string>");
        }
        PyStr regName = PyStr.of("__warningregistry__");
        PyObject registry = globals.getItem(regName);
        if (registry == null) {
            registry = new PyDict();
            globals.setItem(regName, registry);
        }
        PyObject filename = globals.getItem(PyStr.of("__file__"));
        if (filename != null) {
            String fn = filename.toString();
            String low = fn.toLowerCase();
            if (low.endsWith(".pyc") || low.endsWith(".pyo")) {
                filename = PyStr.of(fn.substring(0, fn.length() - 1));
            }
        } else {
            if (module.toString().equals("__main__")) {
                PyObject argv = interp.sysGet("argv");
                if (argv instanceof PyList l && l.size() > 0) {
                    filename = l.get(0);
                    if (!Ops.isTrue(filename)) {
                        filename = PyStr.of("__main__");
                    }
                } else {
                    filename = PyStr.of("__main__");
                }
            }
            if (filename == null) {
                filename = module;
            }
        }
        warnExplicit(message, category, filename, lineno, module, registry, globals);
    }
}
