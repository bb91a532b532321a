package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A country's plan owner approved a version of its national contingency plan, which is now the one in force; carries
 * the full current state (the topic is compacted on {@code <country>/plan.approved}): the assistance capabilities it
 * declares and the RSIT classes its playbooks cover. {@code supersededVersion} is the version it replaced, if any.
 */
@Serdeable
public record PlanApproved(
        String country,
        int version,
        String approvedBy,
        Instant approvedAt,
        List<Capability> capabilities,
        List<String> playbookClasses,
        Integer supersededVersion) {

    /** Assistance the country can offer others: {@code kind} is an assistance kind (CONTAINMENT, REPAIR, FORENSICS, COORDINATION, OTHER). */
    @Serdeable
    public record Capability(String kind, String conditions, String contact) {
    }
}
