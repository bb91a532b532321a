package eu.cyberplan.events.v1;

import java.util.List;

/**
 * The Kafka topics of CyberPlan, by their name without the configurable prefix (default {@code cyberplan}).
 * Each topic has an exercise twin named like it plus {@link #EXERCISE_SUFFIX}.
 */
public final class Topics {

    public static final String DEFAULT_PREFIX = "cyberplan";
    public static final String EXERCISE_SUFFIX = ".exercise";

    public static final String INCIDENTS = "incidents.v1";
    public static final String ALERTS = "alerts.v1";
    public static final String RECEIPTS = "receipts.v1";
    public static final String PROTOCOL = "protocol.v1";
    public static final String DIRECTORY = "directory.v1";
    public static final String COMCHECKS = "comchecks.v1";
    public static final String EXERCISES = "exercises.v1";

    /** Every topic, real ones only; each has its exercise twin. */
    public static final List<String> ALL = List.of(INCIDENTS, ALERTS, RECEIPTS, PROTOCOL, DIRECTORY, COMCHECKS, EXERCISES);

    /** Topics whose records are the current state per key, kept by log compaction. */
    public static final List<String> COMPACTED = List.of(DIRECTORY);

    public static final int PARTITIONS = 6;

    private Topics() {
    }

    /** The full name of a topic: {@code <prefix>.<name>}, plus the exercise suffix for exercise traffic. */
    public static String qualified(String prefix, String name, boolean exercise) {
        return prefix + "." + name + (exercise ? EXERCISE_SUFFIX : "");
    }

    /** Every full topic name under the prefix, each real topic followed by its exercise twin. */
    public static List<String> allQualified(String prefix) {
        return ALL.stream()
                .flatMap(name -> java.util.stream.Stream.of(qualified(prefix, name, false), qualified(prefix, name, true)))
                .toList();
    }
}
