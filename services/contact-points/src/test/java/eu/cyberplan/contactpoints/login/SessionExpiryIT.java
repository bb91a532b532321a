package eu.cyberplan.contactpoints.login;

import eu.cyberplan.contactpoints.account.AccountFixture;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

import static eu.cyberplan.contactpoints.account.AccountFixture.body;
import static eu.cyberplan.contactpoints.account.AccountFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** A session ends CYBERPLAN_REFRESH_TOKEN_HOURS after its login: here 0, so its refresh token is expired at once. */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionExpiryIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceUnderTest.of("contact_points").properties());
        properties.put("cyberplan.sessions.refresh-token-hours", "0");
        return properties;
    }

    @Test
    void shouldRefuseARefreshTokenWhoseSessionHasEnded() {
        AccountFixture fixture = new AccountFixture(new TestHttp(server.getURL()));
        String refresh = ok(fixture.login("duty.pt", "demo"), 200).path("refresh_token").asText();
        var refused = fixture.refresh(refresh);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(body(refused).path("error").asText()).isEqualTo("invalid_grant");
    }
}
