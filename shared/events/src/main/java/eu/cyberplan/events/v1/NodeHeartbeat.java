package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A running node says it is alive and which countries it serves; record key {@code node/<nodeId>}. */
@Serdeable
public record NodeHeartbeat(
        String nodeId,
        String service,
        List<String> countries,
        Instant at,
        int intervalSeconds) {
}
