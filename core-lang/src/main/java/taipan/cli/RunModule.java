package taipan.cli;

import taipan.runtime.ImportSystem;
import taipan.runtime.Interp;
import taipan.runtime.N;
import taipan.runtime.PyCode;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.TracebackPrinter;

/** {@code taipan -m module}: runpy's _run_module_as_main. */
final class RunModule {
    private RunModule() {}

    static void run(Interp interp, String name, PyDict g) {
        ImportSystem.Source src = interp.importer.findSource(name);
        if (src != null && src.isPackage()) {
            String mainName = name + ".__main__";
            src = interp.importer.findSource(mainName);
            if (src == null) {
                throw new PyException(taipan.runtime.Exceptions.ImportError,
                        "No module named " + mainName + "; '" + name + "' is a package and cannot be directly executed");
            }
        }
        if (src == null) {
            TracebackPrinter.writeStderr(programName() + ": No module named " + name + "\n");
            throw new PyException(taipan.runtime.Exceptions.SystemExit,
                    taipan.runtime.Exceptions.newInstance(taipan.runtime.Exceptions.SystemExit, taipan.runtime.PyInt.of(1)));
        }
        PyObject argv = interp.sysGet("argv");
        if (argv instanceof PyList l && l.size() > 0) {
            l.set(0, PyStr.of(src.filename()));
        }
        g.setItem(N.__file__, PyStr.of(src.filename()));
        int dot = name.lastIndexOf('.');
        g.setItem(N.__package__, dot < 0 ? taipan.runtime.Py.None : PyStr.of(name.substring(0, dot)));
        PyCode code = interp.compile(src.bytes(), src.filename(), "exec", 0);
        interp.runCode(code, g, g);
    }

    static String programName() {
        return "taipan";
    }
}
