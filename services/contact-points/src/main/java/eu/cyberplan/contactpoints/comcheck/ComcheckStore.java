package eu.cyberplan.contactpoints.comcheck;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The comcheck tables, in the current transaction. */
@Singleton
public class ComcheckStore {

    /** Comchecks of a mode, newest first, only those that asked {@code country} unless it is null. */
    private static final String NEWEST = """
            FROM comcheck c WHERE c.mode = ?
              AND (?::text IS NULL OR EXISTS (SELECT 1 FROM comcheck_answer a WHERE a.comcheck_id = c.id AND a.country = ?))""";

    private final JdbcOperations jdbc;

    public ComcheckStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Comcheck comcheck) {
        jdbc.prepareStatement("INSERT INTO comcheck (id, started_by, started_at, answer_by, mode, exercise_id) VALUES (?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, comcheck.id());
            s.setString(2, comcheck.startedBy());
            s.setTimestamp(3, Timestamp.from(comcheck.startedAt()));
            s.setTimestamp(4, Timestamp.from(comcheck.answerBy()));
            s.setString(5, comcheck.mode());
            s.setObject(6, comcheck.exerciseId());
            return s.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO comcheck_answer (comcheck_id, country, position) VALUES (?, ?, ?)", s -> {
            List<String> countries = comcheck.countries();
            for (int i = 0; i < countries.size(); i++) {
                s.setObject(1, comcheck.id());
                s.setString(2, countries.get(i));
                s.setInt(3, i);
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    /** Records a country's answer unless it answered before; true when recorded. */
    public boolean recordAnswer(UUID comcheckId, String country, String answeredBy, Instant answeredAt) {
        return jdbc.prepareStatement("""
                UPDATE comcheck_answer SET answered_by = ?, answered_at = ?
                WHERE comcheck_id = ? AND country = ? AND answered_at IS NULL""", s -> {
            s.setString(1, answeredBy);
            s.setTimestamp(2, Timestamp.from(answeredAt));
            s.setObject(3, comcheckId);
            s.setString(4, country);
            return s.executeUpdate() == 1;
        });
    }

    public Optional<Comcheck> find(UUID id) {
        List<Comcheck> found = jdbc.prepareStatement("SELECT * FROM comcheck WHERE id = ?", s -> {
            s.setObject(1, id);
            return withAnswers(s);
        });
        return found.stream().findFirst();
    }

    public List<Comcheck> newest(String mode, String country, int limit, int offset) {
        return jdbc.prepareStatement("SELECT c.* " + NEWEST + " ORDER BY c.started_at DESC, c.id LIMIT ? OFFSET ?", s -> {
            s.setString(1, mode);
            s.setString(2, country);
            s.setString(3, country);
            s.setInt(4, limit);
            s.setInt(5, offset);
            return withAnswers(s);
        });
    }

    /** The comchecks of a mode started in [{@code from}, {@code to}), every country's answers included. */
    public List<Comcheck> startedBetween(String mode, Instant from, Instant to) {
        return jdbc.prepareStatement("SELECT * FROM comcheck WHERE mode = ? AND started_at >= ? AND started_at < ? ORDER BY started_at DESC, id", s -> {
            s.setString(1, mode);
            s.setTimestamp(2, Timestamp.from(from));
            s.setTimestamp(3, Timestamp.from(to));
            return withAnswers(s);
        });
    }

    public long count(String mode, String country) {
        return jdbc.prepareStatement("SELECT count(*) " + NEWEST, s -> {
            s.setString(1, mode);
            s.setString(2, country);
            s.setString(3, country);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The codes of the countries of the plan: the members and the configured observers. */
    public Set<String> countriesOfThePlan() {
        return jdbc.prepareStatement("SELECT code FROM country", s -> {
            Set<String> codes = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        });
    }

    /** Runs a query of comcheck rows and reads each one's answers, keeping the query's order. */
    private List<Comcheck> withAnswers(PreparedStatement query) throws SQLException {
        Map<UUID, Comcheck> comchecks = new LinkedHashMap<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject("id", UUID.class);
                comchecks.put(id, new Comcheck(id, List.of(), rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "answer_by"),
                        rs.getString("mode"), rs.getObject("exercise_id", UUID.class), List.of()));
            }
        }
        if (comchecks.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Comcheck.Answer>> answers = new LinkedHashMap<>();
        try (PreparedStatement s = query.getConnection().prepareStatement(
                "SELECT * FROM comcheck_answer WHERE comcheck_id = ANY (?) ORDER BY comcheck_id, position")) {
            s.setArray(1, s.getConnection().createArrayOf("uuid", comchecks.keySet().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    answers.computeIfAbsent(rs.getObject("comcheck_id", UUID.class), id -> new ArrayList<>()).add(new Comcheck.Answer(
                            rs.getString("country"), rs.getString("answered_by"), instant(rs, "answered_at")));
                }
            }
        }
        return comchecks.values().stream().map(c -> {
            List<Comcheck.Answer> rows = answers.getOrDefault(c.id(), List.of());
            return new Comcheck(c.id(), rows.stream().map(Comcheck.Answer::country).toList(), c.startedBy(), c.startedAt(), c.answerBy(),
                    c.mode(), c.exerciseId(), rows);
        }).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
