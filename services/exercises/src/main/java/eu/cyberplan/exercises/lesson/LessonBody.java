package eu.cyberplan.exercises.lesson;

import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /exercises/{id}/lessons} (DESIGN §14): the country the lesson is about, what was learnt, and optionally the
 * step of its national plan and the RSIT class it concerns. {@code PATCH …/lessons/{lessonId}} takes the same fields but
 * the country.
 */
@Serdeable
public record LessonBody(@Nullable @Size(max = 8) @SingleLine String country, @Nullable @Size(max = 4000) String text,
                         @Nullable @Size(max = 100) @SingleLine String planStepId, @Nullable @Size(max = 100) @SingleLine String rsitClass) {
}
