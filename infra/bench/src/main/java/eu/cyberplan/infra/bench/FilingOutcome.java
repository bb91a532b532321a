package eu.cyberplan.infra.bench;

import java.util.UUID;

/**
 * What one {@code POST /incidents} came back with.
 *
 * @param status        HTTP status, or 0 when no response arrived
 * @param incidentId    the id from the 201 body; null unless accepted
 * @param failure       why it was not accepted ({@code "HTTP 503"}, an exception's name); null when accepted
 * @param sentNanos     {@link System#nanoTime()} just before the request was handed to the client
 * @param completedNanos {@link System#nanoTime()} when the response (or the failure) was in hand
 */
record FilingOutcome(int status, UUID incidentId, String failure, long sentNanos, long completedNanos) {

    static FilingOutcome accepted(UUID incidentId, long sentNanos, long completedNanos) {
        return new FilingOutcome(201, incidentId, null, sentNanos, completedNanos);
    }

    static FilingOutcome refused(int status, String failure, long sentNanos, long completedNanos) {
        return new FilingOutcome(status, null, failure, sentNanos, completedNanos);
    }

    boolean isAccepted() {
        return incidentId != null;
    }
}
