package taipan.runtime;

/** PyErr_WarnEx for Java code: calls {@code warnings.warn} when the module can be imported. */
public final class Warnings {
    private Warnings() {}

    /**
     * Issues a warning attributed to the Python code {@code stacklevel} frames up (1: the
     * code that called the builtin). Without a warnings module nothing happens; an
     * "error" filter makes the warning raise.
     */
    public static void warn(PyType category, String message, int stacklevel) {
        PyObject warnings = warningsModule();
        if (warnings == null) {
            return;
        }
        Ops.call(Ops.getattr(warnings, "warn"),
                new PyObject[] {PyStr.of(message), category, PyInt.of(stacklevel)}, null);
    }

    /** PyErr_WarnExplicit with no module and registry: {@code warnings.warn_explicit(message, category, filename, lineno)}. */
    public static void warnExplicit(PyType category, String message, String filename, int lineno) {
        PyObject warnings = warningsModule();
        if (warnings != null) {
            Ops.call(Ops.getattr(warnings, "warn_explicit"),
                    new PyObject[] {PyStr.of(message), category, PyStr.of(filename), PyInt.of(lineno)}, null);
        }
    }

    private static PyObject warningsModule() {
        try {
            return Interp.current().importModule("warnings");
        } catch (PyException e) {
            if (e.matches(Exceptions.ImportError)) {
                return null;
            }
            throw e;
        }
    }
}
