package eu.cyberplan.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/** A PostgreSQL server the tests may create databases on: each test class gets a fresh one. */
public record PostgresServer(String description, String host, int port, String username, String password) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates a new empty database and returns its JDBC URL. */
    public String freshDatabase(String purpose) {
        String name = ("cp_" + purpose.replaceAll("[^A-Za-z0-9]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + description, e);
        }
        return jdbcUrl(name);
    }

    static boolean answers(String host, int port, String username, String password) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres?connectTimeout=2", username, password)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
