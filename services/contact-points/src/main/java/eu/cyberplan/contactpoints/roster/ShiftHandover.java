package eu.cyberplan.contactpoints.roster;

import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** Notes from the outgoing duty officer to the incoming one. */
@Serdeable
public record ShiftHandover(UUID id, String country, String from, @Nullable String to, String notes, Instant handedOverAt) {

    /** The body of {@code POST /countries/{cc}/handovers}; {@code to} defaults to the next primary on the roster. */
    @Serdeable
    public record Note(@Nullable @Size(max = 5000) String notes, @Nullable @Size(max = 64) @SingleLine String to) {
    }
}
