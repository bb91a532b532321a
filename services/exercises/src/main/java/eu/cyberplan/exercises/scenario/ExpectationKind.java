package eu.cyberplan.exercises.scenario;

/** What a scenario can expect of the players, each scored from the receipts and protocol events. */
public enum ExpectationKind {
    /** A country acknowledges an alert within a time. */
    ACKNOWLEDGE,
    /** A case reaches a crisis level (within a time, if one is given). */
    LEVEL,
    /** A situation report is published on a case within a time. */
    SITUATION_REPORT
}
