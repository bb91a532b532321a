package eu.cyberplan.exercises.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanScenarioTest {

    private static final PlanInForce PLAN = new PlanInForce("LV", 3,
            new PlanInForce.ContactPoints(new PlanInForce.Ncp("ncp@cert.lv.example", "+371-backup"), "cyclone@ncsa.lv.example", "spoc@ncsa.lv.example",
                    List.of(new PlanInForce.Csirt("CERT.LV", "cert@cert.lv.example", "+371-desk"))),
            List.of(new PlanInForce.Capability("FORENSICS", "within 24 h", "forensics@cert.lv.example"),
                    new PlanInForce.Capability("REPAIR", "business hours", "cert@cert.lv.example")),   // the CSIRT's address again: once
            List.of(new PlanInForce.Playbook("malicious-code", "infected-system", List.of(
                            new PlanInForce.Step("containment-1", "CONTAINMENT", "Isolate the infected systems", "DUTY_OFFICER", 30),
                            new PlanInForce.Step("repair-1", "REPAIR", "Restore from offline backups", "SYSTEM_OWNER", 1440))),
                    new PlanInForce.Playbook("availability", null, List.of(
                            new PlanInForce.Step("containment-1", "CONTAINMENT", "Divert traffic to the scrubbing centre", null, null)))));

    @Test
    void shouldExerciseEveryContactPointAndEveryStepOfEveryPlaybook() {
        ScenarioBody scenario = PlanScenario.propose(PLAN, 120);

        assertThat(scenario.participants()).containsExactly("LV");
        assertThat(scenario.injects()).extracting(ScenarioBody.Inject::kind).containsExactly("COMCHECK",
                "MESSAGE", "MESSAGE", "MESSAGE", "MESSAGE", "MESSAGE", "MESSAGE",   // NCP primary, backup, liaison, SPOC, CSIRT, forensics
                "INCIDENT", "MESSAGE", "MESSAGE", "INCIDENT", "MESSAGE");
        assertThat(scenario.injects()).extracting(ScenarioBody.Inject::offsetSeconds).startsWith(0L, 120L, 240L).endsWith(1320L);
        assertThat(scenario.injects().get(6).title()).isEqualTo("Reach the forensics capability (forensics@cert.lv.example)");
        assertThat(scenario.injects().get(7).payload()).containsEntry("rsitClass", "malicious-code").containsEntry("rsitType", "infected-system")
                .containsEntry("affectedCountries", List.of("LV"));
        assertThat(scenario.injects().get(8).title()).isEqualTo("Step containment-1 (CONTAINMENT): Isolate the infected systems");
        assertThat(scenario.injects().get(8).expectedAction()).isEqualTo("tick containment-1 within 30 min");
        assertThat(scenario.expectations()).extracting(ScenarioBody.Expectation::inject).containsExactly("PB1", "PB2");

        ScenarioRules.Checked checked = new ScenarioRules().check(scenario);
        assertThat(checked.errors()).as("a proposal loads as it is").isEmpty();
    }

    @Test
    void shouldProposeAtLeastTheComcheckForAnEmptyPlan() {
        ScenarioBody scenario = PlanScenario.propose(new PlanInForce("EE", 1, null, null, null), 60);
        assertThat(scenario.injects()).extracting(ScenarioBody.Inject::kind).containsExactly("COMCHECK");
        assertThat(new ScenarioRules().check(scenario).errors()).isEmpty();
    }
}
