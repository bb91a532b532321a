package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A country's contact point answered a communication check. */
@Serdeable
public record ComcheckAnswered(
        UUID comcheckId,
        String country,
        String answeredBy,
        Instant startedAt,
        Instant answeredAt,
        String mode,
        UUID exerciseId) {
}
