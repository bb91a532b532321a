package eu.cyberplan.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL of its own for a test that stops the database under a running service and starts it again on the same
 * port with the same data: an outage, not a fresh database. Never the shared server the other tests use.
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    public RestartablePostgres() throws IOException {
        this.dataDirectory = Files.createTempDirectory("cyberplan-pg-outage");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        start();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    public void start() throws IOException {
        server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
    }

    /** Stops the server: every connection breaks and new ones are refused until {@link #start()}. */
    public void stop() throws IOException {
        server.close();
        server = null;
    }

    public boolean answers() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl() + "?connectTimeout=2", username(), "postgres")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }
}
