package taipan.modules.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import taipan.runtime.Interp;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyInt;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyStructSequence;
import taipan.runtime.ThreadState;

/** The command-line settings that {@link SysModule#configure} applies to sys. */
class SysModuleTest {

    private static Interp fresh() {
        Interp interp = Interp.create();
        ThreadState.bind(new ThreadState(interp));
        return interp;
    }

    @Test
    void flagsFollowTheCommandLine() {
        Interp interp = fresh();
        SysModule.Config c = new SysModule.Config();
        c.optimize = 2;
        c.verbose = 1;
        c.tabcheck = 2;
        c.divisionNew = 1;
        c.noSite = 1;
        c.ignoreEnvironment = 1;
        c.warnOptions.add("ignore");
        SysModule.configure(interp, c);
        PyStructSequence flags = (PyStructSequence) interp.sysGet("flags");
        assertEquals(PyInt.of(2), Ops.getattr(flags, "optimize"));
        assertEquals(PyInt.of(1), Ops.getattr(flags, "verbose"));
        assertEquals(PyInt.of(2), Ops.getattr(flags, "tabcheck"));
        assertEquals(PyInt.of(1), Ops.getattr(flags, "division_new"));
        assertEquals(PyInt.of(1), Ops.getattr(flags, "ignore_environment"));
        assertTrue(interp.optimize);
        assertEquals(Py.False, interp.builtinsDict().getItem(PyStr.of("__debug__")));
        PyList warn = (PyList) interp.sysGet("warnoptions");
        assertEquals(1, warn.size());
        assertEquals("ignore", warn.get(0).toString());
        // -E: no PYTHONPATH entries, only the library resources
        PyList path = (PyList) interp.sysGet("path");
        assertEquals(1, path.size());
        assertEquals("__pyclasspath__", path.get(0).toString());
    }

    @Test
    void defaultsAreCPythons() {
        Interp interp = fresh();
        PyObject flags = interp.sysGet("flags");
        assertEquals(16, Ops.len(flags));
        assertEquals(PyInt.of(0), Ops.getattr(flags, "optimize"));
        assertEquals(Py.False, interp.sysGet("py3kwarning"));
        assertEquals(0x20712f0L, ((PyInt) interp.sysGet("hexversion")).value);
        assertEquals("ascii", SysModule.defaultEncoding(interp));
        assertFalse(interp.isBuiltinModule("__main__"));
    }

    @Test
    void prefixIsTheDirectoryAboveBin() {
        assertEquals("/opt/taipan", SysModule.prefix("/opt/taipan/bin/taipan"));
        assertEquals("", SysModule.prefix("/usr/taipan"));
        assertEquals("", SysModule.prefix(""));
    }
}
