package eu.cyberplan.incidentreporting.exchange;

import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.incident.Incident;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.sharing.Reader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may take an incident away as a STIX or MISP file (DESIGN §8), LV named; EU named too in the last rows. */
class ExportPolicyTest {

    @ParameterizedTest(name = "TLP:{0} naming {1} to {2} of {3}: {4}")
    @CsvSource({
            "CLEAR, LV, NCP, FR, true", "GREEN, LV, NCP, FR, true", "AMBER, LV, COORDINATOR, EU, true",
            "AMBER+STRICT, LV, NCP, EE, false", "AMBER+STRICT, LV, NCP, LV, false",
            "RED, LV, NCP, EE, true", "RED, LV, NCP, LV, true", "RED, LV, NCP, LT, false", "RED, LV, COORDINATOR, EU, false",
            "RED, LV EU, COORDINATOR, EU, true", "RED, LV EU, EXERCISE_PLANNER, EU, false", "RED, LV EU, AUDITOR, EU, false"})
    void shouldExportOnlyWhatTheMarkingAllowsToWhomItAllows(String tlp, String named, String role, String country, boolean allowed) {
        Incident incident = ExchangeSamples.incident(d -> {
            d.tlp = Tlp.fromLabel(tlp).orElseThrow();
            d.recipients = List.of(named.split(" "));
        });
        Reader reader = Reader.of(new Caller("someone", Set.of(role), country), incident.reporterCountry(), Set.of(), incident.recipients());

        assertThat(ExportPolicy.mayExport(reader, incident)).isEqualTo(allowed);
        assertThat(ExportPolicy.exportable(incident.tlp())).isEqualTo(incident.tlp() != Tlp.AMBER_STRICT);
    }
}
