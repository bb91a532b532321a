package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;

import static eu.cyberplan.testing.TestJson.each;
import static org.assertj.core.api.Assertions.assertThat;

/** STIX 2.1 and MISP over HTTP against real PostgreSQL and Kafka: exports valid under the schemas and the markings, imports filed or refused whole. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeIT implements TestPropertyProvider {

    private static final String DUTY_EE = TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Inject
    StixSchemas schemas;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("incident_reporting");
        return service.properties();
    }

    @Test
    void shouldExportAValidStixBundleAndMispEventWithoutPersonalData() throws Exception {
        String id = file("AMBER", "");
        assertThat(api().post("/api/v1/incidents/" + id + "/reports", DUTY_EE, "{\"stage\":\"NOTIFICATION\",\"severity\":\"CRITICAL\"}")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> stix = api().get("/api/v1/incidents/" + id + "/stix", DUTY_EE);
        assertThat(stix.statusCode()).as(stix.body()).isEqualTo(200);
        assertThat(stix.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/stix+json"));
        JsonNode bundle = JSON.readTree(stix.body());
        assertThat(new StixValidation(schemas).check(bundle)).isEmpty();
        assertThat(each(stix.body(), "objects", "type")).contains("indicator", "note");
        assertThat(each(stix.body(), "objects", "pattern")).contains("[ipv4-addr:value = '203.0.113.7']");
        assertThat(stix.body()).contains("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421").doesNotContain("Elering", "duty.ee");
        assertThat(api().get("/api/v1/incidents/" + id + "/stix?personalData=true", DUTY_EE).body()).contains("Elering");
        assertThat(api().get("/api/v1/incidents/" + id + "/stix?personalData=true", TestTokens.bearer("coordinator", "EU", "COORDINATOR"))
                .statusCode()).isEqualTo(403);

        HttpResponse<String> misp = api().get("/api/v1/incidents/" + id + "/misp", DUTY_EE);
        assertThat(misp.statusCode()).as(misp.body()).isEqualTo(200);
        assertThat(misp.body()).contains("\"tlp:amber\"", "\"PAP:AMBER\"", "rsit:malicious-code=\\\"infected-system\\\"", "\"ip-dst\"", "\"distribution\":\"0\"");
    }

    @Test
    void shouldRefuseToExportWhatTheMarkingForbids() throws Exception {
        String strict = file("AMBER+STRICT", "");
        assertProblem(api().get("/api/v1/incidents/" + strict + "/stix", DUTY_EE), 409, "AMBER+STRICT");
        assertProblem(api().get("/api/v1/incidents/" + strict + "/misp", DUTY_EE), 409, "AMBER+STRICT");
        String red = file("RED", ",\"recipients\":[\"FI\"]");
        assertThat(api().get("/api/v1/incidents/" + red + "/stix", TestTokens.bearer("ncp.fi", "FI", "NCP")).statusCode()).isEqualTo(200);
        assertProblem(api().get("/api/v1/incidents/" + red + "/stix", TestTokens.bearer("ncp.lv", "LV", "NCP")), 403, "not shared with you");
    }

    @Test
    void shouldFileAnImportedBundleRoundTripAndRefuseABrokenOneWhole() throws Exception {
        String id = file("GREEN", "");
        String bundle = api().get("/api/v1/incidents/" + id + "/stix", DUTY_EE).body();
        HttpResponse<String> imported = api().post("/api/v1/incidents/imports", TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER"), bundle);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode incident = JSON.readTree(imported.body());
        assertThat(incident.path("reporterCountry").asText()).isEqualTo("LV");
        assertThat(incident.path("title").asText()).isEqualTo("Ransomware on grid operator");
        assertThat(incident.path("tlp").asText()).isEqualTo("GREEN");
        assertThat(incident.path("indicators")).hasSize(2);

        long before = rows();
        String broken = bundle.replaceFirst("\"type\":\"incident\"", "\"type\":\"incident\",\"confidence\":\"high\"");
        HttpResponse<String> refused = api().post("/api/v1/incidents/imports", TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER"), broken);
        assertProblem(refused, 422, "objects[");
        assertProblem(api().post("/api/v1/incidents/imports", TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER"), "{\"type\":\"bundle\"}"), 422, "");
        assertThat(api().post("/api/v1/incidents/imports", TestTokens.bearer("ncp.lv", "LV", "NCP"), bundle).statusCode()).isEqualTo(403);
        assertThat(rows()).isEqualTo(before);
    }

    private String file(String tlp, String extra) throws Exception {
        HttpResponse<String> filed = api().post("/api/v1/incidents", DUTY_EE, """
                {"title":"Ransomware on grid operator","summary":"SCADA jump hosts encrypted","awareAt":"%s","severity":"HIGH",
                 "rsitClass":"malicious-code","rsitType":"infected-system","tlp":"%s","pap":"AMBER","affectedCountries":["LV"],
                 "crossBorder":true,"suspectedMalicious":true,"sectors":["energy"],"entity":{"name":"Elering AS","entityType":"OTHER"},
                 "indicators":[{"type":"ipv4-addr","value":"203.0.113.7"},{"type":"file:hashes.'SHA-256'",
                 "value":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]%s}"""
                .formatted(Instant.now().minusSeconds(600), tlp, extra));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return JSON.readTree(filed.body()).path("id").asText();
    }

    private long rows() throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM incident")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String mentions) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(response.body()).contains(mentions);
    }
}
