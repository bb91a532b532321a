package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Notifications;
import eu.cyberplan.contactpoints.channel.Route;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Lands items the protocol derives ids for (level changes, assistance requests, NIS2 reminders): those not in their
 * inbox yet are written in one statement and go out on the route, in the caller's transaction; a redelivered event
 * lands nothing and pages nobody again.
 */
@Singleton
public class ItemLanding {

    private final InboxStore items;
    private final Notifications notifications;

    public ItemLanding(InboxStore items, Notifications notifications) {
        this.items = items;
        this.notifications = notifications;
    }

    /** Answers the items that landed now. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<InboxItem> land(List<InboxItem> candidates, Route route) {
        Set<UUID> landed = items.insertAll(candidates);
        List<InboxItem> now = candidates.stream().filter(item -> landed.contains(item.alertId())).toList();
        notifications.enqueueAll(now, route);
        return now;
    }
}
