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
        PyObject warnings;
        try {
            warnings = Interp.current().importModule("warnings");
        } catch (PyException e) {
            if (e.matches(Exceptions.ImportError)) {
                return;
            }
            throw e;
        }
        Ops.call(Ops.getattr(warnings, "warn"),
                new PyObject[] {PyStr.of(message), category, PyInt.of(stacklevel)}, null);
    }
}
