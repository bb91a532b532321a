package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.Tlp;
import jakarta.validation.constraints.NotNull;
import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code PATCH /api/v1/incidents/{id}}: the fields to correct (absent = unchanged) and why. Every
 * recipient of the original learns of it through {@code incident.updated}. Loosening from TLP:RED without naming
 * recipients drops the named ones: they belong to RED only.
 */
@Serdeable
public record Correction(
        @NotBlank @Size(max = 2000) String note,
        @Nullable @Size(min = 1, max = 300) @SingleLine String title,
        @Nullable @Size(max = 20_000) String summary,
        @Nullable @Size(max = 80) @SingleLine String severity,
        @Nullable @Size(max = 80) @SingleLine String rsitClass,
        @Nullable @Size(max = 80) @SingleLine String rsitType,
        @Nullable @Size(max = 80) @SingleLine String tlp,
        @Nullable @Size(max = 80) @SingleLine String pap,
        @Nullable @Size(max = 60) List<@NotNull @Size(max = 8) @SingleLine String> affectedCountries,
        @Nullable Boolean crossBorder,
        @Nullable Boolean suspectedMalicious,
        @Nullable @Size(max = 30) List<@NotNull @Size(max = 80) @SingleLine String> sectors,
        @Nullable @Size(max = 30) List<@NotNull @Size(max = 80) @SingleLine String> subsectors,
        @Nullable @Valid Impact impact,
        @Nullable @Size(max = 10_000) List<@Valid @NotNull Indicator> indicators,
        @Nullable @Valid Entity entity,
        @Nullable @Size(max = 60) List<@NotNull @Size(max = 8) @SingleLine String> recipients) {

    /** The early warning as it would read with this correction applied, so the filing rules check it whole. */
    EarlyWarning appliedTo(Incident incident) {
        return new EarlyWarning(or(title, incident.title()), or(summary, incident.summary()), incident.awareAt(),
                or(severity, incident.severity().name()), or(rsitClass, incident.rsitClass()), or(rsitType, incident.rsitType()),
                or(tlp, incident.tlp().label()), or(pap, incident.pap()), or(affectedCountries, incident.affectedCountries()),
                or(crossBorder, incident.crossBorder()), or(suspectedMalicious, incident.suspectedMalicious()), or(sectors, incident.sectors()),
                or(subsectors, incident.subsectors()), incident.impact().updatedBy(impact), or(indicators, incident.indicators()),
                or(entity, incident.entity()), null, or(recipients, keptRecipients(incident)), incident.reporterCountry(), incident.mode().name(),
                incident.exerciseId(), null);
    }

    private List<String> keptRecipients(Incident incident) {
        boolean leavesRed = tlp != null && !Tlp.RED.label().equals(tlp);
        return leavesRed ? List.of() : incident.recipients();
    }

    private static <T> T or(T corrected, T current) {
        return corrected != null ? corrected : current;
    }
}
