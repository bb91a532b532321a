package eu.cyberplan.escalation.nationalplan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * Where a country's national plan stands in the European plan: approved or not, current (approved within the last
 * 12 months) or not, the version in force, its capabilities and the RSIT classes its playbooks cover.
 */
@Serdeable
public record NationalPlanStatus(String country, boolean approved, boolean current, @Nullable Integer version, @Nullable String approvedBy,
                                 @Nullable Instant approvedAt, List<Capability> capabilities, List<String> playbookClasses) {

    /** Assistance the country declares it can offer. */
    @Serdeable
    public record Capability(String kind, @Nullable String conditions, @Nullable String contact) {
    }
}
