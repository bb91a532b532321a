package eu.cyberplan.platform.parking;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A parked event as the coordinator sees it: where it was going or came from and why it stopped, never its content.
 *
 * @param side          OUTBOX (this service could not publish it) or CONSUMER (a listener of this service could not apply it)
 * @param ceId          the CloudEvents id (for an outbox event, its id)
 * @param size          payload bytes
 * @param consumerGroup partition and offset: where a consumed record came from (CONSUMER only)
 */
@Serdeable
public record ParkedEvent(UUID id, Side side, ParkedStatus status, String topic, String type, String key, String ceId,
                          long size, String reason, Instant parkedAt, Integer attempts, String consumerGroup,
                          Integer partition, Long offset, Instant resolvedAt, String resolvedBy) {

    /** Which end of Kafka parked it. */
    public enum Side { OUTBOX, CONSUMER }
}
