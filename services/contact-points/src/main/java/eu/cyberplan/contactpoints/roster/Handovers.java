package eu.cyberplan.contactpoints.roster;

import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.contactpoints.directory.People;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The shift handover log of a country: what the outgoing officer tells the incoming one, kept for the record. */
@Singleton
public class Handovers {

    private final JdbcOperations jdbc;
    private final HandoverRepository handovers;
    private final People people;
    private final Clock clock;
    private final AuditTrail audit;

    Handovers(JdbcOperations jdbc, HandoverRepository handovers, People people, Clock clock, AuditTrail audit) {
        this.handovers = handovers;
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
        handovers.save(handover);
        audit.record(AuditRecord.of("roster.handed-over", "handover", handover.id(), country).with("to", to));
        return handover;
    }

    @Transactional(readOnly = true)
    public Page<ShiftHandover> log(String country, int page, int size) {
        // Newest first; the id breaks ties, so a page never repeats or skips a handover of the same instant.
        List<ShiftHandover> items = handovers.findByCountry(country,
                Pageable.from(page, size, Sort.of(Sort.Order.desc("handedOverAt"), Sort.Order.asc("id"))));
        long total = handovers.countByCountry(country);
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
