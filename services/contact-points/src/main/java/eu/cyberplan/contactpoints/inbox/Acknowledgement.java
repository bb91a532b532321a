package eu.cyberplan.contactpoints.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/inbox/{alertId}/ack}: an optional note. */
@Serdeable
public record Acknowledgement(@Nullable @Size(max = 2000) String note) {
}
