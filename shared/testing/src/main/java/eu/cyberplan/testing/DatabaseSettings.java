package eu.cyberplan.testing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.postgresql.core.BaseConnection;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** What a service's connection pool actually hands the PostgreSQL driver, read back from a pooled connection. */
public final class DatabaseSettings {

    private DatabaseSettings() {
    }

    /**
     * Whether the driver sends a JDBC batch of inserts as multi-row statements ({@code reWriteBatchedInserts}). The
     * setting is silently lost when it reaches the driver as anything but a string, so a test reads the effect, not YAML.
     */
    public static boolean rewritesBatchedInserts(DataSource dataSource) throws SQLException {
        // The injected data source hands out the current transaction's connection; this one is read from the pool itself.
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            return connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled();
        }
    }
}
