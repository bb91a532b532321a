package eu.cyberplan.platform.input;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

/** Checks {@link SingleLine} with the same {@link TextRule} the body reader uses. */
@Singleton
public class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, AnnotationValue<SingleLine> annotation, ConstraintValidatorContext context) {
        return value == null || TextRule.singleLine(value.toString()).isEmpty();
    }
}
