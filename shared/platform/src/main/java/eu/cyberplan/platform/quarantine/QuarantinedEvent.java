package eu.cyberplan.platform.quarantine;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A record a consumer refused to apply, as {@code GET /api/v1/quarantine} shows it: never its payload. */
@Serdeable
public record QuarantinedEvent(UUID id, String consumerGroup, String topic, int partition, long offset,
                               @Nullable String key, @Nullable String eventId, @Nullable String type,
                               @Nullable String signerNode, String reason, String detail, int size, Instant quarantinedAt) {
}
