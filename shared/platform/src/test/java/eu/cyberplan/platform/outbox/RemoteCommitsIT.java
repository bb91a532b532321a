package eu.cyberplan.platform.outbox;

import eu.cyberplan.testing.ServiceUnderTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** A commit on a standby instance wakes the leading relay through PostgreSQL, on real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteCommitsIT implements TestPropertyProvider {

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return ServiceUnderTest.of("platform").properties();
    }

    @Test
    void shouldWakeTheListeningLeaderWhenAStandbyAnnouncesItsCommits() throws Exception {
        OutboxSignal leaderSignal = new OutboxSignal();
        try (RemoteCommits leader = new RemoteCommits(dataSource, leaderSignal)) {
            leader.listen();
            // The listener nudges once when its LISTEN is in place (for what was committed before it).
            await().atMost(Duration.ofSeconds(30)).until(() -> leaderSignal.await(Duration.ofMillis(100)));

            RemoteCommits.announce(dataSource);

            await().atMost(Duration.ofSeconds(30)).until(() -> leaderSignal.await(Duration.ofMillis(100)));
        }
    }

    @Test
    void shouldWakeTheLeaderAgainForEveryLaterAnnouncement() throws Exception {
        OutboxSignal leaderSignal = new OutboxSignal();
        try (RemoteCommits leader = new RemoteCommits(dataSource, leaderSignal)) {
            leader.listen();
            await().atMost(Duration.ofSeconds(30)).until(() -> leaderSignal.await(Duration.ofMillis(100)));
            for (int i = 0; i < 3; i++) {
                RemoteCommits.announce(dataSource);
                await().atMost(Duration.ofSeconds(30)).until(() -> leaderSignal.await(Duration.ofMillis(100)));
            }
        }
    }
}
