package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One inject of an exercise was released at T0 + {@code offsetSeconds} (exercise time). An {@code INCIDENT} inject was
 * filed through incident-reporting's API ({@code incidentId}); the other kinds ({@code SITUATION_UPDATE},
 * {@code COMCHECK}, {@code MESSAGE}) reach {@code country}'s inbox from this event, with {@code text}.
 */
@Serdeable
public record InjectReleased(
        UUID exerciseId,
        int sequence,
        String ref,
        long offsetSeconds,
        String country,
        String kind,
        String title,
        String text,
        UUID incidentId,
        Instant releasedAt) {
}
