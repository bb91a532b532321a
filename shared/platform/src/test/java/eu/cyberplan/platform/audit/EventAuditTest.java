package eu.cyberplan.platform.audit;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventAuditTest {

    @ParameterizedTest(name = "{0} → {1} on {2}")
    @CsvSource({
            "eu.cyberplan.incident.reported.v1,       incident.reported,       incident",
            "eu.cyberplan.alert.acknowledged.v1,      alert.acknowledged,      alert",
            "eu.cyberplan.crisis-level.changed.v1,    crisis-level.changed,    crisis-level",
            "eu.cyberplan.incident.report-submitted.v1, incident.report-submitted, incident",
            "eu.cyberplan.plan.approved.v12,          plan.approved,           plan",
            "eu.cyberplan.widget.created.vx,          widget.created.vx,       widget",
            "custom.thing,                            custom.thing,            custom"})
    void shouldNameTheActionAndTargetAfterTheEventType(String type, String action, String targetType) {
        assertThat(EventAudit.actionOf(type)).isEqualTo(action);
        assertThat(EventAudit.aggregateOf(action)).isEqualTo(targetType);
    }

    @Test
    void shouldRecordEachEventWithItsIdMarkingsAndCountryButNoHeartbeat() {
        UUID incident = UUID.randomUUID();
        UUID exercise = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        List<OutboxEvent> events = List.of(
                OutboxEvent.of("incidents.v1", "eu.cyberplan.incident.reported.v1", incident, "EE", Map.of()).marked(Mode.EXERCISE, exercise, Tlp.RED),
                OutboxEvent.of("directory.v1", "eu.cyberplan.node.heartbeat.v1", "node/eu", null, Map.of()));
        List<AuditRecord> records = EventAudit.of(events, List.of(first, UUID.randomUUID()));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("incident.reported");
            assertThat(r.targetType()).isEqualTo("incident");
            assertThat(r.targetId()).isEqualTo(incident.toString());
            assertThat(r.country()).isEqualTo("EE");
            assertThat(r.detail()).containsEntry("eventId", first.toString()).containsEntry("mode", "EXERCISE")
                    .containsEntry("exerciseId", exercise.toString()).containsEntry("tlp", "RED");
            assertThat(r.actor()).isNull();
        });
    }
}
