package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.IncidentDeadlineReminder;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A NIS2 reporting clock half or nine tenths gone (DESIGN §14) lands as a DEADLINE_REMINDER in the reporting
 * country's inbox, due when the report is, and goes out on its primary channels to whoever is on duty. Its id is
 * derived from the incident, the clock and the share, so it lands once; acknowledging it tells nobody else.
 */
@Singleton
public class DeadlineReminderItems {

    public static final String KIND = "DEADLINE_REMINDER";

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final ItemLanding landing;
    private final Clock clock;

    public DeadlineReminderItems(ProcessedEvents processed, IncomingEvents events, ItemLanding landing, Clock clock) {
        this.processed = processed;
        this.events = events;
        this.landing = landing;
        this.clock = clock;
    }

    @Transactional
    public void deliverAll(List<IncomingEvent> batch) {
        Instant now = clock.instant();
        List<InboxItem> candidates = processed.fresh(batch, EventTypes.INCIDENT_DEADLINE_REMINDER).stream()
                .flatMap(event -> events.payloadIfComplete(event, IncidentDeadlineReminder.class, DeadlineReminderItems::complete).stream())
                .map(reminder -> item(reminder, now)).toList();
        landing.land(candidates, Route.PRIMARY);
    }

    private static boolean complete(IncidentDeadlineReminder r) {
        return r.incidentId() != null && r.reporterCountry() != null && r.stage() != null && r.dueAt() != null && r.remindedAt() != null
                && r.severity() != null && r.mode() != null;
    }

    private static InboxItem item(IncidentDeadlineReminder r, Instant now) {
        UUID id = UUID.nameUUIDFromBytes(("reminder/" + r.incidentId() + "/" + r.stage() + "/" + r.percent()).getBytes(StandardCharsets.UTF_8));
        return InboxItem.delivered(id, r.incidentId(), r.reporterCountry(), KIND, Severity.valueOf(r.severity()), r.tlp(), Mode.valueOf(r.mode()),
                r.exerciseId(), text(r), r.reporterCountry(), null, r.remindedAt(), r.dueAt(), now, null, null);
    }

    /** What the duty officer reads: the reference, which report and when it is due; never the incident's title. */
    static String text(IncidentDeadlineReminder r) {
        return (r.reference() == null ? "Incident " + r.incidentId() : r.reference()) + ": the NIS2 " + stage(r.stage()) + " is due "
                + DateTimeFormatter.ISO_INSTANT.format(r.dueAt().truncatedTo(ChronoUnit.MINUTES)) + " (" + r.percent() + " % of its time gone)";
    }

    private static String stage(String stage) {
        return switch (stage) {
            case "EARLY_WARNING" -> "early warning";
            case "CSIRT_RESPONSE" -> "CSIRT's reply to the early warning";
            case "NOTIFICATION" -> "incident notification";
            case "INTERMEDIATE" -> "intermediate report";
            case "PROGRESS" -> "progress report";
            case "FINAL" -> "final report";
            default -> stage.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
