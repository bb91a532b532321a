package eu.cyberplan.contactpoints.roster;

import eu.cyberplan.contactpoints.directory.Person;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The duty_shift table, in the current transaction. */
@Singleton
public class RosterStore {

    private final JdbcOperations jdbc;

    public RosterStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the roster changes of one country, so two editors cannot book one person twice. */
    public void lockCountry(String country) {
        jdbc.prepareStatement("SELECT code FROM country WHERE code = ? FOR UPDATE", s -> {
            s.setString(1, country);
            return s.executeQuery().next();
        });
    }

    /** The shifts of the country that overlap [from, to). */
    public List<Shift> overlapping(String country, Instant from, Instant to) {
        return query("SELECT person, role, start_at, end_at FROM duty_shift WHERE country = ? AND start_at < ? AND end_at > ?",
                s -> {
                    s.setString(1, country);
                    s.setTimestamp(2, Timestamp.from(to));
                    s.setTimestamp(3, Timestamp.from(from));
                });
    }

    /** The shifts on duty at an instant, with the people on them. */
    public record Covering(List<Shift> shifts, Map<String, Person> people, boolean exhausted) {
    }

    private static final int LATEST = 16;
    private static final String LATEST_PER_ROLE = """
            SELECT s.person, s.role, s.start_at, s.end_at, p.name, p.email, p.phone, p.roles
            FROM (VALUES ('PRIMARY'), ('BACKUP')) AS r (role)
            CROSS JOIN LATERAL (SELECT person, role, start_at, end_at, country FROM duty_shift
                                WHERE country = ? AND role = r.role AND start_at <= ? ORDER BY start_at DESC LIMIT %d) s
            LEFT JOIN person p ON p.country = s.country AND p.username = s.person""".formatted(LATEST);
    private static final String ALL_BEFORE = """
            SELECT s.person, s.role, s.start_at, s.end_at, p.name, p.email, p.phone, p.roles
            FROM duty_shift s LEFT JOIN person p ON p.country = s.country AND p.username = s.person
            WHERE s.country = ? AND s.start_at <= ?""";

    /**
     * The shifts of the country on duty at that instant, of either role, and their people. One query reads, per role,
     * the {@value #LATEST} latest shifts starting at or before the instant; only when a role has that many and none of
     * them is still running (a long shift with many short ones inside it) are all earlier shifts read.
     */
    public Covering covering(String country, Instant at) {
        Covering latest = covering(LATEST_PER_ROLE, country, at);
        return latest.exhausted() ? covering(ALL_BEFORE, country, at) : latest;
    }

    private Covering covering(String sql, String country, Instant at) {
        return jdbc.prepareStatement(sql, s -> {
            s.setString(1, country);
            s.setTimestamp(2, Timestamp.from(at));
            List<Shift> shifts = new ArrayList<>();
            Map<String, Person> people = new HashMap<>();
            Map<DutyRole, Integer> read = new EnumMap<>(DutyRole.class);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Shift shift = shift(rs);
                    read.merge(shift.role(), 1, Integer::sum);
                    if (!shift.covers(at)) {
                        continue;
                    }
                    shifts.add(shift);
                    if (rs.getString("name") != null) {
                        people.put(shift.person(), new Person(shift.person(), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                                Arrays.asList((String[]) rs.getArray("roles").getArray())));
                    }
                }
            }
            boolean exhausted = read.entrySet().stream().anyMatch(role -> role.getValue() >= LATEST
                    && shifts.stream().noneMatch(shift -> shift.role() == role.getKey()));
            return new Covering(shifts, people, exhausted && sql.equals(LATEST_PER_ROLE));
        });
    }

    /** Removes the shifts of the country that start in [from, to). */
    public int deleteStartingIn(String country, Instant from, Instant to) {
        return jdbc.prepareStatement("DELETE FROM duty_shift WHERE country = ? AND start_at >= ? AND start_at < ?", s -> {
            s.setString(1, country);
            s.setTimestamp(2, Timestamp.from(from));
            s.setTimestamp(3, Timestamp.from(to));
            return s.executeUpdate();
        });
    }

    public void insert(String country, List<Shift> shifts, String createdBy) {
        jdbc.prepareStatement("INSERT INTO duty_shift (id, country, person, role, start_at, end_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)", s -> {
            for (Shift shift : shifts) {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, country);
                s.setString(3, shift.person());
                s.setString(4, shift.role().name());
                s.setTimestamp(5, Timestamp.from(shift.start()));
                s.setTimestamp(6, Timestamp.from(shift.end()));
                s.setString(7, createdBy);
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    /** When the country's last shift ends, if it has any. */
    public Optional<Instant> lastEnd(String country) {
        return jdbc.prepareStatement("SELECT max(end_at) FROM duty_shift WHERE country = ?", s -> {
            s.setString(1, country);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getTimestamp(1) != null ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<Shift> query(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, s -> {
            binder.bind(s);
            List<Shift> shifts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    shifts.add(shift(rs));
                }
            }
            return shifts;
        });
    }

    private static Shift shift(ResultSet rs) throws SQLException {
        return new Shift(rs.getString("person"), DutyRole.valueOf(rs.getString("role")), rs.getTimestamp("start_at").toInstant(),
                rs.getTimestamp("end_at").toInstant());
    }
}
