package eu.cyberplan.contactpoints.changes;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.notify.ChangeFeed;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed in which inbox, as it commits on any instance of the service: every write to {@code inbox_item} says
 * which desks it touched ({@link #changed}), and the {@code inbox} feed announces them ("LV REAL") after the commit.
 */
@Singleton
public class InboxChanges implements AutoCloseable {

    /** One inbox: a country's (or the coordinators', {@code EU}) real or exercise items. */
    public record Desk(String country, Mode mode) {
        public Desk {
            country = country.trim();
        }

        String key() {
            return country + " " + mode.name();
        }
    }

    private final ChangeFeed feed;

    public InboxChanges(DataSource dataSource, TransactionOperations<Connection> transactions) {
        this.feed = new ChangeFeed(dataSource, transactions, "inbox");
    }

    /**
     * Runs a write whose {@code RETURNING} gives, first, the country and mode of each item written, says which desks it
     * touched, and answers how many items it wrote.
     */
    public int write(PreparedStatement statement) throws SQLException {
        int rows = 0;
        Set<Desk> desks = new HashSet<>();
        try (ResultSet rs = statement.executeQuery()) {
            for (; rs.next(); rows++) {
                desks.add(new Desk(rs.getString(1), Mode.valueOf(rs.getString(2))));
            }
        }
        changed(desks);
        return rows;
    }

    /** Says that the current transaction changes these desks' inboxes (announced once it commits). */
    public void changed(Collection<Desk> desks) {
        feed.changed(desks.stream().map(Desk::key).collect(Collectors.toSet()));
    }

    /**
     * {@link ChangeFeed#READY}, then a signal each time the desk's inbox changed (never what changed: the page reads its
     * inbox as the person may).
     */
    public Flux<String> of(Desk desk) {
        return feed.of(desk.key());
    }

    @PreDestroy
    @Override
    public void close() {
        feed.close();
    }
}
