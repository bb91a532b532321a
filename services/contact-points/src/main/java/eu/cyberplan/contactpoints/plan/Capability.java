package eu.cyberplan.contactpoints.plan;

import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Assistance a country can offer others: an assistance kind, on what conditions, and whom to call for it. */
@Serdeable
public record Capability(@Nullable @Size(max = 40) @SingleLine String kind, @Nullable @Size(max = 1000) String conditions,
                         @Nullable @Size(max = 200) @SingleLine String contact) {
}
