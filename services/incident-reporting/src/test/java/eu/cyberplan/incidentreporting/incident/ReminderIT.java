package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * NIS2 reminders (DESIGN §14) against real PostgreSQL and Kafka: a clock half gone reminds its country once, with the
 * reference and never the title; a report submitted before its reminder takes the reminder away.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderIT implements TestPropertyProvider {

    private static final String DUTY_EE = TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper json;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("incident_reporting");
        Map<String, String> properties = new HashMap<>(service.properties());
        properties.put("incident-reporting.reminders.poll-interval", "300ms");
        return properties;
    }

    @Test
    void shouldRemindTheReportingCountryOnceWhenHalfTheNotificationWindowIsGoneUnlessTheReportIsIn() throws Exception {
        // The notification is due 72 h after awareness: half of it is gone 36 h after, a few seconds from now.
        Instant aware = Instant.now().minus(Duration.ofHours(36)).plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        try (TopicReader incidents = service.reader("incidents.v1")) {
            String reminded = file(aware);
            String reported = file(aware);
            HttpResponse<String> notification = api().post("/api/v1/incidents/" + reported + "/reports", DUTY_EE,
                    "{\"stage\":\"NOTIFICATION\",\"severity\":\"HIGH\"}");
            assertThat(notification.statusCode()).as(notification.body()).isEqualTo(201);
            assertThat(planned(reported)).as("a report in takes its clock's reminders away").doesNotContain("NOTIFICATION/50", "NOTIFICATION/90");
            assertThat(planned(reminded)).contains("NOTIFICATION/50", "NOTIFICATION/90", "CSIRT_RESPONSE/50", "CSIRT_RESPONSE/90");

            await().atMost(Duration.ofSeconds(60)).until(() -> !reminders(incidents, reminded).isEmpty());
            await("nothing sent twice over several polls").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> reminders(incidents, reminded).size() == 1);
            List<Map<String, Object>> sent = reminders(incidents, reminded);
            assertThat(sent).hasSize(1);
            assertThat(sent.get(0)).containsEntry("stage", "NOTIFICATION").containsEntry("percent", 50).containsEntry("reporterCountry", "EE")
                    .containsEntry("dueAt", aware.plus(Duration.ofHours(72)).toString()).containsEntry("mode", "REAL");
            assertThat((String) sent.get(0).get("reference")).startsWith("EE-");
            assertThat(sent.get(0).toString()).doesNotContain("Ransomware");
            assertThat(reminders(incidents, reported)).isEmpty();
            assertThat(sentAt(reminded, "NOTIFICATION", 50)).isNotNull();
            assertThat(sentAt(reminded, "NOTIFICATION", 90)).as("nine tenths gone only in 28.8 h").isNull();
        }
    }

    private List<Map<String, Object>> reminders(TopicReader incidents, String id) {
        return incidents.records().stream().filter(r -> id.equals(r.key()))
                .filter(r -> EventTypes.INCIDENT_DEADLINE_REMINDER.equals(TopicReader.header(r, "ce_type"))).map(this::payload).toList();
    }

    private Map<String, Object> payload(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readValue(record.value(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> planned(String id) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT stage || '/' || percent FROM reporting_reminder WHERE incident_id = ? AND sent_at IS NULL")) {
            s.setObject(1, UUID.fromString(id));
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }

    private Instant sentAt(String id, String stage, int percent) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT sent_at FROM reporting_reminder WHERE incident_id = ? AND stage = ? AND percent = ?")) {
            s.setObject(1, UUID.fromString(id));
            s.setString(2, stage);
            s.setInt(3, percent);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant();
            }
        }
    }

    private String file(Instant awareAt) throws IOException {
        HttpResponse<String> filed = api().post("/api/v1/incidents", DUTY_EE, """
                {"title":"Ransomware on grid operator","summary":"SCADA jump hosts encrypted","severity":"HIGH",
                 "rsitClass":"malicious-code","rsitType":"infected-system","tlp":"AMBER","pap":"AMBER","affectedCountries":["EE"],
                 "crossBorder":false,"suspectedMalicious":true,"sectors":["energy"],"awareAt":"%s"}""".formatted(awareAt));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return (String) json.readValue(filed.body(), Argument.mapOf(String.class, Object.class)).get("id");
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
