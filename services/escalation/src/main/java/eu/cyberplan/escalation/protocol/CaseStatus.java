package eu.cyberplan.escalation.protocol;

/** Whether a case is still handled (DESIGN §5.10): a closed case refuses new situation reports and has no pending timers. */
public enum CaseStatus {
    OPEN,
    CLOSED
}
