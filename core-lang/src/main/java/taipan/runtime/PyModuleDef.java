package taipan.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java class implementing a builtin Python module. Its static methods annotated
 * {@link ExposedMethod} become functions; its {@code public static final} fields
 * annotated {@link ExposedConstant} become attributes; a static method
 * {@code static void init(PyModule m)} (if present) runs last to add anything else.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PyModuleDef {
    String name();

    String doc() default "";
}
