package taipan.modules.sys;

import taipan.runtime.*;

/** The {@code sys} module. TODO(builtins helper): the rest of 2.7's sys. */
@PyModuleDef(name = "sys")
public final class SysModule {
    private SysModule() {}

    @ExposedConstant
    static final long maxint = Long.MAX_VALUE;

    static void init(PyModule m) {
        m.set("stdin", PyFile.stdin());
        m.set("stdout", PyFile.stdout());
        m.set("stderr", PyFile.stderr());
        m.set("__stdin__", m.get("stdin"));
        m.set("__stdout__", m.get("stdout"));
        m.set("__stderr__", m.get("stderr"));
        m.set("__displayhook__", m.get("displayhook"));
        m.set("path", new PyList(new PyObject[] {PyStr.of(""), PyStr.of(LineCache.CLASSPATH_PREFIX.substring(0, LineCache.CLASSPATH_PREFIX.length() - 1))}));
        m.set("modules", Interp.current().modules);
        m.set("meta_path", new PyList());
        m.set("path_hooks", new PyList());
        m.set("path_importer_cache", new PyDict());
        m.set("argv", new PyList(new PyObject[] {PyStr.EMPTY}));
        m.set("byteorder", PyStr.of("little"));
        m.set("platform", PyStr.of("linux2"));
        m.set("version", PyStr.of("2.7.18 (Taipan)"));
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
        Ops.setattr(builtins, PyStr.intern("_"), Py.None);
        PyObject out = interp.sysGet("stdout");
        if (out != null && Interp.softspace(out, false)) {
            Interp.writeString(out, "\n");
        }
        if (out == null) {
            throw Py.RuntimeError("lost sys.stdout");
        }
        Interp.writeObject(out, o, false);
        Interp.softspace(out, true);
        if (Interp.softspace(out, false)) {
            Interp.writeString(out, "\n");
        }
        Ops.setattr(builtins, PyStr.intern("_"), o);
        return Py.None;
    }

    @ExposedMethod
    static PyObject exc_info() {
        PyException e = ThreadState.get().exc;
        if (e == null) {
            return PyTuple.of(Py.None, Py.None, Py.None);
        }
        return PyTuple.of(e.type, e.value, e.traceback == null ? Py.None : e.traceback);
    }

    @ExposedMethod
    static PyObject exit(@Default("None") PyObject code) {
        throw new PyException(Exceptions.SystemExit, Exceptions.newInstance(Exceptions.SystemExit, code));
    }
}
