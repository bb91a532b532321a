package eu.cyberplan.escalation.plan;

import eu.cyberplan.platform.problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A new plan version: every severity has a positive deadline, backups are the shorter ones, the raise rule makes sense. */
class PlanRulesTest {

    private static final ProtocolPlan FIRST = ProtocolPlan.first(Map.of(eu.cyberplan.events.v1.Severity.CRITICAL, Duration.ofMinutes(15),
            eu.cyberplan.events.v1.Severity.HIGH, Duration.ofHours(1), eu.cyberplan.events.v1.Severity.MEDIUM, Duration.ofHours(4),
            eu.cyberplan.events.v1.Severity.LOW, Duration.ofHours(24)), java.time.Instant.EPOCH);

    @Test
    void shouldStartFromTheDefaultsOfTheEuropeanPlan() {
        assertThat(FIRST.acknowledgementSla()).containsEntry("CRITICAL", "PT15M").containsEntry("LOW", "PT24H");
        assertThat(FIRST.backupSla()).containsEntry("CRITICAL", "PT7M30S");
        assertThat(FIRST.raiseOnOverdue()).isEqualTo(new ProtocolPlan.Raise("CRITICAL", 1, "OPERATIONAL"));
        assertThat(PlanRules.check(change(FIRST.acknowledgementSla(), FIRST.backupSla(), FIRST.raiseOnOverdue()))).isEmpty();
    }

    @Test
    void shouldNameEveryDeadlineThatIsMissingOrNotPositive() {
        Map<String, String> sla = new LinkedHashMap<>(FIRST.acknowledgementSla());
        sla.remove("LOW");
        sla.put("HIGH", "PT0S");
        sla.put("URGENT", "PT1M");
        sla.put("MEDIUM", "four hours");
        assertThat(PlanRules.check(change(sla, FIRST.backupSla(), null))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("acknowledgementSla.URGENT", "acknowledgementSla.HIGH", "acknowledgementSla.MEDIUM", "acknowledgementSla.LOW");
    }

    @Test
    void shouldKeepTheBackupDeadlineTheShorterOne() {
        Map<String, String> backup = new LinkedHashMap<>(FIRST.backupSla());
        backup.put("CRITICAL", "PT16M");
        assertThat(PlanRules.check(change(FIRST.acknowledgementSla(), backup, null))).extracting(FieldError::field)
                .containsExactly("backupSla.CRITICAL");
    }

    @Test
    void shouldLeavePoliticalToACoordinator() {
        assertThat(PlanRules.check(change(FIRST.acknowledgementSla(), FIRST.backupSla(), new ProtocolPlan.Raise("SEVERE", 0, "POLITICAL"))))
                .extracting(FieldError::field)
                .containsExactly("raiseOnOverdue.severity", "raiseOnOverdue.overdueAlerts", "raiseOnOverdue.to");
    }

    /** A partial raise rule, as a client may send it, names each missing part instead of failing (it answered 500). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
            "only the severity, CRITICAL, 0, null, raiseOnOverdue.overdueAlerts raiseOnOverdue.to",
            "only the count, null, 2, null, raiseOnOverdue.severity raiseOnOverdue.to",
            "only the level, null, 0, OPERATIONAL, raiseOnOverdue.severity raiseOnOverdue.overdueAlerts",
            "too many alerts, HIGH, 101, OPERATIONAL, raiseOnOverdue.overdueAlerts",
            "complete, HIGH, 100, OPERATIONAL, ''"})
    void shouldNameEveryMissingPartOfAPartialRaiseRule(String what, String severity, int overdueAlerts, String to, String fields) {
        assertThat(PlanRules.check(change(FIRST.acknowledgementSla(), FIRST.backupSla(), new ProtocolPlan.Raise(severity, overdueAlerts, to))))
                .extracting(FieldError::field)
                .containsExactly(fields.isEmpty() ? new String[0] : fields.split(" "));
    }

    @ParameterizedTest
    @CsvSource({"P30D, true", "P31D, false", "PT720H, true", "PT99999999H, false"})
    void shouldRefuseADeadlineLongerThanAMonth(String deadline, boolean accepted) {
        Map<String, String> sla = new LinkedHashMap<>(FIRST.acknowledgementSla());
        Map<String, String> backup = new LinkedHashMap<>(FIRST.backupSla());
        sla.put("LOW", deadline);
        backup.put("LOW", "PT1H");
        assertThat(PlanRules.check(change(sla, backup, null)).isEmpty()).isEqualTo(accepted);
    }

    private static PlanChange change(Map<String, String> sla, Map<String, String> backup, ProtocolPlan.Raise raise) {
        return new PlanChange("test", FIRST.caseOpening(), sla, backup, true, raise);
    }
}
