package taipan.runtime;

import taipan.modules.warnings.WarningsModule;

/**
 * PyErr_WarnEx for Java code: goes straight to {@code _warnings} (as CPython's C code does),
 * which honours the filters and showwarning of the warnings module once it is imported.
 */
public final class Warnings {
    private Warnings() {}

    /**
     * Issues a warning attributed to the Python code {@code stacklevel} frames up (1: the
     * code that called the builtin). An "error" filter makes the warning raise.
     */
    public static void warn(PyType category, String message, int stacklevel) {
        WarningsModule.warn(category, message, stacklevel);
    }

    /** PyErr_WarnExplicit with no module and registry: {@code warn_explicit(message, category, filename, lineno)}. */
    public static void warnExplicit(PyType category, String message, String filename, int lineno) {
        WarningsModule.warnExplicit(category, message, filename, lineno);
    }
}
