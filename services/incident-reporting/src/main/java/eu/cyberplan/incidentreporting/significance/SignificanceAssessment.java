package eu.cyberplan.incidentreporting.significance;

import eu.cyberplan.platform.problem.FieldError;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import static eu.cyberplan.incidentreporting.significance.Criterion.declared;

/**
 * Whether an incident is significant. For the entity types of Implementing Regulation (EU) 2024/2690: Art. 3(1)(a)
 * direct financial loss strictly above min(EUR 500,000, 5 % of the preceding year's turnover), Art. 3(1)(b)–(e) as
 * declared, Art. 4 recurrence (at least twice in six months, same apparent root cause, together above that loss) and
 * the thresholds of its type ({@link EntityTypeCriteria}). For other entities, NIS2 Art. 23(3) on what is declared.
 * Planned maintenance is never significant (Art. 3(2)). Criterion ids: {@code art3.1.a-financial-loss},
 * {@code art3.1.b-trade-secrets} … {@code art3.1.e-malicious-access}, {@code art3.2-planned-maintenance},
 * {@code art4-recurrence}, {@code art<N>.<letter>-…} per type, {@code nis2.23.3.a-disruption-or-loss},
 * {@code nis2.23.3.b-damage-to-others}.
 */
public final class SignificanceAssessment {

    /** The entity types outside the Implementing Regulation: only the criteria the entity declares count (NIS2 Art. 23(3)). */
    public static final List<String> OTHER_ENTITY_TYPES = List.of("OTHER");

    static final BigDecimal LOSS_CAP = BigDecimal.valueOf(500_000);
    static final BigDecimal TURNOVER_SHARE = new BigDecimal("0.05");

    public Assessment assess(SignificanceFacts f) {
        boolean covered = f.entityType() != null && EntityTypeCriteria.BY_TYPE.containsKey(f.entityType());
        List<Criterion> criteria = new ArrayList<>();
        if (covered) {
            criteria.add(financialLoss(f));
            criteria.add(declared("art3.1.b-trade-secrets", f.tradeSecretsExfiltrated(), "exfiltration of trade secrets"));
            criteria.add(declared("art3.1.c-death", f.deathCaused(), "death of a natural person"));
            criteria.add(declared("art3.1.d-health-damage", f.healthDamage(), "considerable damage to a natural person's health"));
            criteria.add(declared("art3.1.e-malicious-access", f.maliciousAccessSevereDisruption(),
                    "successful, suspectedly malicious and unauthorised access capable of causing severe operational disruption"));
            criteria.addAll(EntityTypeCriteria.BY_TYPE.get(f.entityType()).apply(f));
            criteria.add(recurrence(f));
        } else {
            criteria.add(declared("nis2.23.3.a-disruption-or-loss", f.severeOperationalDisruption(),
                    "severe operational disruption of the services or financial loss for the entity"));
            criteria.add(declared("nis2.23.3.b-damage-to-others", f.considerableDamageToOthers(),
                    "considerable material or non-material damage to other natural or legal persons"));
        }
        boolean significant = criteria.stream().anyMatch(Criterion::met);
        if (SignificanceFacts.yes(f.plannedMaintenance())) {
            criteria.add(0, new Criterion("art3.2-planned-maintenance", true, "declared", "planned interruptions and maintenance are not significant"));
            significant = false;
        }
        return new Assessment(significant, covered ? Assessment.IMPLEMENTING_REGULATION : Assessment.NIS2, criteria);
    }

    /** The loss above which an incident is significant: the lower of EUR 500,000 and 5 % of the turnover, when known. */
    static BigDecimal lossThreshold(BigDecimal turnover) {
        return turnover == null ? LOSS_CAP : LOSS_CAP.min(turnover.multiply(TURNOVER_SHARE).setScale(2, RoundingMode.HALF_UP));
    }

    private static Criterion financialLoss(SignificanceFacts f) {
        BigDecimal limit = lossThreshold(f.annualTurnoverEur());
        boolean met = f.financialLossEur() != null && f.financialLossEur().compareTo(limit) > 0;
        return new Criterion("art3.1.a-financial-loss", met, f.financialLossEur() == null ? null : "EUR " + plain(f.financialLossEur()),
                "direct financial loss more than " + lossText(f.annualTurnoverEur(), limit));
    }

