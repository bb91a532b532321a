package eu.cyberplan.escalation.sitrep;

import jakarta.validation.constraints.NotNull;
import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code POST /cases/{id}/situation-reports}: impact, outlook, countries, sectors, root cause and free text. */
@Serdeable
public record SituationReportBody(
        @Nullable @Size(max = 40) @SingleLine String impactSeverity,
        @Nullable @Size(max = 40) @SingleLine String impactOutlook,
        @Nullable @Size(max = 60) List<@NotNull @Size(max = 8) @SingleLine String> affectedCountries,
        @Nullable @Size(max = 30) List<@NotNull @Size(max = 80) @SingleLine String> sectors,
        @Nullable @Size(max = 80) @SingleLine String rootCause,
        @Nullable @Size(max = 20_000) String text) {
}
