package eu.cyberplan.incidentreporting.report;

import java.time.Instant;
import java.util.UUID;

/**
 * One NIS2 report as it was submitted: its stage, when and by whom, and what it said (NIS2 Art. 23(4)): the
 * summary, and for the final and progress reports the root cause, the mitigations applied and ongoing, and the
 * cross-border impact. {@code rootCause} is a value of the MISP {@code nis2} taxonomy's {@code nature-root-cause}.
 */
@io.micronaut.serde.annotation.Serdeable
public record SubmittedReport(
        UUID id,
        UUID incidentId,
        String stage,
        Instant submittedAt,
        String submittedBy,
        boolean late,
        String summary,
        String rootCause,
        String rootCauseDescription,
        String mitigationsApplied,
        String mitigationsOngoing,
        String crossBorderImpact) {
}
