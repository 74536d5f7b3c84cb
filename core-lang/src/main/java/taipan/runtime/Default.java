package taipan.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a parameter of an exposed method optional. The value is parsed for the Java
 * type: numbers for int/long/double, "true"/"false" for boolean; for PyObject, "None"
 * gives None and "null" gives Java null (so the method can tell "not given").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Default {
    String value();
}
