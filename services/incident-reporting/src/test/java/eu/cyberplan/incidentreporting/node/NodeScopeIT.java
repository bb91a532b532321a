package eu.cyberplan.incidentreporting.node;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A national node holds only its own countries' incidents (DESIGN §11): the Baltic node files for EE, refuses to file
 * for FR (403, nothing stored, nothing published), and keeps read grants only for the incidents it holds.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeScopeIT implements TestPropertyProvider {

    private ServiceUnderTest service;

    @Inject
    DataSource dataSource;
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("incident_reporting");
        Map<String, String> properties = new HashMap<>(service.properties());
        properties.put("cyberplan.node.countries", "EE,LV,LT");
        return properties;
    }

    @Test
    void shouldFileOnlyForItsOwnCountries() throws SQLException {
        TestHttp api = new TestHttp(server.getURL());

        var estonia = api.post("/api/v1/incidents", TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), warning());
        var france = api.post("/api/v1/incidents", TestTokens.bearer("duty.fr", "FR", "DUTY_OFFICER"), warning());

        assertThat(estonia.statusCode()).as(estonia.body()).isEqualTo(201);
        assertThat(france.statusCode()).as(france.body()).isEqualTo(403);
        assertThat(france.body()).contains("does not serve FR");
        assertThat(count("SELECT count(*) FROM incident WHERE reporter_country = 'FR'")).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE payload::text LIKE '%\"reporterCountry\": \"FR\"%' "
                + "OR payload::text LIKE '%\"reporterCountry\":\"FR\"%'")).isZero();
    }

    @Test
    void shouldKeepReadGrantsOnlyForTheIncidentsItHolds() throws SQLException {
        UUID ours = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("alerts.v1"), theirs.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(theirs, "FR"));
            publisher.publish(service.topic("alerts.v1"), ours.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(ours, "EE"));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> grants(ours) == 1);
        assertThat(grants(theirs)).as("FR's incident lives on the node serving FR").isZero();
    }

    private long grants(UUID incident) throws SQLException {
        return count("SELECT count(*) FROM incident_access WHERE incident_id = '" + incident + "'");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String dispatched(UUID incident, String reporter) {
        Instant now = Instant.now();
        return """
                {"alertId":"%s","incidentId":"%s","country":"LV","kind":"ALERT","severity":"HIGH","tlp":"AMBER","mode":"REAL",
                 "title":"Grid outage","level":"TECHNICAL","reporterCountry":"%s","dispatchedAt":"%s","ackDeadline":"%s"}"""
                .formatted(UUID.randomUUID(), incident, reporter, now, now.plusSeconds(3600));
    }

    private static String warning() {
        return """
                {"title":"Ransomware on grid operator","summary":"SCADA jump hosts encrypted","awareAt":"%s","severity":"HIGH",
                 "rsitClass":"malicious-code","rsitType":"infected-system","tlp":"AMBER","pap":"AMBER","affectedCountries":["LV"],
                 "crossBorder":true,"suspectedMalicious":true,"sectors":["energy"]}""".formatted(Instant.now().minusSeconds(600));
    }
}
