package eu.cyberplan.events.v1;

/** CloudEvents {@code type} attribute of every event: {@code eu.cyberplan.<aggregate>.<event>.v1}. */
public final class EventTypes {

    public static final String INCIDENT_REPORTED = "eu.cyberplan.incident.reported.v1";
    public static final String INCIDENT_REPORT_SUBMITTED = "eu.cyberplan.incident.report-submitted.v1";
    public static final String INCIDENT_UPDATED = "eu.cyberplan.incident.updated.v1";
    public static final String INCIDENT_ESCALATION_REQUESTED = "eu.cyberplan.incident.escalation-requested.v1";
    public static final String INCIDENT_RETRACTED = "eu.cyberplan.incident.retracted.v1";
    public static final String INCIDENT_CLOSED = "eu.cyberplan.incident.closed.v1";

    public static final String ALERT_DISPATCHED = "eu.cyberplan.alert.dispatched.v1";
    public static final String ALERT_CORRECTED = "eu.cyberplan.alert.corrected.v1";
    public static final String ALERT_RECALLED = "eu.cyberplan.alert.recalled.v1";

    public static final String ALERT_DELIVERED = "eu.cyberplan.alert.delivered.v1";
    public static final String ALERT_ACKNOWLEDGED = "eu.cyberplan.alert.acknowledged.v1";

    public static final String CASE_OPENED = "eu.cyberplan.case.opened.v1";
    public static final String CASE_CLOSED = "eu.cyberplan.case.closed.v1";
    public static final String CRISIS_LEVEL_CHANGED = "eu.cyberplan.crisis-level.changed.v1";
    public static final String ALERT_OVERDUE = "eu.cyberplan.alert.overdue.v1";

    public static final String NODE_HEARTBEAT = "eu.cyberplan.node.heartbeat.v1";

    private EventTypes() {
    }
}
