package eu.cyberplan.contactpoints.node;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.NodeHeartbeat;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.node.NodeIdentity;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * This node says every few seconds that it is alive, which countries it serves and where its API is. The heartbeat goes through the
 * outbox: a node that cannot write to its database cannot take alerts either, and should look silent.
 */
@Singleton
@Requires(property = "cyberplan.node.heartbeat.enabled", notEquals = "false")
public class NodeHeartbeats {

    private final JdbcOperations jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final String nodeId;
    private final List<String> configuredCountries;
    private final Duration interval;
    private final String apiBaseUrl;

    public NodeHeartbeats(JdbcOperations jdbc, Outbox outbox, Clock clock, NodeIdentity identity, NodeSettings node,
                          HeartbeatSettings heartbeat) {
        String countries = node.countries() == null ? "" : node.countries();
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.nodeId = identity.id();
        this.configuredCountries = Arrays.stream(countries.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
        this.interval = heartbeat.interval();
        this.apiBaseUrl = node.publicUrl() == null || node.publicUrl().isBlank() ? null : node.publicUrl().trim();
    }

    @Scheduled(fixedDelay = "${cyberplan.node.heartbeat.interval}", initialDelay = "1s")
    @Transactional
    void beat() {
        List<String> countries = configuredCountries.isEmpty() ? allCountries() : configuredCountries;
        String source = countries.size() == 1 ? countries.get(0) : Caller.EU;
        outbox.add(OutboxEvent.of(Topics.DIRECTORY, EventTypes.NODE_HEARTBEAT, "node/" + nodeId, source,
                new NodeHeartbeat(nodeId, "contact-points", countries, clock.instant(), (int) interval.toSeconds(), apiBaseUrl)));
    }

    /** A node that names no countries serves every country of its directory. */
    private List<String> allCountries() {
        return jdbc.prepareStatement("SELECT code FROM country ORDER BY code", s -> {
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        });
    }
}
