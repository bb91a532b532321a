package eu.cyberplan.incidentreporting.access;

import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.sharing.TlpSharing;
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

    /**
     * After a TLP change: drops the grants of the countries the new marking no longer shares the incident with
     * ({@link TlpSharing#countryKeepsAccess}), so loosening it later gives nothing back that routing does not alert again.
     */
    public void withdrawUnder(UUID incidentId, Tlp tlp, List<String> named) {
        alertedCountries(incidentId).stream().filter(country -> !TlpSharing.countryKeepsAccess(tlp, named.contains(country)))
                .forEach(country -> withdraw(incidentId, country));
    }

    /** A country no longer reads the incident as alerted (its alert was recalled because the marking withdrew it). */
    public void withdraw(UUID incidentId, String country) {
        jdbc.prepareStatement("DELETE FROM incident_access WHERE incident_id = ? AND country = ?", statement -> {
            statement.setObject(1, incidentId);
            statement.setString(2, country);
            return statement.executeUpdate();
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
