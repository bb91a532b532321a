package eu.cyberplan.incidentreporting.significance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a significance assessment looks at (the body of {@code POST /api/v1/significance-assessments}): the entity's
 * type and turnover, the direct financial loss, the declared effects of Art. 3(1)(b)–(e), the availability and
 * integrity figures the entity-type articles 5–14 of Implementing Regulation (EU) 2024/2690 set thresholds on, and the
 * entity's earlier incidents for recurrence (Art. 4). Absent figures are unknown, not zero.
 */
@Serdeable
public record SignificanceFacts(
        @Nullable @Size(max = 80) @SingleLine String entityType,
        @Nullable BigDecimal financialLossEur,
        @Nullable BigDecimal annualTurnoverEur,
        @Nullable Boolean tradeSecretsExfiltrated,
        @Nullable Boolean deathCaused,
        @Nullable Boolean healthDamage,
        @Nullable Boolean maliciousAccessSevereDisruption,
        @Nullable Boolean severeOperationalDisruption,
        @Nullable Boolean considerableDamageToOthers,
        @Nullable Boolean plannedMaintenance,
        @Nullable Long completeUnavailabilityMinutes,
        @Nullable BigDecimal averageResponseTimeSeconds,
        @Nullable Long slowResponseMinutes,
        @Nullable Long limitedAvailabilityMinutes,
        @Nullable Long unavailableMinutesInCalendarWeek,
        @Nullable Long unionUsers,
        @Nullable Long usersAffectedByUnavailability,
        @Nullable Long usersAffectedByLimitedAvailability,
        @Nullable Long usersAffectedByIntegrityCompromise,
        @Nullable Boolean integrityCompromised,
        @Nullable Boolean suspectedMaliciousIntegrityCompromise,
        @Nullable Boolean physicalAccessCompromised,
        @Nullable Long misconfiguredDomainNames,
        @Nullable Long managedDomainNames,
        @Nullable Instant occurredAt,
        @Nullable @Size(max = 80) @SingleLine String rootCause,
        @Nullable @Size(max = 50) List<@Valid @NotNull RelatedIncident> previousIncidents) {

    /** An earlier incident of the same entity, for Art. 4: when, its apparent root cause, its direct financial loss. */
    @Serdeable
    public record RelatedIncident(@Nullable @Size(max = 80) @SingleLine String reference, @NotNull Instant occurredAt,
                                  @Nullable @Size(max = 80) @SingleLine String rootCause, @Nullable BigDecimal financialLossEur) {
    }

    /** These facts with the incident's own: its entity, loss, time, root cause and earlier incidents take precedence. */
    public SignificanceFacts withIncident(String type, BigDecimal loss, BigDecimal turnover, Instant at, String cause, List<RelatedIncident> earlier) {
        return new SignificanceFacts(type, loss != null ? loss : financialLossEur, turnover != null ? turnover : annualTurnoverEur,
                tradeSecretsExfiltrated, deathCaused, healthDamage, maliciousAccessSevereDisruption, severeOperationalDisruption,
                considerableDamageToOthers, plannedMaintenance, completeUnavailabilityMinutes, averageResponseTimeSeconds, slowResponseMinutes,
                limitedAvailabilityMinutes, unavailableMinutesInCalendarWeek, unionUsers, usersAffectedByUnavailability,
                usersAffectedByLimitedAvailability, usersAffectedByIntegrityCompromise, integrityCompromised,
                suspectedMaliciousIntegrityCompromise, physicalAccessCompromised, misconfiguredDomainNames, managedDomainNames, at, cause, earlier);
    }

    public static SignificanceFacts none() {
        return new SignificanceFacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    static boolean yes(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
