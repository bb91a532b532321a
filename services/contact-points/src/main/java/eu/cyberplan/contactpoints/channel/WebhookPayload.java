package eu.cyberplan.contactpoints.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

import java.util.UUID;

/**
 * The JSON a webhook receives. {@code notificationId} equals the {@code X-CyberPlan-Delivery} header: a retry carries the
 * same one, so receivers dedupe on it. {@code title} is null under TLP:RED and AMBER+STRICT; {@code onDuty} is the on-duty
 * person's e-mail when the rosters know one; {@code texts} what an e-mail would say, by language: the country's own
 * languages, then English ({@code en}, authoritative).
 */
@Serdeable
public record WebhookPayload(UUID notificationId, UUID alertId, UUID incidentId, String country, Route route, String kind,
                             String severity, String tlp, String mode, String title, String ackDeadline, String onDuty,
                             @Nullable Map<String, String> texts) {
}
