package eu.cyberplan.contactpoints.channel;

import eu.cyberplan.contactpoints.inbox.InboxItem;
import eu.cyberplan.platform.sharing.TlpSharing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * What a notification says about an alert outside CyberPlan. A mailbox or a pager is outside the TLP rules the API
 * enforces, so for TLP:RED and AMBER+STRICT it carries only ids, markings, severity and deadline, never the title.
 * Exercise messages begin with the exercise banner.
 */
public final class AlertMessage {

    static final String READ_IT = "read it in CyberPlan";

    private final InboxItem item;
    private final Route route;

    public AlertMessage(InboxItem item, Route route) {
        this.item = item;
        this.route = route;
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
        text.append("CyberPlan ").append(item.kind()).append(" for ").append(item.country()).append(", severity ").append(item.severity())
                .append(".\n");
        if (route == Route.BACKUP) {
            text.append("The primary contact did not acknowledge in time: this goes to the backup channel.\n");
        }
        String title = title();
        if (title != null) {
            text.append("Title: ").append(title).append('\n');
        }
        if (item.ackDeadline() != null) {
            text.append("Acknowledge by: ").append(deadline(item.ackDeadline())).append('\n');
        }
        text.append("Alert: ").append(item.alertId()).append('\n');
        text.append("Incident: ").append(item.incidentId()).append('\n');
        if (withheld(item)) {
            text.append("\nUnder TLP:").append(item.tlp()).append(" nothing more is sent outside CyberPlan: ").append(READ_IT).append(".\n");
        } else {
            text.append('\n').append("Read and acknowledge it in CyberPlan.\n");
        }
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
