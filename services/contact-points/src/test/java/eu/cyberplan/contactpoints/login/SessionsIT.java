package eu.cyberplan.contactpoints.login;

import eu.cyberplan.contactpoints.account.AccountFixture;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static eu.cyberplan.contactpoints.account.AccountFixture.body;
import static eu.cyberplan.contactpoints.account.AccountFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Refresh tokens rotate on every use; a replayed one revokes its whole session; logout revokes (DESIGN §12). */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ServiceUnderTest.of("contact_points").properties();
    }

    @Test
    void shouldRotateTheRefreshTokenAndRevokeTheFamilyWhenASpentOneComesBack() {
        String first = ok(fixture().login("duty.fi", "demo"), 200).path("refresh_token").asText();
        var second = ok(fixture().refresh(first), 200);
        assertThat(second.path("access_token").asText()).isNotBlank();
        assertThat(second.path("token_type").asText()).isEqualTo("Bearer");
        String secondToken = second.path("refresh_token").asText();
        assertThat(secondToken).isNotEqualTo(first);
        String third = ok(fixture().refresh(secondToken), 200).path("refresh_token").asText();

        assertThat(fixture().refresh(first).statusCode()).isEqualTo(400);
        assertThat(body(fixture().refresh(third)).path("error").asText()).isEqualTo("invalid_grant");
        // Another session of the same person is not touched.
        String other = ok(fixture().login("duty.fi", "demo"), 200).path("refresh_token").asText();
        ok(fixture().refresh(other), 200);
        assertThat(body(api().get("/api/v1/audit?action=token.replayed&targetId=duty.fi", TestTokens.bearer("auditor", "EU", "AUDITOR")))
                .path("items")).hasSize(1);
    }

    @Test
    void shouldRevokeTheSessionAtLogout() {
        String refresh = ok(fixture().login("duty.se", "demo"), 200).path("refresh_token").asText();
        String me = TestTokens.bearer("duty.se", "SE", "DUTY_OFFICER");
        assertThat(api().post("/api/v1/logout", me, "{\"refresh_token\":\"" + refresh + "\"}").statusCode()).isEqualTo(204);
        assertThat(fixture().refresh(refresh).statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRefuseATamperedOrMissingRefreshToken() {
        assertThat(fixture().refresh("not-a-token").statusCode()).isEqualTo(400);
        assertThat(api().post("/api/v1/token/refresh", null, "{\"grant_type\":\"password\"}").statusCode()).isEqualTo(400);
        assertThat(api().post("/api/v1/logout", null, "{}").statusCode()).isEqualTo(401);
    }

    private AccountFixture fixture() {
        return new AccountFixture(api());
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
