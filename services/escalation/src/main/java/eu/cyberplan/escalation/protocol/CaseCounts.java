package eu.cyberplan.escalation.protocol;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * Receipts of a case, counted cumulatively (DESIGN §5.6): delivered includes acknowledged;
 * overdue counts alerts past their deadline and not acknowledged, naming their countries.
 */
@Serdeable
public record CaseCounts(int recipients, int delivered, int acknowledged, int overdue, List<String> overdueCountries, String summary) {

    public static CaseCounts of(List<CaseAlert> alerts, Instant now) {
        List<CaseAlert> originals = alerts.stream().filter(CaseAlert::active).toList();
        List<String> overdue = originals.stream()
                .filter(a -> a.acknowledgedAt() == null && (a.status() == CaseAlert.Status.OVERDUE || a.status() == CaseAlert.Status.ESCALATED
                        || now.isAfter(a.ackDeadline())))
                .map(CaseAlert::country).sorted().toList();
        int delivered = (int) originals.stream().filter(a -> a.deliveredAt() != null || a.acknowledgedAt() != null).count();
        int acknowledged = (int) originals.stream().filter(a -> a.acknowledgedAt() != null).count();
        // As a coordinator reads it: "delivered 26/27, acknowledged 24/27, overdue: CY, LU, MT".
        String summary = "delivered %d/%d, acknowledged %d/%d%s".formatted(delivered, originals.size(), acknowledged, originals.size(),
                overdue.isEmpty() ? "" : ", overdue: " + String.join(", ", overdue));
        return new CaseCounts(originals.size(), delivered, acknowledged, overdue.size(), overdue, summary);
    }
}
