package eu.cyberplan.platform.audit;

import eu.cyberplan.platform.outbox.OutboxEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The audit records of the events a transaction publishes: every state change already writes its event in its own
 * transaction, so recording one entry per event covers them all in one place. The action is the event type without
 * its prefix and version ({@code eu.cyberplan.alert.acknowledged.v1} → {@code alert.acknowledged}); the target is
 * the event's aggregate and subject. Node heartbeats are liveness, not a change anyone made: they are not recorded.
 */
public final class EventAudit {

    private static final String PREFIX = "eu.cyberplan.";
    private static final String HEARTBEAT = "node.heartbeat";

    private EventAudit() {
    }

    public static List<AuditRecord> of(List<OutboxEvent> events, List<UUID> ids) {
        List<AuditRecord> records = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            OutboxEvent event = events.get(i);
            String action = actionOf(event.type());
            if (HEARTBEAT.equals(action)) {
                continue;
            }
            records.add(AuditRecord.of(action, aggregateOf(action), event.subject(), event.country())
                    .with("eventId", ids.get(i))
                    .with("mode", event.mode())
                    .with("exerciseId", event.exerciseId())
                    .with("tlp", event.tlp() == null ? null : event.tlp().label()));
        }
        return records;
    }

    static String actionOf(String type) {
        String action = type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type;
        int version = action.lastIndexOf(".v");
        if (version > 0 && action.substring(version + 2).chars().allMatch(Character::isDigit) && version + 2 < action.length()) {
            action = action.substring(0, version);
        }
        return action;
    }

    static String aggregateOf(String action) {
        int dot = action.indexOf('.');
        return dot < 0 ? action : action.substring(0, dot);
    }
}
