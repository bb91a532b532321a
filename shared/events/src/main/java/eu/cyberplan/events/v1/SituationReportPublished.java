package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A situation report on a case, in the NIS Cooperation Group format with the MISP nis2 values, for every recipient of
 * the case ({@code recipients}). {@code text} is null for TLP:RED cases: recipients read it through the API.
 * {@code checklists}: each country's playbook progress on the incident when the report was published.
 */
@Serdeable
public record SituationReportPublished(
        UUID incidentId,
        int version,
        String impactSeverity,
        String impactOutlook,
        List<String> affectedCountries,
        List<String> sectors,
        String rootCause,
        String text,
        String publishedBy,
        Instant publishedAt,
        List<String> recipients,
        String tlp,
        String mode,
        UUID exerciseId,
        List<CountryChecklist> checklists) {

    /** One country's playbook checklist progress: {@code containment} and {@code repair} as done/total, e.g. "4/6". */
    @Serdeable
    public record CountryChecklist(String country, int planVersion, String containment, String repair, int overdueSteps) {
    }
}
