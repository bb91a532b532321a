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
import static eu.cyberplan.contactpoints.account.AccountFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Administrators create, change and disable accounts; people set their own passwords (DESIGN §12). */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsIT implements TestPropertyProvider {

    private static final String ADMIN_EE = TestTokens.bearer("admin.ee", "EE", "COUNTRY_ADMIN");
    private static final String ADMIN_LV = TestTokens.bearer("admin.lv", "LV", "COUNTRY_ADMIN");
    private static final String ADMIN_EU = TestTokens.bearer("admin", "EU", "ADMIN");
    private static final String AUDITOR = TestTokens.bearer("auditor", "EU", "AUDITOR");

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ServiceUnderTest.of("contact_points").properties();
    }

    @Test
    void shouldOnboardADutyOfficerThroughASingleUseSetupLink() {
        JsonNode created = ok(api().post("/api/v1/accounts", ADMIN_EE, account("kadri.ee", "EE", "DUTY_OFFICER")), 201);
        assertThat(created.path("account").path("username").asText()).isEqualTo("kadri.ee");
        assertThat(created.path("account").path("enabled").asBoolean()).isTrue();
        assertThat(created.path("account").path("mfa").asBoolean()).isFalse();
        String setupToken = created.path("setupToken").asText();
        assertThat(setupToken).hasSizeGreaterThan(40);
        assertThat(fixture().login("kadri.ee", "").statusCode()).isEqualTo(401);

        HttpResponse<String> weak = setUp(setupToken, "kadri.ee-2026!");
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(422);
        assertThat(body(weak).path("errors").get(0).path("field").asText()).isEqualTo("password");
        assertThat(setUp(setupToken, "123456789012").statusCode()).isEqualTo(422);
        ok(setUp(setupToken, "harbour lights at four"), 200);

        HttpResponse<String> again = setUp(setupToken, "another long passphrase");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(body(again).path("errors").get(0).path("field").asText()).isEqualTo("setupToken");
        assertThat(fixture().login("kadri.ee", "another long passphrase").statusCode()).isEqualTo(401);
        JsonNode token = ok(fixture().login("kadri.ee", "harbour lights at four"), 200);
        assertThat(token.path("access_token").asText()).isNotBlank();
        assertThat(token.path("expires_in").asInt()).isEqualTo(900);

        JsonNode listed = ok(api().get("/api/v1/accounts/kadri.ee", ADMIN_EE), 200);
        assertThat(listed.path("lastLoginAt").isNull()).isFalse();
        assertThat(actions("kadri.ee")).contains("account.created", "account.setup", "login.succeeded");
    }

    @Test
    void shouldRefuseAnotherCountrysAccountARoleTheAdminMayNotGrantAndATakenUsername() {
        assertThat(api().post("/api/v1/accounts", ADMIN_EE, account("janis.lv", "LV", "DUTY_OFFICER")).statusCode()).isEqualTo(403);
        assertThat(api().post("/api/v1/accounts", ADMIN_EE, account("boss.ee", "EE", "COORDINATOR")).statusCode()).isEqualTo(403);
        assertThat(api().post("/api/v1/accounts", ADMIN_EE, account("duty.ee", "EE", "DUTY_OFFICER")).statusCode()).isEqualTo(409);
        assertThat(api().post("/api/v1/accounts", AUDITOR, account("x.ee", "EE", "DUTY_OFFICER")).statusCode()).isEqualTo(403);
        assertThat(api().post("/api/v1/accounts", TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), "{}").statusCode()).isEqualTo(403);
        assertThat(api().patch("/api/v1/accounts/duty.lv", ADMIN_EE, "{\"enabled\":false}").statusCode()).isEqualTo(404);
        assertThat(api().patch("/api/v1/accounts/duty.ee", ADMIN_EE, "{\"roles\":[\"COORDINATOR\"]}").statusCode()).isEqualTo(403);
        assertThat(api().patch("/api/v1/accounts/coordinator", ADMIN_EE, "{\"enabled\":false}").statusCode()).isEqualTo(404);

        HttpResponse<String> invalid = api().post("/api/v1/accounts", ADMIN_EE, "{\"username\":\"Bad Name\",\"country\":\"EE\",\"roles\":[]}");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
        assertThat(body(invalid).path("errors").findValuesAsText("field")).contains("username", "displayName", "roles");
        assertThat(api().post("/api/v1/accounts", ADMIN_EE, account("x.zz", "ZZ", "DUTY_OFFICER")).statusCode()).isIn(403, 404, 422);

        ok(api().post("/api/v1/accounts", ADMIN_EU, account("planner2", "EU", "EXERCISE_PLANNER")), 201);
        ok(api().post("/api/v1/accounts", ADMIN_EU, account("admin2.lv", "LV", "COUNTRY_ADMIN")), 201);
        assertThat(api().post("/api/v1/accounts", ADMIN_EU, account("duty2.lv", "LV", "DUTY_OFFICER")).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldListOnlyTheAdminsOwnCountryUnlessEuAdmin() {
        List<String> ee = usernames(ok(api().get("/api/v1/accounts", ADMIN_EE), 200));
        assertThat(ee).contains("duty.ee", "ncp.ee", "admin.ee").doesNotContain("duty.lv", "coordinator", "svc.exercises");
        assertThat(usernames(ok(api().get("/api/v1/accounts", ADMIN_EU), 200))).contains("duty.ee", "duty.lv", "coordinator", "admin");
        assertThat(api().get("/api/v1/accounts/duty.lv", ADMIN_EE).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/v1/accounts", AUDITOR).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseTheRefreshTokenOfADisabledAccountAtOnce() {
        AccountFixture fixture = fixture();
        String refresh = ok(fixture.login("ncp.ee", "demo"), 200).path("refresh_token").asText();
        JsonNode disabled = ok(api().patch("/api/v1/accounts/ncp.ee", ADMIN_EE, "{\"enabled\":false}"), 200);
        assertThat(disabled.path("enabled").asBoolean()).isFalse();

        HttpResponse<String> refused = fixture.refresh(refresh);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(body(refused).path("error").asText()).isEqualTo("invalid_grant");
        assertThat(fixture.login("ncp.ee", "demo").statusCode()).isEqualTo(401);
        assertThat(actions("ncp.ee")).contains("account.disabled");

        ok(api().patch("/api/v1/accounts/ncp.ee", ADMIN_EE, "{\"enabled\":true}"), 200);
        ok(fixture.login("ncp.ee", "demo"), 200);
    }

    @Test
    void shouldKeepAccountAndDirectoryPersonOnePerson() {
        ok(api().post("/api/v1/accounts", ADMIN_EE, account("mari.ee", "EE", "NCP")), 201);
        JsonNode person = people("EE", "mari.ee");
        assertThat(person.path("name").asText()).isEqualTo("Name of mari.ee");
        assertThat(person.path("email").asText()).isEqualTo("mari.ee@cert.ee.example");

        ok(api().put("/api/v1/countries/EE/people/mari.ee", TestTokens.bearer("ncp.ee", "EE", "NCP"),
                "{\"name\":\"Mari Tamm\",\"email\":\"mari@cert.ee.example\",\"phone\":\"+372-1\",\"roles\":[\"NCP\"]}"), 200);
        JsonNode account = ok(api().get("/api/v1/accounts/mari.ee", ADMIN_EE), 200);
        assertThat(account.path("displayName").asText()).isEqualTo("Mari Tamm");
        assertThat(account.path("email").asText()).isEqualTo("mari@cert.ee.example");

        ok(api().patch("/api/v1/accounts/mari.ee", ADMIN_EE, "{\"displayName\":\"Mari Kask\"}"), 200);
        JsonNode renamed = people("EE", "mari.ee");
        assertThat(renamed.path("name").asText()).isEqualTo("Mari Kask");
        assertThat(renamed.path("phone").asText()).isEqualTo("+372-1");
    }

    @Test
    void shouldChangeOwnPasswordOnlyWithTheCurrentOneAndAStrongNewOne() {
        String owner = TestTokens.bearer("owner.lv", "LV", "PLAN_OWNER");
        assertThat(api().post("/api/v1/accounts/me/password", owner, "{\"current\":\"wrong\",\"password\":\"a long new passphrase\"}").statusCode()).isEqualTo(422);
        HttpResponse<String> weak = api().post("/api/v1/accounts/me/password", owner, "{\"current\":\"demo\",\"password\":\"owner.lv-password\"}");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(body(weak).path("errors").get(0).path("field").asText()).isEqualTo("password");
        assertThat(api().post("/api/v1/accounts/me/password", owner, "{\"current\":\"demo\",\"password\":\"a long new passphrase\"}").statusCode()).isEqualTo(204);
        assertThat(fixture().login("owner.lv", "demo").statusCode()).isEqualTo(401);
        ok(fixture().login("owner.lv", "a long new passphrase"), 200);
    }

    @Test
    void shouldLetOnlyTheCountrysAdminRequireMfa() {
        assertThat(api().put("/api/v1/countries/EE/security", ADMIN_LV, "{\"mfaRequired\":true}").statusCode()).isEqualTo(403);
        assertThat(api().put("/api/v1/countries/EE/security", TestTokens.bearer("ncp.ee", "EE", "NCP"), "{\"mfaRequired\":true}").statusCode()).isEqualTo(403);
        HttpResponse<String> invalid = api().put("/api/v1/countries/EE/security", ADMIN_EE, "{}");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(body(invalid).path("errors").get(0).path("field").asText()).isEqualTo("mfaRequired");
    }

    private HttpResponse<String> setUp(String setupToken, String password) {
        return api().post("/api/v1/accounts/setup", null, "{\"setupToken\":\"" + setupToken + "\",\"password\":\"" + password + "\"}");
    }

    private static String account(String username, String country, String role) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Name of " + username + "\",\"email\":\"" + username
                + "@cert." + country.toLowerCase() + ".example\",\"country\":\"" + country + "\",\"roles\":[\"" + role + "\"]}";
    }

    private JsonNode people(String country, String username) {
        for (JsonNode person : ok(api().get("/api/v1/countries/" + country + "/people", AUDITOR), 200).path("items")) {
            if (person.path("username").asText().equals(username)) {
                return person;
            }
        }
        throw new AssertionError("no person " + username);
    }

    private List<String> actions(String targetId) {
        List<String> actions = new ArrayList<>();
        ok(api().get("/api/v1/audit?targetId=" + targetId, AUDITOR), 200).path("items").forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    private static List<String> usernames(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("items").forEach(a -> names.add(a.path("username").asText()));
        return names;
    }

    private AccountFixture fixture() {
        return new AccountFixture(api());
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
