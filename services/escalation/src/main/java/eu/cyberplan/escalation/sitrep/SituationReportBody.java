package eu.cyberplan.escalation.sitrep;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code POST /cases/{id}/situation-reports}: impact, outlook, countries, sectors, root cause and free text. */
@Serdeable
public record SituationReportBody(
        @Nullable String impactSeverity,
        @Nullable String impactOutlook,
        @Nullable @Size(max = 60) List<String> affectedCountries,
        @Nullable @Size(max = 30) List<String> sectors,
        @Nullable String rootCause,
        @Nullable @Size(max = 20_000) String text) {
}
