package eu.cyberplan.exercises.release;

import eu.cyberplan.exercises.scenario.InjectKind;

import java.time.Instant;
import java.util.UUID;

/** One inject as stored, with its release state. */
public record StoredInject(UUID exerciseId, int sequence, String ref, long offsetSeconds, String country, InjectKind kind, String title,
                           String payloadJson, String expectedAction, Instant dueAt, Instant releasedAt, UUID incidentId, int attempts,
                           String lastError) {
}
