package eu.cyberplan.contactpoints.channel;

import eu.cyberplan.contactpoints.inbox.InboxItem;
import eu.cyberplan.platform.sharing.TlpSharing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a notification says about an alert outside CyberPlan. A mailbox or a pager is outside the TLP rules the API
 * enforces, so for TLP:RED and AMBER+STRICT it carries only ids, markings, severity and deadline, never the title.
 * Exercise messages begin with the exercise banner. The body is written in the recipient country's languages, then in
 * English ({@link AlertTexts}); the subject stays in English, for filters and pagers.
 */
public final class AlertMessage {

    static final String READ_IT = "read it in CyberPlan";

    private final InboxItem item;
    private final Route route;
    private final List<String> languages;

    public AlertMessage(InboxItem item, Route route) {
        this(item, route, List.of("en"));
    }

    /** {@code languages}: as {@link AlertTexts#forCountry} chose them, English last. */
    public AlertMessage(InboxItem item, Route route, List<String> languages) {
        this.item = item;
        this.route = route;
        this.languages = languages.isEmpty() ? List.of("en") : List.copyOf(languages);
    }

    /** The title that may leave CyberPlan, or null when the marking keeps it in (or the alert has none). */
    public String title() {
        return withheld(item) ? null : item.title();
    }

    /** The title as a receiver shows it: with the exercise banner in an exercise; null when withheld in a real alert. */
    public String shownTitle() {
        String title = title();
        if (!exercise()) {
            return title;
        }
        return title == null ? InboxItem.EXERCISE_BANNER : InboxItem.EXERCISE_BANNER + " " + title;
    }

    public String subject() {
        String title = title();
        return banner() + "[CyberPlan] " + (route == Route.BACKUP ? "OVERDUE " : "") + item.kind() + " " + item.severity()
                + " TLP:" + item.tlp() + " — " + (title == null ? READ_IT : title);
    }

    public String text() {
        StringBuilder text = new StringBuilder(banner().isEmpty() ? "" : InboxItem.EXERCISE_BANNER + "\n\n");
        text.append("TLP:").append(item.tlp()).append('\n');
        text.append("Alert: ").append(item.alertId()).append('\n');
        text.append("Incident: ").append(item.incidentId()).append('\n');
        for (String language : languages) {
            text.append('\n');
            if (languages.size() > 1) {
                text.append("--- ").append(AlertTexts.text(language, "language", Map.of())).append(" (").append(language).append(") ---\n");
            }
            text.append(textIn(language));
        }
        return text.toString();
    }

    /** The body's text in each of its languages, in order (English last): what a webhook carries as {@code texts}. */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        languages.forEach(language -> texts.put(language, textIn(language)));
        return texts;
    }

    /** The languages of the body, for {@code Content-Language}: {@code "lv, en"}. */
    public String contentLanguage() {
        return String.join(", ", languages);
    }

    private String textIn(String language) {
        Map<String, String> values = new HashMap<>();
        values.put("kind", item.kind());
        values.put("country", item.country());
        values.put("severity", item.severity().name());
        values.put("tlp", item.tlp());
        StringBuilder text = new StringBuilder(AlertTexts.text(language, "heading", values)).append('\n');
        if (route == Route.BACKUP) {
            text.append(AlertTexts.text(language, "backup", values)).append('\n');
        }
        String title = title();
        if (title != null) {
            values.put("title", title);
            text.append(AlertTexts.text(language, "title", values)).append('\n');
        }
        if (item.ackDeadline() != null) {
            values.put("deadline", deadline(item.ackDeadline()));
            text.append(AlertTexts.text(language, "ackBy", values)).append('\n');
        }
        text.append(AlertTexts.text(language, withheld(item) ? "withheld" : "readAndAck", values)).append('\n');
        return text.toString();
    }

    /** The deadline as messages write it: UTC, to the second. */
    public static String deadline(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private boolean exercise() {
        return item.ofExercise();
    }

    private String banner() {
        return exercise() ? InboxItem.EXERCISE_BANNER + " " : "";
    }

    /** Outside CyberPlan the API's rules no longer guard the text: {@link TlpSharing} decides what may go. */
    private static boolean withheld(InboxItem item) {
        return !TlpSharing.contentOutsideCyberPlan(TlpSharing.marking(item.tlp()));
    }
}
