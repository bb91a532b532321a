package eu.cyberplan.platform.security.trust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TrustListTest {

    private static final TrustEntry BALTIC = new TrustEntry("baltic", List.of("EE", "LV", "LT"), "https://baltic.example/", "https://baltic.example/keys", null, null);
    private static final TrustEntry KEYCLOAK_FR = new TrustEntry("fr", List.of("FR"), "https://sso.cert.fr/realms/cert", "https://sso.cert.fr/certs",
            "realm_access.roles", "attributes.country");
    private static final TrustEntry OWN_NODE = new TrustEntry("self", List.of(TrustEntry.ANY_COUNTRY), "cyberplan", "http://127.0.0.1:8081/keys", null, null);

    static Stream<Arguments> tokens() {
        return Stream.of(
                arguments("a node for its own country", BALTIC, Map.of("sub", "duty.ee", "country", "EE", "roles", List.of("DUTY_OFFICER")),
                        Optional.of(new TrustedIdentity("duty.ee", Set.of("DUTY_OFFICER"), "EE", "https://baltic.example/"))),
                arguments("a node for another node's country", BALTIC, Map.of("sub", "duty.fr", "country", "FR", "roles", List.of("DUTY_OFFICER")),
                        Optional.empty()),
                arguments("a node for EU-level people it does not serve", BALTIC, Map.of("sub", "coordinator", "country", "EU", "roles", List.of("COORDINATOR")),
                        Optional.empty()),
                arguments("a country in lower case", BALTIC, Map.of("sub", "ncp.lv", "country", "lv", "roles", List.of("NCP")),
                        Optional.of(new TrustedIdentity("ncp.lv", Set.of("NCP"), "LV", "https://baltic.example/"))),
                arguments("no country at all", BALTIC, Map.of("sub", "ncp.lv", "roles", List.of("NCP")), Optional.empty()),
                arguments("no subject", BALTIC, Map.of("country", "LV", "roles", List.of("NCP")), Optional.empty()),
                arguments("a Keycloak token through its nested claims", KEYCLOAK_FR,
                        Map.of("sub", "9f1c", "attributes", Map.of("country", "FR"), "realm_access", Map.of("roles", List.of("offline_access", "DUTY_OFFICER"))),
                        Optional.of(new TrustedIdentity("9f1c", Set.of("offline_access", "DUTY_OFFICER"), "FR", "https://sso.cert.fr/realms/cert"))),
                arguments("a Keycloak token whose country sits at the default claim only", KEYCLOAK_FR,
                        Map.of("sub", "9f1c", "country", "FR", "realm_access", Map.of("roles", List.of("DUTY_OFFICER"))), Optional.empty()),
                arguments("roles as one space-separated string", KEYCLOAK_FR,
                        Map.of("sub", "9f1c", "attributes", Map.of("country", "FR"), "realm_access", Map.of("roles", "NCP DUTY_OFFICER NCP")),
                        Optional.of(new TrustedIdentity("9f1c", Set.of("NCP", "DUTY_OFFICER"), "FR", "https://sso.cert.fr/realms/cert"))),
                arguments("no roles: authenticated, entitled to nothing", KEYCLOAK_FR, Map.of("sub", "9f1c", "attributes", Map.of("country", "FR")),
                        Optional.of(new TrustedIdentity("9f1c", Set.of(), "FR", "https://sso.cert.fr/realms/cert"))),
                arguments("the node's own issuer serving every country, for an observer", OWN_NODE,
                        Map.of("sub", "ncp.ch", "country", "CH", "roles", List.of("NCP")),
                        Optional.of(new TrustedIdentity("ncp.ch", Set.of("NCP"), "CH", "cyberplan"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void shouldAdmitOnlyPeopleOfTheCountriesTheIssuerIsTrustedFor(String token, TrustEntry entry, Map<String, Object> claims, Optional<TrustedIdentity> expected) {
        assertThat(TrustList.admit(entry, claims)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "issuer {0}")
    @MethodSource("issuers")
    void shouldFindOnlyListedIssuers(String issuer, boolean listed) {
        assertThat(new TrustList(List.of(BALTIC, KEYCLOAK_FR)).entryFor(issuer).isPresent()).isEqualTo(listed);
    }

    static Stream<Arguments> issuers() {
        return Stream.of(arguments("https://baltic.example/", true), arguments("https://baltic.example", false),
                arguments("https://sso.cert.fr/realms/cert", true), arguments(null, false), arguments("cyberplan", false));
    }

    @Test
    void shouldRefuseATrustListNamingOneIssuerTwice() {
        assertThatThrownBy(() -> new TrustList(List.of(BALTIC, BALTIC))).hasMessageContaining("listed twice");
    }

    @Test
    void shouldRefuseAnEntryWithoutCountries() {
        assertThatThrownBy(() -> new TrustEntry("x", List.of(), "https://x", "https://x/keys", null, null)).hasMessageContaining("names no country");
    }

    static Stream<Arguments> ownJwks() {
        return Stream.of(
                arguments("https://cp.cert.ee/keys", 8081, "https://cp.cert.ee/keys"),
                arguments("https://cp.cert.ee/keys", -1, "https://cp.cert.ee/keys"),
                arguments("", 9000, "http://127.0.0.1:9000/keys"),
                arguments(null, 8081, "http://127.0.0.1:8081/keys"));
    }

    @ParameterizedTest
    @MethodSource
    void ownJwks(String configured, int port, String expected) {
        assertThat(TrustListFactory.ownJwks(configured, port)).isEqualTo(expected);
    }

    @Test
    void shouldNotGuessTheOwnJwksOfAServiceOnARandomPort() {
        assertThatThrownBy(() -> TrustListFactory.ownJwks(" ", -1)).hasMessageContaining("CYBERPLAN_JWKS_URL");
    }
}
