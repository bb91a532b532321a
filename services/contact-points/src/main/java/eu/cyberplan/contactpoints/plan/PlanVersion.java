package eu.cyberplan.contactpoints.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** One version of a country's national plan (DESIGN §9): DRAFT → APPROVED (who, when) → SUPERSEDED. */
@Serdeable
public record PlanVersion(String country, int version, String status, String createdBy, Instant createdAt, @Nullable String approvedBy,
                          @Nullable Instant approvedAt, @Nullable Instant supersededAt, @Nullable String note,
                          @Nullable ContactPoints contactPoints, List<Capability> capabilities, List<Playbook> playbooks) {

    public static final String DRAFT = "DRAFT";
    public static final String APPROVED = "APPROVED";
    public static final String SUPERSEDED = "SUPERSEDED";

    public PlanContent content() {
        return new PlanContent(contactPoints, capabilities, playbooks, note);
    }
}
