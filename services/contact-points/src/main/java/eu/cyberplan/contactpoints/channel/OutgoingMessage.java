package eu.cyberplan.contactpoints.channel;

import eu.cyberplan.events.v1.Mode;

import java.util.UUID;

/**
 * A notification that is no inbox item, such as an EU-CyCLONe liaison's call (DESIGN §14). {@code aboutId} keys it as an
 * alert id keys an item's paging (once per route and target); {@code incidentId}, {@code severity} and {@code title} are
 * null when the marking keeps them from this reader; a webhook receives them as {@link WebhookPayload} fields.
 */
public record OutgoingMessage(UUID aboutId, UUID incidentId, String country, Route route, String kind, String severity, String tlp, Mode mode,
                              String title, String subject, String text) {
}
