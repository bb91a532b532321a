package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.notify.ChangeFeed;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;

import javax.sql.DataSource;

/**
 * What changed in which inbox, as it commits on any instance of the service: the {@code inbox_item} triggers (migration
 * V21) notify each statement's countries and modes ("LV REAL") on the {@code inbox} feed.
 */
@Singleton
public class InboxChanges implements AutoCloseable {

    /** One inbox: a country's (or the coordinators', {@code EU}) real or exercise items. */
    public record Desk(String country, Mode mode) {
        String key() {
            return country + " " + mode.name();
        }
    }

    private final ChangeFeed feed;

    public InboxChanges(DataSource dataSource) {
        this.feed = new ChangeFeed(dataSource, "inbox");
    }

    /** A signal each time the desk's inbox changed (never what changed: the page reads its inbox as the person may). */
    public Flux<Desk> of(Desk desk) {
        return feed.of(desk.key()).map(key -> desk);
    }

    @PreDestroy
    @Override
    public void close() {
        feed.close();
    }
}
