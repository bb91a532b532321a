package eu.cyberplan.contactpoints.login;

import eu.cyberplan.testing.ServiceUnderTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Failed logins older than the brute-force window are forgotten by the periodic purge; those within it still count. */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginFailurePurgeIT implements TestPropertyProvider {

    @Inject
    LoginFailures failures;

    @Inject
    LoginFailurePurge purge;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceUnderTest.of("contact_points").properties());
        properties.put("cyberplan.login.purge-interval", "200ms");
        return properties;
    }

    @Test
    void shouldForgetFailuresOlderThanTheWindowOnItsOwnAndKeepRecentOnes() {
        Instant now = Instant.now();
        failures.record("purge.old", "192.0.2.10", now.minus(Duration.ofMinutes(16)));
        failures.record("purge.recent", "192.0.2.10", now.minus(Duration.ofMinutes(14)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(all("purge.old")).isZero());
        assertThat(all("purge.recent")).isEqualTo(1);
    }

    @Test
    void shouldPurgeMoreThanOneBatchInARun() {
        Instant old = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < LoginFailurePurge.BATCH + 5; i++) {
            failures.record("purge.flood", "198.51.100." + (i % 200), old);
        }
        purge.purge();
        assertThat(all("purge.flood")).isZero();
    }

    private int all(String username) {
        return failures.ofUsername(username, Instant.EPOCH, 10_000).size();
    }
}
