package eu.cyberplan.contactpoints.plan;

import eu.cyberplan.contactpoints.directory.CountryView;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.taxonomy.MispTaxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRulesTest {

    private static final MispTaxonomy RSIT = new MispTaxonomy("rsit", Map.of(
            "malicious-code", List.of("infected-system", "c2-server"),
            "intrusions", List.of("system-compromise")));
    private static final PlanRules RULES = new PlanRules(RSIT);

    static Stream<Arguments> versions() {
        return Stream.of(
                Arguments.of("a valid plan", plan(List.of(cap("FORENSICS")), List.of(book("malicious-code", null, step(null, "CONTAINMENT", 30)))),
                        List.of()),
                Arguments.of("a negative target time", plan(List.of(), List.of(book("malicious-code", null, step(null, "CONTAINMENT", -5)))),
                        List.of("playbooks[0].steps[0].targetMinutes")),
                Arguments.of("a missing target time", plan(List.of(), List.of(book("malicious-code", null, step(null, "REPAIR", null)))),
                        List.of("playbooks[0].steps[0].targetMinutes")),
                Arguments.of("a target beyond a year", plan(List.of(), List.of(book("malicious-code", null,
                        step(null, "REPAIR", PlanRules.MAX_TARGET_MINUTES + 1)))), List.of("playbooks[0].steps[0].targetMinutes")),
                Arguments.of("an unknown phase", plan(List.of(), List.of(book("malicious-code", null, step(null, "PRAYER", 5)))),
                        List.of("playbooks[0].steps[0].phase")),
                Arguments.of("an unknown class", plan(List.of(), List.of(book("space-weather", null, step(null, "REPAIR", 5)))),
                        List.of("playbooks[0].rsitClass")),
                Arguments.of("a type of another class", plan(List.of(), List.of(book("intrusions", "c2-server", step(null, "REPAIR", 5)))),
                        List.of("playbooks[0].rsitType")),
                Arguments.of("two playbooks for one class", plan(List.of(), List.of(book("intrusions", null, step(null, "REPAIR", 5)),
                        book("intrusions", null, step(null, "REPAIR", 5)))), List.of("playbooks[1]")),
                Arguments.of("a class and a typed playbook of it", plan(List.of(), List.of(book("malicious-code", null, step(null, "REPAIR", 5)),
                        book("malicious-code", "infected-system", step(null, "REPAIR", 5)))), List.of()),
                Arguments.of("a playbook without steps", plan(List.of(), List.of(new Playbook("intrusions", null, List.of()))),
                        List.of("playbooks[0].steps")),
                Arguments.of("two steps with one id", plan(List.of(), List.of(book("intrusions", null, step("a", "REPAIR", 5), step("a", "REPAIR", 6)))),
                        List.of("playbooks[0].steps[1].id")),
                Arguments.of("a capability of no assistance kind", plan(List.of(cap("CATERING")), List.of()), List.of("capabilities[0].kind")),
                Arguments.of("a step without a title", plan(List.of(), List.of(book("intrusions", null,
                        new PlaybookStep(null, "REPAIR", " ", null, 5, false)))), List.of("playbooks[0].steps[0].title")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void shouldRefuseExactlyTheFieldsThePlanDoesNotAccept(String name, PlanContent content, List<String> fields) {
        assertThat(RULES.check(content)).extracting(FieldError::field).containsExactlyElementsOf(fields);
    }

    static Stream<Arguments> contactPoints() {
        return Stream.of(
                Arguments.of(null, false),
                Arguments.of(new ContactPoints(null, null, null, List.of()), false),
                Arguments.of(new ContactPoints(new CountryView.Ncp(" ", "+372"), null, null, null), false),
                Arguments.of(new ContactPoints(new CountryView.Ncp("ncp@cert.ee", null), null, null, null), true),
                Arguments.of(new ContactPoints(null, null, null, List.of(new CountryView.Csirt("CERT-EE", "cert@cert.ee", null, true))), true),
                Arguments.of(new ContactPoints(null, "cyclone@ria.ee", null, List.of(new CountryView.Csirt("CERT-EE", null, null, true))), false));
    }

    @ParameterizedTest(name = "{0} -> approvable {1}")
    @MethodSource("contactPoints")
    void shouldApproveOnlyAPlanThroughWhichSomeoneCanBeReached(ContactPoints points, boolean approvable) {
        assertThat(PlanRules.approvalRefusal(new PlanContent(points, List.of(), List.of(), null))).matches(r -> r.isEmpty() == approvable);
    }

    @Test
    void shouldNumberTheStepsLeftWithoutAnIdPerPhaseAndKeepTheGivenOnes() {
        List<Playbook> numbered = PlanRules.withStepIds(List.of(book("intrusions", null, step(null, "CONTAINMENT", 5),
                step("containment-2", "CONTAINMENT", 10), step(null, "CONTAINMENT", 15), step(null, "REPAIR", 60))));
        assertThat(numbered.get(0).stepList()).extracting(PlaybookStep::id)
                .containsExactly("containment-1", "containment-2", "containment-3", "repair-1");
    }

    private static PlanContent plan(List<Capability> capabilities, List<Playbook> playbooks) {
        return new PlanContent(null, capabilities, playbooks, null);
    }

    private static Capability cap(String kind) {
        return new Capability(kind, "within 24 h", "cert@cert.ee");
    }

    private static Playbook book(String rsitClass, String rsitType, PlaybookStep... steps) {
        return new Playbook(rsitClass, rsitType, List.of(steps));
    }

    private static PlaybookStep step(String id, String phase, Integer minutes) {
        return new PlaybookStep(id, phase, "Isolate the hosts", "DUTY_OFFICER", minutes, true);
    }
}
