package eu.cyberplan.platform.taxonomy;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaxonomiesTest {

    private final Taxonomies taxonomies = new Taxonomies(ObjectMapper.getDefault());

    @Test
    void shouldReadRsitClassesAndTypesFromTheMispTaxonomy() {
        MispTaxonomy rsit = taxonomies.rsit();
        assertThat(rsit.namespace()).isEqualTo("rsit");
        assertThat(rsit.predicates()).contains("malicious-code", "availability", "intrusions", "fraud");
        assertThat(rsit.values("malicious-code")).containsExactly("infected-system", "c2-server", "malware-distribution", "malware-configuration");
        assertThat(rsit.allows("malicious-code", "ransomware")).as("RSIT has no ransomware type").isFalse();
        assertThat(rsit.machineTag("malicious-code", "infected-system")).isEqualTo("rsit:malicious-code=\"infected-system\"");
    }

    @Test
    void shouldReadNis2SectorsAndSituationReportValues() {
        MispTaxonomy nis2 = taxonomies.nis2();
        assertThat(nis2.values("impact-sectors-impacted")).contains("energy", "health", "digital-infrastructure");
        assertThat(nis2.values("impact-severity")).containsExactly("red", "yellow", "green", "white");
        assertThat(nis2.values("nature-root-cause")).contains("malicious-actions", "third-party-failures");
    }
}