    private static Criterion recurrence(SignificanceFacts f) {
        String threshold = "at least twice in six months with the same apparent root cause, together a loss of more than "
                + lossText(f.annualTurnoverEur(), lossThreshold(f.annualTurnoverEur()));
        if (f.occurredAt() == null || f.rootCause() == null || f.previousIncidents() == null) {
            return new Criterion("art4-recurrence", false, null, threshold);
        }
        Instant since = f.occurredAt().atZone(ZoneOffset.UTC).minusMonths(6).toInstant();
        List<SignificanceFacts.RelatedIncident> same = f.previousIncidents().stream()
                .filter(p -> f.rootCause().equals(p.rootCause()) && !p.occurredAt().isBefore(since) && !p.occurredAt().isAfter(f.occurredAt()))
                .toList();
        BigDecimal together = same.stream().map(SignificanceFacts.RelatedIncident::financialLossEur).filter(Objects::nonNull)
                .reduce(f.financialLossEur() == null ? BigDecimal.ZERO : f.financialLossEur(), BigDecimal::add);
        boolean met = !same.isEmpty() && together.compareTo(lossThreshold(f.annualTurnoverEur())) > 0;
        String figure = (same.size() + 1) + " incidents with root cause " + f.rootCause() + " in six months, together EUR " + plain(together);
        return new Criterion("art4-recurrence", met, figure, threshold);
    }

    private static String lossText(BigDecimal turnover, BigDecimal limit) {
        return turnover == null ? "EUR 500,000 (turnover not given)"
                : "min(EUR 500,000, 5 % of turnover EUR " + plain(turnover) + ") = EUR " + plain(limit);
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** What is wrong with the facts: negative figures, an unknown entity type, a root cause without a time. */
    public static List<FieldError> check(SignificanceFacts f, List<String> otherEntityTypes) {
        List<FieldError> errors = new ArrayList<>();
        if (f.entityType() != null && !EntityTypeCriteria.BY_TYPE.containsKey(f.entityType()) && !otherEntityTypes.contains(f.entityType())) {
            errors.add(new FieldError("entityType", "must be one of " + entityTypes(otherEntityTypes)));
        }
        Map<String, Number> figures = new java.util.LinkedHashMap<>();
        figures.put("financialLossEur", f.financialLossEur());
        figures.put("annualTurnoverEur", f.annualTurnoverEur());
        figures.put("completeUnavailabilityMinutes", f.completeUnavailabilityMinutes());
        figures.put("averageResponseTimeSeconds", f.averageResponseTimeSeconds());
        figures.put("slowResponseMinutes", f.slowResponseMinutes());
        figures.put("limitedAvailabilityMinutes", f.limitedAvailabilityMinutes());
        figures.put("unavailableMinutesInCalendarWeek", f.unavailableMinutesInCalendarWeek());
        figures.put("unionUsers", f.unionUsers());
        figures.put("usersAffectedByUnavailability", f.usersAffectedByUnavailability());
        figures.put("usersAffectedByLimitedAvailability", f.usersAffectedByLimitedAvailability());
        figures.put("usersAffectedByIntegrityCompromise", f.usersAffectedByIntegrityCompromise());
        figures.put("misconfiguredDomainNames", f.misconfiguredDomainNames());
        figures.put("managedDomainNames", f.managedDomainNames());
        figures.forEach((field, value) -> {
            if (value != null && new BigDecimal(value.toString()).signum() < 0) {
                errors.add(new FieldError(field, "must not be negative"));
            }
        });
        if (f.unavailableMinutesInCalendarWeek() != null && f.unavailableMinutesInCalendarWeek() > 7 * 24 * 60) {
            errors.add(new FieldError("unavailableMinutesInCalendarWeek", "a calendar week has 10,080 minutes"));
        }
        List<SignificanceFacts.RelatedIncident> earlier = f.previousIncidents() == null ? List.of() : f.previousIncidents();
        for (int i = 0; i < earlier.size(); i++) {
            if (earlier.get(i).occurredAt() == null) {
                errors.add(new FieldError("previousIncidents[" + i + "].occurredAt", "is required"));
            }
            if (earlier.get(i).financialLossEur() != null && earlier.get(i).financialLossEur().signum() < 0) {
                errors.add(new FieldError("previousIncidents[" + i + "].financialLossEur", "must not be negative"));
            }
        }
        return errors;
    }

    static TreeSet<String> entityTypes(List<String> others) {
        TreeSet<String> all = new TreeSet<>(EntityTypeCriteria.BY_TYPE.keySet());
        all.addAll(others);
        return all;
    }
}
