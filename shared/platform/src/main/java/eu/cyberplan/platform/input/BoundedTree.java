package eu.cyberplan.platform.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A free-form JSON value (an inject's payload) no larger than {@code maxChars} characters of keys and values all
 * told, no deeper than {@code maxDepth}, and no control character but line breaks and tabs: what a field-by-field
 * {@code @Size} cannot bound.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {})
public @interface BoundedTree {

    int maxChars();

    int maxDepth() default 8;

    String message() default "must hold at most {maxChars} characters in all, at most {maxDepth} levels deep, and no control character";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
