package eu.cyberplan.exercises.lesson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code lesson}: what an exercise taught about one country's plan, who wrote it and when it last changed. */
@Serdeable
@MappedEntity("lesson")
public record Lesson(@Id UUID id, UUID exerciseId, String country, String text, @Nullable String planStepId, @Nullable String rsitClass,
                     String recordedBy, Instant recordedAt, @Nullable String updatedBy, @Nullable Instant updatedAt) {

    Lesson edited(String newText, String newPlanStepId, String newRsitClass, String by, Instant at) {
        return new Lesson(id, exerciseId, country, newText, newPlanStepId, newRsitClass, recordedBy, recordedAt, by, at);
    }
}
