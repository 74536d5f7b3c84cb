package taipan.modules.taipan;

import taipan.runtime.ExposedMethod;
import taipan.runtime.Interp;
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

    /** Takes the import lock (imp.acquire_lock). */
    @ExposedMethod
    static PyObject import_lock_acquire() {
        Interp.current().importer.lock.lock();
        return Py.None;
    }

    /** Releases the import lock (imp.release_lock); RuntimeError if this thread does not hold it. */
    @ExposedMethod
    static PyObject import_lock_release() {
        java.util.concurrent.locks.ReentrantLock lock = Interp.current().importer.lock;
        if (!lock.isHeldByCurrentThread()) {
            throw Py.RuntimeError("not holding the import lock");
        }
        lock.unlock();
        return Py.None;
    }

    /** Whether some thread holds the import lock (imp.lock_held). */
    @ExposedMethod
    static boolean import_lock_held() {
        return Interp.current().importer.lock.isLocked();
    }

    /** A Java system property (java.version, os.arch, ...), or None (for platform and sysconfig). */
    @ExposedMethod
    static PyObject system_property(String name) {
        String v = System.getProperty(name);
        return v == null ? Py.None : PyStr.of(v);
    }

    /** An environment variable of the process, or None (for modules that must work without os). */
    @ExposedMethod
    static PyObject getenv(String name) {
        String v = System.getenv(name);
        return v == null ? Py.None : PyStr.of(v);
    }
}
