package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.directory.Person;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The EU-CyCLONe liaisons of the directory and the calls made to them, in the current transaction. */
@Singleton
public class LiaisonCallStore {

    private final JdbcOperations jdbc;

    public LiaisonCallStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Who the directory names as each country's liaison: its liaison address and the people holding the liaison role. */
    public Map<String, Liaison> liaisons(List<String> countries) {
        Map<String, String> addresses = new HashMap<>();
        Map<String, List<Person>> people = new HashMap<>();
        String[] codes = countries.toArray(String[]::new);
        jdbc.prepareStatement("SELECT country, cyclone_liaison FROM national_contact_point WHERE country = ANY (?)", s -> {
            s.setArray(1, s.getConnection().createArrayOf("text", codes));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    addresses.put(rs.getString(1).trim(), rs.getString(2));
                }
            }
            return null;
        });
        jdbc.prepareStatement("""
                SELECT country, username, name, email, roles FROM person
                WHERE country = ANY (?) AND ? = ANY (roles) AND email IS NOT NULL ORDER BY country, username""", s -> {
            s.setArray(1, s.getConnection().createArrayOf("text", codes));
            s.setString(2, LiaisonCalls.ROLE);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    people.computeIfAbsent(rs.getString(1).trim(), c -> new ArrayList<>()).add(new Person(rs.getString(2), rs.getString(3),
                            rs.getString(4), null, Arrays.asList((String[]) rs.getArray(5).getArray())));
                }
            }
            return null;
        });
        Map<String, Liaison> liaisons = new HashMap<>();
        for (String country : countries) {
            liaisons.put(country, new Liaison(addresses.get(country), people.getOrDefault(country, List.of())));
        }
        return liaisons;
    }

    /** Records a call; false when it was made before (a redelivered level change). */
    public boolean record(UUID callId, UUID incidentId, String country, String level, String mode, UUID exerciseId, int targets, Instant at) {
        return jdbc.prepareStatement("""
                INSERT INTO liaison_call (call_id, incident_id, country, level, mode, exercise_id, targets, called_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (call_id) DO NOTHING""", s -> {
            s.setObject(1, callId);
            s.setObject(2, incidentId);
            s.setString(3, country);
            s.setString(4, level);
            s.setString(5, mode);
            s.setObject(6, exerciseId);
            s.setInt(7, targets);
            s.setTimestamp(8, Timestamp.from(at));
            return s.executeUpdate() == 1;
        });
    }

    /** A country's liaison as the directory knows it. */
    public record Liaison(String address, List<Person> people) {
    }
}
