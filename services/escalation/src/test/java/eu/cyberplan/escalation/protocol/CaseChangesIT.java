package eu.cyberplan.escalation.protocol;

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
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.cyberplan.testing.TestJson.at;
import static eu.cyberplan.testing.TestJson.each;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an incident's later events do to its case, against real PostgreSQL and Kafka: a correction reaches every
 * recipient with a receipt of its own and alerts a newly affected country; an escalation request raises the level and
 * tells the coordinators; a retraction recalls every alert and closes the case; redelivered events change nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseChangesIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("escalation");
        return service.properties();
    }

    @Test
    void shouldCorrectEveryRecipientThenRecallAndClose() throws Exception {
        UUID incident = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher();
             TopicReader alerts = service.reader("alerts.v1");
             TopicReader protocol = service.reader("protocol.v1")) {
            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    IncidentFixtures.reported(incident, "HIGH", "[\"LV\",\"LT\"]"));
            await().atMost(Duration.ofSeconds(60)).until(() -> mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).size() == 2);

            UUID update = UUID.randomUUID();
            String updated = """
                    {"incidentId":"%s","reference":"EE-2026-000007","reporterCountry":"EE","version":2,"changedFields":["severity","affectedCountries"],
                     "note":"FI hit as well","title":"Ransomware on grid operator","severity":"CRITICAL","tlp":"AMBER","pap":"AMBER",
                     "rsitClass":"malicious-code","rsitType":"infected-system","affectedCountries":["LV","LT","FI"],"crossBorder":true,
                     "recipients":[],"significant":true,"updatedBy":"duty.ee","updatedAt":"%s","mode":"REAL"}""".formatted(incident, Instant.now());
            publisher.publish(service.topic("incidents.v1"), incident.toString(), update, EventTypes.INCIDENT_UPDATED, updated);
            publisher.publish(service.topic("incidents.v1"), incident.toString(), update, EventTypes.INCIDENT_UPDATED, updated);
            await().atMost(Duration.ofSeconds(60)).until(() -> mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).size() == 3);
            await().atMost(Duration.ofSeconds(30)).until(() -> mine(alerts.ofType(EventTypes.ALERT_CORRECTED), incident).size() >= 2);
            List<Map<String, Object>> corrections = mine(alerts.ofType(EventTypes.ALERT_CORRECTED), incident).stream().map(this::payload).toList();
            assertThat(corrections).hasSize(2).extracting(c -> c.get("country")).containsExactlyInAnyOrder("LV", "LT");
            assertThat(corrections).allSatisfy(c -> assertThat((String) c.get("change")).contains("severity", "FI hit as well"));
            assertThat(payload(mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).get(2))).containsEntry("country", "FI")
                    .containsEntry("severity", "CRITICAL");

            String correctionOfLv = (String) corrections.stream().filter(c -> "LV".equals(c.get("country"))).findFirst().orElseThrow().get("alertId");
            publisher.publish(service.topic("receipts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_ACKNOWLEDGED, """
                    {"alertId":"%s","incidentId":"%s","country":"LV","acknowledgedBy":"ncp.lv","acknowledgedAt":"%s"}"""
                    .formatted(correctionOfLv, incident, Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> each(caseJson(incident), "alerts", "acknowledgedBy").contains("ncp.lv"));
            String corrected = caseJson(incident);
            assertThat(each(corrected, "alerts", "kind")).contains("CORRECTION");
            assertThat(at(corrected, "severity")).isEqualTo("CRITICAL");
            assertThat(at(corrected, "counts", "recipients")).isEqualTo("3");

            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_ESCALATION_REQUESTED, """
                    {"incidentId":"%s","reference":"EE-2026-000007","reporterCountry":"EE","reason":"spreading","requestedBy":"duty.ee",
                     "requestedAt":"%s","severity":"CRITICAL","tlp":"AMBER","mode":"REAL"}""".formatted(incident, Instant.now()));
            await().atMost(Duration.ofSeconds(60)).until(() -> "OPERATIONAL".equals(at(caseJson(incident), "level")));
            await().atMost(Duration.ofSeconds(30)).until(() -> mine(protocol.ofType(EventTypes.COORDINATOR_NOTIFIED), incident).stream()
                    .anyMatch(r -> "ESCALATION_REQUEST".equals(payload(r).get("kind"))));
            await().atMost(Duration.ofSeconds(60)).until(() -> mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).size() == 29);

            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_RETRACTED, """
                    {"incidentId":"%s","reference":"EE-2026-000007","reporterCountry":"EE","reason":"a backup job","retractedBy":"duty.ee",
                     "retractedAt":"%s","severity":"CRITICAL","tlp":"AMBER","mode":"REAL"}""".formatted(incident, Instant.now()));
            await().atMost(Duration.ofSeconds(60)).until(() -> mine(alerts.ofType(EventTypes.ALERT_RECALLED), incident).size() == 29);
            await().atMost(Duration.ofSeconds(30)).until(() -> mine(protocol.ofType(EventTypes.CASE_CLOSED), incident).size() == 1);
            assertThat(at(caseJson(incident), "status")).isEqualTo("CLOSED");
            assertThat(mine(alerts.ofType(EventTypes.ALERT_RECALLED), incident).stream().map(r -> payload(r).get("country")).distinct()).hasSize(29);
        }
    }

    private String caseJson(UUID incident) {
        return new TestHttp(server.getURL()).get("/api/v1/cases/" + incident, COORDINATOR).body();
    }

    private static List<ConsumerRecord<String, byte[]>> mine(List<ConsumerRecord<String, byte[]>> records, UUID incident) {
        return records.stream().filter(r -> incident.toString().equals(r.key())).toList();
    }

    private Map<String, Object> payload(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readValue(record.value(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
