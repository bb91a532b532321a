package eu.cyberplan.events.v1;

/** Whether something is real or part of an exercise; exercise traffic never mixes with real traffic. */
public enum Mode {
    REAL,
    EXERCISE;

    /** The value of the CloudEvents extension {@code cpmode}: lower case. */
    public String headerValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
