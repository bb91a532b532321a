package eu.cyberplan.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/** One stored outbox event, as the relay reads it. */
record OutboxRow(long seq, UUID id, String topic, String key, String type, String source, String subject,
                 String mode, UUID exerciseId, String tlp, byte[] payload, Instant createdAt) {
}
