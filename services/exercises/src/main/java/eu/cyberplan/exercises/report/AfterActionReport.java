package eu.cyberplan.exercises.report;

import eu.cyberplan.exercises.exercise.ExerciseStatus;
import eu.cyberplan.exercises.scoring.ExpectationScoring;
import eu.cyberplan.exercises.lesson.Lesson;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The after-action report of an exercise ({@code GET /exercises/{id}/report}): its timeline, time to acknowledge per
 * country (median, p90, exercise seconds), expectations met and missed, overdue alerts and escalations. Computed from
 * the receipts and protocol events on each request, so it is live while the exercise runs.
 */
@Serdeable
public record AfterActionReport(UUID exerciseId, String name, String mode, ExerciseStatus status, int compression, Instant startedAt,
                                Instant endedAt, long exerciseSeconds, Overall overall, List<CountryReport> countries,
                                List<ExpectationResult> expectations, List<OverdueAlert> overdueAlerts, List<Escalation> escalations,
                                List<TimelineEntry> timeline, boolean timelineTruncated, List<Lesson> lessons) {

    /** The totals: expectations met, missed and still pending, and the share met of those decided. */
    @Serdeable
    public record Overall(int expectations, int met, int missed, int pending, Double metPercent, int injects, int injectsReleased,
                          int alerts, int acknowledged, int overdue, Long medianAcknowledgementSeconds, Long p90AcknowledgementSeconds) {
    }

    /** One country: its alerts and times to acknowledge, and its expectations. */
    @Serdeable
    public record CountryReport(String country, int alerts, int acknowledged, int overdue, Long medianSeconds, Long p90Seconds,
                                int expectationsMet, int expectationsMissed, int expectationsPending) {
    }

    /** One expectation scored: met, missed or pending, the exercise seconds it took and those allowed, and why. */
    @Serdeable
    public record ExpectationResult(int sequence, String kind, String country, String inject, String description, String outcome,
                                    Long tookSeconds, Long withinSeconds, String reason) {
        static ExpectationResult of(ExpectationScoring.Score s) {
            return new ExpectationResult(s.sequence(), s.kind().name(), s.country(), s.injectRef(), s.description(), s.outcome().name(),
                    s.tookSeconds(), s.withinSeconds(), s.reason());
        }
    }

    /** An alert that missed its acknowledgement deadline. */
    @Serdeable
    public record OverdueAlert(UUID alertId, UUID incidentId, String country, Instant dispatchedAt, Instant overdueAt, Instant acknowledgedAt) {
    }

    /** A case reaching a crisis level. */
    @Serdeable
    public record Escalation(UUID incidentId, String level, Instant at, long exerciseSeconds, String detail) {
    }

    /** One line of the timeline, at its wall and exercise time. */
    @Serdeable
    public record TimelineEntry(Instant at, long exerciseSeconds, String kind, String country, String text) {
    }
}
