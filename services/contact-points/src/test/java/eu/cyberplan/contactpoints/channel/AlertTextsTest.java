package eu.cyberplan.contactpoints.channel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class AlertTextsTest {

    /** The 24 official languages of the EU, Icelandic and Norwegian (Bokmål). */
    static final List<String> REQUIRED = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
            "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "is", "nb");
    static final List<String> LANGUAGES = AlertTexts.LANGUAGES;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    @Test
    void shouldCoverEveryOfficialLanguageOfTheUnionIcelandicAndNorwegian() {
        assertThat(AlertTexts.LANGUAGES).containsExactlyInAnyOrderElementsOf(REQUIRED);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("LANGUAGES")
    void shouldHaveEveryKeyWithEveryPlaceholderOfTheEnglishAndNoOther(String language) {
        Properties english = AlertTexts.of("en");
        Properties texts = AlertTexts.of(language);
        assertThat(texts.stringPropertyNames()).as(language).containsExactlyInAnyOrderElementsOf(AlertTexts.KEYS);
        for (String key : AlertTexts.KEYS) {
            assertThat(texts.getProperty(key)).as(language + " " + key).isNotBlank();
            assertThat(placeholders(texts.getProperty(key))).as(language + " " + key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "lv       | lv en",
            "fi sv    | fi sv en",
            "en ga    | ga en",        // English is always last, once
            "lb fr de | fr de en",     // Luxembourgish is not in the catalogue
            "nb nn    | nb en",        // Norwegian: Bokmål, once
            "de rm    | de en",
            "''       | en",           // the EU inbox: English
    })
    void shouldWriteInTheCountrysOwnLanguagesThenEnglish(String country, String chosen) {
        List<String> languages = country.isBlank() ? List.of() : Arrays.asList(country.split(" "));
        assertThat(AlertTexts.forCountry(languages)).containsExactly(chosen.split(" "));
    }

    @Test
    void shouldFillThePlaceholdersAndFallBackToEnglish() {
        assertThat(AlertTexts.text("lv", "ackBy", Map.of("deadline", "2026-12-07T03:15:00Z"))).isEqualTo("Apstipriniet līdz: 2026-12-07T03:15:00Z");
        assertThat(AlertTexts.text("xx", "ackBy", Map.of("deadline", "D"))).isEqualTo("Acknowledge by: D");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
