package eu.cyberplan.escalation.collaboration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;

/** {@code POST /cases/{id}/updates}: the country's status on the case, what it has to say, or both. */
@Serdeable
public record UpdateBody(@Nullable @Size(max = 40) @SingleLine String status, @Nullable @Size(max = 2000) String text) {
}
