package eu.cyberplan.incidentreporting.access;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While the identity provider (contact-points' {@code /keys}) is down or restarting, tokens it signed before keep
 * working: the service validates them with the keys the provider last published, and a token signed by another key
 * is still refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityProviderOutageIT implements TestPropertyProvider {

    private static final String ISSUER = "outage-node";

    private final RSAKey key = generate("outage-test");
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger refusedFetches = new AtomicInteger();
    private HttpServer provider;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceUnderTest.of("incident-reporting").properties());
        properties.put("cyberplan.trust.issuer", ISSUER);
        properties.put("cyberplan.trust.jwks-url", serveKeys());
        properties.put("cyberplan.trust.jwks-refresh", "1s");
        properties.put("cyberplan.trust.jwks-min-interval", "1s");
        return properties;
    }

    @AfterAll
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void shouldKeepAcceptingTokensOfAProviderThatIsDownAndStillRefuseForgedOnes() {
        TestHttp http = new TestHttp(server.getURL());
        String token = "Bearer " + sign(key);
        assertThat(http.get("/api/v1/incidents", token).statusCode()).isEqualTo(200);

        down.set(true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(http.get("/api/v1/incidents", token).statusCode()).isEqualTo(200);
            assertThat(refusedFetches.get()).as("the service tried the provider again after its cache expired").isGreaterThanOrEqualTo(2);
        });
        assertThat(http.get("/api/v1/incidents", "Bearer " + sign(generate("outage-test"))).statusCode())
                .as("a token signed by another key under the same kid").isEqualTo(401);
    }

    private String serveKeys() {
        try {
            byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            provider.createContext("/keys", exchange -> {
                if (down.get()) {
                    refusedFetches.incrementAndGet();
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(keys);
                }
            });
            provider.start();
            return "http://127.0.0.1:" + provider.getAddress().getPort() + "/keys";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey key) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("duty.ee").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .claim("roles", List.of("DUTY_OFFICER")).claim("country", "EE").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
