package eu.cyberplan.events.v1;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A running node says it is alive, which countries it serves and where its API is ({@code apiBaseUrl}, its console's
 * public URL, {@code CYBERPLAN_PUBLIC_URL}; null when not configured); record key {@code node/<nodeId>}.
 */
@Serdeable
public record NodeHeartbeat(
        String nodeId,
        String service,
        List<String> countries,
        Instant at,
        int intervalSeconds,
        @Nullable String apiBaseUrl) {
}
