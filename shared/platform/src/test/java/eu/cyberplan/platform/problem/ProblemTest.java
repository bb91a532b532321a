package eu.cyberplan.platform.problem;

import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {

    @Test
    void shouldNameEveryInvalidFieldInTheDetailAndTheErrors() {
        ProblemException invalid = ProblemException.invalid(List.of(new FieldError("tlp", "must be a TLP 2.0 label"),
                new FieldError("affectedCountries[1]", "unknown country code 'QQ'")));
        assertThat(invalid.status().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(invalid.getMessage()).isEqualTo("tlp: must be a TLP 2.0 label; affectedCountries[1]: unknown country code 'QQ'");
        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("tlp", "affectedCountries[1]");
    }

    @Test
    void shouldGiveEachProblemATypeNamedAfterItsTitle() {
        Problem problem = Problem.of(422, "Unprocessable Entity", "x", null);
        assertThat(problem.type()).isEqualTo("https://cyberplan.eu/problems/unprocessable-entity");
        assertThat(problem.errors()).isEmpty();
    }
}
