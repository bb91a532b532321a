package eu.cyberplan.platform.events;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.cyberplan.events.v1.AlertAcknowledged;
import eu.cyberplan.events.v1.AlertDelivered;
import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.AlertCorrected;
import eu.cyberplan.events.v1.AlertOverdue;
import eu.cyberplan.events.v1.AlertRecalled;
import eu.cyberplan.events.v1.AssistanceAccepted;
import eu.cyberplan.events.v1.AssistanceOffered;
import eu.cyberplan.events.v1.AssistanceRequested;
import eu.cyberplan.events.v1.IncidentDeadlineReminder;
import eu.cyberplan.events.v1.CaseClosed;
import eu.cyberplan.events.v1.ChecklistProgressed;
import eu.cyberplan.events.v1.PlanApproved;
import eu.cyberplan.events.v1.ExerciseEnded;
import eu.cyberplan.events.v1.ExercisePaused;
import eu.cyberplan.events.v1.ExerciseResumed;
import eu.cyberplan.events.v1.ExerciseStarted;
import eu.cyberplan.events.v1.InjectReleased;
import eu.cyberplan.events.v1.LessonRecorded;
import eu.cyberplan.events.v1.PlanProposalChanged;
import eu.cyberplan.events.v1.CaseOpened;
import eu.cyberplan.events.v1.CoordinatorNotified;
import eu.cyberplan.events.v1.CrisisLevelChanged;
import eu.cyberplan.events.v1.ComcheckAnswered;
import eu.cyberplan.events.v1.ComcheckStarted;
import eu.cyberplan.events.v1.ContactPointChanged;
import eu.cyberplan.events.v1.NodeHeartbeat;
import eu.cyberplan.events.v1.RosterChanged;
import eu.cyberplan.events.v1.SituationReportPublished;
import eu.cyberplan.events.v1.IncidentClosed;
import eu.cyberplan.events.v1.IncidentEscalationRequested;
import eu.cyberplan.events.v1.IncidentReportSubmitted;
import eu.cyberplan.events.v1.IncidentReported;
import eu.cyberplan.events.v1.IncidentRetracted;
import eu.cyberplan.events.v1.IncidentUpdated;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each event record, as the outbox serialises it, is valid against the JSON Schema shipped with the contracts. */
class EventSchemasTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final UUID INCIDENT = UUID.randomUUID();
    private static final UUID EXERCISE = UUID.randomUUID();
    private static final UUID ALERT = UUID.randomUUID();

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("incident.reported.v1", new IncidentReported(INCIDENT, "EE-2026-000001", "EE", "Ransomware on grid operator",
                        "SCADA jump hosts encrypted", "HIGH", "AMBER", "AMBER", "malicious-code", "infected-system", List.of("LV", "LT"), true,
                        true, List.of("energy"), List.of(), NOW, NOW, "duty.ee", "REAL", null, true, null)),
                Arguments.of("incident.reported.v1", new IncidentReported(INCIDENT, "EE-2026-000002", "EE", null, null, "CRITICAL",
                        "RED", "RED", "intrusions", "system-compromise", List.of("LV"), true, true, List.of(), List.of("FI"), NOW, NOW,
                        "svc.exercises", "EXERCISE", UUID.randomUUID(), false, 30)),
                Arguments.of("alert.dispatched.v1", new AlertDispatched(ALERT, INCIDENT, "LV", "ALERT", "HIGH", "AMBER+STRICT", "REAL", null,
                        "Ransomware on grid operator", "TECHNICAL", "EE", NOW, NOW.plusSeconds(3600))),
                Arguments.of("alert.delivered.v1", new AlertDelivered(ALERT, INCIDENT, "LV", NOW, NOW.plusSeconds(3600), NOW.plusSeconds(1))),
                Arguments.of("alert.acknowledged.v1", new AlertAcknowledged(ALERT, INCIDENT, "LV", NOW, NOW.plusSeconds(3600), "ncp.lv",
                        NOW.plusSeconds(60), "on it")),
                Arguments.of("case.opened.v1", new CaseOpened(INCIDENT, "EE", "TECHNICAL", "HIGH", "AMBER", "REAL", null, 1,
                        List.of("LV", "LT"), NOW)),
                Arguments.of("alert.overdue.v1", new AlertOverdue(ALERT, INCIDENT, "MT", "CRITICAL", "REAL", null, NOW,
                        NOW.plusSeconds(900), NOW.plusSeconds(1200), NOW.plusSeconds(901))),
                Arguments.of("alert.corrected.v1", new AlertCorrected(UUID.randomUUID(), ALERT, INCIDENT, "LV", "CRITICAL", "AMBER", "EXERCISE",
                        UUID.randomUUID(), "Ransomware on grid operator", "severity HIGH -> CRITICAL", "EE", NOW, NOW.plusSeconds(900))),
                Arguments.of("alert.recalled.v1", new AlertRecalled(UUID.randomUUID(), ALERT, INCIDENT, "LV", "HIGH", "RED", "REAL", null,
                        "incident retracted: false positive", "EE", NOW, NOW.plusSeconds(3600), false)),
                Arguments.of("alert.recalled.v1", new AlertRecalled(UUID.randomUUID(), ALERT, INCIDENT, "LT", "HIGH", "RED", "REAL", null,
                        "TLP tightened to RED: no longer shared with your country", "EE", NOW, NOW.plusSeconds(3600), true)),
                Arguments.of("node.heartbeat.v1", new NodeHeartbeat("node-ee-1", "contact-points", List.of("EE", "LV"), NOW, 5, "https://cyberplan.cert.ee")),
                Arguments.of("contact-point.changed.v1", new ContactPointChanged("EE", "Estonia", true, List.of("Europe/Tallinn"), List.of("et"),
                        "ncp@cert.ee.example", "+372-backup", null, null, List.of(new ContactPointChanged.Csirt("CERT-EE", "cert@cert.ee", null, true)),
                        "owner.ee", NOW)),
                Arguments.of("roster.changed.v1", new RosterChanged("EE", NOW, NOW.plusSeconds(86400),
                        List.of(new RosterChanged.Shift("duty.ee", "PRIMARY", NOW, NOW.plusSeconds(43200))),
                        List.of(new RosterChanged.Gap("PRIMARY", NOW.plusSeconds(43200), NOW.plusSeconds(86400))), "duty.ee", NOW)),
                Arguments.of("comcheck.started.v1", new ComcheckStarted(UUID.randomUUID(), List.of("EE", "LV"), "coordinator", NOW,
                        NOW.plusSeconds(3600), "REAL", null)),
                Arguments.of("incident.report-submitted.v1", new IncidentReportSubmitted(INCIDENT, "EE-2026-000001", "EE", UUID.randomUUID(),
                        "NOTIFICATION", NOW, "duty.ee", false, "HIGH", "AMBER", true, 2, List.of("severity", "impact"), "Ransomware on grid operator",
                        List.of("LV", "LT"), true, "REAL", null)),
                Arguments.of("incident.updated.v1", new IncidentUpdated(INCIDENT, "EE-2026-000001", "EE", 3, List.of("severity", "affectedCountries"),
                        "LT affected too", "Ransomware on grid operator", "CRITICAL", "AMBER", "AMBER", "malicious-code", "infected-system",
                        List.of("LV", "LT"), true, List.of(), true, "duty.ee", NOW, "REAL", null, null, null)),
                Arguments.of("incident.updated.v1", new IncidentUpdated(INCIDENT, "EE-2026-000002", "EE", 2, List.of("severity"), null, null,
                        "CRITICAL", "RED", "RED", "intrusions", "system-compromise", List.of("LV"), true, List.of("FI"), false, "duty.ee", NOW,
                        "EXERCISE", UUID.randomUUID(), "AMBER", List.of())),
                Arguments.of("incident.retracted.v1", new IncidentRetracted(INCIDENT, "EE-2026-000001", "EE", "false positive: a backup job",
                        "duty.ee", NOW, "HIGH", "AMBER", "REAL", null)),
                Arguments.of("incident.closed.v1", new IncidentClosed(INCIDENT, "EE-2026-000001", "EE", NOW, "systems restored", "duty.ee",
                        NOW, "AMBER", "REAL", null)),
                Arguments.of("incident.escalation-requested.v1", new IncidentEscalationRequested(INCIDENT, "EE-2026-000001", "EE",
                        "spreading to LV grid", "duty.ee", NOW, "CRITICAL", "GREEN", "REAL", null)),
                Arguments.of("crisis-level.changed.v1", new CrisisLevelChanged(INCIDENT, "EE", "TECHNICAL", "OPERATIONAL", null,
                        "2 CRITICAL alerts overdue", "plan", NOW, List.of("FR", "DE"), 2, "REAL", null)),
                Arguments.of("crisis-level.changed.v1", new CrisisLevelChanged(INCIDENT, "EE", "OPERATIONAL", "POLITICAL", "MONITORING",
                        "EU-wide impact", "coordinator", NOW, List.of(), 2, "EXERCISE", UUID.randomUUID())),
                Arguments.of("coordinator.notified.v1", new CoordinatorNotified(UUID.randomUUID(), INCIDENT, ALERT, "OVERDUE_NOTICE", "MT",
                        "CRITICAL", "AMBER", "TECHNICAL", "MT missed its backup deadline", NOW, "REAL", null)),
                Arguments.of("case.closed.v1", new CaseClosed(INCIDENT, "EE", "incident retracted", "duty.ee", NOW, "REAL", null)),
                Arguments.of("situation-report.published.v1", new SituationReportPublished(INCIDENT, 2, "red", "worsening", List.of("LV", "LT"),
                        List.of("energy"), "malicious-actions", "grid operators isolating SCADA", "coordinator", NOW, List.of("LV", "LT"), "AMBER",
                        "REAL", null, List.of(new SituationReportPublished.CountryChecklist("EE", 2, "4/6", "1/5", 1)))),
                Arguments.of("situation-report.published.v1", new SituationReportPublished(INCIDENT, 1, "yellow", "stable", List.of(), List.of(),
                        null, null, "duty.ee", NOW, List.of("FI"), "RED", "EXERCISE", UUID.randomUUID(), List.of())),
                Arguments.of("plan.approved.v1", new PlanApproved("EE", 3, "owner.ee", NOW, List.of(new PlanApproved.Capability("FORENSICS",
                        "within 24 h, up to 2 analysts", "cert@cert.ee")), List.of("malicious-code", "intrusions"), 2)),
                Arguments.of("plan.approved.v1", new PlanApproved("LV", 1, "owner.lv", NOW, List.of(), List.of(), null)),
                Arguments.of("checklist.progressed.v1", new ChecklistProgressed(UUID.randomUUID(), INCIDENT, "EE", 3, 4, 6, 1, 5, 1, "c-4",
                        "duty.ee", NOW, "REAL", null, List.of(new ChecklistProgressed.ReportedStep("containment-1", "CONTAINMENT",
                        "Isolate the infected systems", "duty.ee", NOW)))),
                Arguments.of("checklist.progressed.v1", new ChecklistProgressed(UUID.randomUUID(), INCIDENT, "LV", 1, 0, 2, 0, 0, 0, null, null,
                        NOW, "EXERCISE", EXERCISE, List.of())),
                Arguments.of("assistance.requested.v1", new AssistanceRequested(UUID.randomUUID(), INCIDENT, "LV", "FORENSICS",
                        "memory forensics on 3 SCADA hosts", NOW.plusSeconds(7200), "ncp.lv", NOW, "REAL", null, List.of("FI", "EE"), "HIGH", null, null, null)),
                Arguments.of("assistance.requested.v1", new AssistanceRequested(UUID.randomUUID(), INCIDENT, "LV", "EU_CYBERSECURITY_RESERVE",
                        "incident response team for 2 weeks", null, "ncp.lv", NOW, "REAL", null, List.of("EU"), "CRITICAL",
                        List.of("Latvenergo AS", "Sadales tīkls AS"), List.of("Riga", "Daugavpils"), "P14D")),
                Arguments.of("incident.deadline-reminder.v1", new IncidentDeadlineReminder(INCIDENT, "EE-2026-000042", "EE", "NOTIFICATION", 90,
                        NOW.plusSeconds(7200), NOW, "HIGH", "AMBER", "REAL", null)),
                Arguments.of("assistance.offered.v1", new AssistanceOffered(UUID.randomUUID(), UUID.randomUUID(), INCIDENT, "FI", "LV",
                        "two forensic analysts on site", null, "ncp.fi", NOW, "REAL", null)),
                Arguments.of("assistance.accepted.v1", new AssistanceAccepted(UUID.randomUUID(), UUID.randomUUID(), INCIDENT, "LV", "FI",
                        null, "ncp.lv", NOW, "REAL", null)),
                Arguments.of("comcheck.answered.v1", new ComcheckAnswered(UUID.randomUUID(), "EE", "ncp.ee", NOW, NOW.plusSeconds(42), "REAL", null)),
                Arguments.of("exercise.started.v1", new ExerciseStarted(EXERCISE, "Cyber Europe 2026", List.of("LV", "LT", "EE"), List.of("CH"), 10,
                        10, "planner", NOW)),
                Arguments.of("inject.released.v1", new InjectReleased(EXERCISE, 3, "I3", 1800, "LV", "INCIDENT", "Wiper at LV grid operator", null,
                        INCIDENT, NOW)),
                Arguments.of("inject.released.v1", new InjectReleased(EXERCISE, 4, null, 2400, "LT", "MESSAGE", "Press enquiry",
                        "A journalist asks about the outage", null, NOW)),
                Arguments.of("exercise.paused.v1", new ExercisePaused(EXERCISE, 600, "planner", NOW)),
                Arguments.of("exercise.resumed.v1", new ExerciseResumed(EXERCISE, 600, "planner", NOW)),
                Arguments.of("lesson.recorded.v1", new LessonRecorded(UUID.randomUUID(), EXERCISE, "LV", "the backup pager number was out of date",
                        "containment-1", "malicious-code", "planner", NOW, null, null, null)),
                Arguments.of("lesson.recorded.v1", new LessonRecorded(UUID.randomUUID(), EXERCISE, "EE", "call the grid operator first", null, null,
                        "ncp.ee", NOW, "owner.ee", NOW.plusSeconds(60), null)),
                Arguments.of("lesson.recorded.v1", new LessonRecorded(UUID.randomUUID(), null, "LV", null, null, null, "coordinator", NOW, null, null,
                        INCIDENT)),
                Arguments.of("plan.proposal-changed.v1", new PlanProposalChanged("LT", 4, UUID.randomUUID(), EXERCISE, null, "DRAFT", null, "owner.lt", NOW)),
                Arguments.of("plan.proposal-changed.v1", new PlanProposalChanged("LT", 5, UUID.randomUUID(), EXERCISE, null, "REJECTED",
                        "approved already as version 4", "owner.lt", NOW)),
                Arguments.of("exercise.ended.v1", new ExerciseEnded(EXERCISE, 7200, 9, 1, List.of(new ExerciseEnded.CountryScore("LV", 2, 1, 420L),
                        new ExerciseEnded.CountryScore("LT", 0, 1, null)), "planner", NOW)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void shouldMatchItsPublishedSchema(String type, Object event) throws Exception {
        String json = new String(ObjectMapper.getDefault().writeValueAsBytes(event), StandardCharsets.UTF_8);
        Set<ValidationMessage> errors = schema(type).validate(json, com.networknt.schema.InputFormat.JSON);
        assertThat(errors).as(json).isEmpty();
    }

    @ParameterizedTest(name = "{0} refuses a broken event")
    @MethodSource("events")
    void shouldRefuseAnEventWithoutItsIds(String type, Object event) throws Exception {
        assertThat(schema(type).validate("{\"incidentId\": \"not-a-uuid\"}", com.networknt.schema.InputFormat.JSON)).isNotEmpty();
    }

    private static JsonSchema schema(String type) throws Exception {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream("schemas/" + type + ".json")) {
            assertThat(in).as("schemas/" + type + ".json").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                            builder -> builder.schemaMappers(m -> m.mapPrefix("https://cyberplan.eu/schemas/", "classpath:schemas/")))
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), com.networknt.schema.SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }
}
