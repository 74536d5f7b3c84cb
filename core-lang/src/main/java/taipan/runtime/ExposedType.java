package taipan.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java class as the implementation of a builtin Python type. The class declares
 * {@code public static final PyType TYPE = PyType.builtin(Foo.class)}; its dict is filled
 * lazily from the {@link ExposedMethod}/{@link ExposedGet}/... members and the special
 * methods it declares (see {@link Exposer}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExposedType {
    /** tp_name: "list", or "collections.deque" for a type living in a module. */
    String name();

    /** The Java class of the base type; PyObject means {@code object}. */
    Class<? extends PyObject> base() default PyObject.class;

    boolean subclassable() default true;

    String doc() default "";

    /** Sets {@code __hash__ = None} in the type dict (list, dict, set, ...); the Java class
     *  still overrides {@code __hash__} to raise "unhashable type". */
    boolean unhashable() default false;
}
