package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A lesson learnt about one country's plan was recorded, or edited ({@code updatedAt} set), in an exercise
 * ({@code exerciseId}, on the exercises topic) or on a real case ({@code incidentId}, on the protocol topic; its text
 * null under TLP:RED): the latest version of a lesson replaces the earlier one. The country's node keeps it, to turn it into a change proposal of its
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
        Instant updatedAt,
        UUID incidentId) {
}
