package eu.cyberplan.infra.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL the services use, chosen as DESIGN §7 says: the configured one, the local server, or an embedded one. */
record PostgresChoice(String description, String jdbcUrl, String user, String password, EmbeddedPostgres embedded)
        implements AutoCloseable {

    static final String DATABASE = "cyberplan";
    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    static PostgresChoice choose(Path stateDir) {
        String configured = Environment.get("CYBERPLAN_JDBC_URL", "");
        if (!configured.isBlank()) {
            return new PostgresChoice("the one in CYBERPLAN_JDBC_URL (" + configured + ")", configured,
                    Environment.get("CYBERPLAN_JDBC_USER", "postgres"), Environment.get("CYBERPLAN_JDBC_PASSWORD", ""), null);
        }
        if (answers(LOCAL_SERVER + "postgres", "postgres", "")) {
            createDatabaseIfMissing(LOCAL_SERVER + "postgres", "postgres", "", DATABASE);
            return new PostgresChoice("local server on 127.0.0.1:5432, database " + DATABASE, LOCAL_SERVER + DATABASE, "postgres", "", null);
        }
        return embedded(stateDir.resolve("postgres"));
    }

    /** An embedded server whose data stays in the state directory, so a restart keeps what Kafka's topics refer to. */
    static PostgresChoice embedded(Path dataDir) {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // The launcher's own hook stops it after the services; zonky's hook would race them.
                    .setRegisterShutdownHook(false)
                    .start();
            String serverUrl = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/";
            createDatabaseIfMissing(serverUrl + "postgres", "postgres", "postgres", DATABASE);
            return new PostgresChoice("embedded PostgreSQL on 127.0.0.1:" + server.getPort() + " (data in " + dataDir + "), database " + DATABASE,
                    serverUrl + DATABASE, "postgres", "postgres", server);
        } catch (IOException e) {
            throw new LaunchFailure("no PostgreSQL: CYBERPLAN_JDBC_URL unset, none on 127.0.0.1:5432, and the embedded one failed: " + e.getMessage(), e);
        }
    }

    static boolean answers(String jdbcUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl + "?connectTimeout=2", user, password)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The JDBC URL of another database on the same server, created if missing: a node of the local federation has its
     * own (DESIGN §11). The server is the one chosen, whether configured, local or embedded.
     */
    String database(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        int query = jdbcUrl.indexOf('?');
        String withoutQuery = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String server = withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1);
        createDatabaseIfMissing(server + "postgres", user, password, name);
        return server + name + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    static void createDatabaseIfMissing(String maintenanceUrl, String user, String password, String database) {
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password)) {
            if (exists(connection, database)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new LaunchFailure("cannot create database " + database + " at " + maintenanceUrl + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.out.println("  embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
