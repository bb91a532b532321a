package eu.cyberplan.contactpoints.channel;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** POSTs a notification to a webhook, signed with the channel's secret; anything but a 2xx answer is a failure. */
@Singleton
class WebhookDelivery {

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    WebhookDelivery(@Value("${cyberplan.notifications.webhook.timeout:5s}") Duration timeout, Clock clock) {
        // Never follow redirects: the signed request goes to the configured URL or nowhere.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.clock = clock;
    }

    void deliver(Delivery delivery) throws DeliveryFailure {
        if (delivery.secret() == null) {
            throw new DeliveryFailure("the webhook channel " + delivery.target() + " was removed: nothing to sign the request with");
        }
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.target()))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "CyberPlan-Notifications/1")
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(delivery.secret(), clock.instant().getEpochSecond(), body))
                .header(WebhookSignature.DELIVERY_HEADER, delivery.id().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailure("HTTP " + response.statusCode() + " from " + delivery.target());
            }
        } catch (IOException e) {
            throw new DeliveryFailure(e.getClass().getSimpleName() + " posting to " + delivery.target()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted while posting to " + delivery.target());
        }
    }
}
