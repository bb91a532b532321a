package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Notifications;
import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.SituationReportPublished;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A situation report lands as a SITREP item in the inbox of every recipient of the case this node serves, to be read
 * and acknowledged within {@link InboxDeadlines#situationReport()}; its id is derived from the case, version and country, so it lands once.
 */
@Singleton
public class SituationReportItems {

    private final Duration readWithin;

    private final InboxStore items;
    private final Notifications notifications;
    private final Clock clock;

    public SituationReportItems(InboxStore items, Notifications notifications, Clock clock, InboxDeadlines deadlines) {
        this.readWithin = deadlines.situationReport();
        this.items = items;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** In the listener's transaction. */
    public void deliver(SituationReportPublished report) {
        Instant now = clock.instant();
        String title = "Situation report " + report.version() + ": impact " + report.impactSeverity() + ", outlook " + report.impactOutlook()
                + (report.text() == null ? "" : " — " + report.text());
        List<InboxItem> landed = new ArrayList<>();
        for (String country : report.recipients() == null ? List.<String>of() : report.recipients()) {
            UUID id = UUID.nameUUIDFromBytes(("sitrep/" + report.incidentId() + "/" + report.version() + "/" + country).getBytes(StandardCharsets.UTF_8));
            InboxItem item = InboxItem.delivered(id, report.incidentId(), country, "SITREP", severity(report.impactSeverity()), report.tlp(), Mode.valueOf(report.mode()),
                    report.exerciseId(), title, null, null, report.publishedAt(), report.publishedAt().plus(readWithin), now, null, null);
            if (items.insert(item)) {
                landed.add(item);
            }
        }
        notifications.enqueueAll(landed, Route.PRIMARY);
    }

    /** The NIS Cooperation Group's impact colours on the inbox's severity scale. */
    static Severity severity(String impact) {
        return switch (impact == null ? "" : impact) {
            case "red" -> Severity.CRITICAL;
            case "yellow" -> Severity.HIGH;
            case "green" -> Severity.MEDIUM;
            default -> Severity.LOW;
        };
    }
}
