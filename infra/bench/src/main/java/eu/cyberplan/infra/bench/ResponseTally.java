package eu.cyberplan.infra.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the POSTs of a phase: accepted ones, the others by status or failure, and their response latency. */
final class ResponseTally {

    private final LongAdder sent = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final Map<String, LongAdder> refusedByReason = new ConcurrentHashMap<>();
    private final LatencySamples responseLatency = new LatencySamples();

    /** Counts one outcome, its response latency measured from {@code fromNanos}. */
    void count(FilingOutcome outcome, long fromNanos) {
        sent.increment();
        responseLatency.record(outcome.completedNanos() - fromNanos);
        if (outcome.isAccepted()) {
            accepted.increment();
        } else {
            refusedByReason.computeIfAbsent(outcome.failure(), reason -> new LongAdder()).increment();
        }
    }

    long sent() {
        return sent.sum();
    }

    long accepted() {
        return accepted.sum();
    }

    long refused() {
        return sent() - accepted();
    }

    LatencySamples responseLatency() {
        return responseLatency;
    }

    /** Refusals by reason, e.g. {@code {HTTP 503=4, HttpTimeoutException=1}}; {@code none} when there were none. */
    String refusals() {
        if (refusedByReason.isEmpty()) {
            return "none";
        }
        Map<String, Long> sorted = new TreeMap<>();
        refusedByReason.forEach((reason, n) -> sorted.put(reason, n.sum()));
        return sorted.toString();
    }
}
