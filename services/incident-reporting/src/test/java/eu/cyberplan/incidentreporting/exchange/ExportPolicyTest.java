package eu.cyberplan.incidentreporting.exchange;

import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.incident.Incident;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may take an incident away as a STIX or MISP file, once the read rules let them see it (DESIGN §8). */
class ExportPolicyTest {

    @ParameterizedTest(name = "TLP:{0} to {1}: {2}")
    @CsvSource({
            "CLEAR, FR, true", "GREEN, FR, true", "AMBER, LV, true",
            "AMBER+STRICT, EE, false", "AMBER+STRICT, LV, false",
            "RED, EE, true", "RED, LV, true", "RED, LT, false", "RED, EU, false"})
    void shouldExportOnlyWhatTheMarkingAllowsToWhomItAllows(String tlp, String country, boolean allowed) {
        Incident incident = ExchangeSamples.incident(d -> {
            d.tlp = Tlp.fromLabel(tlp).orElseThrow();
            d.recipients = List.of("LV");
        });
        Caller caller = new Caller("ncp." + country.toLowerCase(), Set.of(Roles.NCP), country);

        assertThat(ExportPolicy.mayExport(caller, incident)).isEqualTo(allowed);
        assertThat(ExportPolicy.exportable(incident.tlp())).isEqualTo(incident.tlp() != Tlp.AMBER_STRICT);
    }
}
