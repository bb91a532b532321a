package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.input.SingleLine;
import eu.cyberplan.incidentreporting.significance.SignificanceFacts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/incidents}: an entity's early warning as the CSIRT files it (NIS2 Art. 23(4)(a)).
 * Labels (severity, RSIT, TLP, PAP, countries, sectors) are checked against their vocabularies by {@link EarlyWarningRules}.
 * {@code mode}, {@code exerciseId} and {@code exerciseCompression} (by which the protocol divides its deadlines) come
 * from exercise control only.
 */
@Serdeable
public record EarlyWarning(
        @NotBlank @Size(max = 300) @SingleLine String title,
        @NotNull @Size(max = 20_000) String summary,
        @NotNull Instant awareAt,
        @NotBlank @Size(max = 80) @SingleLine String severity,
        @NotBlank @Size(max = 80) @SingleLine String rsitClass,
        @NotBlank @Size(max = 80) @SingleLine String rsitType,
        @NotBlank @Size(max = 80) @SingleLine String tlp,
        @NotBlank @Size(max = 80) @SingleLine String pap,
        @Nullable @Size(max = 60) List<@NotNull @Size(max = 8) @SingleLine String> affectedCountries,
        @Nullable Boolean crossBorder,
        @Nullable Boolean suspectedMalicious,
        @Nullable @Size(max = 30) List<@NotNull @Size(max = 80) @SingleLine String> sectors,
        @Nullable @Size(max = 30) List<@NotNull @Size(max = 80) @SingleLine String> subsectors,
        @Nullable @Valid Impact impact,
        @Nullable @Size(max = 10_000) List<@Valid @NotNull Indicator> indicators,
        @Nullable @Valid Entity entity,
        @Nullable @Valid SignificanceFacts significanceFigures,
        @Nullable @Size(max = 60) List<@NotNull @Size(max = 8) @SingleLine String> recipients,
        @Nullable @Size(max = 80) @SingleLine String reporterCountry,
        @Nullable @Size(max = 80) @SingleLine String mode,
        @Nullable UUID exerciseId,
        @Nullable Integer exerciseCompression) {

    /** Whether the body asks for an exercise incident: the mode is text in JSON, checked by {@link EarlyWarningRules}. */
    public boolean ofExercise() {
        return Mode.EXERCISE.name().equals(mode);
    }
}
