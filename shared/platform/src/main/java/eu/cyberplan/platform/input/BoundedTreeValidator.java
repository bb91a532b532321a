package eu.cyberplan.platform.input;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;

/**
 * Checks {@link BoundedTree}: counts the characters of every key and value of a tree of maps, lists and scalars, and
 * holds each string to the multi-line {@link TextRule} (a tree built by hand, from a CSV MSEL, never met the reader).
 */
@Singleton
public class BoundedTreeValidator implements ConstraintValidator<BoundedTree, Object> {

    @Override
    public boolean isValid(Object value, AnnotationValue<BoundedTree> annotation, ConstraintValidatorContext context) {
        int maxChars = annotation.intValue("maxChars").orElse(Integer.MAX_VALUE);
        int maxDepth = annotation.intValue("maxDepth").orElse(8);
        return value == null || size(value, 0, maxDepth) <= maxChars;
    }

    /** The characters of the tree, or more than any bound when it is deeper than {@code maxDepth}. */
    static long size(Object node, int depth, int maxDepth) {
        if (depth > maxDepth) {
            return Long.MAX_VALUE / 2;
        }
        long total = 0;
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                total += size(String.valueOf(entry.getKey()), depth, maxDepth) + size(entry.getValue(), depth + 1, maxDepth);
            }
        } else if (node instanceof Collection<?> list) {
            for (Object element : list) {
                total += size(element, depth + 1, maxDepth);
            }
        } else if (node instanceof String text && TextRule.multiLine(text).isPresent()) {
            return Long.MAX_VALUE / 2;
        } else {
            total = String.valueOf(node).length();
        }
        return Math.min(total, Long.MAX_VALUE / 2);
    }
}
