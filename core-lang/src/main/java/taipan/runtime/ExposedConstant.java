package taipan.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A module attribute from a static final field (int, long, double, String or PyObject). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ExposedConstant {
    /** Python name; default: the field name. */
    String name() default "";
}
