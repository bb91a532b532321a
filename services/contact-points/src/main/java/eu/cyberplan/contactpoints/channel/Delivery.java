package eu.cyberplan.contactpoints.channel;

import java.util.UUID;

/**
 * A claimed notification on its way out: {@code attempts} counts this one; {@code secret} signs a webhook;
 * {@code contentLanguage} the languages its text is written in ({@code "lv, en"}), null for one written before.
 */
record Delivery(UUID id, UUID alertId, String country, Route route, ChannelKind channel, String target, String subject, String body,
                int attempts, String secret, String contentLanguage) {

    Delivery withSecret(String secret) {
        return new Delivery(id, alertId, country, route, channel, target, subject, body, attempts, secret, contentLanguage);
    }
}
