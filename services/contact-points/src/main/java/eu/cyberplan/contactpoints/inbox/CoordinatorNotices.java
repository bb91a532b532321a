package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Notifications;
import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.events.v1.CoordinatorNotified;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.platform.security.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A notice for the coordinators (a recipient missed its backup deadline too, or a reporting country asks for
 * escalation) lands once in the {@code EU} inbox as an OVERDUE_NOTICE or ESCALATION_REQUEST item, to be acknowledged
 * within {@link InboxDeadlines#coordinatorNotice()}, and goes out on the EU's primary channels.
 */
@Singleton
public class CoordinatorNotices {

    private final InboxStore items;
    private final Notifications notifications;
    private final Clock clock;

    private final Duration answerWithin;

    public CoordinatorNotices(InboxStore items, Notifications notifications, Clock clock, InboxDeadlines deadlines) {
        this.answerWithin = deadlines.coordinatorNotice();
        this.items = items;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** In the listener's transaction; a notice delivered before changes nothing. */
    public void deliver(CoordinatorNotified notice) {
        Instant now = clock.instant();
        InboxItem item = InboxItem.delivered(notice.noticeId(), notice.incidentId(), Caller.EU, notice.kind(), Severity.valueOf(notice.severity()), notice.tlp(),
                Mode.valueOf(notice.mode()), notice.exerciseId(), notice.text(), notice.country(), notice.level(), notice.notifiedAt(),
                notice.notifiedAt().plus(answerWithin), now, notice.alertId(), notice.text());
        if (items.insert(item)) {
            notifications.enqueue(item, Route.PRIMARY);
        }
    }
}
