package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.taxonomy.Taxonomies;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EarlyWarningRulesTest {

    private static final Taxonomies TAXONOMIES = new Taxonomies(ObjectMapper.getDefault());
    private final EarlyWarningRules rules = new EarlyWarningRules(TAXONOMIES.rsit(), TAXONOMIES.nis2());

    @Test
    void shouldAcceptAWellFormedEarlyWarning() {
        assertThat(rules.check(warning("HIGH", "malicious-code", "infected-system", "AMBER", "AMBER", List.of("LV", "el"), List.of("energy")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "severity    | SEVERE | malicious-code | infected-system | AMBER        | AMBER | LV | energy",
            "rsitClass   | HIGH   | ransomware     | infected-system | AMBER        | AMBER | LV | energy",
            "rsitType    | HIGH   | malicious-code | ransomware      | AMBER        | AMBER | LV | energy",
            "tlp         | HIGH   | malicious-code | infected-system | WHITE        | AMBER | LV | energy",
            "tlp         | HIGH   | malicious-code | infected-system | AMBER-STRICT | AMBER | LV | energy",
            "pap         | HIGH   | malicious-code | infected-system | AMBER        | WHITE | LV | energy",
            "affectedCountries[0] | HIGH | malicious-code | infected-system | AMBER | AMBER | QQ | energy",
            "sectors[0]  | HIGH   | malicious-code | infected-system | AMBER        | AMBER | LV | nuclear",
    })
    void shouldNameTheFieldThatIsWrong(String field, String severity, String rsitClass, String rsitType, String tlp, String pap,
                                       String country, String sector) {
        List<FieldError> errors = rules.check(warning(severity, rsitClass, rsitType, tlp, pap, List.of(country), List.of(sector)));
        assertThat(errors).extracting(FieldError::field).containsExactly(field);
    }

    @Test
    void shouldListTheAllowedRsitTypesOfTheClass() {
        List<FieldError> errors = rules.check(warning("HIGH", "malicious-code", "ransomware", "AMBER", "AMBER", List.of("LV"), List.of()));
        assertThat(errors.get(0).message()).contains("infected-system", "c2-server", "malware-distribution", "malware-configuration");
    }

    @Test
    void shouldRequireNamedRecipientsForTlpRed() {
        assertThat(rules.check(warning("HIGH", "malicious-code", "infected-system", "RED", "RED", List.of("LV"), List.of())))
                .extracting(FieldError::field).containsExactly("recipients");
    }

    private static EarlyWarning warning(String severity, String rsitClass, String rsitType, String tlp, String pap,
                                        List<String> affected, List<String> sectors) {
        return new EarlyWarning("Ransomware on grid operator", "SCADA jump hosts encrypted", Instant.parse("2026-11-23T08:00:00Z"),
                severity, rsitClass, rsitType, tlp, pap, affected, true, true, sectors, null, null, null, null, null, null, null, null, null, null);
    }
}
