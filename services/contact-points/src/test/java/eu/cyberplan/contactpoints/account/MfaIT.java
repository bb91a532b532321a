package eu.cyberplan.contactpoints.account;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Map;

import static eu.cyberplan.contactpoints.account.AccountFixture.body;
import static eu.cyberplan.contactpoints.account.AccountFixture.code;
import static eu.cyberplan.contactpoints.account.AccountFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** TOTP as a second factor (DESIGN §12): enrolment, codes used once, recovery codes, a country's "MFA for all". */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MfaIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ServiceUnderTest.of("contact_points").properties();
    }

    @Test
    void shouldAskForTheCodeOnceEnrolledAndTakeEachCodeOnlyOnce() {
        String me = TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER");
        JsonNode enrolment = ok(api().post("/api/v1/accounts/me/totp", me, "{}"), 200);
        String secret = enrolment.path("secret").asText();
        assertThat(enrolment.path("otpauthUri").asText()).startsWith("otpauth://totp/CyberPlan%3Aduty.lv?secret=" + secret);
        // Not confirmed yet: the password alone still logs in.
        ok(fixture().login("duty.lv", "demo"), 200);

        HttpResponse<String> wrongConfirmation = api().post("/api/v1/accounts/me/totp/confirm", me, "{\"code\":\"000000\"}".replace("000000", other(code(secret, 0))));
        assertThat(wrongConfirmation.statusCode()).isEqualTo(422);
        assertThat(body(wrongConfirmation).path("errors").get(0).path("field").asText()).isEqualTo("code");
        JsonNode confirmed = ok(api().post("/api/v1/accounts/me/totp/confirm", me, "{\"code\":\"" + code(secret, 0) + "\"}"), 200);
        assertThat(confirmed.path("recoveryCodes")).hasSize(10);

        HttpResponse<String> withoutCode = fixture().login("duty.lv", "demo");
        assertThat(withoutCode.statusCode()).isEqualTo(401);
        assertThat(body(withoutCode).path("mfaRequired").asBoolean()).isTrue();
        HttpResponse<String> wrongCode = fixture().login("duty.lv", "demo", other(code(secret, 1)));
        assertThat(wrongCode.statusCode()).isEqualTo(401);
        assertThat(body(wrongCode).path("mfaRequired").asBoolean()).isTrue();
        // The confirmation spent the current step; the next step's code is within the window.
        String next = code(secret, 1);
        ok(fixture().login("duty.lv", "demo", next), 200);
        assertThat(fixture().login("duty.lv", "demo", next).statusCode()).isEqualTo(401);

        String recovery = confirmed.path("recoveryCodes").get(3).asText();
        ok(fixture().login("duty.lv", "demo", recovery.toLowerCase()), 200);
        assertThat(fixture().login("duty.lv", "demo", recovery).statusCode()).isEqualTo(401);
        assertThat(ok(api().get("/api/v1/accounts/duty.lv", TestTokens.bearer("admin.lv", "LV", "COUNTRY_ADMIN")), 200).path("mfa").asBoolean()).isTrue();

        // Starting a new enrolment (with the proof it takes) does not switch the second factor off: the old app counts
        // until the new one is proven.
        String proof = confirmed.path("recoveryCodes").get(4).asText();
        ok(api().post("/api/v1/accounts/me/totp", me, "{\"current\":\"demo\",\"code\":\"" + proof + "\"}"), 200);
        assertThat(body(fixture().login("duty.lv", "demo")).path("mfaRequired").asBoolean()).isTrue();
    }

    @Test
    void shouldWalkAnUnenrolledPersonThroughEnrolmentWhenTheCountryRequiresMfa() {
        ok(api().put("/api/v1/countries/EE/security", TestTokens.bearer("admin.ee", "EE", "COUNTRY_ADMIN"), "{\"mfaRequired\":true}"), 200);

        HttpResponse<String> refused = fixture().login("ncp.ee", "demo");
        assertThat(refused.statusCode()).isEqualTo(401);
        JsonNode problem = body(refused);
        assertThat(problem.path("mfaEnrolmentRequired").asBoolean()).isTrue();
        assertThat(problem.path("detail").asText()).contains("/api/v1/accounts/enrolment/totp");
        String ticket = problem.path("enrolmentToken").asText();
        assertThat(fixture().login("ncp.ee", "wrong").statusCode()).isEqualTo(401);
        assertThat(body(fixture().login("ncp.ee", "wrong")).path("enrolmentToken").isMissingNode()).isTrue();

        String secret = ok(api().post("/api/v1/accounts/enrolment/totp", null, "{\"enrolmentToken\":\"" + ticket + "\"}"), 200).path("secret").asText();
        ok(api().post("/api/v1/accounts/enrolment/totp/confirm", null,
                "{\"enrolmentToken\":\"" + ticket + "\",\"code\":\"" + code(secret, 0) + "\"}"), 200);
        assertThat(api().post("/api/v1/accounts/enrolment/totp", null, "{\"enrolmentToken\":\"" + ticket + "\"}").statusCode()).isEqualTo(422);
        ok(fixture().login("ncp.ee", "demo", code(secret, 1)), 200);
        // Other accounts of the country are asked too; another country is not.
        assertThat(body(fixture().login("owner.ee", "demo")).path("mfaEnrolmentRequired").asBoolean()).isTrue();
        ok(fixture().login("owner.lv", "demo"), 200);
    }

    /** A six-digit code that is not the given one. */
    private static String other(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
    }

    private AccountFixture fixture() {
        return new AccountFixture(api());
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
