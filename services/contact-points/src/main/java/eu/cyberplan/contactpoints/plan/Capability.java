package eu.cyberplan.contactpoints.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Assistance a country can offer others: an assistance kind, on what conditions, and whom to call for it. */
@Serdeable
public record Capability(@Nullable String kind, @Nullable String conditions, @Nullable String contact) {
}
