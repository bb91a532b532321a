package eu.cyberplan.incidentreporting.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.context.annotation.Property;
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
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit trail of incident-reporting over HTTP: who sees which entries, RED reads recorded, GREEN not, tampering found. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "cyberplan.audit.sealer.interval", value = "50ms")
class AuditTrailIT implements TestPropertyProvider {

    private static final String DUTY_EE = TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER");
    private static final String DUTY_LV = TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER");
    private static final String AUDITOR = TestTokens.bearer("auditor", "EU", "AUDITOR");
    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return ServiceUnderTest.of("incident_reporting").properties();
    }

    @Test
    void shouldAuditReadsAndExportsOfRedIncidentsButNotOfGreenOnes() throws Exception {
        String red = file("RED", ",\"recipients\":[\"FI\"]");
        String green = file("GREEN", "");
        assertThat(api().get("/api/v1/incidents/" + red, DUTY_EE).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/v1/incidents/" + red + "/stix", DUTY_EE).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/v1/incidents/" + red, DUTY_LV).statusCode()).as("a refused read is no read").isEqualTo(403);
        assertThat(api().get("/api/v1/incidents/" + green, DUTY_LV).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/v1/incidents/" + green + "/misp", DUTY_EE).statusCode()).isEqualTo(200);

        List<JsonNode> reads = items(api().get("/api/v1/audit?targetId=" + red + "&action=incident.read", AUDITOR));
        assertThat(reads).singleElement().satisfies(entry -> {
            assertThat(entry.path("actor").asText()).isEqualTo("duty.ee");
            assertThat(entry.path("actorCountry").asText()).isEqualTo("EE");
            assertThat(entry.path("country").asText()).isEqualTo("EE");
            assertThat(entry.path("targetType").asText()).isEqualTo("incident");
            assertThat(entry.path("detail").path("tlp").asText()).isEqualTo("RED");
        });
        assertThat(items(api().get("/api/v1/audit?targetId=" + red + "&action=incident.exported", AUDITOR)))
                .singleElement().satisfies(entry -> assertThat(entry.path("detail").path("part").asText()).isEqualTo("stix"));
        assertThat(items(api().get("/api/v1/audit?targetId=" + green + "&action=incident.read", AUDITOR))).isEmpty();
        assertThat(items(api().get("/api/v1/audit?targetId=" + green + "&action=incident.exported", AUDITOR))).isEmpty();
        assertThat(items(api().get("/api/v1/audit?targetId=" + green, AUDITOR))).extracting(e -> e.path("action").asText())
                .containsExactly("incident.reported");
        assertThat(items(api().get("/api/v1/audit?targetId=" + green, AUDITOR)).get(0).path("actor").asText()).isEqualTo("duty.ee");
    }

    @Test
    void shouldShowEachRoleWhatItMaySee() throws Exception {
        String red = file("RED", ",\"recipients\":[\"FI\"]");
        api().get("/api/v1/incidents/" + red, DUTY_EE);
        assertThat(items(api().get("/api/v1/audit?targetId=" + red, AUDITOR))).hasSize(2);
        assertThat(items(api().get("/api/v1/audit?targetId=" + red, COORDINATOR))).hasSize(2);
        assertThat(items(api().get("/api/v1/audit?targetId=" + red, DUTY_EE))).hasSize(2);
        assertThat(items(api().get("/api/v1/audit?targetId=" + red, DUTY_LV))).as("another country's entries").isEmpty();
        assertThat(items(api().get("/api/v1/audit?actor=duty.ee", DUTY_LV))).isEmpty();
        assertThat(items(api().get("/api/v1/audit", DUTY_EE))).isNotEmpty().allSatisfy(e -> assertThat(e.path("country").asText()).isEqualTo("EE"));
        assertThat(api().get("/api/v1/audit", TestTokens.bearer("ncp.ee", "EE", "NCP")).statusCode()).isEqualTo(403);
        assertThat(api().get("/api/v1/audit", TestTokens.bearer("owner.ee", "EE", "PLAN_OWNER")).statusCode()).isEqualTo(403);
        assertThat(api().get("/api/v1/audit", null).statusCode()).isEqualTo(401);
        assertThat(api().get("/api/v1/audit/verify", DUTY_EE).statusCode()).isEqualTo(403);
        assertThat(api().get("/api/v1/audit/verify", COORDINATOR).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNameTheBadQueryValue() throws Exception {
        for (String[] bad : new String[][]{{"page=-1", "page"}, {"size=501", "size"}, {"size=ten", "size"},
                {"from=yesterday", "from"}, {"from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", "to"}}) {
            HttpResponse<String> refused = api().get("/api/v1/audit?" + bad[0], AUDITOR);
            assertThat(refused.statusCode()).as(bad[0]).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(JSON.readTree(refused.body()).path("errors").get(0).path("field").asText()).isEqualTo(bad[1]);
        }
        JsonNode page = JSON.readTree(api().get("/api/v1/audit?page=0&size=1", AUDITOR).body());
        assertThat(page.path("size").asInt()).isEqualTo(1);
        assertThat(page.path("page").asInt()).isZero();
    }

    @Test
    void shouldVerifyTheChainAndNameTheFirstChangedEntry() throws Exception {
        String incident = file("AMBER", "");
        api().post("/api/v1/incidents/" + incident + "/csirt-response", DUTY_EE, "{\"note\":\"we are on it\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode verdict = JSON.readTree(api().get("/api/v1/audit/verify", AUDITOR).body());
            return verdict.path("valid").asBoolean() && verdict.path("sealedUpTo").asLong() == verdict.path("entries").asLong() + gaps();
        });
        JsonNode reply = items(api().get("/api/v1/audit?targetId=" + incident + "&action=incident.csirt-responded", AUDITOR)).get(0);
        long id = reply.path("id").asLong();
        tamper("UPDATE audit_entry SET actor = 'duty.lv' WHERE id = " + id);
        JsonNode verdict = JSON.readTree(api().get("/api/v1/audit/verify", AUDITOR).body());
        assertThat(verdict.path("valid").asBoolean()).isFalse();
        assertThat(verdict.path("firstBrokenId").asLong()).isEqualTo(id);
        tamper("UPDATE audit_entry SET actor = 'duty.ee' WHERE id = " + id);
        assertThat(JSON.readTree(api().get("/api/v1/audit/verify", AUDITOR).body()).path("valid").asBoolean()).isTrue();
    }

    private long gaps() throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT coalesce(max(id), 0) - count(*) FROM audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void tamper(String sql) throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
            statement.execute(sql);
            statement.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
            connection.commit();
        }
    }

    private String file(String tlp, String extra) throws Exception {
        HttpResponse<String> filed = api().post("/api/v1/incidents", DUTY_EE, """
                {"title":"Wiper on water utility","summary":"HMIs wiped","awareAt":"%s","severity":"HIGH",
                 "rsitClass":"malicious-code","rsitType":"infected-system","tlp":"%s","pap":"AMBER","affectedCountries":["LV"],
                 "crossBorder":true,"suspectedMalicious":true,"sectors":["energy"]%s}""".formatted(Instant.now().minusSeconds(600), tlp, extra));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return JSON.readTree(filed.body()).path("id").asText();
    }

    private static List<JsonNode> items(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(response.body()).path("items").forEach(items::add);
        return items;
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
