package eu.cyberplan.escalation.collaboration;

import eu.cyberplan.platform.problem.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateRulesTest {

    @ParameterizedTest(name = "{0} posts status {1}, text [{2}]: refused on {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "LV | CONTAINED     | Two hosts isolated | -",
            "LV | NOT_AFFECTED  | -                  | -",
            "LV | -             | Still looking      | -",
            "LV | RECOVERED     | -                  | -",
            "LV | INVESTIGATING | -                  | -",
            "LV | -             | -                  | status",   // nothing to say
            "LV | -             | '   '              | status",
            "LV | contained     | -                  | status",   // the names as they are
            "LV | FIXED         | -                  | status",
            "LV | CONTAINED     | '   '              | text",
            "EU | -             | Convening CyCLONe  | -",
            "EU | CONTAINED     | -                  | status",   // the coordinators keep no status of their own
    })
    void shouldTakeAStatusATextOrBoth(String country, String status, String text, String refusedField) {
        assertThat(UpdateRules.check(new UpdateBody(status, text), country)).extracting(FieldError::field)
                .containsExactlyElementsOf(refusedField == null ? java.util.List.of() : java.util.List.of(refusedField));
    }
}
