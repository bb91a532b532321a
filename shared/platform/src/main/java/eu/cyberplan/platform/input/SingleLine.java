package eu.cyberplan.platform.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name, code, title, phone number or role: one line, no line break or tab. (No field takes any other control
 * character: the strict body reader refuses those everywhere.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {})
public @interface SingleLine {

    String message() default "must be one line: no line break, tab or other control character";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
