package eu.cyberplan.contactpoints.node;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A node as its heartbeats describe it (DESIGN §11): the countries it serves, the public base URL of its API (null when
 * it does not say), when it was last heard and whether that is more than three of its intervals ago.
 */
@Serdeable
public record KnownNode(String nodeId, List<String> countries, @Nullable String apiBaseUrl, Instant lastSeenAt, boolean silent) {
}
