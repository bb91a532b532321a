package eu.cyberplan.escalation.assistance;

import eu.cyberplan.escalation.changes.CaseStream;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The assistance_request and assistance_offer tables, in the caller's transaction. */
@Singleton
public class AssistanceStore {

    // What a write returns for CaseStream#write: the mode of the case it belongs to.
    private static final String REQUEST_MODE = " RETURNING (SELECT p.mode FROM protocol_case p WHERE p.incident_id = assistance_request.incident_id)";
    private static final String OFFER_MODE = " RETURNING (SELECT p.mode FROM assistance_request r JOIN protocol_case p ON p.incident_id = r.incident_id"
            + " WHERE r.id = assistance_offer.request_id)";

    private final JdbcOperations jdbc;
    private final CaseStream changes;

    public AssistanceStore(JdbcOperations jdbc, CaseStream changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    public void insert(AssistanceViews.Request r) {
        jdbc.prepareStatement("""
                INSERT INTO assistance_request (id, incident_id, country, kind, needs, needed_by, status, requested_by, requested_at,
                    reserve_entities, reserve_locations, reserve_duration, reserve_mitigation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""" + REQUEST_MODE, s -> {
            s.setObject(1, r.id());
            s.setObject(2, r.incidentId());
            s.setString(3, r.country());
            s.setString(4, r.kind());
            s.setString(5, r.needs());
            s.setTimestamp(6, r.neededBy() == null ? null : Timestamp.from(r.neededBy()));
            s.setString(7, r.status());
            s.setString(8, r.requestedBy());
            s.setTimestamp(9, Timestamp.from(r.requestedAt()));
            AssistanceViews.Reserve reserve = r.reserve();
            s.setArray(10, reserve == null ? null : s.getConnection().createArrayOf("text", reserve.entities().toArray()));
            s.setArray(11, reserve == null ? null : s.getConnection().createArrayOf("text", reserve.locations().toArray()));
            s.setString(12, reserve == null ? null : reserve.expectedDuration());
            s.setString(13, reserve == null ? null : reserve.mitigation());
            return changes.write(s);
        });
    }

    /** Records the countries the request reached (they may read the case summary and offer). */
    public void ask(UUID requestId, List<String> countries) {
        jdbc.prepareStatement("UPDATE assistance_request SET asked = ? WHERE id = ?" + REQUEST_MODE, s -> {
            s.setArray(1, s.getConnection().createArrayOf("text", countries.toArray()));
            s.setObject(2, requestId);
            return changes.write(s);
        });
    }

    public void insert(UUID requestId, AssistanceViews.Offer o) {
        jdbc.prepareStatement("""
                INSERT INTO assistance_offer (id, request_id, country, capability, available_from, offered_by, offered_at) VALUES (?, ?, ?, ?, ?, ?, ?)""" + OFFER_MODE, s -> {
            s.setObject(1, o.id());
            s.setObject(2, requestId);
            s.setString(3, o.country());
            s.setString(4, o.capability());
            s.setTimestamp(5, o.availableFrom() == null ? null : Timestamp.from(o.availableFrom()));
            s.setString(6, o.offeredBy());
            s.setTimestamp(7, Timestamp.from(o.offeredAt()));
            return changes.write(s);
        });
    }

    public void decide(UUID offerId, String decision, String reason, String by, Instant at) {
        jdbc.prepareStatement("UPDATE assistance_offer SET decision = ?, reason = ?, decided_by = ?, decided_at = ? WHERE id = ?" + OFFER_MODE, s -> {
            s.setString(1, decision);
            s.setString(2, reason);
            s.setString(3, by);
            s.setTimestamp(4, Timestamp.from(at));
            s.setObject(5, offerId);
            return changes.write(s);
        });
    }

    /** Records the coordinators' decision on a Reserve request, which is then ACTIVATED or REFUSED. */
    public void decideReserve(UUID requestId, AssistanceViews.ReserveDecision decision) {
        jdbc.prepareStatement("""
                UPDATE assistance_request SET status = ?, decision = ?, decision_reason = ?, decided_by = ?, decided_at = ? WHERE id = ?""" + REQUEST_MODE, s -> {
            s.setString(1, decision.decision());
            s.setString(2, decision.decision());
            s.setString(3, decision.reason());
            s.setString(4, decision.decidedBy());
            s.setTimestamp(5, Timestamp.from(decision.decidedAt()));
            s.setObject(6, requestId);
            return changes.write(s);
        });
    }

    public void setStatus(UUID requestId, String status) {
        jdbc.prepareStatement("UPDATE assistance_request SET status = ? WHERE id = ?" + REQUEST_MODE, s -> {
            s.setString(1, status);
            s.setObject(2, requestId);
            return changes.write(s);
        });
    }

    /** The request of a case, its row locked: offers and decisions on one request queue up. */
    public Optional<AssistanceViews.Request> lock(UUID incidentId, UUID requestId) {
        List<AssistanceViews.Request> found = requests("incident_id = ? AND id = ? FOR UPDATE", incidentId, requestId);
        return found.stream().findFirst();
    }

    public List<AssistanceViews.Request> ofCase(UUID incidentId) {
        return requests("incident_id = ? ORDER BY requested_at", incidentId, null);
    }

    private List<AssistanceViews.Request> requests(String where, UUID incidentId, UUID requestId) {
        return jdbc.prepareStatement("SELECT * FROM assistance_request WHERE " + where, s -> {
            s.setObject(1, incidentId);
            if (requestId != null) {
                s.setObject(2, requestId);
            }
            List<AssistanceViews.Request> requests = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    requests.add(new AssistanceViews.Request(id, incidentId, rs.getString("country"), rs.getString("kind"), rs.getString("needs"),
                            instant(rs, "needed_by"), rs.getString("status"), rs.getString("requested_by"), instant(rs, "requested_at"), List.of(), List.of(),
                            reserve(rs), rs.getString("decision") == null ? null : new AssistanceViews.ReserveDecision(rs.getString("decision"),
                            rs.getString("decision_reason"), rs.getString("decided_by"), instant(rs, "decided_at"))));
                }
            }
            return requests.stream().map(r -> r.withOffers(offers(r.id()))).toList();
        });
    }

    private List<AssistanceViews.Offer> offers(UUID requestId) {
        return jdbc.prepareStatement("SELECT * FROM assistance_offer WHERE request_id = ? ORDER BY offered_at", s -> {
            s.setObject(1, requestId);
            List<AssistanceViews.Offer> offers = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    offers.add(new AssistanceViews.Offer(rs.getObject("id", UUID.class), rs.getString("country"), rs.getString("capability"),
                            instant(rs, "available_from"), rs.getString("offered_by"), instant(rs, "offered_at"), rs.getString("decision"),
                            rs.getString("reason"), rs.getString("decided_by"), instant(rs, "decided_at"), false));
                }
            }
            return offers;
        });
    }

    private static AssistanceViews.Reserve reserve(ResultSet rs) throws SQLException {
        Array entities = rs.getArray("reserve_entities");
        if (entities == null) {
            return null;
        }
        Array locations = rs.getArray("reserve_locations");
        return new AssistanceViews.Reserve(Arrays.asList((String[]) entities.getArray()),
                locations == null ? List.of() : Arrays.asList((String[]) locations.getArray()), rs.getString("reserve_duration"),
                rs.getString("reserve_mitigation"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
