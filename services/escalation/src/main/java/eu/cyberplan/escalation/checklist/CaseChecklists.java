package eu.cyberplan.escalation.checklist;

import eu.cyberplan.events.v1.ChecklistProgressed;
import eu.cyberplan.events.v1.EventTypes;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The countries' playbook progress on incidents, from {@code checklist.progressed}: each event carries the whole
 * progress, so the latest per incident and country is kept and an older one arriving late changes nothing. Kept for
 * incidents with no case too: a case opened later (or one escalated) shows it at once.
 */
@Singleton
public class CaseChecklists {

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private static final Argument<List<CaseChecklist.ReportedStep>> REPORTED = Argument.listOf(CaseChecklist.ReportedStep.class);

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    public CaseChecklists(ProcessedEvents processed, IncomingEvents events, JdbcOperations jdbc, ObjectMapper json) {
        this.processed = processed;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    public void recordAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : processed.fresh(batch, EventTypes.CHECKLIST_PROGRESSED)) {
            events.payloadIfComplete(event, ChecklistProgressed.class,
                    p -> p.incidentId() != null && p.country() != null && p.checklistId() != null && p.tickedAt() != null).ifPresent(this::record);
        }
    }

    private void record(ChecklistProgressed p) {
        jdbc.prepareStatement("""
                INSERT INTO case_checklist (incident_id, country, checklist_id, plan_version, containment_done, containment_total, repair_done,
                    repair_total, overdue_steps, updated_at, reported_steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (incident_id, country) DO UPDATE SET checklist_id = EXCLUDED.checklist_id, plan_version = EXCLUDED.plan_version,
                    containment_done = EXCLUDED.containment_done, containment_total = EXCLUDED.containment_total,
                    repair_done = EXCLUDED.repair_done, repair_total = EXCLUDED.repair_total, overdue_steps = EXCLUDED.overdue_steps,
                    updated_at = EXCLUDED.updated_at, reported_steps = EXCLUDED.reported_steps
                WHERE case_checklist.updated_at <= EXCLUDED.updated_at""", s -> {
            s.setObject(1, p.incidentId());
            s.setString(2, p.country());
            s.setObject(3, p.checklistId());
            s.setInt(4, p.planVersion());
            s.setInt(5, p.containmentDone());
            s.setInt(6, p.containmentTotal());
            s.setInt(7, p.repairDone());
            s.setInt(8, p.repairTotal());
            s.setInt(9, p.overdueSteps());
            s.setTimestamp(10, Timestamp.from(p.tickedAt()));
            s.setString(11, write(p.reportedSteps() == null ? List.of() : p.reportedSteps().stream()
                    .map(r -> new CaseChecklist.ReportedStep(r.stepId(), r.phase(), r.title(), r.doneBy(), r.doneAt())).toList()));
            return s.executeUpdate();
        });
    }

    /** The progress of every country on the incident, by country code. */
    public List<CaseChecklist> of(UUID incidentId) {
        return jdbc.prepareStatement("SELECT * FROM case_checklist WHERE incident_id = ? ORDER BY country", s -> {
            s.setObject(1, incidentId);
            List<CaseChecklist> list = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(new CaseChecklist(rs.getString("country"), rs.getObject("checklist_id", UUID.class), rs.getInt("plan_version"),
                            rs.getInt("containment_done") + "/" + rs.getInt("containment_total"), rs.getInt("repair_done") + "/" + rs.getInt("repair_total"),
                            rs.getInt("overdue_steps"), rs.getTimestamp("updated_at").toInstant(), read(rs.getString("reported_steps"))));
                }
            }
            return list;
        });
    }

    private List<CaseChecklist.ReportedStep> read(String text) {
        try {
            return json.readValue(text, REPORTED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(List<CaseChecklist.ReportedStep> steps) {
        try {
            return json.writeValueAsString(steps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
