package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Notifications;
import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.platform.poll.OutageLog;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * The timer of the inbox items whose deadline no protocol timer watches (issue 23): a situation report, an assistance
 * request, a coordinator notice or an exercise message still unread at its deadline turns OVERDUE and pages the
 * backup route (the backup on duty and the backup channels) once; an exercise that has ended pages nobody. Durable like
 * the protocol's timers: the deadline is the row's, so a restart loses none, and two instances page once.
 */
@Singleton
public class ReadDeadlines {

    private static final Logger LOG = LoggerFactory.getLogger(ReadDeadlines.class);
    static final int BATCH = 500;

    private final InboxStore items;
    private final Notifications notifications;
    private final ExerciseReach exerciseReach;
    private final Clock clock;
    private final OutageLog outage = new OutageLog(LOG, "Cannot check the read deadlines of inbox items", "Read deadlines checked again");

    public ReadDeadlines(InboxStore items, Notifications notifications, ExerciseReach exerciseReach, Clock clock) {
        this.items = items;
        this.notifications = notifications;
        this.exerciseReach = exerciseReach;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${cyberplan.inbox-deadlines.poll-interval}", initialDelay = "${cyberplan.inbox-deadlines.poll-interval}")
    void poll() {
        try {
            while (fireDue() == BATCH) {
                // a backlog (after an outage): keep going until it is worked off
            }
            outage.worked();
        } catch (RuntimeException e) {
            outage.failed(e);
        }
    }

    /** Turns the items due now OVERDUE and pages their backup route, in one transaction; answers how many. */
    @Transactional
    public int fireDue() {
        List<InboxItem> missed = items.markReadDeadlinesMissed(clock.instant(), BATCH);
        notifications.enqueueAll(missed.stream().filter(exerciseReach::pages).toList(), Route.BACKUP);
        if (!missed.isEmpty()) {
            LOG.info("{} inbox item(s) unread at their deadline went to the backup route", missed.size());
        }
        return missed.size();
    }
}
