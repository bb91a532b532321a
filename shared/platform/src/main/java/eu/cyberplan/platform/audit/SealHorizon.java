package eu.cyberplan.platform.audit;

/** The highest audit id handed out at one moment, and a snapshot ({@code pg_snapshot} text) taken right after. */
record SealHorizon(long highestId, String snapshot) {
}
