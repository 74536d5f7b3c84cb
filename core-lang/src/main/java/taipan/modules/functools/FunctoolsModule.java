package taipan.modules.functools;

import taipan.runtime.*;

/** {@code _functools}: partial and reduce. */
@PyModuleDef(name = "_functools", doc = "Tools that operate on functions.")
public final class FunctoolsModule {
    private FunctoolsModule() {}

    static void init(PyModule m) {
        m.set("partial", PyPartial.TYPE);
    }

    @ExposedMethod(doc = "reduce(function, sequence[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence,\nfrom left to right, so as to reduce the sequence to a single value.\nFor example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the sequence in the calculation, and serves as a default when the\nsequence is empty.")
    static PyObject reduce(PyObject function, PyObject sequence, @Default("null") PyObject initial) {
        PyObject it;
        try {
            it = Ops.iter(sequence);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                throw Py.TypeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        PyObject acc = initial;
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            acc = acc == null ? x : Ops.call(function, acc, x);
        }
        if (acc == null) {
            throw Py.TypeError("reduce() of empty sequence with no initial value");
        }
        return acc;
    }
}
