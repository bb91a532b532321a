package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident was corrected or a report changed it: its new version, the fields that changed and the state
 * recipients route and alert on. For TLP:RED incidents {@code title} and {@code note} are null. {@code previousTlp} and
 * {@code previousRecipients} are the marking the version before carried, so a consumer sees a TLP change (tightening or
 * loosening, or other named recipients) without keeping state; absent in events written before they existed.
 */
@Serdeable
public record IncidentUpdated(
        UUID incidentId,
        String reference,
        String reporterCountry,
        int version,
        List<String> changedFields,
        String note,
        String title,
        String severity,
        String tlp,
        String pap,
        String rsitClass,
        String rsitType,
        List<String> affectedCountries,
        boolean crossBorder,
        List<String> recipients,
        boolean significant,
        String updatedBy,
        Instant updatedAt,
        String mode,
        UUID exerciseId,
        String previousTlp,
        List<String> previousRecipients) {
}
