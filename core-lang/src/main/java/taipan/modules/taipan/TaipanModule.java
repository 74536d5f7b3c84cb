package taipan.modules.taipan;

import taipan.runtime.ExposedMethod;
import taipan.runtime.LineCache;
import taipan.runtime.Py;
import taipan.runtime.PyObject;
import taipan.runtime.PyModuleDef;
import taipan.runtime.PyStr;

/** {@code _taipan}: Taipan-specific services for our own library modules. */
@PyModuleDef(name = "_taipan", doc = "Taipan internals used by the standard library.")
public final class TaipanModule {
    private TaipanModule() {}

    /** The source of a library module shipped as a class-path resource ({@code __pyclasspath__/x.py}), or None. */
    @ExposedMethod
    static PyObject resource_source(String filename) {
        if (!filename.startsWith(LineCache.CLASSPATH_PREFIX)) {
            return Py.None;
        }
        byte[] b = LineCache.read(filename);
        return b == null ? Py.None : PyStr.of(b);
    }
}
