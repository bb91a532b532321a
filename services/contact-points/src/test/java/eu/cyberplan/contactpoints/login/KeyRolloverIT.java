package eu.cyberplan.contactpoints.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import eu.cyberplan.testing.TestEventSignatures;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token signing key rotates mid-session (DESIGN §12), driven by the injected clock: the next key is published ahead
 * of its turn, new tokens carry its kid from then on, and a token signed by the previous key keeps working until it
 * expires. contact-points validates its own tokens through its own {@code /keys}, as every other service does.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyRolloverIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.now();

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    @Inject
    EmbeddedServer server;

    @MockBean(Clock.class)
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }

    @Override
    public Map<String, String> getProperties() {
        int port = freePort();
        Map<String, String> properties = new HashMap<>(ServiceUnderTest.of("contact_points").properties());
        properties.put("micronaut.server.port", String.valueOf(port));
        properties.put("cyberplan.trust.issuer", "rollover-node");
        properties.put("cyberplan.trust.jwks-url", "http://127.0.0.1:" + port + "/keys");
        properties.put("micronaut.security.token.generator.access-token.expiration", "1800");
        properties.put("cyberplan.jwt.rotation", "1h");
        properties.put("cyberplan.jwt.publish-ahead", "10m");
        try {
            properties.put("cyberplan.jwt.key-dir", Files.createTempDirectory("rollover-keys").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void shouldKeepOldTokensValidUntilTheyExpireWhileNewTokensCarryTheNewKid() throws Exception {
        String first = login();
        String firstKid = kid(first);
        assertThat(publishedKids()).containsExactly(firstKid);
        assertThat(inbox(first)).isEqualTo(200);

        at(Duration.ofMinutes(55));
        List<String> aheadOfItsTurn = publishedKids();
        assertThat(aheadOfItsTurn).hasSize(2).startsWith(firstKid);
        String nextKid = aheadOfItsTurn.get(1);

        at(Duration.ofMinutes(59));
        String lastOfTheOldKey = login();
        assertThat(kid(lastOfTheOldKey)).isEqualTo(firstKid);

        at(Duration.ofMinutes(61));
        String rotated = login();
        assertThat(kid(rotated)).isEqualTo(nextKid);
        assertThat(publishedKids()).containsExactly(firstKid, nextKid);
        assertThat(inbox(lastOfTheOldKey)).as("a token of the previous key within its lifetime").isEqualTo(200);
        assertThat(inbox(rotated)).isEqualTo(200);

        at(Duration.ofMinutes(90));
        assertThat(inbox(lastOfTheOldKey)).as("the same token once expired").isEqualTo(401);
        assertThat(inbox(rotated)).isEqualTo(200);
    }

    private void at(Duration sinceStart) {
        now.set(START.plus(sinceStart));
    }

    private String login() throws Exception {
        HttpResponse<String> login = api().post("/api/v1/login", null, "{\"username\":\"duty.ee\",\"password\":\"demo\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return JSON.readTree(login.body()).path("access_token").asText();
    }

    private int inbox(String token) {
        return api().get("/api/v1/inbox", "Bearer " + token).statusCode();
    }

    /** The token keys of /keys; the node's event key, published beside them, is the tests' key and never rotates here. */
    private List<String> publishedKids() throws Exception {
        HttpResponse<String> keys = api().get("/keys", null);
        assertThat(keys.statusCode()).isEqualTo(200);
        List<String> kids = new ArrayList<>();
        boolean eventKey = false;
        for (JsonNode key : JSON.readTree(keys.body()).path("keys")) {
            assertThat(key.has("d")).as("a private part published").isFalse();
            if (TestEventSignatures.KEY_ID.equals(key.path("kid").asText())) {
                eventKey = true;
            } else {
                kids.add(key.path("kid").asText());
            }
        }
        assertThat(eventKey).as("the node's event key is published beside its token keys").isTrue();
        return kids;
    }

    private static String kid(String token) throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
