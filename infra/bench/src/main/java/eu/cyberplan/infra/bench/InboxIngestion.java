package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.Topics;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Floods contact-points with {@code alert.dispatched} events and reads its {@code alert.delivered} receipts back: the
 * rate is alerts over the time from the first send to the last receipt, so the figure is end to end.
 */
final class InboxIngestion {

    /** What a measured flood gave. */
    record Result(int sent, int delivered, int duplicates, double seconds, double sendSeconds, LatencySamples latencies) {

        double perSecond() {
            return delivered / seconds;
        }
    }

    private static final long DELIVERY_TIMEOUT_SECONDS = 900;

    private final ObjectMapper json;
    private final String bootstrap;
    private final String alertsTopic;
    private final String receiptsTopic;
    private final boolean exercise;
    private final PrintStream out;

    InboxIngestion(ObjectMapper json, String bootstrap, String prefix, boolean exercise, PrintStream out) {
        this.json = json;
        this.bootstrap = bootstrap;
        this.alertsTopic = Topics.qualified(prefix, Topics.ALERTS, exercise);
        this.receiptsTopic = Topics.qualified(prefix, Topics.RECEIPTS, exercise);
        this.exercise = exercise;
        this.out = out;
    }

    Result run(List<String> countries, int warmupIncidents, int incidents) throws Exception {
        out.printf("%ninbox ingestion: %s → contact-points → %s%n", alertsTopic, receiptsTopic);
        if (warmupIncidents > 0) {
            out.printf("warm-up: %,d alerts (not measured)…%n", warmupIncidents * countries.size());
            Result warm = flood(countries, warmupIncidents);
            out.printf("  warm-up delivered %,d in %.1f s%n", warm.delivered(), warm.seconds());
        }
        out.printf("measured: %,d incidents × %d countries = %,d alerts…%n", incidents, countries.size(), incidents * countries.size());
        Result result = flood(countries, incidents);
        out.printf("  sent in %.1f s (%,.0f/s to the broker); %,d delivered in %.1f s = %,.0f/s end to end; %d delivered twice%n",
                result.sendSeconds(), result.sent() / result.sendSeconds(), result.delivered(), result.seconds(), result.perSecond(),
                result.duplicates());
        out.printf("  send → alert.delivered: %s%n", result.latencies().describe(50, 90, 99));
        return result;
    }

    private Result flood(List<String> countries, int incidents) throws Exception {
        int expected = incidents * countries.size();
        try (AlertFlood flood = new AlertFlood(bootstrap, alertsTopic, exercise ? UUID.randomUUID() : null)) {
            InboxDeliveries deliveries = new InboxDeliveries(flood, expected);
            try (DeliveryWatcher watcher = new DeliveryWatcher(bootstrap, receiptsTopic, deliveries, json)) {
                watcher.startAndAwaitAssignment(Duration.ofSeconds(30));
                long start = System.nanoTime();
                flood.send(incidents, countries);
                double sendSeconds = (System.nanoTime() - start) / 1e9;
                if (!deliveries.awaitAll(DELIVERY_TIMEOUT_SECONDS)) {
                    out.printf("  only %,d of %,d alerts were delivered within %d s%n", deliveries.count(), expected, DELIVERY_TIMEOUT_SECONDS);
                }
                double seconds = (Math.max(deliveries.lastNanos(), start) - start) / 1e9;
                return new Result(flood.sent(), deliveries.count(), deliveries.duplicates(), seconds, sendSeconds, deliveries.latencies());
            }
        }
    }
}
