package eu.cyberplan.escalation.protocol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code case_level_change}: one step of a case's level history, numbered in the order it was taken. */
@MappedEntity("case_level_change")
record LevelStep(@Id @GeneratedValue @Nullable Long id, UUID incidentId, String level, @Nullable String reason, String changedBy,
                 Instant changedAt) {

    static LevelStep of(UUID incidentId, LevelChange change) {
        return new LevelStep(null, incidentId, change.level(), change.reason(), change.changedBy(), change.changedAt());
    }

    LevelChange change() {
        return new LevelChange(level, reason, changedBy, changedAt);
    }
}
