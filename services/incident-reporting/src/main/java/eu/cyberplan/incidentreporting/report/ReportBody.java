package eu.cyberplan.incidentreporting.report;

import jakarta.validation.constraints.NotNull;
import eu.cyberplan.platform.input.SingleLine;
import eu.cyberplan.incidentreporting.incident.Impact;
import eu.cyberplan.incidentreporting.incident.Indicator;
import eu.cyberplan.incidentreporting.significance.SignificanceFacts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/v1/incidents/{id}/reports}: a further NIS2 report (Art. 23(4)(b)–(e)). A notification
 * gives the severity and impact and indicators of compromise; a final report the root cause, the mitigations
 * applied and ongoing and the cross-border impact; intermediate and progress reports a summary of where things stand.
 */
@Serdeable
public record ReportBody(
        @NotBlank @Size(max = 80) @SingleLine String stage,
        @Nullable @Size(max = 20_000) String summary,
        @Nullable @Size(max = 80) @SingleLine String severity,
        @Nullable @Valid Impact impact,
        @Nullable @Size(max = 10_000) List<@Valid @NotNull Indicator> indicators,
        @Nullable @Size(max = 80) @SingleLine String rootCause,
        @Nullable @Size(max = 20_000) String rootCauseDescription,
        @Nullable @Size(max = 20_000) String mitigationsApplied,
        @Nullable @Size(max = 20_000) String mitigationsOngoing,
        @Nullable @Size(max = 20_000) String crossBorderImpact,
        @Nullable Instant handledAt,
        @Nullable @Valid SignificanceFacts significanceFigures) {
}
