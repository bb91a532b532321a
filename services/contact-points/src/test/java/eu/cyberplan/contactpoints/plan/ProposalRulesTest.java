package eu.cyberplan.contactpoints.plan;

import eu.cyberplan.platform.problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalRulesTest {

    private static final UUID LESSON = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID EXERCISE = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    private static final LessonsLearnt.Lesson KNOWN = new LessonsLearnt.Lesson(LESSON, EXERCISE, null, "LT", "Nobody answered at night");
    private static final PlanContent CHANGE = new PlanContent(null, List.of(new Capability("FORENSICS", "24/7", "oncall@cert.lt.example")), null, null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "a known lesson about LT, learnt in its exercise | LT | true  | e1 | -  | true  | -",
            "a lesson unknown here                           | LT | false | e1 | -  | true  | lessonId",
            "a lesson about LT proposed for LV               | LV | true  | e1 | -  | true  | lessonId",
            "learnt in another exercise                      | LT | true  | e2 | -  | true  | source.exerciseId",
            "no source                                       | LT | true  | -  | -  | true  | source",
            "both sources                                    | LT | true  | e1 | e1 | true  | source",
            "no change                                       | LT | true  | e1 | -  | false | change",
    })
    void shouldNameAKnownLessonOfTheCountryWhereItWasLearntAndAChange(String what, String country, boolean known, String exercise, String incident,
                                                                      boolean change, String field) {
        ProposalBody.Source source = exercise == null && incident == null ? null
                : new ProposalBody.Source(id(exercise), id(incident));
        ProposalBody body = new ProposalBody(LESSON, source, change ? CHANGE : new PlanContent(null, null, null, "only a note"));
        assertThat(ProposalRules.check(body, country, known ? Optional.of(KNOWN) : Optional.empty())).extracting(FieldError::field)
                .containsExactlyElementsOf(field == null ? List.of() : List.of(field));
    }

    @Test
    void shouldReplaceOnlyThePartsTheChangeNamesAndSayWhereItCameFrom() {
        PlanContent inForce = new PlanContent(null, List.of(new Capability("REPAIR", "office hours", "repair@cert.lt.example")),
                List.of(new Playbook("malicious-code", null, List.of())), "version 3");
        PlanContent merged = ProposalRules.merge(inForce, CHANGE, KNOWN);
        assertThat(merged.capabilityList()).isEqualTo(CHANGE.capabilityList());
        assertThat(merged.playbookList()).isEqualTo(inForce.playbookList());
        assertThat(merged.note()).isEqualTo("Proposed from a lesson learnt: Nobody answered at night");
        assertThat(ProposalRules.rejection("  ")).extracting(FieldError::field).containsExactly("reason");
        assertThat(ProposalRules.rejection("superseded by version 5")).isEmpty();
    }

    private static UUID id(String name) {
        return name == null ? null : name.equals("e1") ? EXERCISE : OTHER;
    }
}
