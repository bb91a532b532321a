package eu.cyberplan.platform.country;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "none", value = {
            "EE, EE", "ee, EE", " lv , LV", "EL, GR", "el, GR", "GR, GR", "CH, CH", "NO, NO",
            "XX, none", "EU, none", "EST, none", "'', none", "UK, none"})
    void shouldNormaliseIsoCodesAndAcceptElForGreece(String written, String stored) {
        assertThat(CountryCodes.normalise(written).orElse(null)).isEqualTo(stored);
    }

    @Test
    void shouldCountThirtyMembersEu27PlusIcelandLiechtensteinNorway() {
        assertThat(CountryCodes.MEMBERS).hasSize(30).doesNotHaveDuplicates().contains("IS", "LI", "NO", "GR").doesNotContain("CH", "EL");
        assertThat(CountryCodes.EU_MEMBERS).hasSize(27);
    }
}
