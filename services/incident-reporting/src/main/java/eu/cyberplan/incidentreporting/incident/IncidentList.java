package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.incidentreporting.deadline.ReportingDeadlines;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The duty officer's desk: the incidents a caller may read under their TLP markings ({@code TlpSharing.mayRead} as
 * SQL; {@code DeskListSharingIT} checks both agree on every marking and reader), newest first, each with its next deadline. Real and exercise incidents are never listed together.
 */
@Singleton
public class IncidentList {

    private static final List<String> STATUSES = List.of(Incident.OPEN, Incident.CLOSED, Incident.RETRACTED);
    private static final List<String> STAGES = List.of("EARLY_WARNING", "NOTIFICATION", "INTERMEDIATE", "PROGRESS", "FINAL");

    /** Who reads what (DESIGN §8); parameters: country ×5, staff, coordinator, EU-level, country ×2, coordinator, EU-level. */
    private static final String READABLE = """
            (i.tlp IN ('CLEAR', 'GREEN')
             OR i.tlp = 'AMBER' AND (i.reporter_country = ? OR EXISTS (SELECT 1 FROM incident_access a WHERE a.incident_id = i.id AND a.country = ?) OR ?)
             OR i.tlp = 'AMBER+STRICT' AND ((i.reporter_country = ? OR EXISTS (SELECT 1 FROM incident_access a WHERE a.incident_id = i.id AND a.country = ?)) AND ?
                                            OR ? AND ? AND 'EU' = ANY (i.recipients))
             OR i.tlp = 'RED' AND (i.reporter_country = ? OR ? <> 'EU' AND ? = ANY (i.recipients) OR ? AND ? AND 'EU' = ANY (i.recipients)))""";

    private final JdbcOperations jdbc;
    private final Clock clock;

    public IncidentList(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the desk filters on; null = any. */
    public record Filter(String country, String status, String stage, Boolean overdue, String mode) {

        public static Filter of(String country, String status, String stage, Boolean overdue, String mode) {
            List<FieldError> errors = new ArrayList<>();
            String code = country == null ? null : CountryCodes.normalise(country).orElse(null);
            if (country != null && code == null) {
                errors.add(new FieldError("country", "unknown country code '" + country + "' (ISO 3166-1 alpha-2)"));
            }
            if (status != null && !STATUSES.contains(status)) {
                errors.add(new FieldError("status", "must be one of " + STATUSES));
            }
            if (stage != null && !STAGES.contains(stage)) {
                errors.add(new FieldError("stage", "must be one of " + STAGES));
            }
            if (mode != null && !List.of("REAL", "EXERCISE").contains(mode)) {
                errors.add(new FieldError("mode", "must be REAL or EXERCISE"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return new Filter(code, status, stage, overdue, mode == null ? "REAL" : mode);
        }
    }

    /** One line of the desk. */
    @Serdeable
    public record Item(UUID id, String reference, String reporterCountry, String title, String severity, String tlp, String stage,
                       String status, String mode, UUID exerciseId, Instant reportedAt, boolean significant, NextDeadline nextDeadline) {
    }

    /** The earliest running clock of an incident, as a duty officer reads it. */
    @Serdeable
    public record NextDeadline(String stage, Instant dueAt, String state, String text) {
    }

    public Page<Item> page(Caller caller, Filter filter, int page, int size) {
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" FROM incident i WHERE i.mode = ? AND ").append(READABLE);
        List<Object> values = new ArrayList<>(List.of(filter.mode()));
        readableValues(caller, values);
        if (filter.country() != null) {
            where.append(" AND i.reporter_country = ?");
            values.add(filter.country());
        }
        if (filter.status() != null) {
            where.append(" AND i.status = ?");
            values.add(filter.status());
        }
        if (filter.stage() != null) {
            where.append(" AND i.stage = ?");
            values.add(filter.stage());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " AND i.next_due_at < ?" : " AND (i.next_due_at IS NULL OR i.next_due_at >= ?)");
            values.add(Timestamp.from(now));
        }
        long total = jdbc.prepareStatement("SELECT count(*)" + where, s -> {
            bind(s, values);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Item> items = jdbc.prepareStatement("SELECT i.id, i.reference, i.reporter_country, i.title, i.severity, i.tlp, i.stage, i.status, "
                + "i.mode, i.exercise_id, i.reported_at, i.significant, i.next_due_at, i.next_due_stage" + where
                + " ORDER BY i.reported_at DESC, i.id LIMIT " + size + " OFFSET " + (long) page * size, s -> {
            bind(s, values);
            List<Item> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(item(rs, now));
                }
            }
            return found;
        });
        return new Page<>(items, page, size, total);
    }

    private static void readableValues(Caller caller, List<Object> values) {
        String country = CountryCodes.normalise(caller.country()).orElse(caller.country());
        boolean staff = caller.hasAnyRole(Roles.DUTY_OFFICER, Roles.NCP, Roles.EXERCISE_CONTROL);
        boolean coordinator = caller.hasRole(Roles.COORDINATOR);
        values.addAll(List.of(country, country, coordinator, country, country, staff, coordinator, caller.isEuLevel(),
                country, country, country, coordinator, caller.isEuLevel()));
    }

    private static void bind(PreparedStatement s, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setObject(i + 1, values.get(i));
        }
    }

    private static Item item(ResultSet rs, Instant now) throws SQLException {
        Instant due = IncidentStore.instant(rs, "next_due_at");
        NextDeadline next = due == null ? null : due.isBefore(now)
                ? new NextDeadline(rs.getString("next_due_stage"), due, "OVERDUE", "overdue by " + ReportingDeadlines.words(Duration.between(due, now)))
                : new NextDeadline(rs.getString("next_due_stage"), due, "PENDING", "due in " + ReportingDeadlines.words(Duration.between(now, due)));
        return new Item(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("reporter_country"), rs.getString("title"),
                rs.getString("severity"), rs.getString("tlp"), rs.getString("stage"), rs.getString("status"), rs.getString("mode"),
                rs.getObject("exercise_id", UUID.class), IncidentStore.instant(rs, "reported_at"), rs.getBoolean("significant"), next);
    }
}
