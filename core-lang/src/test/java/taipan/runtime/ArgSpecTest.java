package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Java signatures bound as Python callables. */
class ArgSpecTest {
    static PyObject onlyVarargs(PyObject... args) {
        return PyInt.of(args.length);
    }

    static PyObject fixedAndVarargs(PyObject first, PyObject... rest) {
        return PyTuple.of(first, PyInt.of(rest.length));
    }

    @Test
    void aMethodTakingOnlyVarargsGetsTheArgumentsAsAnArray() throws Exception {
        ArgSpec spec = new ArgSpec("onlyVarargs", ArgSpecTest.class.getDeclaredMethod("onlyVarargs", PyObject[].class), false, false);
        assertEquals(PyInt.of(0), spec.call(null, new PyObject[0], null));
        assertEquals(PyInt.of(2), spec.call(null, new PyObject[] {PyInt.of(7), Py.None}, null));
    }

    @Test
    void fixedParametersThenVarargs() throws Exception {
        ArgSpec spec = new ArgSpec("fixedAndVarargs",
                ArgSpecTest.class.getDeclaredMethod("fixedAndVarargs", PyObject.class, PyObject[].class), false, false);
        PyObject r = spec.call(null, new PyObject[] {PyInt.of(1), PyInt.of(2), PyInt.of(3)}, null);
        assertEquals("(1, 2)", r.__repr__().toString());
    }
}
