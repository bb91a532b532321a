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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static eu.cyberplan.contactpoints.account.AccountFixture.body;
import static eu.cyberplan.contactpoints.account.AccountFixture.code;
import static eu.cyberplan.contactpoints.account.AccountFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** A lost phone or password (DESIGN §12): an administrator resets the second factor or sends a new setup link. */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountRecoveryIT implements TestPropertyProvider {

    private static final String ADMIN_FI = TestTokens.bearer("admin.fi", "FI", "COUNTRY_ADMIN");
    private static final String ADMIN_HR = TestTokens.bearer("admin.hr", "HR", "COUNTRY_ADMIN");
    private static final String ADMIN_SK = TestTokens.bearer("admin.sk", "SK", "COUNTRY_ADMIN");
    private static final String ADMIN_EE = TestTokens.bearer("admin.ee", "EE", "COUNTRY_ADMIN");
    private static final String ADMIN_EU = TestTokens.bearer("admin", "EU", "ADMIN");

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ServiceUnderTest.of("contact_points").properties();
    }

    @Test
    void shouldResetALostSecondFactorEndTheSessionsAndLetThePersonEnrolAgain() {
        String secret = enrol("duty.fi", "FI");
        String refresh = ok(fixture().login("duty.fi", "demo", code(secret, 1)), 200).path("refresh_token").asText();

        JsonNode reset = ok(api().delete("/api/v1/accounts/duty.fi/totp", ADMIN_FI), 200);
        assertThat(reset.path("mfa").asBoolean()).isFalse();
        assertThat(ok(api().get("/api/v1/accounts/duty.fi", ADMIN_FI), 200).path("mfa").asBoolean()).isFalse();
        HttpResponse<String> refused = fixture().refresh(refresh);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(body(refused).path("error").asText()).isEqualTo("invalid_grant");
        // No authenticator now and FI does not require one: the password alone logs in, and enrolling needs no proof.
        ok(fixture().login("duty.fi", "demo"), 200);
        ok(api().post("/api/v1/accounts/me/totp", TestTokens.bearer("duty.fi", "FI", "DUTY_OFFICER"), "{}"), 200);
        assertThat(actions("duty.fi")).contains("account.totp.reset");
    }

    @Test
    void shouldWalkAResetPersonThroughEnrolmentAtLoginWhenTheCountryRequiresMfa() {
        enrol("duty.hr", "HR");
        assertThat(ok(api().get("/api/v1/countries/HR/security", ADMIN_HR), 200).path("mfaRequired").asBoolean()).isFalse();
        ok(api().put("/api/v1/countries/HR/security", ADMIN_HR, "{\"mfaRequired\":true}"), 200);
        assertThat(ok(api().get("/api/v1/countries/HR/security", ADMIN_HR), 200).path("mfaRequired").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/countries/HR/security", ADMIN_EE).statusCode()).isEqualTo(403);
        ok(api().delete("/api/v1/accounts/duty.hr/totp", ADMIN_HR), 200);

        HttpResponse<String> login = fixture().login("duty.hr", "demo");
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(body(login).path("mfaEnrolmentRequired").asBoolean()).isTrue();
        assertThat(body(login).path("enrolmentToken").asText()).isNotBlank();
    }

    @Test
    void shouldLetOnlyTheAccountsAdministratorsResetItAndNeverTheirOwn() {
        assertThat(api().delete("/api/v1/accounts/ncp.fi/totp", ADMIN_EE).statusCode()).isEqualTo(404);
        assertThat(api().delete("/api/v1/accounts/ncp.fi/totp", ADMIN_EU).statusCode()).isEqualTo(403);
        assertThat(api().delete("/api/v1/accounts/admin.fi/totp", ADMIN_FI).statusCode()).isEqualTo(403);
        assertThat(api().delete("/api/v1/accounts/ncp.fi/totp", TestTokens.bearer("duty.fi", "FI", "DUTY_OFFICER")).statusCode()).isEqualTo(403);
        assertThat(api().delete("/api/v1/accounts/ncp.fi/totp", null).statusCode()).isEqualTo(401);
        assertThat(api().post("/api/v1/accounts/admin.fi/setup-token", ADMIN_FI, "{}").statusCode()).isEqualTo(403);
        assertThat(api().post("/api/v1/accounts/ncp.fi/setup-token", ADMIN_EE, "{}").statusCode()).isEqualTo(404);
        assertThat(api().post("/api/v1/accounts/ncp.fi/setup-token", ADMIN_EU, "{}").statusCode()).isEqualTo(403);
        assertThat(api().delete("/api/v1/accounts/nobody.fi/totp", ADMIN_FI).statusCode()).isEqualTo(404);
        // The EU administrator names a country's administrators, so it may also recover them.
        ok(api().delete("/api/v1/accounts/admin.fi/totp", ADMIN_EU), 200);
    }

    @Test
    void shouldIssueANewSetupLinkThatVoidsTheOldOneAndEndsTheSessionsOnceUsed() {
        String first = ok(api().post("/api/v1/accounts", ADMIN_SK, account("jana.sk", "SK", "DUTY_OFFICER")), 201).path("setupToken").asText();
        JsonNode reissued = ok(api().post("/api/v1/accounts/jana.sk/setup-token", ADMIN_SK, "{}"), 200);
        assertThat(reissued.path("account").path("username").asText()).isEqualTo("jana.sk");
        String second = reissued.path("setupToken").asText();
        assertThat(second).hasSizeGreaterThan(40).isNotEqualTo(first);
        HttpResponse<String> old = setUp(first, "harbour lights at four");
        assertThat(old.statusCode()).isEqualTo(422);
        assertThat(body(old).path("errors").get(0).path("field").asText()).isEqualTo("setupToken");
        ok(setUp(second, "harbour lights at four"), 200);
        String refresh = ok(fixture().login("jana.sk", "harbour lights at four"), 200).path("refresh_token").asText();

        // She forgot it: a new link, a new password, and the session of the old one ends.
        String third = ok(api().post("/api/v1/accounts/jana.sk/setup-token", ADMIN_SK, "{}"), 200).path("setupToken").asText();
        ok(setUp(third, "lanterns over the danube"), 200);
        assertThat(fixture().refresh(refresh).statusCode()).isEqualTo(400);
        assertThat(fixture().login("jana.sk", "harbour lights at four").statusCode()).isEqualTo(401);
        ok(fixture().login("jana.sk", "lanterns over the danube"), 200);
        assertThat(actions("jana.sk")).contains("account.setup.reissued", "account.setup");
    }

    @Test
    void shouldAskForThePasswordAndACurrentCodeBeforeReplacingAnAuthenticatorInForce() {
        String secret = enrol("duty.si", "SI");
        String me = TestTokens.bearer("duty.si", "SI", "DUTY_OFFICER");
        assertThat(field(api().post("/api/v1/accounts/me/totp", me, "{}"))).isEqualTo("current");
        assertThat(field(api().post("/api/v1/accounts/me/totp", me, "{\"current\":\"wrong\",\"code\":\"" + code(secret, 1) + "\"}"))).isEqualTo("current");
        assertThat(field(api().post("/api/v1/accounts/me/totp", me, "{\"current\":\"demo\"}"))).isEqualTo("code");
        assertThat(field(api().post("/api/v1/accounts/me/totp", me, "{\"current\":\"demo\",\"code\":\"12345\"}"))).isEqualTo("code");
        // The old authenticator still counts after every refusal.
        assertThat(body(fixture().login("duty.si", "demo")).path("mfaRequired").asBoolean()).isTrue();

        JsonNode replaced = ok(api().post("/api/v1/accounts/me/totp", me, "{\"current\":\"demo\",\"code\":\"" + code(secret, 1) + "\"}"), 200);
        assertThat(replaced.path("secret").asText()).isNotEqualTo(secret);
    }

    @Test
    void shouldTakeARecoveryCodeAsTheProofOfAPersonWhoLostTheirPhone() {
        String me = TestTokens.bearer("ncp.si", "SI", "NCP");
        String secret = ok(api().post("/api/v1/accounts/me/totp", me, "{}"), 200).path("secret").asText();
        String recovery = ok(api().post("/api/v1/accounts/me/totp/confirm", me, "{\"code\":\"" + code(secret, 0) + "\"}"), 200)
                .path("recoveryCodes").get(0).asText();
        ok(api().post("/api/v1/accounts/me/totp", me, "{\"current\":\"demo\",\"code\":\"" + recovery + "\"}"), 200);
        assertThat(field(api().post("/api/v1/accounts/me/totp", me, "{\"current\":\"demo\",\"code\":\"" + recovery + "\"}"))).isEqualTo("code");
    }

    @Test
    void shouldCountWrongProofsAsFailedLoginsSoAStolenSessionCannotGuessWithoutLimit() {
        String me = TestTokens.bearer("duty.lu", "LU", "DUTY_OFFICER");
        for (int i = 0; i < 5; i++) {
            assertThat(field(api().post("/api/v1/accounts/me/password", me,
                    "{\"current\":\"guess-" + i + "\",\"password\":\"a long new passphrase\"}"))).isEqualTo("current");
        }
        HttpResponse<String> locked = api().post("/api/v1/accounts/me/password", me, "{\"current\":\"demo\",\"password\":\"a long new passphrase\"}");
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(fixture().login("duty.lu", "demo").statusCode()).isEqualTo(429);
    }

    /** Enrols the account's authenticator through its own session; returns the secret. */
    private String enrol(String username, String country) {
        String me = TestTokens.bearer(username, country, "DUTY_OFFICER");
        String secret = ok(api().post("/api/v1/accounts/me/totp", me, "{}"), 200).path("secret").asText();
        ok(api().post("/api/v1/accounts/me/totp/confirm", me, "{\"code\":\"" + code(secret, 0) + "\"}"), 200);
        return secret;
    }

    private static String field(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        return body(response).path("errors").get(0).path("field").asText();
    }

    private HttpResponse<String> setUp(String token, String password) {
        return api().post("/api/v1/accounts/setup", null, "{\"setupToken\":\"" + token + "\",\"password\":\"" + password + "\"}");
    }

    private static String account(String username, String country, String role) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Jana Novak\",\"country\":\"" + country + "\",\"roles\":[\"" + role + "\"]}";
    }

    private List<String> actions(String targetId) {
        List<String> actions = new ArrayList<>();
        ok(api().get("/api/v1/audit?targetId=" + targetId + "&size=500", TestTokens.bearer("auditor", "EU", "AUDITOR")), 200)
                .path("items").forEach(entry -> actions.add(entry.path("action").asText()));
        return actions;
    }

    private AccountFixture fixture() {
        return new AccountFixture(api());
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
