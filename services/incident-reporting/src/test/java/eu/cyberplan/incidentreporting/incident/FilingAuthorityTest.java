package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilingAuthorityTest {

    private static final Caller DUTY_EE = new Caller("duty.ee", Set.of("DUTY_OFFICER"), "EE");
    private static final Caller CONTROL = new Caller("svc.exercises", Set.of("EXERCISE_CONTROL"), "EU");

    @Test
    void shouldFileForTheDutyOfficersOwnCountry() {
        assertThat(FilingAuthority.reporterCountry(DUTY_EE, warning(null, null, null))).isEqualTo("EE");
        assertThat(FilingAuthority.reporterCountry(DUTY_EE, warning("ee", null, null))).isEqualTo("EE");
    }

    @Test
    void shouldRefuseADutyOfficerFilingForAnotherCountry() {
        assertThatThrownBy(() -> FilingAuthority.reporterCountry(DUTY_EE, warning("FR", null, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().getCode()).isEqualTo(403));
    }

    @Test
    void shouldRefuseExerciseMarkingsFromAnyoneButExerciseControl() {
        assertThatThrownBy(() -> FilingAuthority.reporterCountry(DUTY_EE, warning(null, "EXERCISE", UUID.randomUUID())))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().getCode()).isEqualTo(403));
        assertThatThrownBy(() -> FilingAuthority.reporterCountry(DUTY_EE, warning(null, null, UUID.randomUUID())))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().getCode()).isEqualTo(403));
    }

    @Test
    void shouldLetExerciseControlFileForAParticipant() {
        assertThat(FilingAuthority.reporterCountry(CONTROL, warning("LV", "EXERCISE", UUID.randomUUID()))).isEqualTo("LV");
        assertThatThrownBy(() -> FilingAuthority.reporterCountry(CONTROL, warning(null, "EXERCISE", UUID.randomUUID())))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().getCode()).isEqualTo(422));
    }

    private static EarlyWarning warning(String reporterCountry, String mode, UUID exerciseId) {
        return new EarlyWarning("t", "s", Instant.now(), "HIGH", "malicious-code", "infected-system", "AMBER", "AMBER",
                List.of("LV"), true, true, List.of(), null, null, null, null, null, null, reporterCountry, mode, exerciseId, null);
    }
}
