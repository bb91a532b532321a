package eu.cyberplan.escalation.changes;

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
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed in the cases of a mode, as it commits on any instance of the service: every write to a case, its alerts,
 * situation reports, assistance or updates says the modes it touched, and the {@code cases} feed announces them after
 * the commit. Only the modes travel: ENDEX may close thousands of cases in one transaction.
 */
@Singleton
public class CaseStream implements AutoCloseable {

    private final ChangeFeed feed;

    public CaseStream(DataSource dataSource, TransactionOperations<Connection> transactions) {
        this.feed = new ChangeFeed(dataSource, transactions, "cases");
    }

    /**
     * {@link ChangeFeed#READY}, then a signal each time a case of that mode changed (never which: the page reads the
     * cases the person may see).
     */
    public Flux<String> of(Mode mode) {
        return feed.of(mode.name());
    }

    /** Says that the current transaction changes cases of these modes (announced once it commits). */
    public void changed(Collection<Mode> modes) {
        feed.changed(modes.stream().map(Mode::name).collect(Collectors.toSet()));
    }

    /**
     * Runs a write whose {@code RETURNING} gives, first, the mode of the case of each row written, says which modes it
     * touched, and answers how many rows it wrote.
     */
    public int write(PreparedStatement statement) throws SQLException {
        int rows = 0;
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        try (ResultSet rs = statement.executeQuery()) {
            for (; rs.next(); rows++) {
                modes.add(Mode.valueOf(rs.getString(1)));
            }
        }
        changed(modes);
        return rows;
    }

    @PreDestroy
    @Override
    public void close() {
        feed.close();
    }
}
