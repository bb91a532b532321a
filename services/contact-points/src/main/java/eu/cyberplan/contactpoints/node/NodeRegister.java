package eu.cyberplan.contactpoints.node;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.NodeHeartbeat;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The node_heartbeat table. */
@Singleton
public class NodeRegister {

    private final JdbcOperations jdbc;
    private final IncomingEvents events;

    public NodeRegister(JdbcOperations jdbc, IncomingEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public void seen(List<IncomingEvent> batch) {
        for (IncomingEvent event : batch) {
            if (EventTypes.NODE_HEARTBEAT.equals(event.type())) {
                events.payloadIfComplete(event, NodeHeartbeat.class,
                        beat -> beat.nodeId() != null && beat.countries() != null && beat.at() != null).ifPresent(this::save);
            }
        }
    }

    /** Every node heard of, this one included, by id. */
    @Transactional(readOnly = true)
    public List<KnownNode> known(Instant now) {
        return jdbc.prepareStatement("""
                SELECT node_id, countries, api_base_url, last_seen_at, interval_seconds FROM node_heartbeat ORDER BY node_id""", s -> {
            List<KnownNode> nodes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Instant lastSeen = rs.getTimestamp(4).toInstant();
                    nodes.add(new KnownNode(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()), rs.getString(3), lastSeen,
                            NodeSilence.silent(lastSeen, rs.getInt(5), now)));
                }
            }
            return nodes;
        });
    }

    private void save(NodeHeartbeat beat) {
        jdbc.prepareStatement("""
                INSERT INTO node_heartbeat (node_id, service, countries, last_seen_at, interval_seconds, api_base_url)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (node_id) DO UPDATE SET service = excluded.service, countries = excluded.countries,
                    last_seen_at = excluded.last_seen_at, interval_seconds = excluded.interval_seconds,
                    api_base_url = excluded.api_base_url
                WHERE node_heartbeat.last_seen_at < excluded.last_seen_at""", s -> {
            s.setString(1, beat.nodeId());
            s.setString(2, beat.service());
            s.setArray(3, s.getConnection().createArrayOf("text", beat.countries().toArray()));
            s.setTimestamp(4, Timestamp.from(beat.at()));
            s.setInt(5, beat.intervalSeconds());
            s.setString(6, beat.apiBaseUrl());
            return s.executeUpdate();
        });
    }
}
