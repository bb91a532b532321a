package eu.cyberplan.infra.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Matches the {@code alert.delivered} events seen on Kafka to the incidents this driver filed.
 * A delivery can be consumed before the 201 that names its incident has been read: it waits here
 * until the incident is filed, or is ignored at the end as someone else's traffic.
 */
final class DeliveryLedger implements DeliverySink {

    private record Receipt(String alertKey, long receivedNanos) {
    }

    private final int recipientsPerIncident;
    private final Map<UUID, Long> sentNanosByIncident = new HashMap<>();
    private final Map<UUID, Integer> deliveredByIncident = new HashMap<>();
    private final Map<UUID, List<Receipt>> unclaimedByIncident = new HashMap<>();
    private final Set<String> seenAlerts = new HashSet<>();
    private final LatencySamples fileToDelivered = new LatencySamples();
    private int delivered;
    private int duplicates;

    DeliveryLedger(int recipientsPerIncident) {
        this.recipientsPerIncident = recipientsPerIncident;
    }

    /** An incident this driver filed, with the time its POST was due to be sent. */
    synchronized void filed(UUID incidentId, long sentNanos) {
        sentNanosByIncident.put(incidentId, sentNanos);
        deliveredByIncident.putIfAbsent(incidentId, 0);
        List<Receipt> early = unclaimedByIncident.remove(incidentId);
        if (early != null) {
            early.forEach(receipt -> match(incidentId, sentNanos, receipt));
        }
        notifyAll();
    }

    /** An {@code alert.delivered} consumed at {@code receivedNanos}; the alert key tells redeliveries apart. */
    @Override
    public synchronized void delivered(UUID incidentId, String alertKey, long receivedNanos) {
        Receipt receipt = new Receipt(alertKey, receivedNanos);
        Long sentNanos = sentNanosByIncident.get(incidentId);
        if (sentNanos == null) {
            unclaimedByIncident.computeIfAbsent(incidentId, id -> new ArrayList<>()).add(receipt);
        } else {
            match(incidentId, sentNanos, receipt);
        }
        notifyAll();
    }

    /** Waits until every filed incident has all its deliveries, or the deadline passes; true when complete. */
    synchronized boolean awaitComplete(long deadlineNanos) throws InterruptedException {
        while (missing() > 0) {
            long leftMillis = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                return false;
            }
            wait(Math.min(leftMillis, 200));
        }
        return true;
    }

    synchronized int filedIncidents() {
        return sentNanosByIncident.size();
    }

    synchronized int expected() {
        return sentNanosByIncident.size() * recipientsPerIncident;
    }

    synchronized int delivered() {
        return delivered;
    }

    synchronized int duplicates() {
        return duplicates;
    }

    /** Deliveries still owed: per filed incident, the recipients not yet seen. */
    synchronized int missing() {
        int missing = 0;
        for (int seen : deliveredByIncident.values()) {
            missing += Math.max(0, recipientsPerIncident - seen);
        }
        return missing;
    }

    /** File→delivered latency of every first delivery, in nanoseconds from the planned send time. */
    LatencySamples fileToDelivered() {
        return fileToDelivered;
    }

    private void match(UUID incidentId, long sentNanos, Receipt receipt) {
        if (!seenAlerts.add(receipt.alertKey())) {
            duplicates++;
            return;
        }
        delivered++;
        deliveredByIncident.merge(incidentId, 1, Integer::sum);
        fileToDelivered.record(receipt.receivedNanos() - sentNanos);
    }
}
