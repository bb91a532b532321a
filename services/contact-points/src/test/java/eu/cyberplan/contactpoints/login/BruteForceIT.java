package eu.cyberplan.contactpoints.login;

import com.fasterxml.jackson.databind.JsonNode;
import eu.cyberplan.contactpoints.account.AccountFixture;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static eu.cyberplan.contactpoints.account.AccountFixture.body;
import static org.assertj.core.api.Assertions.assertThat;

/** The brute-force limits of DESIGN §12, and the same answer for unknown usernames as for known ones. */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BruteForceIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ServiceUnderTest.of("contact_points").properties();
    }

    @Test
    @Order(1)
    void shouldLockAUsernameAfterFiveFailuresEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThat(fixture().login("duty.ee", "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = fixture().login("duty.ee", "demo");
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(body(locked).path("status").asInt()).isEqualTo(429);
        // Another username from the same address is not locked.
        assertThat(fixture().login("duty.lv", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void shouldAnswerAnUnknownUsernameExactlyAsAKnownOne() {
        HttpResponse<String> known = fixture().login("ncp.lv", "wrong password");
        HttpResponse<String> unknown = fixture().login("nobody.lv", "wrong password");
        assertThat(unknown.statusCode()).isEqualTo(known.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(known.body());
        for (int i = 0; i < 4; i++) {
            fixture().login("nobody.lv", "guess-" + i);
        }
        HttpResponse<String> locked = fixture().login("nobody.lv", "guess");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    @Order(3)
    void shouldAuditEveryFailedLoginWithItsReason() {
        Map<String, String> reasons = new HashMap<>();
        JsonNode items = body(api().get("/api/v1/audit?action=login.failed&size=500", TestTokens.bearer("auditor", "EU", "AUDITOR"))).path("items");
        items.forEach(e -> reasons.merge(e.path("targetId").asText(), e.path("detail").path("reason").asText(), (a, b) -> a + "," + b));
        assertThat(reasons.get("duty.ee")).contains("wrong password", "too many failed logins");
        assertThat(reasons.get("nobody.lv")).contains("unknown username", "too many failed logins");
    }

    @Test
    @Order(4)
    void shouldLockAnAddressAfterFiftyFailures() {
        // 11 failures so far from this address (tests 1 and 2); the lock counts every username.
        int failures = 11;
        for (int i = 0; failures < 50; i++, failures++) {
            assertThat(fixture().login("user" + i + ".ee", "guess").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = fixture().login("ncp.ee", "demo");
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    }

    private AccountFixture fixture() {
        return new AccountFixture(api());
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
