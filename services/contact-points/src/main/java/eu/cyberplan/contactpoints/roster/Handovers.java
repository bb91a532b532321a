package eu.cyberplan.contactpoints.roster;

import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.contactpoints.directory.People;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The shift handover log of a country: what the outgoing officer tells the incoming one, kept for the record. */
@Singleton
public class Handovers {

    private final JdbcOperations jdbc;
    private final People people;
    private final Clock clock;
    private final AuditTrail audit;

    public Handovers(JdbcOperations jdbc, People people, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public ShiftHandover record(Caller caller, String country, ShiftHandover.Note note) {
        if (note == null || note.notes() == null || note.notes().isBlank()) {
            throw ProblemException.invalid("notes", "must say what the incoming officer needs to know");
        }
        if (note.notes().length() > 20_000) {
            throw ProblemException.invalid("notes", "must be at most 20000 characters");
        }
        Instant now = clock.instant();
        String to = note.to() != null ? note.to().trim() : nextPrimary(country, now);
        if (to != null && people.byUsername(country, Set.of(to)).isEmpty()) {
            throw ProblemException.invalid("to", "'" + to + "' is no person of " + country);
        }
        ShiftHandover handover = new ShiftHandover(UUID.randomUUID(), country, caller.username(), to, note.notes(), now);
        jdbc.prepareStatement("INSERT INTO shift_handover (id, country, from_person, to_person, notes, handed_over_at) VALUES (?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, handover.id());
            s.setString(2, country);
            s.setString(3, handover.from());
            s.setString(4, to);
            s.setString(5, handover.notes());
            s.setTimestamp(6, Timestamp.from(now));
            return s.executeUpdate();
        });
        audit.record(AuditRecord.of("roster.handed-over", "handover", handover.id(), country).with("to", to));
        return handover;
    }

    @Transactional(readOnly = true)
    public Page<ShiftHandover> log(String country, int page, int size) {
        List<ShiftHandover> items = jdbc.prepareStatement(
                "SELECT * FROM shift_handover WHERE country = ? ORDER BY handed_over_at DESC, id LIMIT ? OFFSET ?", s -> {
                    s.setString(1, country);
                    s.setInt(2, size);
                    s.setInt(3, page * size);
                    List<ShiftHandover> found = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            found.add(new ShiftHandover(rs.getObject("id", UUID.class), rs.getString("country"), rs.getString("from_person"),
                                    rs.getString("to_person"), rs.getString("notes"), rs.getTimestamp("handed_over_at").toInstant()));
                        }
                    }
                    return found;
                });
        long total = jdbc.prepareStatement("SELECT count(*) FROM shift_handover WHERE country = ?", s -> {
            s.setString(1, country);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return new Page<>(items, page, size, total);
    }

    /** The primary whose shift starts next: the officer who takes over. */
    private String nextPrimary(String country, Instant now) {
        return jdbc.prepareStatement("SELECT person FROM duty_shift WHERE country = ? AND role = 'PRIMARY' AND start_at > ? ORDER BY start_at LIMIT 1", s -> {
            s.setString(1, country);
            s.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
