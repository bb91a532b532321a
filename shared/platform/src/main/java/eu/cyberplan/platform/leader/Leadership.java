package eu.cyberplan.platform.leader;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One leader per service schema for a background job (the outbox relay, the audit sealer): a session-level advisory
 * lock held on a connection of the job's own. Whoever holds the connection leads; when it is lost (database restart,
 * network), the lock goes with it and another instance can take over.
 */
public final class Leadership {

    private static final Logger LOG = LoggerFactory.getLogger(Leadership.class);

    private final DataSource dataSource;
    private final String job;
    private Connection connection;

    /** {@code job} names the lock ({@code cyberplan.<job>.<schema>}) and the log lines. */
    public Leadership(DataSource dataSource, String job) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.job = job;
    }

    /** The leader's connection (auto-commit), or null while this instance does not lead. */
    public Connection connection() {
        return connection;
    }

    /** Leads if no other instance does; answers whether this one leads now. */
    public boolean tryLead() throws SQLException {
        if (connection != null) {
            return true;
        }
        Connection candidate = dataSource.getConnection();
        candidate.setAutoCommit(true);
        try (PreparedStatement statement = candidate.prepareStatement(
                "SELECT pg_try_advisory_lock(hashtext('cyberplan." + job + ".' || current_schema()))");
             ResultSet rs = statement.executeQuery()) {
            if (rs.next() && rs.getBoolean(1)) {
                connection = candidate;
                LOG.info("{} leads for schema {}", job, candidate.getSchema());
                return true;
            }
        } catch (SQLException e) {
            candidate.close();
            throw e;
        }
        candidate.close();
        return false;
    }

    /** Gives up the lead (closing the connection releases the lock). */
    public void release() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is gone already; the lock went with it
            }
            connection = null;
        }
    }
}
