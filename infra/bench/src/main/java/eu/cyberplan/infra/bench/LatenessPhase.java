package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pending deadlines and how late they fire: files incidents whose alerts wait a day (LOW) until {@code pending}
 * deadlines are pending, then the HIGH ones whose {@code due} deadlines fall within the same minute, and reads every
 * {@code alert.overdue}: lateness = the record's time on the topic − the deadline it reports missed.
 */
final class LatenessPhase {

    private final IncidentEventFeed feed;
    private final ObjectMapper json;
    private final PrintStream out;
    private final AtomicInteger dispatched = new AtomicInteger();
    private final Set<String> overdueAlerts = ConcurrentHashMap.newKeySet();
    private final LatencySamples published = new LatencySamples();
    private final LatencySamples fired = new LatencySamples();
    private final List<UUID> incidents = Collections.synchronizedList(new ArrayList<>());

    LatenessPhase(IncidentEventFeed feed, ObjectMapper json, PrintStream out) {
        this.feed = feed;
        this.json = json;
        this.out = out;
    }

    void onRecord(ConsumerRecord<String, byte[]> record) {
        String type = TopicTail.header(record, "ce_type");
        if (EventTypes.ALERT_DISPATCHED.equals(type)) {
            dispatched.incrementAndGet();
        } else if (EventTypes.ALERT_OVERDUE.equals(type)) {
            try {
                JsonNode overdue = json.readTree(record.value());
                if (overdueAlerts.add(overdue.path("alertId").asText())) {
                    long missed = Instant.parse(overdue.path("missedDeadline").asText()).toEpochMilli();
                    published.record(Math.max(0, record.timestamp() - missed) * 1_000_000L);
                    fired.record(Math.max(0, Instant.parse(overdue.path("overdueAt").asText()).toEpochMilli() - missed) * 1_000_000L);
                }
            } catch (Exception e) {
                // not one of ours to measure
            }
        }
    }

    /** Makes {@code pending} deadlines pending, {@code due} of them due about {@code dueAfterSeconds} later; waits for them. */
    void run(int pending, int due, int dueAfterSeconds) throws InterruptedException {
        int perIncident = ProtocolBenchmark.OTHERS.size();
        int quiet = (pending - due) / perIncident;
        int urgent = due / perIncident;
        int before = dispatched.get();
        for (int i = 0; i < quiet; i++) {
            file("LOW");
        }
        feed.flush();
        awaitDispatched(before + quiet * perIncident, 600);
        out.printf("  %,d deadlines a day away are pending; filing the %,d due in %d s…%n", dispatched.get() - before, urgent * perIncident,
                dueAfterSeconds);
        long urgentStart = System.nanoTime();
        for (int i = 0; i < urgent; i++) {
            file("HIGH");
        }
        feed.flush();
        awaitDispatched(before + (quiet + urgent) * perIncident, 600);
        out.printf("  %,d deadlines pending in all; the last %,d dispatched within %.1f s, so due within that span%n",
                dispatched.get() - before, urgent * perIncident, (System.nanoTime() - urgentStart) / 1e9);
        long end = System.nanoTime() + (dueAfterSeconds + 180) * 1_000_000_000L;
        while (overdueAlerts.size() < urgent * perIncident && System.nanoTime() < end) {
            Thread.sleep(200);
        }
    }

    private void file(String severity) {
        UUID incident = UUID.randomUUID();
        incidents.add(incident);
        feed.reported(incident, severity, ProtocolBenchmark.OTHERS);
    }

    private void awaitDispatched(int count, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (dispatched.get() < count && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        if (dispatched.get() < count) {
            throw new BenchAborted("only " + dispatched.get() + " of " + count + " alerts were dispatched within " + seconds + " s");
        }
    }

    int overdue() {
        return overdueAlerts.size();
    }

    LatencySamples publishedLateness() {
        return published;
    }

    LatencySamples firedLateness() {
        return fired;
    }

    List<UUID> incidents() {
        return List.copyOf(incidents);
    }
}
