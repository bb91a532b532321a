package eu.cyberplan.escalation.timer;

import eu.cyberplan.escalation.IncidentFixtures;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.cyberplan.testing.TestJson.at;
import static eu.cyberplan.testing.TestJson.each;
import static eu.cyberplan.testing.TestJson.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ladder against real PostgreSQL and Kafka, with a plan of seconds: an acknowledged alert's deadline is
 * cancelled; a missed one turns OVERDUE with one {@code alert.overdue} and the backup deadline, the overdue CRITICAL
 * alert raises the case to OPERATIONAL (every member alerted, none twice), and the missed backup deadline tells the
 * coordinators once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolLadderIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("escalation");
        Map<String, String> properties = new HashMap<>(service.properties());
        properties.put("escalation.sla.critical", "4s");
        return properties;
    }

    @Test
    void shouldSendAMissedAlertToBackupThenRaiseTheLevelThenTellTheCoordinators() throws Exception {
        UUID incident = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher();
             TopicReader alerts = service.reader("alerts.v1");
             TopicReader protocol = service.reader("protocol.v1")) {
            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    IncidentFixtures.reported(incident, "CRITICAL", "[\"LV\",\"LT\"]"));
            await().atMost(Duration.ofSeconds(60)).until(() -> mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).size() == 2);
            Map<String, Object> lv = mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).stream().map(this::payload)
                    .filter(a -> "LV".equals(a.get("country"))).findFirst().orElseThrow();
            publisher.publish(service.topic("receipts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_ACKNOWLEDGED, """
                    {"alertId":"%s","incidentId":"%s","country":"LV","acknowledgedBy":"ncp.lv","acknowledgedAt":"%s"}"""
                    .formatted(lv.get("alertId"), incident, Instant.now()));

            await().atMost(Duration.ofSeconds(60)).until(() -> mine(protocol.ofType(EventTypes.ALERT_OVERDUE), incident).size() >= 1);
            Map<String, Object> overdue = payload(mine(protocol.ofType(EventTypes.ALERT_OVERDUE), incident).get(0));
            assertThat(overdue).containsEntry("country", "LT");
            assertThat(Instant.parse((String) overdue.get("ackDeadline"))).isAfter(Instant.parse((String) overdue.get("missedDeadline")));

            await().atMost(Duration.ofSeconds(60)).until(() -> mine(protocol.ofType(EventTypes.CRISIS_LEVEL_CHANGED), incident).size() == 1);
            Map<String, Object> raised = payload(mine(protocol.ofType(EventTypes.CRISIS_LEVEL_CHANGED), incident).get(0));
            assertThat(raised).containsEntry("toLevel", "OPERATIONAL").containsEntry("changedBy", "plan");
            await().atMost(Duration.ofSeconds(60)).until(() -> mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).size() == 29);
            assertThat(mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).stream().map(r -> payload(r).get("country")).distinct())
                    .as("29 members, none twice, never the reporter").hasSize(29).doesNotContain("EE");

            await().atMost(Duration.ofSeconds(60)).until(() -> mine(protocol.ofType(EventTypes.COORDINATOR_NOTIFIED), incident).stream()
                    .anyMatch(r -> "LT".equals(payload(r).get("country"))));
            assertThat(mine(protocol.ofType(EventTypes.ALERT_OVERDUE), incident).stream().map(r -> payload(r).get("country")))
                    .as("LV acknowledged in time").doesNotContain("LV").filteredOn("LT"::equals).hasSize(1);
            String kase = new TestHttp(server.getURL()).get("/api/v1/cases/" + incident, COORDINATOR).body();
            assertThat(at(kase, "level")).isEqualTo("OPERATIONAL");
            assertThat(each(kase, "alerts", "status")).contains("ESCALATED");
            assertThat(each(kase, "alerts", "acknowledgedBy")).contains("ncp.lv");
        }
    }

    @Test
    void shouldSendAnUnacknowledgedCorrectionToBackupWithoutRaisingTheLevel() throws Exception {
        UUID incident = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher();
             TopicReader alerts = service.reader("alerts.v1");
             TopicReader protocol = service.reader("protocol.v1")) {
            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    IncidentFixtures.reported(incident, "CRITICAL", "[\"LV\",\"LT\"]"));
            await().atMost(Duration.ofSeconds(60)).until(() -> mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).size() == 2);
            for (ConsumerRecord<String, byte[]> dispatched : mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident)) {
                acknowledge(publisher, incident, payload(dispatched));
            }
            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_UPDATED, """
                    {"incidentId":"%s","reference":"EE-2026-000007","reporterCountry":"EE","version":2,"changedFields":["title"],
                     "note":"wiper, not ransomware","title":"Wiper on grid operator","severity":"CRITICAL","tlp":"AMBER","pap":"AMBER",
                     "rsitClass":"malicious-code","rsitType":"infected-system","affectedCountries":["LV","LT"],"crossBorder":true,
                     "recipients":[],"significant":true,"updatedBy":"duty.ee","updatedAt":"%s","mode":"REAL"}""".formatted(incident, Instant.now()));
            await().atMost(Duration.ofSeconds(60)).until(() -> mine(alerts.ofType(EventTypes.ALERT_CORRECTED), incident).size() == 2);
            Map<String, Object> lvCorrection = mine(alerts.ofType(EventTypes.ALERT_CORRECTED), incident).stream().map(this::payload)
                    .filter(c -> "LV".equals(c.get("country"))).findFirst().orElseThrow();
            Map<String, Object> ltCorrection = mine(alerts.ofType(EventTypes.ALERT_CORRECTED), incident).stream().map(this::payload)
                    .filter(c -> "LT".equals(c.get("country"))).findFirst().orElseThrow();
            acknowledge(publisher, incident, lvCorrection);

            await().atMost(Duration.ofSeconds(60)).until(() -> !mine(protocol.ofType(EventTypes.ALERT_OVERDUE), incident).isEmpty());
            assertThat(mine(protocol.ofType(EventTypes.ALERT_OVERDUE), incident)).extracting(r -> payload(r).get("alertId"))
                    .as("LT's correction went unacknowledged, LV's was acknowledged in time").containsExactly(ltCorrection.get("alertId"));
            await().atMost(Duration.ofSeconds(60)).until(() -> mine(protocol.ofType(EventTypes.COORDINATOR_NOTIFIED), incident).size() == 1);
            assertThat(payload(mine(protocol.ofType(EventTypes.COORDINATOR_NOTIFIED), incident).get(0)).get("text"))
                    .asString().contains("LT acknowledged neither the correction");
            assertThat(mine(protocol.ofType(EventTypes.CRISIS_LEVEL_CHANGED), incident)).as("a missed correction is no missed alert").isEmpty();
            String kase = new TestHttp(server.getURL()).get("/api/v1/cases/" + incident, COORDINATOR).body();
            assertThat(at(kase, "level")).isEqualTo("TECHNICAL");
        }
    }

    private void acknowledge(CloudEventPublisher publisher, UUID incident, Map<String, Object> alert) {
        publisher.publish(service.topic("receipts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_ACKNOWLEDGED, """
                {"alertId":"%s","incidentId":"%s","country":"%s","acknowledgedBy":"ncp","acknowledgedAt":"%s"}"""
                .formatted(alert.get("alertId"), incident, alert.get("country"), Instant.now()));
    }

    @Test
    void shouldLetOnlyACoordinatorChangeTheLevelAndLowerItOnlyWithAReason() throws Exception {
        UUID incident = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher(); TopicReader alerts = service.reader("alerts.v1")) {
            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    IncidentFixtures.reported(incident, "LOW", "[\"LV\"]"));
            TestHttp api = new TestHttp(server.getURL());
            await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/cases/" + incident, COORDINATOR).statusCode() == 200);
            String path = "/api/v1/cases/" + incident + "/level";
            assertThat(api.post(path, TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), "{\"level\":\"OPERATIONAL\"}").statusCode()).isEqualTo(403);
            assertThat(api.post(path, TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), "{\"not\":\"json").statusCode())
                    .as("roles before the body").isEqualTo(403);
            assertThat(api.post(path, COORDINATOR, "{\"level\":\"POLITICAL\",\"ipcrMode\":\"INFORMATION_SHARING\"}").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(60)).until(() -> mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).size() == 29);
            var lower = api.post(path, COORDINATOR, "{\"level\":\"TECHNICAL\"}");
            assertThat(lower.statusCode()).isEqualTo(422);
            assertThat(errorFields(lower.body())).contains("reason");
            assertThat(api.post(path, COORDINATOR, "{\"level\":\"TECHNICAL\",\"reason\":\"contained in LV\"}").statusCode()).isEqualTo(200);
            String kase = api.get("/api/v1/cases/" + incident, COORDINATOR).body();
            assertThat(at(kase, "level")).isEqualTo("TECHNICAL");
            assertThat(each(kase, "levelHistory", "level")).contains("POLITICAL (INFORMATION_SHARING)");
            assertThat(each(kase, "levelHistory", "reason")).contains("contained in LV");
            assertThat(api.post("/api/v1/cases/" + incident + "/closure", COORDINATOR, "{\"reason\":\"over\"}").statusCode()).isEqualTo(200);
            assertThat(api.post(path, COORDINATOR, "{\"level\":\"OPERATIONAL\"}").statusCode()).isEqualTo(409);
            assertThat(mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident)).as("lowering alerts nobody").hasSize(29);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> mine(List<ConsumerRecord<String, byte[]>> records, UUID incident) {
        return records.stream().filter(r -> incident.toString().equals(r.key())).toList();
    }

    private Map<String, Object> payload(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readValue(record.value(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
