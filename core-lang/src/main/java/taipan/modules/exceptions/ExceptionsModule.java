package taipan.modules.exceptions;

import taipan.runtime.Exceptions;
import taipan.runtime.PyModule;
import taipan.runtime.PyModuleDef;
import taipan.runtime.PyType;

/** The {@code exceptions} module: every builtin exception class. */
@PyModuleDef(name = "exceptions", doc = "Python's standard exception class hierarchy.\n\nExceptions found here are defined both in the exceptions module and the\nbuilt-in namespace.  It is recommended that user-defined exceptions\ninherit from Exception.  See the documentation for the exception\ninheritance hierarchy.\n")
public final class ExceptionsModule {
    private ExceptionsModule() {}

    static void init(PyModule m) {
        for (PyType t : Exceptions.all()) {
            m.set(t.getName(), t);
        }
    }
}
