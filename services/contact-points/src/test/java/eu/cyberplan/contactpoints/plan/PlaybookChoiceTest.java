package eu.cyberplan.contactpoints.plan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlaybookChoiceTest {

    private static final List<Playbook> PLAYBOOKS = List.of(
            playbook("malicious-code", null),
            playbook("malicious-code", "infected-system"),
            playbook("intrusions", "system-compromise"),
            playbook("availability", null));

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            // exact class and type beats the class-only playbook
            "malicious-code, infected-system,  malicious-code/infected-system",
            // another type of the class: the class-only playbook
            "malicious-code, c2-server,        malicious-code/*",
            // no type on the incident: the class-only playbook
            "malicious-code, -,                malicious-code/*",
            // only a typed playbook for the class, and the type differs: none
            "intrusions,     burglary,         -",
            "intrusions,     system-compromise, intrusions/system-compromise",
            "intrusions,     -,                -",
            "availability,   ddos,             availability/*",
            // no playbook for the class at all: none, so no checklist
            "fraud,          phishing,         -",
            // an incident with no classification: none
            "-,              -,                -"})
    void shouldChooseTheExactPlaybookBeforeTheClassOneAndNoneWithoutEither(String rsitClass, String rsitType, String expected) {
        assertThat(PlaybookChoice.forIncident(PLAYBOOKS, rsitClass, rsitType).map(Playbook::key).orElse(null)).isEqualTo(expected);
    }

    private static Playbook playbook(String rsitClass, String rsitType) {
        return new Playbook(rsitClass, rsitType, List.of(new PlaybookStep("containment-1", "CONTAINMENT", "Isolate", "DUTY_OFFICER", 30, true)));
    }
}
