package eu.cyberplan.contactpoints.channel;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification of a country's delivery queue: where it goes, how it went, and when it is tried next while PENDING;
 * {@code lastError} is the class of the last failure (HTTP status, timeout, refused address), never what a receiver
 * answered; a CANCELLED one says when and why paging stopped (the alert acknowledged, recalled, its case closed, ENDEX).
 */
@Serdeable
public record NotificationView(UUID id, UUID alertId, String country, Route route, ChannelKind channel, String target, String subject,
                               String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                               Instant sentAt, String mode, Instant cancelledAt, String cancelReason) {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";
}
