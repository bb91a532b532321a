package eu.cyberplan.infra.bench;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the filings of one fault drill came back with: each accepted incident with the instant it was accepted, the
 * 5xx answers by status (and 503s without Retry-After apart), and the filings that got no answer at all.
 */
final class FilingWindow {

    private final Instant opened;
    private final Map<UUID, Instant> accepted = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> serverErrors = new ConcurrentSkipListMap<>();
    private final LongAdder sent = new LongAdder();
    private final LongAdder answered = new LongAdder();
    private final LongAdder clientErrors = new LongAdder();
    private final LongAdder unavailableWithoutRetryAfter = new LongAdder();
    private final Map<String, LongAdder> otherRefusals = new ConcurrentHashMap<>();

    FilingWindow(Instant opened) {
        this.opened = opened;
    }

    Instant opened() {
        return opened;
    }

    void sent() {
        sent.increment();
    }

    void accepted(UUID incidentId, Instant at) {
        accepted.put(incidentId, at);
        answered.increment();
    }

    void serverError(int status, boolean retryAfter) {
        serverErrors.computeIfAbsent(status, s -> new LongAdder()).increment();
        if (status == 503 && !retryAfter) {
            unavailableWithoutRetryAfter.increment();
        }
        answered.increment();
    }

    /** A refusal that is neither a 201 nor a 5xx: a connection refused or reset while a service restarts, a 4xx. */
    void refused(String reason, boolean clientError) {
        otherRefusals.computeIfAbsent(reason, r -> new LongAdder()).increment();
        if (clientError) {
            clientErrors.increment();
        }
        answered.increment();
    }

    /**
     * Waits (bounded) for the filings still in flight, so a late 500 or a late 201 counts for the drill it was sent in.
     * True when every filing has its outcome.
     */
    boolean awaitOutcomes(java.time.Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (answered.sum() < sent.sum() && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        return answered.sum() >= sent.sum();
    }

    /** Well-formed filings with a fresh token refused with a 4xx: during a fault, never right (a 401 locks a duty officer out). */
    long clientErrors() {
        return clientErrors.sum();
    }

    long sentCount() {
        return sent.sum();
    }

    Map<UUID, Instant> acceptedIncidents() {
        return Map.copyOf(accepted);
    }

    /** Server errors other than 503: a 500 is a bug whatever the fault. */
    long errorsOtherThanUnavailable() {
        return serverErrors.entrySet().stream().filter(e -> e.getKey() != 503).mapToLong(e -> e.getValue().sum()).sum();
    }

    long unavailableWithoutRetryAfter() {
        return unavailableWithoutRetryAfter.sum();
    }

    /** {@code none}, or e.g. {@code 503×41} / {@code 500×3 503×2 (2 without Retry-After)}. */
    String serverErrorSummary() {
        if (serverErrors.isEmpty()) {
            return "none";
        }
        StringBuilder summary = new StringBuilder();
        serverErrors.forEach((status, n) -> summary.append(summary.isEmpty() ? "" : " ").append(status).append('×').append(n.sum()));
        if (unavailableWithoutRetryAfter() > 0) {
            summary.append(" (").append(unavailableWithoutRetryAfter()).append(" without Retry-After)");
        }
        return summary.toString();
    }

    /** Refusals without a 5xx, by reason, e.g. {@code {ConnectException=37}}. */
    String otherRefusals() {
        Map<String, Long> sorted = new TreeMap<>();
        otherRefusals.forEach((reason, n) -> sorted.put(reason, n.sum()));
        return sorted.isEmpty() ? "none" : sorted.toString();
    }
}
