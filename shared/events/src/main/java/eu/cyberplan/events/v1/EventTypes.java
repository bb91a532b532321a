package eu.cyberplan.events.v1;

/** CloudEvents {@code type} attribute of every event: {@code eu.cyberplan.<aggregate>.<event>.v1}. */
public final class EventTypes {

    public static final String INCIDENT_REPORTED = "eu.cyberplan.incident.reported.v1";
    public static final String INCIDENT_REPORT_SUBMITTED = "eu.cyberplan.incident.report-submitted.v1";
    public static final String INCIDENT_UPDATED = "eu.cyberplan.incident.updated.v1";
    public static final String INCIDENT_ESCALATION_REQUESTED = "eu.cyberplan.incident.escalation-requested.v1";
    public static final String INCIDENT_RETRACTED = "eu.cyberplan.incident.retracted.v1";
    public static final String INCIDENT_CLOSED = "eu.cyberplan.incident.closed.v1";
    public static final String INCIDENT_DEADLINE_REMINDER = "eu.cyberplan.incident.deadline-reminder.v1";

    public static final String ALERT_DISPATCHED = "eu.cyberplan.alert.dispatched.v1";
    public static final String ALERT_CORRECTED = "eu.cyberplan.alert.corrected.v1";
    public static final String ALERT_RECALLED = "eu.cyberplan.alert.recalled.v1";

    public static final String ALERT_DELIVERED = "eu.cyberplan.alert.delivered.v1";
    public static final String ALERT_ACKNOWLEDGED = "eu.cyberplan.alert.acknowledged.v1";
    public static final String COMCHECK_ANSWERED = "eu.cyberplan.comcheck.answered.v1";
    public static final String CHECKLIST_PROGRESSED = "eu.cyberplan.checklist.progressed.v1";

    public static final String CASE_OPENED = "eu.cyberplan.case.opened.v1";
    public static final String CASE_CLOSED = "eu.cyberplan.case.closed.v1";
    public static final String CRISIS_LEVEL_CHANGED = "eu.cyberplan.crisis-level.changed.v1";
    public static final String ALERT_OVERDUE = "eu.cyberplan.alert.overdue.v1";
    public static final String COORDINATOR_NOTIFIED = "eu.cyberplan.coordinator.notified.v1";
    public static final String SITUATION_REPORT_PUBLISHED = "eu.cyberplan.situation-report.published.v1";
    public static final String ASSISTANCE_REQUESTED = "eu.cyberplan.assistance.requested.v1";
    public static final String ASSISTANCE_OFFERED = "eu.cyberplan.assistance.offered.v1";
    public static final String ASSISTANCE_ACCEPTED = "eu.cyberplan.assistance.accepted.v1";

    public static final String CONTACT_POINT_CHANGED = "eu.cyberplan.contact-point.changed.v1";
    public static final String ROSTER_CHANGED = "eu.cyberplan.roster.changed.v1";
    public static final String PLAN_APPROVED = "eu.cyberplan.plan.approved.v1";
    public static final String NODE_HEARTBEAT = "eu.cyberplan.node.heartbeat.v1";

    public static final String COMCHECK_STARTED = "eu.cyberplan.comcheck.started.v1";

    public static final String EXERCISE_STARTED = "eu.cyberplan.exercise.started.v1";
    public static final String INJECT_RELEASED = "eu.cyberplan.inject.released.v1";
    public static final String EXERCISE_PAUSED = "eu.cyberplan.exercise.paused.v1";
    public static final String EXERCISE_RESUMED = "eu.cyberplan.exercise.resumed.v1";
    public static final String EXERCISE_ENDED = "eu.cyberplan.exercise.ended.v1";
    public static final String LESSON_RECORDED = "eu.cyberplan.lesson.recorded.v1";
    public static final String PLAN_PROPOSAL_CHANGED = "eu.cyberplan.plan.proposal-changed.v1";

    private EventTypes() {
    }
}
