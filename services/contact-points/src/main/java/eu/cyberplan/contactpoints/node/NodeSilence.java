package eu.cyberplan.contactpoints.node;

import java.time.Instant;

/**
 * When a node is silent (DESIGN §11): its heartbeat has been missing for more than three of its own intervals. One
 * late heartbeat is a busy node or a slow network; three in a row is a node that can no longer take alerts.
 */
public final class NodeSilence {

    static final int MISSED_HEARTBEATS = 3;

    private NodeSilence() {
    }

    /** Whether a node last heard at {@code lastSeen}, beating every {@code intervalSeconds}, counts as silent at {@code now}. */
    public static boolean silent(Instant lastSeen, int intervalSeconds, Instant now) {
        return now.isAfter(silentFrom(lastSeen, intervalSeconds));
    }

    /** The last instant at which the node still counts as alive. */
    public static Instant silentFrom(Instant lastSeen, int intervalSeconds) {
        return lastSeen.plusSeconds((long) MISSED_HEARTBEATS * Math.max(1, intervalSeconds));
    }
}
