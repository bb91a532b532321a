package eu.cyberplan.escalation.nationalplan;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.PlanApproved;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The national plans as the European plan sees them, from {@code plan.approved} on the directory topic: the newest
 * version per country wins, so a replay of the compacted topic or a late redelivery never goes back.
 */
@Singleton
public class NationalPlanStatuses {

    private static final Argument<List<NationalPlanStatus.Capability>> CAPABILITIES = Argument.listOf(NationalPlanStatus.Capability.class);

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public NationalPlanStatuses(ProcessedEvents processed, IncomingEvents events, JdbcOperations jdbc, ObjectMapper json, Clock clock) {
        this.processed = processed;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public void recordAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : processed.fresh(batch, EventTypes.PLAN_APPROVED)) {
            events.payloadIfComplete(event, PlanApproved.class, p -> p.country() != null && p.approvedAt() != null && p.approvedBy() != null)
                    .ifPresent(this::record);
        }
    }

    private void record(PlanApproved p) {
        List<NationalPlanStatus.Capability> capabilities = p.capabilities() == null ? List.of()
                : p.capabilities().stream().map(c -> new NationalPlanStatus.Capability(c.kind(), c.conditions(), c.contact())).toList();
        jdbc.prepareStatement("""
                INSERT INTO national_plan_status (country, version, approved_by, approved_at, capabilities, playbook_classes, received_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (country) DO UPDATE SET version = EXCLUDED.version, approved_by = EXCLUDED.approved_by,
                    approved_at = EXCLUDED.approved_at, capabilities = EXCLUDED.capabilities, playbook_classes = EXCLUDED.playbook_classes,
                    received_at = EXCLUDED.received_at
                WHERE national_plan_status.version <= EXCLUDED.version""", s -> {
            s.setString(1, p.country());
            s.setInt(2, p.version());
            s.setString(3, p.approvedBy());
            s.setTimestamp(4, Timestamp.from(p.approvedAt()));
            s.setString(5, write(capabilities));
            s.setArray(6, s.getConnection().createArrayOf("text", (p.playbookClasses() == null ? List.<String>of() : p.playbookClasses()).toArray()));
            s.setTimestamp(7, Timestamp.from(clock.instant()));
            return s.executeUpdate();
        });
    }

    /** Every member country (plan or not) and every other country that told of a plan, by country code. */
    @Transactional(readOnly = true)
    public List<NationalPlanStatus> all() {
        Instant now = clock.instant();
        Map<String, NationalPlanStatus> known = new LinkedHashMap<>();
        jdbc.prepareStatement("SELECT * FROM national_plan_status", s -> {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Instant approvedAt = rs.getTimestamp("approved_at").toInstant();
                    known.put(rs.getString("country"), new NationalPlanStatus(rs.getString("country"), true, PlanCurrency.current(approvedAt, now),
                            rs.getInt("version"), rs.getString("approved_by"), approvedAt, read(rs.getString("capabilities")),
                            Arrays.asList((String[]) rs.getArray("playbook_classes").getArray())));
                }
            }
            return known;
        });
        Set<String> countries = new TreeSet<>(CountryCodes.MEMBERS);
        countries.addAll(known.keySet());
        List<NationalPlanStatus> all = new ArrayList<>();
        for (String country : countries) {
            all.add(known.getOrDefault(country, new NationalPlanStatus(country, false, false, null, null, null, List.of(), List.of())));
        }
        return all;
    }

    /** The countries other than {@code requester} whose current plan declares a capability of that kind, with the capability. */
    public List<Suggestion> capableOf(String kind, String requester) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (NationalPlanStatus status : all()) {
            if (!status.current() || status.country().equals(requester)) {
                continue;
            }
            status.capabilities().stream().filter(c -> kind.equals(c.kind())).findFirst()
                    .ifPresent(c -> suggestions.add(new Suggestion(status.country(), status.version(), c.conditions(), c.contact())));
        }
        return suggestions;
    }

    /** A country whose national plan says it can help with this kind of assistance. */
    @io.micronaut.serde.annotation.Serdeable
    public record Suggestion(String country, int planVersion, @io.micronaut.core.annotation.Nullable String conditions,
                             @io.micronaut.core.annotation.Nullable String contact) {
    }

    private List<NationalPlanStatus.Capability> read(String text) {
        try {
            return json.readValue(text, CAPABILITIES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(List<NationalPlanStatus.Capability> capabilities) {
        try {
            return json.writeValueAsString(capabilities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
