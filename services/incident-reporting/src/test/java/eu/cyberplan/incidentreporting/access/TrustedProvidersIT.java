package eu.cyberplan.incidentreporting.access;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestInfrastructure;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country plugs in its own OIDC provider through the trust list (DESIGN §11): a real one, running in this JVM,
 * trusted for FR only and shaped like Keycloak (roles in {@code realm_access.roles}, the country in a nested claim).
 * Its people file for FR and nobody else's country; forged tokens and unlisted issuers are refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustedProvidersIT implements TestPropertyProvider {

    private static final String FRANCE = "fr-keycloak";
    private static final String UNLISTED = "rogue";

    private final MockOAuth2Server provider = new MockOAuth2Server();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        provider.start();
        Map<String, String> properties = new HashMap<>(ServiceUnderTest.of("incident_reporting").properties());
        properties.put("cyberplan.trust.file", trustFile());
        return properties;
    }

    @AfterAll
    void stopProvider() {
        provider.shutdown();
    }

    @Test
    void shouldLetAProviderTrustedForFranceFileForFrance() {
        assertStatus(http().post("/api/v1/incidents", bearer(keycloakToken("agent.dupont", "FR", "DUTY_OFFICER")), warning("")), 201);
    }

    @Test
    void shouldRefuseAProviderSpeakingForACountryItIsNotTrustedFor() {
        assertStatus(http().post("/api/v1/incidents", bearer(keycloakToken("agent.tamm", "EE", "DUTY_OFFICER")), warning("")), 401);
        assertStatus(http().post("/api/v1/incidents", bearer(keycloakToken("agent.dupont", "FR", "DUTY_OFFICER")),
                warning(",\"reporterCountry\":\"EE\"")), 403);
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKeyUnderTheProvidersKid() throws Exception {
        SignedJWT genuine = keycloakToken("agent.dupont", "FR", "DUTY_OFFICER");
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(genuine.getHeader()).build(), genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate()));

        assertStatus(http().post("/api/v1/incidents", "Bearer " + forged.serialize(), warning("")), 401);
    }

    @Test
    void shouldRefuseAnIssuerNotInTheTrustList() {
        SignedJWT unlisted = provider.issueToken(UNLISTED, "agent.dupont", "cyberplan",
                Map.of("roles", List.of("DUTY_OFFICER"), "country", "FR"));

        assertStatus(http().post("/api/v1/incidents", bearer(unlisted), warning("")), 401);
    }

    @Test
    void shouldMapKeycloakShapedClaimsToRolesAndCountry() {
        String reader = bearer(keycloakToken("analyst.martin", "fr", "offline_access"));
        assertStatus(http().get("/api/v1/incidents", reader), 200);
        assertStatus(http().post("/api/v1/incidents", reader, warning("")), 403);
    }

    @Test
    void shouldKeepAcceptingTheTestsOwnTokens() {
        assertStatus(http().post("/api/v1/incidents", TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER"), warning("")), 201);
    }

    /** A token as a Keycloak realm issues it: realm roles nested, the country as a user attribute mapped into a claim. */
    private SignedJWT keycloakToken(String username, String country, String... roles) {
        return provider.issueToken(FRANCE, username, "cyberplan", Map.of(
                "realm_access", Map.of("roles", List.of(roles)),
                "cyberplan", Map.of("country", country),
                "preferred_username", username));
    }

    private String trustFile() {
        String json = """
                [{"node": "fr-national-idp", "countries": ["FR"], "issuer": "%s", "jwksUrl": "%s",
                  "rolesClaim": "realm_access.roles", "countryClaim": "cyberplan.country"},
                 {"node": "test", "countries": ["*"], "issuer": "%s", "jwksUrl": "%s"}]"""
                .formatted(provider.issuerUrl(FRANCE), provider.jwksUrl(FRANCE), TestInfrastructure.TEST_ISSUER, TestInfrastructure.jwksUrl());
        try {
            Path file = Files.createTempFile("trust-", ".json");
            file.toFile().deleteOnExit();
            return Files.writeString(file, json).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }

    private static String bearer(SignedJWT token) {
        return "Bearer " + token.serialize();
    }

    private static String warning(String extra) {
        return """
                {"title":"Ransomware on grid operator","summary":"SCADA jump hosts encrypted","awareAt":"%s","severity":"HIGH",
                 "rsitClass":"malicious-code","rsitType":"infected-system","tlp":"AMBER","pap":"AMBER","affectedCountries":["BE"],
                 "crossBorder":true,"suspectedMalicious":true,"sectors":["energy"]%s}""".formatted(Instant.now().minusSeconds(600), extra);
    }
}
