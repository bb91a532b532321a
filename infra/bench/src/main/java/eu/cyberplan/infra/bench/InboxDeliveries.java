package eu.cyberplan.infra.bench;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Counts the {@code alert.delivered} receipts of one flood: each alert once (a duplicate is counted apart), with
 * its latency from send to receipt, and the instant the last one arrived.
 */
final class InboxDeliveries implements DeliverySink {

    private final AlertFlood flood;
    private final CountDownLatch remaining;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final LatencySamples latencies = new LatencySamples();
    private volatile long lastNanos;
    private volatile int duplicates;

    InboxDeliveries(AlertFlood flood, int expected) {
        this.flood = flood;
        this.remaining = new CountDownLatch(expected);
    }

    @Override
    public void delivered(UUID incidentId, String alertKey, long receivedNanos) {
        Long sent = flood.sentAt(alertKey);
        if (sent == null) {
            return;
        }
        if (!seen.add(alertKey)) {
            duplicates++;
            return;
        }
        latencies.record(receivedNanos - sent);
        lastNanos = receivedNanos;
        remaining.countDown();
    }

    /** True when every alert was delivered within the timeout. */
    boolean awaitAll(long timeoutSeconds) throws InterruptedException {
        return remaining.await(timeoutSeconds, TimeUnit.SECONDS);
    }

    int count() {
        return seen.size();
    }

    int duplicates() {
        return duplicates;
    }

    long lastNanos() {
        return lastNanos;
    }

    LatencySamples latencies() {
        return latencies;
    }
}
