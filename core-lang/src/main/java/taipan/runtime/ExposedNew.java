package taipan.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks {@code static PyObject __new__(PyType subtype, PyObject[] args, String[] kwnames)}
 * of a builtin type. It must create an instance of {@code subtype}, which may be a
 * Python subclass (see {@link PyType#newDerived}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExposedNew {
}
