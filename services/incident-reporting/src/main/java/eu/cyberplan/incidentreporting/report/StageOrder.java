package eu.cyberplan.incidentreporting.report;

import eu.cyberplan.incidentreporting.deadline.ReportingTimeline;
import eu.cyberplan.incidentreporting.incident.Incident;

import java.util.Optional;

/**
 * Which NIS2 report may come next (checked before the report's body): the notification once, after the early
 * warning; an intermediate report only when one was requested; progress reports while no final report is in; the
 * final report once, after the notification. A retracted incident takes no more reports; a closed one only its final.
 */
public final class StageOrder {

    private StageOrder() {
    }

    /** Why {@code stage} cannot be submitted now, or empty when it can. */
    public static Optional<String> refusal(String stage, String status, ReportingTimeline t) {
        if (Incident.RETRACTED.equals(status)) {
            return Optional.of("the incident was retracted: it takes no more reports");
        }
        if (Incident.CLOSED.equals(status) && !"FINAL".equals(stage)) {
            return Optional.of("the incident is closed: only its final report may still come");
        }
        if (!"NOTIFICATION".equals(stage) && t.notificationAt() == null) {
            return Optional.of("a " + stage + " report comes after the incident notification, which has not been submitted");
        }
        return switch (stage) {
            case "NOTIFICATION" -> t.notificationAt() == null ? Optional.empty()
                    : Optional.of("the notification was submitted at " + t.notificationAt() + "; correct the incident instead");
            case "INTERMEDIATE" -> t.intermediateDueAt() != null && t.intermediateAt() == null ? Optional.empty()
                    : Optional.of("no intermediate report was requested (or the requested one is in); request one first");
            case "PROGRESS" -> t.finalAt() == null ? Optional.empty()
                    : Optional.of("the final report is in: a progress report no longer applies");
            case "FINAL" -> t.finalAt() == null ? Optional.empty() : Optional.of("the final report was submitted at " + t.finalAt());
            default -> Optional.empty();
        };
    }
}
