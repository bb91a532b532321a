package eu.cyberplan.exercises.lesson;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalStatesTest {

    @ParameterizedTest(name = "{0} (v{1}) then {2} (v{3}) → replaced {4}")
    @CsvSource(nullValues = "-", value = {
            "NONE,     -, DRAFT,    4, true",
            "DRAFT,    4, APPROVED, 4, true",
            "DRAFT,    4, REJECTED, 4, true",
            "REJECTED, 4, DRAFT,    5, true",    // proposed again after a rejection
            "APPROVED, 4, REJECTED, 5, false",   // acted on stays acted on
            "APPROVED, 4, DRAFT,    6, false",
            "DRAFT,    5, DRAFT,    4, false",   // news of an older version
            "DRAFT,    4, DRAFT,    4, true",    // the same news twice changes nothing worth telling apart
            "NONE,     -, NONE,     4, false",
            "NONE,     -, MERGED,   4, false",   // a state this version does not know
    })
    void shouldKeepTheLatestNewsButAnApproval(String current, Integer currentVersion, String incoming, int version, boolean replaced) {
        assertThat(ProposalStates.replaces(current, currentVersion, incoming, version)).isEqualTo(replaced);
    }
}
