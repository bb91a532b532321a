package eu.cyberplan.escalation.timer;

import eu.cyberplan.escalation.plan.ProtocolPlan;
import eu.cyberplan.escalation.protocol.CaseAlert;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What each deadline does to an alert, and when overdue alerts raise a case's level, as tables. */
class DeadlineLadderTest {

    @ParameterizedTest(name = "{0} deadline, alert {1}, notify coordinator {2} → {3}")
    @CsvSource({
            "ACKNOWLEDGEMENT, DISPATCHED,   true,  OVERDUE_TO_BACKUP",
            "ACKNOWLEDGEMENT, DELIVERED,    true,  OVERDUE_TO_BACKUP",
            "ACKNOWLEDGEMENT, ACKNOWLEDGED, true,  NOTHING",
            "ACKNOWLEDGEMENT, OVERDUE,      true,  NOTHING",
            "ACKNOWLEDGEMENT, ESCALATED,    true,  NOTHING",
            "BACKUP,          OVERDUE,      true,  ESCALATE_AND_NOTIFY_COORDINATOR",
            "BACKUP,          OVERDUE,      false, ESCALATE",
            "BACKUP,          ACKNOWLEDGED, true,  NOTHING",
            "BACKUP,          ESCALATED,    true,  NOTHING",
            "BACKUP,          DELIVERED,    true,  NOTHING",
    })
    void shouldTakeOneStepOfTheLadderPerMissedDeadline(String timer, CaseAlert.Status status, boolean notify, DeadlineLadder.Step step) {
        assertThat(DeadlineLadder.at(timer, status, notify)).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0} case {1} with {2} overdue, rule {3}×{4} → {5}")
    @CsvSource({
            // level,      severity, overdue, rule severity, rule count, raised to (empty = stays)
            "TECHNICAL,   CRITICAL, 1, CRITICAL, 1, OPERATIONAL",
            "TECHNICAL,   CRITICAL, 0, CRITICAL, 1, ",
            "TECHNICAL,   HIGH,     5, CRITICAL, 1, ",
            "TECHNICAL,   CRITICAL, 2, CRITICAL, 3, ",
            "TECHNICAL,   CRITICAL, 3, CRITICAL, 3, OPERATIONAL",
            "TECHNICAL,   CRITICAL, 1, HIGH,     1, OPERATIONAL",
            "OPERATIONAL, CRITICAL, 9, CRITICAL, 1, ",
            "POLITICAL,   CRITICAL, 9, CRITICAL, 1, ",
    })
    void shouldRaiseTheLevelWhenThePlansRuleIsMet(CrisisLevel level, Severity severity, long overdue, String ruleSeverity, int count,
                                                 CrisisLevel raised) {
        ProtocolPlan.Raise rule = new ProtocolPlan.Raise(ruleSeverity, count, "OPERATIONAL");
        assertThat(DeadlineLadder.raiseTo(level, severity, overdue, rule).orElse(null)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "no rule: {0}")
    @CsvSource({"TECHNICAL", "OPERATIONAL"})
    void shouldNeverRaiseWithoutARule(CrisisLevel level) {
        assertThat(DeadlineLadder.raiseTo(level, Severity.CRITICAL, 30, null)).isEmpty();
    }
}
