package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fan-out of one case to every other member: an incident affecting 29 countries opens a case whose 29 alerts go to
 * the inboxes; measured from the case's first {@code alert.dispatched} to its 29th {@code alert.delivered} (Kafka
 * record times, all stamped on this machine), one case at a time.
 */
final class FanOutPhase {

    private final IncidentEventFeed feed;
    private final ObjectMapper json;
    private final Map<UUID, Long> firstDispatch = new ConcurrentHashMap<>();
    private final Map<UUID, Set<String>> delivered = new ConcurrentHashMap<>();
    private final Map<UUID, Long> complete = new ConcurrentHashMap<>();
    private final AtomicInteger malformed = new AtomicInteger();

    FanOutPhase(IncidentEventFeed feed, ObjectMapper json) {
        this.feed = feed;
        this.json = json;
    }

    void onRecord(ConsumerRecord<String, byte[]> record) {
        String type = TopicTail.header(record, "ce_type");
        UUID incident;
        try {
            incident = UUID.fromString(record.key());
        } catch (RuntimeException e) {
            malformed.incrementAndGet();
            return;
        }
        if (EventTypes.ALERT_DISPATCHED.equals(type)) {
            firstDispatch.merge(incident, record.timestamp(), Math::min);
        } else if (EventTypes.ALERT_DELIVERED.equals(type)) {
            try {
                String country = json.readTree(record.value()).path("country").asText();
                Set<String> countries = delivered.computeIfAbsent(incident, i -> ConcurrentHashMap.newKeySet());
                if (countries.add(country) && countries.size() == ProtocolBenchmark.OTHERS.size()) {
                    complete.put(incident, record.timestamp());
                }
            } catch (Exception e) {
                malformed.incrementAndGet();
            }
        }
    }

    /** Files {@code cases} incidents one after another, each once the previous one is fully delivered or after 10 s. */
    LatencySamples run(int cases) throws InterruptedException {
        LatencySamples latencies = new LatencySamples();
        List<UUID> incidents = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            UUID incident = UUID.randomUUID();
            incidents.add(incident);
            feed.reported(incident, "HIGH", ProtocolBenchmark.OTHERS);
            feed.flush();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!complete.containsKey(incident) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        for (UUID incident : incidents) {
            Long done = complete.get(incident);
            Long start = firstDispatch.get(incident);
            if (done != null && start != null) {
                latencies.record((done - start) * 1_000_000L);
            }
        }
        return latencies;
    }

    List<UUID> incidents() {
        return List.copyOf(firstDispatch.keySet());
    }
}
