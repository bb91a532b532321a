package eu.cyberplan.incidentreporting.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The incident_access table: which countries were alerted for an incident, and may therefore read it under its TLP. */
@Singleton
public class ReadGrants {

    private final JdbcOperations jdbc;

    public ReadGrants(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A country may read an incident from the moment it was alerted about it. */
    public record Grant(UUID incidentId, String country, Instant at) {
    }

    /** Records the grants in one batch; a country alerted twice keeps its first grant. */
    public void grantAll(List<Grant> grants) {
        if (grants.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO incident_access (incident_id, country, granted_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", statement -> {
            for (Grant grant : grants) {
                statement.setObject(1, grant.incidentId());
                statement.setString(2, grant.country());
                statement.setTimestamp(3, Timestamp.from(grant.at()));
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    public Set<String> alertedCountries(UUID incidentId) {
        return jdbc.prepareStatement("SELECT country FROM incident_access WHERE incident_id = ?", statement -> {
            statement.setObject(1, incidentId);
            Set<String> countries = new HashSet<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    countries.add(rs.getString(1));
                }
            }
            return countries;
        });
    }
}
