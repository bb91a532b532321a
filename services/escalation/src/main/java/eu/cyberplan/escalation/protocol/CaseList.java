package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.Mode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The list of cases a reader sees (DESIGN §9 {@code GET /cases}), most urgent first, a page at a time. */
@Singleton
public class CaseList {

    private final JdbcOperations jdbc;

    public CaseList(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProtocolCase> list(Mode mode, CaseStatus status, List<String> visibleTo, int page, int size) {
        return jdbc.prepareStatement("SELECT * FROM protocol_case c WHERE " + LISTED + MOST_URGENT_FIRST + " LIMIT ? OFFSET ?", s -> {
            int i = bindListed(s, mode, status, visibleTo);
            s.setInt(i++, size);
            s.setInt(i, page * size);
            List<ProtocolCase> cases = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    cases.add(CaseStore.readCase(rs));
                }
            }
            return cases;
        });
    }

    public long count(Mode mode, CaseStatus status, List<String> visibleTo) {
        return jdbc.prepareStatement("SELECT count(*) FROM protocol_case c WHERE " + LISTED, s -> {
            bindListed(s, mode, status, visibleTo);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Overdue alerts first, then the higher level, the graver severity, the newer case. */
    private static final String MOST_URGENT_FIRST = """
             ORDER BY (SELECT count(*) FROM case_alert a WHERE a.incident_id = c.incident_id AND a.kind = 'ALERT'
                          AND a.withdrawn_at IS NULL AND a.status IN ('OVERDUE', 'ESCALATED')) DESC,
                      CASE level WHEN 'POLITICAL' THEN 3 WHEN 'OPERATIONAL' THEN 2 ELSE 1 END DESC,
                      CASE severity WHEN 'CRITICAL' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END DESC,
                      opened_at DESC""";

    /** Cases of a mode and status that a country reports or takes part in as alerted; every case when no country is given. */
    private static final String LISTED = """
            mode = ? AND status = ? AND (?::text[] IS NULL OR reporter_country = ANY (?::text[])
                OR EXISTS (SELECT 1 FROM case_alert a WHERE a.incident_id = c.incident_id AND a.kind = 'ALERT' AND a.withdrawn_at IS NULL
                           AND a.country = ANY (?::text[])))""";

    private static int bindListed(java.sql.PreparedStatement s, Mode mode, CaseStatus status, List<String> visibleTo) throws SQLException {
        Array countries = visibleTo == null ? null : s.getConnection().createArrayOf("text", visibleTo.toArray());
        s.setString(1, mode.name());
        s.setString(2, status.name());
        s.setArray(3, countries);
        s.setArray(4, countries);
        s.setArray(5, countries);
        return 6;
    }
}
