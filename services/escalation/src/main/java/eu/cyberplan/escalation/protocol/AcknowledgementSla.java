package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The plan's acknowledgement deadlines by severity (the first plan's come from {@code SlaSettings}). */
public final class AcknowledgementSla {

    private final Map<Severity, Duration> bySeverity;

    public AcknowledgementSla(Map<Severity, Duration> bySeverity) {
        this.bySeverity = new EnumMap<>(bySeverity);
        for (Severity severity : Severity.values()) {
            if (!this.bySeverity.containsKey(severity)) {
                throw new IllegalArgumentException("no acknowledgement SLA for " + severity);
            }
        }
    }

    /** The deadline of an alert dispatched at {@code dispatchedAt}; exercises divide it by their compression. */
    public Instant deadline(Severity severity, Instant dispatchedAt, double compression) {
        Duration sla = bySeverity.get(severity);
        return dispatchedAt.plusMillis(Math.round(sla.toMillis() / Math.max(1.0, compression)));
    }
}
