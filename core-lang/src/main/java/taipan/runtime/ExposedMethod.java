package taipan.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Publishes a Java method as a Python method (on a type) or function (in a module).
 *
 * <p>The arguments are parsed from the Java signature, once: parameters of type
 * {@code PyObject}, {@code int}, {@code long}, {@code double}, {@code boolean},
 * {@code String} (a str), a trailing {@code PyObject...} for {@code *args}; {@link Default}
 * makes a parameter optional. A method whose parameters are exactly
 * {@code (PyObject[] args, String[] kwnames)} receives the raw call.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExposedMethod {
    /** Python names; default: the Java name (a trailing '_' is dropped: {@code print_} is "print"). */
    String[] names() default {};

    /** Whether parameters may be given by keyword (most 2.7 builtins refuse keywords). */
    boolean keywords() default false;

    /** For a method on a type: a static Java method taking the class as first argument. */
    boolean classMethod() default false;

    /** For a method on a type: a static Java method exposed as a staticmethod. */
    boolean staticMethod() default false;

    String doc() default "";
}
