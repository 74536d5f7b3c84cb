package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Interpreters from Java: independent module tables, code execution, exceptions as PyException. */
class InterpTest {
    private static PyObject run(Interp interp, String src, PyDict g) {
        PyObject[] result = new PyObject[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread t = new ThreadState.PyThread(null, () -> {
            try {
                result[0] = interp.runCode(interp.compile(src.getBytes(StandardCharsets.ISO_8859_1), "<test>", "exec", 0), g, g);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "test", 1L << 26, interp);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    @Test
    void interpretersAreIndependent() {
        Interp a = Interp.create();
        Interp b = Interp.create();
        assertNotSame(a.sysModule(), b.sysModule());
        PyDict ga = new PyDict();
        PyDict gb = new PyDict();
        run(a, "import sys\nsys.marker = 'a'\nx = 40 + 2", ga);
        run(b, "import sys\nx = hasattr(sys, 'marker')", gb);
        assertEquals(PyInt.of(42), ga.getItem("x"));
        assertEquals(Py.False, gb.getItem("x"));
    }

    @Test
    void pythonExceptionsSurfaceAsPyException() {
        Interp a = Interp.create();
        PyException e = assertThrows(PyException.class, () -> run(a, "def f():\n    raise KeyError('k')\nf()", new PyDict()));
        assertEquals(Exceptions.KeyError, e.type);
        assertEquals("'k'", Ops.str(e.value).toString());
        assertEquals(3, e.traceback.line);
        assertEquals(2, e.traceback.next.line);
    }

    @Test
    void syntaxErrorsAreSyntaxErrors() {
        Interp a = Interp.create();
        PyException e = assertThrows(PyException.class, () -> a.compile("x = = 1".getBytes(StandardCharsets.ISO_8859_1),
                "<t>", "exec", 0));
        assertEquals(Exceptions.SyntaxError, e.type);
        PySyntaxError se = (PySyntaxError) e.value;
        assertEquals(PyInt.of(1), se.lineno);
        assertEquals(PyInt.of(5), se.offset);
    }

    @Test
    void classHierarchyErrorsAsCPython() {
        Interp a = Interp.create();
        PyException mro = assertThrows(PyException.class, () -> run(a,
                "class A(object): pass\nclass B(A): pass\nclass C(A, B): pass", new PyDict()));
        assertEquals("Error when calling the metaclass bases\n    Cannot create a consistent method resolution\n"
                + "order (MRO) for bases A, B", Ops.str(mro.value).toString());
        PyException layout = assertThrows(PyException.class, () -> run(a, "class D(list, dict): pass", new PyDict()));
        assertEquals("Error when calling the metaclass bases\n    multiple bases have instance lay-out conflict",
                Ops.str(layout.value).toString());
    }
}
