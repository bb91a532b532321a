package eu.cyberplan.escalation.collaboration;

/** Where a country taking part stands on a case; the same names in the database and in JSON. */
public enum CountryStatus {
    INVESTIGATING,
    CONTAINED,
    RECOVERED,
    NOT_AFFECTED
}
