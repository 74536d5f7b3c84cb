package taipan.modules.sys;

import taipan.runtime.*;

/** The {@code sys} module. TODO(builtins helper): the rest of 2.7's sys. */
@PyModuleDef(name = "sys")
public final class SysModule {
    private SysModule() {}

    @ExposedConstant
    static final long maxint = Long.MAX_VALUE;

    static void init(PyModule m) {
        m.set("stdout", PyFile.stdout());
        m.set("stderr", PyFile.stderr());
        m.set("__stdout__", m.get("stdout"));
        m.set("__stderr__", m.get("stderr"));
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
