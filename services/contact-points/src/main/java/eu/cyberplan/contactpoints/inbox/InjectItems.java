package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Notifications;
import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.contactpoints.comcheck.Comchecks;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.InjectReleased;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The injects of an exercise that reach an inbox directly (an INCIDENT inject comes as the alerts of its case): a
 * MESSAGE lands as a MESSAGE item of the inject's country and a SITUATION_UPDATE as a SITREP item (DESIGN §14), each to
 * be read within {@link InboxDeadlines#exerciseMessage()}; a COMCHECK starts an exercise comcheck of that country. Each lands once, however often the
 * event is delivered.
 */
@Singleton
public class InjectItems {

    private final Duration readWithin;

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final InboxStore items;
    private final Comchecks comchecks;
    private final Notifications notifications;
    private final Clock clock;

    public InjectItems(ProcessedEvents processed, IncomingEvents events, InboxStore items, Comchecks comchecks, Notifications notifications,
                       Clock clock, InboxDeadlines deadlines) {
        this.readWithin = deadlines.exerciseMessage();
        this.processed = processed;
        this.events = events;
        this.items = items;
        this.comchecks = comchecks;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public void deliverAll(List<IncomingEvent> batch) {
        List<InboxItem> landed = new ArrayList<>();
        Instant now = clock.instant();
        for (IncomingEvent event : processed.fresh(batch, e -> EventTypes.INJECT_RELEASED.equals(e.type()) && e.exerciseId() != null)) {
            events.payloadIfComplete(event, InjectReleased.class, i -> i.country() != null && i.kind() != null && i.releasedAt() != null)
                    .ifPresent(inject -> {
                        switch (inject.kind()) {
                            case "MESSAGE", "SITUATION_UPDATE" -> {
                                InboxItem item = message(inject, now);
                                if (items.insert(item)) {
                                    landed.add(item);
                                }
                            }
                            case "COMCHECK" -> comchecks.startForExercise(inject.exerciseId(), inject.sequence(), inject.country(), "svc.exercises",
                                    inject.releasedAt());
                            default -> {
                                // INCIDENT injects reach the inboxes as the alerts of their case.
                            }
                        }
                    });
        }
        notifications.enqueueAll(landed, Route.PRIMARY);
    }

    private InboxItem message(InjectReleased inject, Instant now) {
        UUID id = UUID.nameUUIDFromBytes(("inject/" + inject.exerciseId() + "/" + inject.sequence()).getBytes(StandardCharsets.UTF_8));
        boolean sitrep = "SITUATION_UPDATE".equals(inject.kind());
        String title = (sitrep ? "Situation update: " : "") + inject.title() + (inject.text() == null ? "" : " — " + inject.text());
        return InboxItem.delivered(id, null, inject.country(), sitrep ? "SITREP" : "MESSAGE", Severity.LOW, "GREEN", Mode.EXERCISE, inject.exerciseId(),
                title, null, null, inject.releasedAt(), inject.releasedAt().plus(readWithin), now, null, null);
    }
}
