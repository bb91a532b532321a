package eu.cyberplan.contactpoints.node;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A national node keeps only its own countries' data (DESIGN §11): the Baltic node takes LV's alert and EE's comcheck
 * question into its database, and skips FR's alert, the coordinators' EU notice and FR's comcheck question, which the
 * nodes serving FR and EU keep. Checked in the database itself, not only through the API.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeScopeIT implements TestPropertyProvider {

    private ServiceUnderTest service;

    @Inject
    DataSource dataSource;
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        Map<String, String> properties = new HashMap<>(service.properties());
        properties.put("cyberplan.node.countries", "EE,LV,LT");
        return properties;
    }

    @Test
    void shouldStoreOnlyTheInboxItemsAndComcheckQuestionsOfItsOwnCountries() throws Exception {
        UUID incident = UUID.randomUUID();
        UUID forLatvia = UUID.randomUUID();
        UUID forFrance = UUID.randomUUID();
        UUID forCoordinators = UUID.randomUUID();
        UUID comcheck = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher()) {
            for (Map.Entry<UUID, String> alert : Map.of(forFrance, "FR", forCoordinators, "EU", forLatvia, "LV").entrySet()) {
                publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED,
                        dispatched(alert.getKey(), incident, alert.getValue()));
            }
            publisher.publish(service.topic("comchecks.v1"), comcheck.toString(), UUID.randomUUID(), EventTypes.COMCHECK_STARTED, """
                    {"comcheckId":"%s","countries":["EE","FR"],"startedBy":"coordinator","startedAt":"%s","mode":"REAL"}"""
                    .formatted(comcheck, Instant.now()));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> column("SELECT country FROM inbox_item WHERE alert_id = ?", forLatvia).size() == 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> !column("SELECT country FROM inbox_item WHERE comcheck_id = ?", comcheck).isEmpty());

        assertThat(column("SELECT country FROM inbox_item WHERE incident_id = ?", incident)).as("no item of FR or EU here").containsExactly("LV");
        assertThat(column("SELECT country FROM inbox_item WHERE comcheck_id = ?", comcheck)).containsExactly("EE");
        assertThat(new TestHttp(server.getURL()).get("/api/v1/inbox", TestTokens.bearer("ncp.lv", "LV", "NCP")).body()).contains(forLatvia.toString());
    }

    private List<String> column(String sql, UUID id) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    private static String dispatched(UUID alert, UUID incident, String country) {
        Instant now = Instant.now();
        return """
                {"alertId":"%s","incidentId":"%s","country":"%s","kind":"ALERT","severity":"HIGH","tlp":"AMBER","mode":"REAL",
                 "title":"Grid outage","level":"TECHNICAL","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                .formatted(alert, incident, country, now, now.plusSeconds(3600));
    }
}
