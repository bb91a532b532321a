package eu.cyberplan.contactpoints.node;

import eu.cyberplan.contactpoints.channel.Notifications;
import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.contactpoints.inbox.InboxDeadlines;
import eu.cyberplan.contactpoints.inbox.InboxItem;
import eu.cyberplan.contactpoints.inbox.InboxStore;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.platform.node.NodeIdentity;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * On the EU node, a node silent for more than three heartbeats ({@link NodeSilence}) puts one {@code NODE_SILENT} item
 * in the {@code EU} inbox, to be acknowledged like a notice and sent on the coordinators' channels; when the node is
 * heard again the item is withdrawn (recalled, its pending pages cancelled). Rows are locked while judged, so two
 * instances raise an alarm once.
 */
@Singleton
@Requires(property = "cyberplan.node.silence.enabled", notEquals = "false")
public class SilentNodes {

    static final String KIND = "NODE_SILENT";

    private final JdbcOperations jdbc;
    private final InboxStore items;
    private final Notifications notifications;
    private final NodeIdentity node;
    private final InboxDeadlines deadlines;
    private final Clock clock;

    public SilentNodes(JdbcOperations jdbc, InboxStore items, Notifications notifications, NodeIdentity node, InboxDeadlines deadlines,
                       Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.notifications = notifications;
        this.node = node;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    private record Heard(String nodeId, List<String> countries, Instant lastSeen, int intervalSeconds, UUID alarm) {
    }

    @Scheduled(fixedDelay = "${cyberplan.node.silence.check-every}", initialDelay = "${cyberplan.node.silence.check-every}")
    @Transactional
    public void check() {
        if (!node.serves(Caller.EU)) {
            return; // the EU inbox, and so the alarm, lives on the EU node
        }
        Instant now = clock.instant();
        for (Heard heard : others()) {
            boolean silent = NodeSilence.silent(heard.lastSeen(), heard.intervalSeconds(), now);
            if (silent && heard.alarm() == null) {
                raise(heard, now);
            } else if (!silent && heard.alarm() != null) {
                resolve(heard, now);
            }
        }
    }

    private void raise(Heard heard, Instant now) {
        UUID alarm = UUID.randomUUID();
        String countries = String.join(", ", heard.countries());
        InboxItem item = InboxItem.delivered(alarm, null, Caller.EU, KIND, Severity.HIGH, "CLEAR", Mode.REAL, null,
                "Node " + heard.nodeId() + " (" + countries + ") silent since " + heard.lastSeen(), null, null, now,
                now.plus(deadlines.coordinatorNotice()), now, null,
                "no heartbeat for more than " + NodeSilence.MISSED_HEARTBEATS + " intervals of " + heard.intervalSeconds() + " s; last seen "
                        + heard.lastSeen() + "; alerts for " + countries + " may not reach anyone");
        if (items.insert(item)) {
            notifications.enqueue(item, Route.PRIMARY);
        }
        setAlarm(heard.nodeId(), alarm);
    }

    private void resolve(Heard heard, Instant now) {
        String reason = "node " + heard.nodeId() + " is heard again (heartbeat at " + heard.lastSeen() + ")";
        items.markRecalled(heard.alarm(), now, reason);
        notifications.cancelForAlerts(List.of(heard.alarm()), reason);
        setAlarm(heard.nodeId(), null);
    }

    private List<Heard> others() {
        return jdbc.prepareStatement("""
                SELECT node_id, countries, last_seen_at, interval_seconds, silent_alarm_id FROM node_heartbeat
                WHERE node_id <> ? ORDER BY node_id FOR UPDATE SKIP LOCKED""", s -> {
            s.setString(1, node.id());
            List<Heard> heard = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    heard.add(new Heard(rs.getString(1), Arrays.asList((String[]) rs.getArray(2).getArray()), rs.getTimestamp(3).toInstant(),
                            rs.getInt(4), rs.getObject(5, UUID.class)));
                }
            }
            return heard;
        });
    }

    private void setAlarm(String nodeId, UUID alarm) {
        jdbc.prepareStatement("UPDATE node_heartbeat SET silent_alarm_id = ? WHERE node_id = ?", s -> {
            s.setObject(1, alarm);
            s.setString(2, nodeId);
            return s.executeUpdate();
        });
    }
}
