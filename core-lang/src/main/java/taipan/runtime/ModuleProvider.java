package taipan.runtime;

import java.util.Map;

/**
 * Lists the builtin (Java) modules a jar provides. Each lib jar registers one provider in
 * {@code META-INF/services/taipan.runtime.ModuleProvider}; modules are created lazily, on
 * first import. Python-source modules need no provider: they are resources under
 * {@code taipan/lib/} found by the importer.
 */
public interface ModuleProvider {
    /** Python module name → name of the Java class annotated {@link PyModuleDef}. */
    Map<String, String> modules();
}
