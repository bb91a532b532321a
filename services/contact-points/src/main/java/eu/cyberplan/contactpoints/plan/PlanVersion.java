package eu.cyberplan.contactpoints.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a country's national plan (DESIGN §9): DRAFT → APPROVED (who, when) → SUPERSEDED, or DRAFT → REJECTED
 * (who, when, why). A draft proposed from a lesson learnt names it in {@code proposedFrom} (DESIGN §14).
 */
@Serdeable
public record PlanVersion(String country, int version, String status, String createdBy, Instant createdAt, @Nullable String approvedBy,
                          @Nullable Instant approvedAt, @Nullable Instant supersededAt, @Nullable String note,
                          @Nullable ContactPoints contactPoints, List<Capability> capabilities, List<Playbook> playbooks,
                          @Nullable ProposedFrom proposedFrom, @Nullable Rejection rejection) {

    public static final String DRAFT = "DRAFT";
    public static final String APPROVED = "APPROVED";
    public static final String SUPERSEDED = "SUPERSEDED";
    public static final String REJECTED = "REJECTED";

    /** The lesson a proposed version came from, and the exercise or case that taught it. */
    @Serdeable
    public record ProposedFrom(UUID lessonId, @Nullable UUID exerciseId, @Nullable UUID incidentId) {
    }

    /** Who rejected a draft, when and why. */
    @Serdeable
    public record Rejection(String rejectedBy, Instant rejectedAt, String reason) {
    }

    public PlanContent content() {
        return new PlanContent(contactPoints, capabilities, playbooks, note);
    }
}
