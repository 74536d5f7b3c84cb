package taipan.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The 2.7 import machinery ({@code import.c}): package-relative and implicit-relative
 * imports, {@code sys.modules} (with None entries recording failed relative lookups),
 * {@code sys.meta_path}, builtin (Java) modules, {@code sys.path} directories and our
 * library resources (the {@code __pyclasspath__/} entry), and {@code fromlist} handling.
 */
public final class ImportSystem {
    private final Interp interp;
    /** The import lock (re-entrant, as CPython's); imp.acquire_lock/release_lock take it too. */
    public final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

    ImportSystem(Interp interp) {
        this.interp = interp;
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    public PyObject importModuleLevel(String name, PyDict globals, PyObject fromlist, int level) {
        if (name.isEmpty() && level == 0) {
            throw Py.ValueError("Empty module name");
        }
        lock.lock();
        try {
            String parentName = parentPackage(globals, level);
            PyObject parent = parentName == null ? null : interp.modules.getItem(PyStr.of(parentName));
            if (parentName != null && parent == null) {
                if (level > 0) {
                    throw Py.SystemError("Parent module '" + parentName + "' not loaded, cannot perform relative import");
                }
                parentName = null;
            }
            // head: the first component (relative to the parent, then absolute when level < 0)
            String[] parts = name.isEmpty() ? new String[0] : name.split("\\.", -1);
            PyObject head;
            String headName;
            int i = 0;
            if (parts.length == 0) {
                // __import__('') outside a package imports nothing, as CPython's load_next
                if (parent == null || parent == Py.None) {
                    throw Py.ValueError("Empty module name");
                }
                head = parent;
                headName = parentName;
            } else {
                String first = parts[0];
                head = null;
                headName = null;
                if (parentName != null) {
                    headName = parentName + "." + first;
                    head = importSubmodule(parent, first, headName);
                    if (head == null && level < 0) {
                        interp.modules.setItem(PyStr.of(headName), Py.None);
                    }
                }
                if (head == null && level <= 0) {
                    headName = first;
                    head = importSubmodule(null, first, first);
                }
                if (head == null) {
                    throw Py.ImportError("No module named " + first);
                }
                i = 1;
            }
            // tail: the remaining components
            PyObject tail = head;
            String tailName = headName;
            for (; i < parts.length; i++) {
                String fullName = tailName + "." + parts[i];
                PyObject m = importSubmodule(tail, parts[i], fullName);
                if (m == null) {
                    throw Py.ImportError("No module named " + parts[i]);
                }
                tail = m;
                tailName = fullName;
            }
            if (fromlist == null || fromlist == Py.None || !Ops.isTrue(fromlist)) {
                if (parts.length == 0) {
                    return parent;
                }
                return head;
            }
            ensureFromlist(tail, tailName, fromlist, false);
            return tail;
        } finally {
            lock.unlock();
        }
    }

    /** The package the import is relative to, or null (2.7's get_parent). */
    private String parentPackage(PyDict globals, int level) {
        if (globals == null || level == 0) {
            return null;
        }
        PyObject pkg = globals.getItem(N.__package__);
        String pkgName;
        if (pkg != null && pkg != Py.None) {
            if (!(pkg instanceof PyStr)) {
                throw Py.ValueError("__package__ set to non-string");
            }
            pkgName = pkg.toString();
            if (pkgName.isEmpty()) {
                if (level > 0) {
                    throw Py.ValueError("Attempted relative import in non-package");
                }
                return null;
            }
        } else {
            PyObject modName = globals.getItem(N.__name__);
            if (!(modName instanceof PyStr)) {
                return null;
            }
            String mn = modName.toString();
            if (globals.getItem(N.__path__) != null) {
                pkgName = mn;
            } else {
                int dot = mn.lastIndexOf('.');
                if (dot < 0) {
                    if (level > 0) {
                        throw Py.ValueError("Attempted relative import in non-package");
                    }
                    return null;
                }
                pkgName = mn.substring(0, dot);
            }
        }
        for (int x = level; x > 1; x--) {
            int dot = pkgName.lastIndexOf('.');
            if (dot < 0) {
                throw Py.ValueError("Attempted relative import beyond toplevel package");
            }
            pkgName = pkgName.substring(0, dot);
        }
        return pkgName;
    }

    private void ensureFromlist(PyObject mod, String modName, PyObject fromlist, boolean recursive) {
        if (Ops.getattrOrNull(mod, N.__path__) == null) {
            return;
        }
        PyObject it = Ops.iter(fromlist);
        for (PyObject item; (item = Ops.next(it)) != null; ) {
            if (!(item instanceof PyStr)) {
                if (item instanceof PyUnicode u) {
                    item = PyStr.fromUnicodeDefault(u);
                } else {
                    throw Py.TypeError("Item in ``from list'' not a string");
                }
            }
            String s = item.toString();
            if (s.equals("*")) {
                if (recursive) {
                    continue;
                }
                PyObject all = Ops.getattrOrNull(mod, N.__all__);
                if (all != null) {
                    ensureFromlist(mod, modName, all, true);
                }
                continue;
            }
            if (Ops.getattrOrNull(mod, PyStr.intern(s)) == null) {
                importSubmodule(mod, s, modName + "." + s);
            }
        }
    }

    /**
     * Imports {@code fullName} (whose last component is {@code sub}) inside {@code parent}
     * (null: top level). Returns null when not found; raises for errors while loading.
     */
    PyObject importSubmodule(PyObject parent, String sub, String fullName) {
        PyStr key = PyStr.of(fullName);
        PyObject m = interp.modules.getItem(key);
        if (m != null) {
            return m == Py.None ? null : m;
        }
        PyObject path;
        if (parent == null) {
            path = null;
        } else {
            path = Ops.getattrOrNull(parent, N.__path__);
            if (path == null) {
                return null;
            }
        }
        m = findAndLoad(fullName, sub, path);
        if (m == null) {
            return null;
        }
        if (parent != null) {
            Ops.setattr(parent, sub, m);
        }
        return m;
    }

    private PyObject findAndLoad(String fullName, String sub, PyObject path) {
        // PEP 302 meta path
        PyObject metaPath = interp.sysGet("meta_path");
        if (metaPath instanceof PyList mp) {
            for (PyObject finder : mp.toArray()) {
                PyObject loader = Ops.invoke(finder, "find_module", PyStr.of(fullName), path == null ? Py.None : path);
                if (loader != Py.None) {
                    return Ops.invoke(loader, "load_module", PyStr.of(fullName));
                }
            }
        }
        if (path == null && interp.isBuiltinModule(fullName)) {
            PyModule m = interp.createBuiltinModule(fullName);
            interp.modules.setItem(PyStr.of(fullName), m);
            return m;
        }
        PyObject searchPath = path != null ? path : interp.sysGet("path");
        if (searchPath == null) {
            return null;
        }
        for (PyObject entry : Ops.toList(searchPath)) {
            if (!(entry instanceof PyStr || entry instanceof PyUnicode)) {
                continue;
            }
            String dir = entry.toString();
            PyObject importer = pathImporter(entry);
            if (importer != null && importer != Py.None) {
                PyObject loader = Ops.invoke(importer, "find_module", PyStr.of(fullName));
                if (loader != Py.None) {
                    return Ops.invoke(loader, "load_module", PyStr.of(fullName));
                }
                continue;
            }
            PyObject m = dir.startsWith(LineCache.CLASSPATH_PREFIX) || dir.equals(LineCache.CLASSPATH_PREFIX.substring(0, LineCache.CLASSPATH_PREFIX.length() - 1))
                    ? loadFromResources(fullName, sub, dir) : loadFromDirectory(fullName, sub, dir);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** sys.path_importer_cache / sys.path_hooks lookup; null for plain directories. */
    private PyObject pathImporter(PyObject entry) {
        PyObject cache = interp.sysGet("path_importer_cache");
        if (cache instanceof PyDict c) {
            PyObject imp = c.getItem(entry);
            if (imp != null) {
                return imp;
            }
        }
        PyObject hooks = interp.sysGet("path_hooks");
        if (hooks instanceof PyList hl && hl.size() > 0) {
            for (PyObject hook : hl.toArray()) {
                try {
                    PyObject imp = Ops.call(hook, entry);
                    if (cache instanceof PyDict c) {
                        c.setItem(entry, imp);
                    }
                    return imp;
                } catch (PyException e) {
                    if (!e.matches(Exceptions.ImportError)) {
                        throw e;
                    }
                }
            }
        }
        if (cache instanceof PyDict c) {
            c.setItem(entry, Py.None);
        }
        return null;
    }

    private PyObject loadFromDirectory(String fullName, String sub, String dir) {
        Path base = dir.isEmpty() ? Path.of("") : Path.of(dir);
        Path pkg = base.resolve(sub);
        Path init = pkg.resolve("__init__.py");
        if (Files.isDirectory(pkg) && Files.isRegularFile(init)) {
            return loadSource(fullName, init.toString(), readFile(init), pkg.toString());
        }
        Path file = base.resolve(sub + ".py");
        if (Files.isRegularFile(file)) {
            return loadSource(fullName, file.toString(), readFile(file), null);
        }
        return null;
    }

    private static byte[] readFile(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw Py.ImportError("No module named " + p.getFileName());
        }
    }

    private PyObject loadFromResources(String fullName, String sub, String dir) {
        String rel = dir.length() > LineCache.CLASSPATH_PREFIX.length() ? dir.substring(LineCache.CLASSPATH_PREFIX.length()) + "/" : "";
        ClassLoader cl = ImportSystem.class.getClassLoader();
        String pkgInit = "taipan/lib/" + rel + sub + "/__init__.py";
        byte[] src = resource(cl, pkgInit);
        if (src != null) {
            return loadSource(fullName, LineCache.CLASSPATH_PREFIX + rel + sub + "/__init__.py", src,
                    LineCache.CLASSPATH_PREFIX + rel + sub);
        }
        src = resource(cl, "taipan/lib/" + rel + sub + ".py");
        if (src != null) {
            return loadSource(fullName, LineCache.CLASSPATH_PREFIX + rel + sub + ".py", src, null);
        }
        return null;
    }

    private static byte[] resource(ClassLoader cl, String name) {
        try (InputStream in = cl.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** Compiles and runs a module's source; on failure the module leaves sys.modules. */
    public PyObject loadSource(String fullName, String filename, byte[] source, String packageDir) {
        PyCode code = interp.compile(source, filename, "exec", 0);
        PyModule m = new PyModule(fullName);
        PyDict d = m.getDict();
        d.setItem(N.__file__, PyStr.of(filename));
        if (packageDir != null) {
            d.setItem(N.__path__, new PyList(new PyObject[] {PyStr.of(packageDir)}));
        }
        PyStr key = PyStr.of(fullName);
        interp.modules.setItem(key, m);
        try {
            interp.runCode(code, d, d);
        } catch (RuntimeException | StackOverflowError e) {
            interp.modules.delItemIfPresent(key);
            throw e;
        }
        PyObject result = interp.modules.getItem(key);
        return result == null ? m : result;
    }

    /** A module's source as found by {@link #findSource} (for {@code -m}). */
    public record Source(String filename, byte[] bytes, boolean isPackage) {}

    /**
     * Finds the source of {@code fullName} without executing it (its parent packages are
     * imported). Null when not found.
     */
    public Source findSource(String fullName) {
        int dot = fullName.lastIndexOf('.');
        PyObject path = null;
        String sub = fullName;
        if (dot >= 0) {
            PyObject parent = interp.importModule(fullName.substring(0, dot));
            path = Ops.getattrOrNull(parent, N.__path__);
            if (path == null) {
                return null;
            }
            sub = fullName.substring(dot + 1);
        }
        PyObject searchPath = path != null ? path : interp.sysGet("path");
        ClassLoader cl = ImportSystem.class.getClassLoader();
        for (PyObject entry : Ops.toList(searchPath)) {
            String dir = entry.toString();
            if (dir.startsWith(LineCache.CLASSPATH_PREFIX.substring(0, LineCache.CLASSPATH_PREFIX.length() - 1))) {
                String rel = dir.length() > LineCache.CLASSPATH_PREFIX.length() ? dir.substring(LineCache.CLASSPATH_PREFIX.length()) + "/" : "";
                byte[] b = resource(cl, "taipan/lib/" + rel + sub + "/__init__.py");
                if (b != null) {
                    return new Source(LineCache.CLASSPATH_PREFIX + rel + sub + "/__init__.py", b, true);
                }
                b = resource(cl, "taipan/lib/" + rel + sub + ".py");
                if (b != null) {
                    return new Source(LineCache.CLASSPATH_PREFIX + rel + sub + ".py", b, false);
                }
                continue;
            }
            Path base = dir.isEmpty() ? Path.of("") : Path.of(dir);
            Path init = base.resolve(sub).resolve("__init__.py");
            if (Files.isRegularFile(init)) {
                return new Source(init.toString(), readFile(init), true);
            }
            Path file = base.resolve(sub + ".py");
            if (Files.isRegularFile(file)) {
                return new Source(file.toString(), readFile(file), false);
            }
        }
        return null;
    }

    /** {@code reload(module)}: re-executes the module's source in its own dict. */
    public PyObject reload(PyObject module) {
        if (!(module instanceof PyModule m)) {
            throw Py.TypeError("reload() argument must be module");
        }
        String name = m.getName();
        if (interp.modules.getItem(PyStr.of(name)) != m) {
            throw Py.ImportError("reload(): module " + name + " not in sys.modules");
        }
        PyObject file = m.getDict().getItem(N.__file__);
        if (file == null) {
            if (interp.isBuiltinModule(name)) {
                if (m instanceof ReloadableModule r) {
                    r.reload();
                }
                return m;
            }
            throw Py.ImportError("No module named " + name);
        }
        String fn = file.toString();
        byte[] src = LineCache.read(fn);
        if (src == null) {
            throw Py.ImportError("No module named " + name);
        }
        PyCode code = interp.compile(src, fn, "exec", 0);
        interp.runCode(code, m.getDict(), m.getDict());
        return m;
    }
}
