package eu.cyberplan.incidentreporting.significance;

import eu.cyberplan.platform.problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every threshold of Implementing Regulation (EU) 2024/2690 at its limit, just below and just above ("more than" is
 * strict: at the limit is not met), one row each: entity type, the figures given, the criterion, met or not.
 */
class SignificanceAssessmentTest {

    private final SignificanceAssessment assessment = new SignificanceAssessment();

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            // entity type            | figures (name=value;…)                                              | criterion                      | met
            "CLOUD_COMPUTING          | financialLossEur=500000                                              | art3.1.a-financial-loss        | false",
            "CLOUD_COMPUTING          | financialLossEur=500000.01                                           | art3.1.a-financial-loss        | true",
            "CLOUD_COMPUTING          | financialLossEur=400000;annualTurnoverEur=8000000                     | art3.1.a-financial-loss        | false",
            "CLOUD_COMPUTING          | financialLossEur=400000.01;annualTurnoverEur=8000000                  | art3.1.a-financial-loss        | true",
            "CLOUD_COMPUTING          | financialLossEur=499999;annualTurnoverEur=20000000                    | art3.1.a-financial-loss        | false",
            "CLOUD_COMPUTING          | financialLossEur=500001;annualTurnoverEur=20000000                    | art3.1.a-financial-loss        | true",
            "DNS                      | completeUnavailabilityMinutes=30                                     | art5.a-unavailable             | false",
            "DNS                      | completeUnavailabilityMinutes=31                                     | art5.a-unavailable             | true",
            "DNS                      | averageResponseTimeSeconds=10;slowResponseMinutes=61                  | art5.b-slow-responses          | false",
            "DNS                      | averageResponseTimeSeconds=10.1;slowResponseMinutes=60                | art5.b-slow-responses          | false",
            "DNS                      | averageResponseTimeSeconds=10.1;slowResponseMinutes=61                | art5.b-slow-responses          | true",
            "DNS                      | integrityCompromised=true;misconfiguredDomainNames=999;managedDomainNames=99900 | art5.c-dns-data-compromised | false",
            "DNS                      | integrityCompromised=true;misconfiguredDomainNames=1000;managedDomainNames=200000 | art5.c-dns-data-compromised | true",
            "DNS                      | integrityCompromised=true;misconfiguredDomainNames=11;managedDomainNames=1000 | art5.c-dns-data-compromised  | true",
            "DNS                      | integrityCompromised=true                                            | art5.c-dns-data-compromised    | true",
            "TLD                      | completeUnavailabilityMinutes=0                                      | art6.a-unavailable             | false",
            "TLD                      | completeUnavailabilityMinutes=1                                      | art6.a-unavailable             | true",
            "TLD                      | averageResponseTimeSeconds=11;slowResponseMinutes=61                  | art6.b-slow-responses          | true",
            "TLD                      | integrityCompromised=true                                            | art6.c-tld-data-compromised    | true",
            "CLOUD_COMPUTING          | completeUnavailabilityMinutes=30                                     | art7.a-unavailable             | false",
            "CLOUD_COMPUTING          | completeUnavailabilityMinutes=31                                     | art7.a-unavailable             | true",
            "CLOUD_COMPUTING          | unionUsers=10000000;usersAffectedByLimitedAvailability=500000;limitedAvailabilityMinutes=61 | art7.b-limited-availability | false",
            "CLOUD_COMPUTING          | unionUsers=10000000;usersAffectedByLimitedAvailability=500001;limitedAvailabilityMinutes=60 | art7.b-limited-availability | false",
            "CLOUD_COMPUTING          | unionUsers=10000000;usersAffectedByLimitedAvailability=500001;limitedAvailabilityMinutes=61 | art7.b-limited-availability | true",
            "CLOUD_COMPUTING          | unionUsers=50000000;usersAffectedByLimitedAvailability=1000000;limitedAvailabilityMinutes=61 | art7.b-limited-availability | false",
            "CLOUD_COMPUTING          | unionUsers=50000000;usersAffectedByLimitedAvailability=1000001;limitedAvailabilityMinutes=61 | art7.b-limited-availability | true",
            "CLOUD_COMPUTING          | usersAffectedByLimitedAvailability=1000001;limitedAvailabilityMinutes=61 | art7.b-limited-availability | true",
            "CLOUD_COMPUTING          | suspectedMaliciousIntegrityCompromise=true                           | art7.c-malicious-compromise    | true",
            "CLOUD_COMPUTING          | unionUsers=1000;usersAffectedByIntegrityCompromise=50                 | art7.d-compromise-impact       | false",
            "CLOUD_COMPUTING          | unionUsers=1000;usersAffectedByIntegrityCompromise=51                 | art7.d-compromise-impact       | true",
            "DATA_CENTRE              | completeUnavailabilityMinutes=1                                      | art8.a-unavailable             | true",
            "DATA_CENTRE              | limitedAvailabilityMinutes=60                                        | art8.b-limited-availability    | false",
            "DATA_CENTRE              | limitedAvailabilityMinutes=61                                        | art8.b-limited-availability    | true",
            "DATA_CENTRE              | physicalAccessCompromised=true                                       | art8.d-physical-access         | true",
            "CDN                      | completeUnavailabilityMinutes=31                                     | art9.a-unavailable             | true",
            "CDN                      | unionUsers=2000000;usersAffectedByIntegrityCompromise=100001          | art9.d-compromise-impact       | true",
            "MANAGED_SERVICE          | completeUnavailabilityMinutes=30                                     | art10.a-unavailable            | false",
            "MANAGED_SECURITY_SERVICE | completeUnavailabilityMinutes=31                                     | art10.a-unavailable            | true",
            "ONLINE_MARKETPLACE       | unionUsers=4000000;usersAffectedByUnavailability=200000               | art11.a-unavailable            | false",
            "ONLINE_MARKETPLACE       | unionUsers=4000000;usersAffectedByUnavailability=200001               | art11.a-unavailable            | true",
            "ONLINE_SEARCH_ENGINE     | unionUsers=400000000;usersAffectedByLimitedAvailability=1000000       | art12.b-limited-availability   | false",
            "ONLINE_SEARCH_ENGINE     | unionUsers=400000000;usersAffectedByLimitedAvailability=1000001       | art12.b-limited-availability   | true",
            "SOCIAL_NETWORK           | suspectedMaliciousIntegrityCompromise=true                           | art13.c-malicious-compromise   | true",
            "SOCIAL_NETWORK           | unionUsers=100;usersAffectedByIntegrityCompromise=6                   | art13.d-compromise-impact      | true",
            "TRUST_SERVICE            | completeUnavailabilityMinutes=20                                     | art14.a-unavailable            | false",
            "TRUST_SERVICE            | completeUnavailabilityMinutes=21                                     | art14.a-unavailable            | true",
            "TRUST_SERVICE            | unavailableMinutesInCalendarWeek=60                                  | art14.b-unavailable-in-week    | false",
            "TRUST_SERVICE            | unavailableMinutesInCalendarWeek=61                                  | art14.b-unavailable-in-week    | true",
            "TRUST_SERVICE            | unionUsers=1000000;usersAffectedByLimitedAvailability=10000           | art14.c-limited-availability   | false",
            "TRUST_SERVICE            | unionUsers=1000000;usersAffectedByLimitedAvailability=10001           | art14.c-limited-availability   | true",
            "TRUST_SERVICE            | unionUsers=90000000;usersAffectedByLimitedAvailability=200000         | art14.c-limited-availability   | false",
            "TRUST_SERVICE            | unionUsers=90000000;usersAffectedByLimitedAvailability=200001         | art14.c-limited-availability   | true",
            "TRUST_SERVICE            | physicalAccessCompromised=true                                       | art14.d-physical-access        | true",
            "TRUST_SERVICE            | unionUsers=50000;usersAffectedByIntegrityCompromise=50                | art14.e-compromise-impact      | false",
            "TRUST_SERVICE            | unionUsers=50000;usersAffectedByIntegrityCompromise=51                | art14.e-compromise-impact      | true",
            "TRUST_SERVICE            | unionUsers=10000000;usersAffectedByIntegrityCompromise=100            | art14.e-compromise-impact      | false",
            "TRUST_SERVICE            | unionUsers=10000000;usersAffectedByIntegrityCompromise=101            | art14.e-compromise-impact      | true",
            "TRUST_SERVICE            | tradeSecretsExfiltrated=true                                         | art3.1.b-trade-secrets         | true",
            "DNS                      | deathCaused=true                                                     | art3.1.c-death                 | true",
            "CDN                      | healthDamage=true                                                    | art3.1.d-health-damage         | true",
            "TLD                      | maliciousAccessSevereDisruption=true                                 | art3.1.e-malicious-access      | true",
            "OTHER                    | severeOperationalDisruption=true                                     | nis2.23.3.a-disruption-or-loss | true",
            "OTHER                    | considerableDamageToOthers=false                                     | nis2.23.3.b-damage-to-others   | false",
    })
    void shouldMeetEachThresholdOnlyAboveItsLimit(String type, String figures, String criterion, boolean met) {
        Assessment result = assessment.assess(facts(type, figures));
        Criterion found = result.criteria().stream().filter(c -> c.id().equals(criterion)).findFirst().orElseThrow();
        assertThat(found.met()).as(found.toString()).isEqualTo(met);
        assertThat(result.significant()).isEqualTo(result.criteria().stream().anyMatch(Criterion::met));
        if (met) {
            assertThat(found.figure()).as("the figure that met it").isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}: previous {1}, this {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            // case                      | earlier incidents (months before:cause:loss,…) | this loss | met
            "same cause, over the limit  | 2:malicious-actions:300000                     | 200001    | true",
            "same cause, at the limit    | 2:malicious-actions:300000                     | 200000    | false",
            "other cause                 | 2:human-errors:300000                          | 200001    | false",
            "older than six months       | 7:malicious-actions:300000                     | 200001    | false",
            "two earlier ones            | 1:malicious-actions:150000,5:malicious-actions:150000 | 200001 | true",
            "no earlier one              | -                                              | 600000    | false",
    })
    void shouldCountRecurringIncidentsTogether(String name, String earlier, String loss, boolean met) {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        List<SignificanceFacts.RelatedIncident> previous = "-".equals(earlier) ? List.of() : Arrays.stream(earlier.split(",")).map(e -> {
            String[] parts = e.split(":");
            return new SignificanceFacts.RelatedIncident("EE-2026-0000" + parts[0],
                    now.atZone(java.time.ZoneOffset.UTC).minusMonths(Long.parseLong(parts[0])).toInstant(), parts[1], new BigDecimal(parts[2]));
        }).toList();
        SignificanceFacts facts = facts("CLOUD_COMPUTING", "financialLossEur=" + loss)
                .withIncident("CLOUD_COMPUTING", new BigDecimal(loss), null, now, "malicious-actions", previous);
        Criterion recurrence = assessment.assess(facts).criteria().stream().filter(c -> c.id().equals("art4-recurrence")).findFirst().orElseThrow();
        assertThat(recurrence.met()).as(recurrence.toString()).isEqualTo(met);
    }

    @Test
    void shouldNeverFindPlannedMaintenanceSignificant() {
        Assessment result = assessment.assess(facts("CLOUD_COMPUTING", "completeUnavailabilityMinutes=600;plannedMaintenance=true"));
        assertThat(result.significant()).isFalse();
        assertThat(result.criteria().get(0).id()).isEqualTo("art3.2-planned-maintenance");
    }

    @Test
    void shouldAssessOtherEntitiesUnderNis2OnWhatIsDeclared() {
        Assessment result = assessment.assess(facts("OTHER", "financialLossEur=9000000"));
        assertThat(result.regulation()).isEqualTo("NIS2 Art. 23(3)");
        assertThat(result.significant()).isFalse();
        assertThat(assessment.assess(facts(null, "")).regulation()).isEqualTo("NIS2 Art. 23(3)");
    }

    @Test
    void shouldSayWhichThresholdALossWasHeldTo() {
        Criterion loss = assessment.assess(facts("DNS", "financialLossEur=450000;annualTurnoverEur=8000000")).criteria().get(0);
        assertThat(loss.met()).isTrue();
        assertThat(loss.figure()).isEqualTo("EUR 450000");
        assertThat(loss.threshold()).contains("min(EUR 500,000, 5 % of turnover EUR 8000000) = EUR 400000");
    }

    @Test
    void shouldNameEveryWrongFigure() {
        List<FieldError> errors = SignificanceAssessment.check(facts("QUANTUM", "financialLossEur=-1;unionUsers=-5;unavailableMinutesInCalendarWeek=20000"),
                List.of("OTHER"));
        assertThat(errors).extracting(FieldError::field)
                .containsExactly("entityType", "financialLossEur", "unionUsers", "unavailableMinutesInCalendarWeek");
        assertThat(errors.get(0).message()).contains("CLOUD_COMPUTING", "TRUST_SERVICE", "OTHER");
    }

    /** Facts from "name=value;…", the rest unknown. */
    static SignificanceFacts facts(String type, String figures) {
        Map<String, String> given = new HashMap<>();
        for (String pair : figures.split(";")) {
            if (pair.contains("=")) {
                given.put(pair.substring(0, pair.indexOf('=')).strip(), pair.substring(pair.indexOf('=') + 1).strip());
            }
        }
        given.put("entityType", type);
        RecordComponent[] components = SignificanceFacts.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String value = given.get(components[i].getName());
            values[i] = value == null ? null : convert(types[i], value);
        }
        try {
            return SignificanceFacts.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(Class<?> type, String value) {
        if (type == Long.class) {
            return Long.valueOf(value);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(value);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(value);
        }
        return value;
    }
}
