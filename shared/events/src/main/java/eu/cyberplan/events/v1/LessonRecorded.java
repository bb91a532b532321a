package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A lesson learnt in an exercise about one country's plan was recorded, or edited ({@code updatedAt} set): the latest
 * version of a lesson replaces the earlier one. The country's node keeps it, to turn it into a change proposal of its
 * plan and to count the lessons acted on (DESIGN §14).
 */
@Serdeable
public record LessonRecorded(
        UUID lessonId,
        UUID exerciseId,
        String country,
        String text,
        String planStepId,
        String rsitClass,
        String recordedBy,
        Instant recordedAt,
        String updatedBy,
        Instant updatedAt) {
}
