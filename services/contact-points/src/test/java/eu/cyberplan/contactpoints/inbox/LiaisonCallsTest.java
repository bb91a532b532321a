package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.directory.Person;
import eu.cyberplan.events.v1.CrisisLevelChanged;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LiaisonCallsTest {

    private static final UUID INCIDENT = UUID.fromString("6a1f0c1e-4b9d-4a7e-9a57-0d8f3b6c2e11");

    @ParameterizedTest(name = "{0} → {1}: calls the liaisons {2}")
    @CsvSource({
            "TECHNICAL,   OPERATIONAL, true",
            "TECHNICAL,   POLITICAL,   true",
            "OPERATIONAL, POLITICAL,   true",
            "POLITICAL,   OPERATIONAL, false",   // lowered: nobody is called
            "OPERATIONAL, TECHNICAL,   false",
            "POLITICAL,   POLITICAL,   false",   // another IPCR mode at the same level
            "OPERATIONAL, OPERATIONAL, false",
            "TECHNICAL,   TECHNICAL,   false",
            ",            OPERATIONAL, true",    // a level unknown to this version is no reason to stay silent
            "TECHNICAL,   STRATEGIC,   false",   // nor to call on a level it does not know
    })
    void shouldCallTheLiaisonsOnlyWhenACaseIsRaisedToTheOperationalLevelOrAbove(String from, String to, boolean calls) {
        assertThat(LiaisonCalls.calls(from, to)).isEqualTo(calls);
    }

    @Test
    void shouldCallTheLiaisonsOfTheEuMembersThisNodeServesAndNoEeaCountry() {
        assertThat(LiaisonCalls.countries(c -> true, c -> true)).hasSize(27).doesNotContain("IS", "LI", "NO", "CH", "EU");
        assertThat(LiaisonCalls.countries(Set.of("EE", "LV", "NO")::contains, c -> true)).containsExactly("EE", "LV");
        assertThat(LiaisonCalls.countries(c -> true, Set.of("LV", "NO")::contains)).as("an exercise: only its parties").containsExactly("LV");
    }

    @Test
    void shouldReachTheDirectorysLiaisonAndEveryPersonWithTheRoleEachOnce() {
        List<Person> people = List.of(
                new Person("a", "Liaison", "Liaison@NCSA.lv.example", null, List.of("CYCLONE_LIAISON")),
                new Person("b", "Deputy", "deputy@ncsa.lv.example", null, List.of("NCP", "CYCLONE_LIAISON")),
                new Person("c", "Duty", "duty@cert.lv.example", null, List.of("DUTY_OFFICER")),
                new Person("d", "No mail", null, null, List.of("CYCLONE_LIAISON")));
        assertThat(LiaisonCalls.addresses("liaison@ncsa.lv.example", people)).containsExactly("liaison@ncsa.lv.example", "deputy@ncsa.lv.example");
        assertThat(LiaisonCalls.addresses("Jāņis Bērziņš, +371 000000", people)).as("a name and a phone number are no address")
                .containsExactly("Liaison@NCSA.lv.example", "deputy@ncsa.lv.example");
        assertThat(LiaisonCalls.addresses(null, List.of())).isEmpty();
    }

    @ParameterizedTest(name = "TLP:{0}, takes part {1}: names the case {2}, title {3}, reason {4}")
    @CsvSource({
            "CLEAR,        true,  true,  true,  true",
            "GREEN,        true,  true,  true,  true",
            "AMBER,        true,  true,  true,  true",
            "AMBER+STRICT, true,  true,  false, false",  // nothing leaves CyberPlan but ids and markings
            "RED,          true,  true,  false, false",
            "CLEAR,        false, true,  false, true",   // another member learns the case and why, not the title it never had
            "GREEN,        false, true,  false, true",
            "AMBER,        false, false, false, false",  // only that a case so marked reached the level
            "AMBER+STRICT, false, false, false, false",
            "RED,          false, false, false, false",
    })
    void shouldTellALiaisonOnlyWhatTheMarkingLetsLeaveForItsCountry(String tlp, boolean party, boolean namesCase, boolean title, boolean reason) {
        LiaisonCalls.Message message = LiaisonCalls.message(change(), Tlp.fromLabel(tlp).orElseThrow(), false, party ? alert("LV") : null, false);
        assertThat(message.namesCase()).isEqualTo(namesCase);
        assertThat(message.text().contains(INCIDENT.toString())).isEqualTo(namesCase);
        assertThat(message.text().contains("reported by EE") || message.text().contains("Reported by: EE")).isEqualTo(namesCase);
        assertThat(message.text().contains("Wiper on two grid operators")).isEqualTo(title);
        assertThat(message.subject().contains("Wiper on two grid operators")).isEqualTo(title);
        assertThat(message.title() != null).isEqualTo(title);
        assertThat(message.text().contains("spreading to a third member")).isEqualTo(reason);
        assertThat(message.subject()).startsWith("[CyberPlan] EU-CyCLONe OPERATIONAL TLP:" + tlp + " — ");
        assertThat(message.text()).startsWith("TLP:" + tlp + "\n").contains("TECHNICAL → OPERATIONAL");
    }

    @Test
    void shouldTreatTheReportingCountryAsTakingPartAndBannerAnExercise() {
        LiaisonCalls.Message reporter = LiaisonCalls.message(change(), Tlp.AMBER, false, null, true);
        assertThat(reporter.namesCase()).isTrue();
        assertThat(reporter.text()).contains("Your country takes part in this case", "spreading to a third member");
        LiaisonCalls.Message drill = LiaisonCalls.message(change(), Tlp.AMBER, true, alert("LV"), false);
        assertThat(drill.subject()).startsWith("EXERCISE EXERCISE EXERCISE [CyberPlan] EU-CyCLONe");
        assertThat(drill.text()).startsWith("EXERCISE EXERCISE EXERCISE\n\nTLP:AMBER");
    }

    private static CrisisLevelChanged change() {
        return new CrisisLevelChanged(INCIDENT, "EE", "TECHNICAL", "OPERATIONAL", null, "spreading to a third member", "coordinator",
                Instant.parse("2026-12-07T03:00:00Z"), List.of(), 1, "REAL", null);
    }

    private static InboxItem alert(String country) {
        Instant at = Instant.parse("2026-12-07T02:00:00Z");
        return InboxItem.delivered(UUID.randomUUID(), INCIDENT, country, "ALERT", Severity.HIGH, "AMBER", Mode.REAL, null,
                "Wiper on two grid operators", "EE", "TECHNICAL", at, at.plusSeconds(900), at, null, null);
    }
}
