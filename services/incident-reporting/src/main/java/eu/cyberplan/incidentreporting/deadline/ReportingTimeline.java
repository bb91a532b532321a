package eu.cyberplan.incidentreporting.deadline;

import java.time.Instant;

/**
 * When each NIS2 report of one incident was submitted (null: not yet), with what the clocks start from: the
 * entity's awareness, whether it is a trust service provider, a requested intermediate report's due date and the
 * moment the incident was handled.
 */
public record ReportingTimeline(
        Instant awareAt,
        boolean trustService,
        Instant earlyWarningAt,
        Instant csirtResponseAt,
        Instant notificationAt,
        Instant intermediateDueAt,
        Instant intermediateAt,
        Instant progressAt,
        Instant finalAt,
        Instant handledAt) {

    /** The timeline of an incident just filed: the early warning and nothing else. */
    public static ReportingTimeline filed(Instant awareAt, boolean trustService, Instant earlyWarningAt) {
        return new ReportingTimeline(awareAt, trustService, earlyWarningAt, null, null, null, null, null, null, null);
    }

    public ReportingTimeline withNotification(Instant at) {
        return new ReportingTimeline(awareAt, trustService, earlyWarningAt, csirtResponseAt, at, intermediateDueAt, intermediateAt,
                progressAt, finalAt, handledAt);
    }

    public ReportingTimeline withIntermediateRequested(Instant dueAt) {
        return new ReportingTimeline(awareAt, trustService, earlyWarningAt, csirtResponseAt, notificationAt, dueAt, null,
                progressAt, finalAt, handledAt);
    }

    public ReportingTimeline withIntermediate(Instant at) {
        return new ReportingTimeline(awareAt, trustService, earlyWarningAt, csirtResponseAt, notificationAt, intermediateDueAt, at,
                progressAt, finalAt, handledAt);
    }

    public ReportingTimeline withProgress(Instant at) {
        return new ReportingTimeline(awareAt, trustService, earlyWarningAt, csirtResponseAt, notificationAt, intermediateDueAt,
                intermediateAt, at, finalAt, handledAt);
    }

    public ReportingTimeline withFinal(Instant at) {
        return new ReportingTimeline(awareAt, trustService, earlyWarningAt, csirtResponseAt, notificationAt, intermediateDueAt,
                intermediateAt, progressAt, at, handledAt);
    }

    public ReportingTimeline withCsirtResponse(Instant at) {
        return new ReportingTimeline(awareAt, trustService, earlyWarningAt, at, notificationAt, intermediateDueAt, intermediateAt,
                progressAt, finalAt, handledAt);
    }

    public ReportingTimeline withHandled(Instant at) {
        return new ReportingTimeline(awareAt, trustService, earlyWarningAt, csirtResponseAt, notificationAt, intermediateDueAt,
                intermediateAt, progressAt, finalAt, at);
    }
}
