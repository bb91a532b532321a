package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A coordinator started a communication check of the named countries' contact points. */
@Serdeable
public record ComcheckStarted(
        UUID comcheckId,
        List<String> countries,
        String startedBy,
        Instant startedAt,
        Instant answerBy,
        String mode,
        UUID exerciseId) {
}
