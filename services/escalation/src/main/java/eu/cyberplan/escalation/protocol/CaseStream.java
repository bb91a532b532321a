package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.notify.ChangeFeed;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;

import javax.sql.DataSource;

/**
 * What changed in the cases of a mode, as it commits on any instance of the service: the triggers of migration V14 on
 * the case, its alerts, situation reports, assistance and updates notify the modes a statement touched on the
 * {@code cases} feed.
 */
@Singleton
public class CaseStream implements AutoCloseable {

    private final ChangeFeed feed;

    public CaseStream(DataSource dataSource) {
        this.feed = new ChangeFeed(dataSource, "cases");
    }

    /** A signal each time a case of that mode changed (never which: the page reads the cases the person may see). */
    public Flux<Mode> of(Mode mode) {
        return feed.of(mode.name()).map(key -> mode);
    }

    @PreDestroy
    @Override
    public void close() {
        feed.close();
    }
}
