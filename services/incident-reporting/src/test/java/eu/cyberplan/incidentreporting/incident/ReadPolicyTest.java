package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.security.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who reads an incident of EE that alerted LV, with FI named as a recipient (DESIGN §8). */
class ReadPolicyTest {

    @ParameterizedTest(name = "{0}: {1} of {2} reads → {3}")
    @CsvSource({
            // tlp,          role,          country, may read
            "CLEAR,          NCP,           FR,      true",
            "GREEN,          AUDITOR,       EU,      true",
            "AMBER,          DUTY_OFFICER,  EE,      true",
            "AMBER,          NCP,           LV,      true",
            "AMBER,          NCP,           FR,      false",
            "AMBER,          COORDINATOR,   EU,      true",
            "AMBER,          AUDITOR,       EU,      false",
            "AMBER+STRICT,   NCP,           LV,      true",
            "AMBER+STRICT,   DUTY_OFFICER,  EE,      true",
            "AMBER+STRICT,   PLAN_OWNER,    LV,      false",
            "AMBER+STRICT,   COORDINATOR,   EU,      false",
            "AMBER+STRICT,   NCP,           FR,      false",
            "RED,            DUTY_OFFICER,  EE,      true",
            "RED,            NCP,           FI,      true",
            "RED,            NCP,           LV,      false",
            "RED,            COORDINATOR,   EU,      false",
    })
    void shouldApplyTlpToEveryRead(String tlp, String role, String country, boolean mayRead) {
        Caller caller = new Caller("someone", Set.of(role), country);
        assertThat(ReadPolicy.mayRead(caller, Tlp.fromLabel(tlp).orElseThrow(), "EE", Set.of("LV"), Set.of("FI"))).isEqualTo(mayRead);
    }

    @ParameterizedTest(name = "coordinator named → reads {0}")
    @CsvSource({"AMBER+STRICT", "RED"})
    void shouldLetACoordinatorReadStrictMarkingsOnlyWhenNamed(String tlp) {
        Caller coordinator = new Caller("coordinator", Set.of("COORDINATOR"), "EU");
        assertThat(ReadPolicy.mayRead(coordinator, Tlp.fromLabel(tlp).orElseThrow(), "EE", Set.of("LV"), Set.of("EU"))).isTrue();
    }
}
