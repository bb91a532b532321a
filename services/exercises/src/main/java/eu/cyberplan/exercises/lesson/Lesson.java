package eu.cyberplan.exercises.lesson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code lesson}: what an exercise taught about one country's plan, who wrote it and when it last changed, and
 * what became of the change proposed from it ({@code proposalState} NONE, DRAFT, APPROVED or REJECTED; DESIGN §14).
 */
@Serdeable
@MappedEntity("lesson")
public record Lesson(@Id UUID id, UUID exerciseId, String country, String text, @Nullable String planStepId, @Nullable String rsitClass,
                     String recordedBy, Instant recordedAt, @Nullable String updatedBy, @Nullable Instant updatedAt, String proposalState,
                     @Nullable Integer proposalVersion, @Nullable String proposalReason) {

    static Lesson recorded(UUID id, UUID exerciseId, String country, String text, String planStepId, String rsitClass, String by, Instant at) {
        return new Lesson(id, exerciseId, country, text, planStepId, rsitClass, by, at, null, null, ProposalStates.NONE, null, null);
    }

    Lesson edited(String newText, String newPlanStepId, String newRsitClass, String by, Instant at) {
        return new Lesson(id, exerciseId, country, newText, newPlanStepId, newRsitClass, recordedBy, recordedAt, by, at, proposalState, proposalVersion,
                proposalReason);
    }

    Lesson proposal(String state, int version, String reason) {
        return new Lesson(id, exerciseId, country, text, planStepId, rsitClass, recordedBy, recordedAt, updatedBy, updatedAt, state, version, reason);
    }
}
