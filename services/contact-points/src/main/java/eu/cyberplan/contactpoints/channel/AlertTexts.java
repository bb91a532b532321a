package eu.cyberplan.contactpoints.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The message catalogue of what notifications say outside CyberPlan (DESIGN §14): one file per language under
 * {@code alert-texts/}, the 24 official languages of the EU plus Icelandic and Norwegian (Bokmål). A country's alerts go
 * out in its own languages, as the directory lists them, then in English, which is authoritative. A language the
 * catalogue does not have (Luxembourgish, Romansh) is left out; Norwegian {@code no} and {@code nn} read Bokmål.
 */
public final class AlertTexts {

    /** The catalogue's languages, ISO 639-1 (Norwegian as {@code nb}); English first. */
    public static final List<String> LANGUAGES = List.of("en", "bg", "hr", "cs", "da", "nl", "et", "fi", "fr", "de", "el", "hu", "ga", "it",
            "lv", "lt", "mt", "pl", "pt", "ro", "sk", "sl", "es", "sv", "is", "nb");
    /** The keys every language has. */
    public static final List<String> KEYS = List.of("language", "heading", "backup", "title", "ackBy", "withheld", "readAndAck");

    private static final Map<String, Properties> CATALOGUE = load();

    private AlertTexts() {
    }

    /** The languages a country's notifications are written in: its own that the catalogue has, in its order, then English. */
    public static List<String> forCountry(List<String> countryLanguages) {
        List<String> chosen = new ArrayList<>();
        for (String language : countryLanguages == null ? List.<String>of() : countryLanguages) {
            String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
            code = code.equals("no") || code.equals("nn") ? "nb" : code;
            if (!code.equals("en") && CATALOGUE.containsKey(code) && !chosen.contains(code)) {
                chosen.add(code);
            }
        }
        chosen.add("en");
        return List.copyOf(chosen);
    }

    /** The text of {@code key} in {@code language} with its placeholders filled in; English where the language lacks it. */
    public static String text(String language, String key, Map<String, String> values) {
        Properties texts = CATALOGUE.getOrDefault(language, CATALOGUE.get("en"));
        String text = texts.getProperty(key, CATALOGUE.get("en").getProperty(key));
        if (text == null) {
            throw new IllegalArgumentException("no alert text '" + key + "'");
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
        }
        return text;
    }

    /** The raw catalogue of one language (for the catalogue's own test). */
    static Properties of(String language) {
        return CATALOGUE.get(language);
    }

    private static Map<String, Properties> load() {
        Map<String, Properties> catalogue = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            try (InputStream in = AlertTexts.class.getResourceAsStream("/alert-texts/" + language + ".properties")) {
                if (in == null) {
                    throw new IllegalStateException("the alert text catalogue has no " + language + ".properties");
                }
                Properties texts = new Properties();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                catalogue.put(language, texts);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the alert texts of " + language, e);
            }
        }
        return Map.copyOf(catalogue);
    }
}
