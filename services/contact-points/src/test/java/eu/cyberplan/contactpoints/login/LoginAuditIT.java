package eu.cyberplan.contactpoints.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Logins, failed logins and token refreshes land in contact-points' audit trail, seen by the account's country. */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginAuditIT implements TestPropertyProvider {

    private static final String AUDITOR = TestTokens.bearer("auditor", "EU", "AUDITOR");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ServiceUnderTest.of("contact_points").properties();
    }

    @Test
    void shouldAuditAFailedLoginUnderTheAccountsCountry() throws Exception {
        assertThat(login("duty.ee", "not-the-password").statusCode()).isEqualTo(401);
        assertThat(login("nobody.zz", "whatever").statusCode()).isEqualTo(401);

        List<JsonNode> failed = items(api().get("/api/v1/audit?action=login.failed&targetId=duty.ee", AUDITOR));
        assertThat(failed).singleElement().satisfies(entry -> {
            assertThat(entry.path("actor").asText()).isEqualTo("duty.ee");
            assertThat(entry.path("country").asText()).isEqualTo("EE");
            assertThat(entry.path("targetType").asText()).isEqualTo("account");
        });
        assertThat(items(api().get("/api/v1/audit?action=login.failed&targetId=nobody.zz", AUDITOR)))
                .singleElement().satisfies(entry -> assertThat(entry.path("country").isNull()).isTrue());
        assertThat(items(api().get("/api/v1/audit?action=login.failed", TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"))))
                .extracting(e -> e.path("targetId").asText()).containsExactly("duty.ee");
        assertThat(items(api().get("/api/v1/audit?action=login.failed", TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER")))).isEmpty();
    }

    @Test
    void shouldAuditALoginAndATokenRefresh() throws Exception {
        HttpResponse<String> login = login("ncp.lv", "demo");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String refreshToken = JSON.readTree(login.body()).path("refresh_token").asText();
        HttpResponse<String> refreshed = api().post("/api/v1/token/refresh", null,
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + refreshToken + "\"}");
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);

        List<JsonNode> entries = items(api().get("/api/v1/audit?targetId=ncp.lv&actor=ncp.lv", AUDITOR));
        assertThat(entries).extracting(e -> e.path("action").asText()).containsExactly("token.refreshed", "login.succeeded");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.path("actor").asText()).isEqualTo("ncp.lv");
            assertThat(entry.path("actorCountry").asText()).isEqualTo("LV");
            assertThat(entry.path("country").asText()).isEqualTo("LV");
        });
    }

    private HttpResponse<String> login(String username, String password) {
        return api().post("/api/v1/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
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
