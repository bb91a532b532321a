package eu.cyberplan.events.v1;

/** Severity of an incident, as filed by the reporting CSIRT. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
