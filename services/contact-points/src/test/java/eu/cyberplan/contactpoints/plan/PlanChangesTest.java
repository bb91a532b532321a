package eu.cyberplan.contactpoints.plan;

import eu.cyberplan.contactpoints.directory.CountryView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PlanChangesTest {

    private static final PlaybookStep ISOLATE = new PlaybookStep("containment-1", "CONTAINMENT", "Isolate", "DUTY_OFFICER", 30, true);
    private static final PlaybookStep RESTORE = new PlaybookStep("repair-1", "REPAIR", "Restore", "SYSTEM_OWNER", 1440, false);
    private static final PlanContent BASE = new PlanContent(new ContactPoints(new CountryView.Ncp("ncp@cert.ee", "+372"), null, null, null),
            List.of(new Capability("FORENSICS", "24 h", "cert@cert.ee")),
            List.of(new Playbook("malicious-code", null, List.of(ISOLATE, RESTORE))), null);

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("nothing", BASE, List.of()),
                Arguments.of("a target time", new PlanContent(BASE.contactPoints(), BASE.capabilities(), List.of(new Playbook("malicious-code", null,
                        List.of(new PlaybookStep("containment-1", "CONTAINMENT", "Isolate", "DUTY_OFFICER", 15, true), RESTORE))), null),
                        List.of("CHANGED playbooks[malicious-code/*].steps[containment-1].targetMinutes 30 -> 15")),
                Arguments.of("a step removed", new PlanContent(BASE.contactPoints(), BASE.capabilities(),
                        List.of(new Playbook("malicious-code", null, List.of(ISOLATE))), null),
                        List.of("REMOVED playbooks[malicious-code/*].steps[repair-1] Restore -> null")),
                Arguments.of("steps reordered", new PlanContent(BASE.contactPoints(), BASE.capabilities(),
                        List.of(new Playbook("malicious-code", null, List.of(RESTORE, ISOLATE))), null),
                        List.of("CHANGED playbooks[malicious-code/*].order containment-1, repair-1 -> repair-1, containment-1")),
                Arguments.of("a playbook added", new PlanContent(BASE.contactPoints(), BASE.capabilities(), List.of(BASE.playbooks().get(0),
                        new Playbook("intrusions", "burglary", List.of(ISOLATE))), null),
                        List.of("ADDED playbooks[intrusions/burglary] null -> 1 steps")),
                Arguments.of("a capability replaced and the NCP backup changed", new PlanContent(new ContactPoints(new CountryView.Ncp("ncp@cert.ee",
                        "+372 2"), null, null, null), List.of(new Capability("REPAIR", null, null)), BASE.playbooks(), null),
                        List.of("CHANGED contactPoints.ncp.backup +372 -> +372 2", "REMOVED capabilities FORENSICS: 24 h (cert@cert.ee) -> null",
                                "ADDED capabilities null -> REPAIR")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void shouldListWhatChangedBetweenTwoVersions(String name, PlanContent next, List<String> expected) {
        assertThat(PlanChanges.between(BASE, next)).extracting(c -> c.change() + " " + c.path() + " " + c.from() + " -> " + c.to())
                .containsExactlyElementsOf(expected);
    }
}
