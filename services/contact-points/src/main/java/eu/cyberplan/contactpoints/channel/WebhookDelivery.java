package eu.cyberplan.contactpoints.channel;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * POSTs a notification to a webhook, signed with the channel's secret; anything but a 2xx answer is a failure. The
 * address is checked again just before the send (a name may resolve elsewhere than when the channel was saved), and a
 * failure is told by its class only (HTTP status, timeout, refused connection, refused address): what a receiver
 * answered is never read, so nothing of it reaches the notification log.
 */
@Singleton
class WebhookDelivery {

    private final HttpClient http;
    private final Duration timeout;
    private final WebhookDestinations destinations;
    private final Clock clock;

    WebhookDelivery(WebhookSettings settings, WebhookDestinations destinations, Clock clock) {
        Duration timeout = settings.timeout();
        // Never follow redirects: the signed request goes to the configured URL or nowhere.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.destinations = destinations;
        this.clock = clock;
    }

    void deliver(Delivery delivery) throws DeliveryFailure {
        if (delivery.secret() == null) {
            throw new DeliveryFailure("the webhook channel " + delivery.target() + " was removed: nothing to sign the request with");
        }
        String refused = destinations.refusalToSend(delivery.target()).orElse(null);
        if (refused != null) {
            throw DeliveryFailure.permanent("refused address: " + refused);
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
                throw new DeliveryFailure("HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new DeliveryFailure(failureClass(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted while posting to " + delivery.target());
        }
    }

    /** What kind of failure an I/O error was, without anything a receiver or the network said. */
    static String failureClass(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timeout";
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof UnknownHostException) {
                return "host does not resolve";
            }
            if (cause instanceof SSLException) {
                return "TLS failure";
            }
        }
        return "I/O error (" + e.getClass().getSimpleName() + ")";
    }
}
