package taipan.runtime;

/**
 * A builtin (Java) module object that {@code reload()} re-initialises, as CPython restores a
 * builtin module's dict from the copy it saved when the module was first initialised.
 */
public interface ReloadableModule {
    void reload();
}
