package eu.cyberplan.incidentreporting.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.sharing.Reader;
import eu.cyberplan.platform.sharing.TlpSharing;
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
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk list filters in SQL; {@link TlpSharing} decides everywhere else. Over every marking, two reporters, three
 * sets of alerted countries and four sets of named recipients (RED), each reader's desk holds exactly the incidents
 * the policy lets that reader read, and {@code GET /incidents/{id}} agrees row by row.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskListSharingIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Caller> READERS = List.of(
            new Caller("duty.ee", Set.of("DUTY_OFFICER"), "EE"), new Caller("owner.ee", Set.of("PLAN_OWNER"), "EE"),
            new Caller("ncp.lv", Set.of("NCP"), "LV"), new Caller("owner.lv", Set.of("PLAN_OWNER"), "LV"),
            new Caller("duty.lt", Set.of("DUTY_OFFICER"), "LT"), new Caller("duty.fr", Set.of("DUTY_OFFICER"), "FR"),
            new Caller("coordinator", Set.of("COORDINATOR"), "EU"), new Caller("planner", Set.of("EXERCISE_PLANNER"), "EU"),
            new Caller("auditor", Set.of("AUDITOR"), "EU"));

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("incident_reporting");
        return service.properties();
    }

    /** One row of the table: an incident as filed, with the countries alerted for it. */
    private record Row(String id, Tlp tlp, String reporter, List<String> alerted, List<String> named) {
    }

    @Test
    void shouldListExactlyWhatThePolicyLetsEachReaderRead() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Tlp tlp : Tlp.values()) {
            List<List<String>> namings = tlp == Tlp.RED ? List.of(List.of("LT"), List.of("LV"), List.of("EU"), List.of("LT", "EU")) : List.of(List.of());
            for (String reporter : List.of("EE", "LV")) {
                for (List<String> alerted : List.of(List.<String>of(), List.of("LV"), List.of("LT"))) {
                    for (List<String> named : namings) {
                        rows.add(file(tlp, reporter, alerted, named));
                    }
                }
            }
        }
        for (Caller caller : READERS) {
            String token = TestTokens.bearer(caller.username(), caller.country(), caller.roles().iterator().next());
            Set<String> expected = new TreeSet<>();
            for (Row row : rows) {
                boolean mayRead = TlpSharing.mayRead(row.tlp(), Reader.of(caller, row.reporter(), row.alerted(), row.named()));
                if (mayRead) {
                    expected.add(row.id());
                }
                assertThat(api().get("/api/v1/incidents/" + row.id(), token).statusCode()).as("%s reads %s", caller.username(), row)
                        .isEqualTo(mayRead ? 200 : 403);
            }
            HttpResponse<String> desk = api().get("/api/v1/incidents?size=500", token);
            assertThat(desk.statusCode()).as(desk.body()).isEqualTo(200);
            assertThat(new TreeSet<>(JSON.readTree(desk.body()).path("items").findValuesAsText("id"))).as("desk of %s", caller.username())
                    .isEqualTo(expected);
        }
    }

    private Row file(Tlp tlp, String reporter, List<String> alerted, List<String> named) throws Exception {
        String recipients = named.isEmpty() ? "" : ",\"recipients\":" + JSON.writeValueAsString(named);
        HttpResponse<String> filed = api().post("/api/v1/incidents", TestTokens.bearer("duty." + reporter.toLowerCase(), reporter, "DUTY_OFFICER"), """
                {"title":"Outage at a DNS operator","summary":"resolvers down","awareAt":"%s","severity":"HIGH",
                 "rsitClass":"malicious-code","rsitType":"infected-system","tlp":"%s","pap":"AMBER","affectedCountries":["LT"],
                 "crossBorder":true,"suspectedMalicious":false,"sectors":["energy"]%s}""".formatted(Instant.now().minusSeconds(600), tlp.label(), recipients));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode incident = JSON.readTree(filed.body());
        UUID id = UUID.fromString(incident.path("id").asText());
        // The grants alert.dispatched would have written.
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO incident_access (incident_id, country, granted_at) VALUES (?, ?, now())")) {
            for (String country : alerted) {
                insert.setObject(1, id);
                insert.setString(2, country);
                insert.executeUpdate();
            }
        }
        return new Row(id.toString(), tlp, reporter, alerted, named);
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
