package eu.cyberplan.escalation.protocol;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One step of a case's crisis level history. */
@Serdeable
public record LevelChange(String level, String reason, String changedBy, Instant changedAt) {
}
