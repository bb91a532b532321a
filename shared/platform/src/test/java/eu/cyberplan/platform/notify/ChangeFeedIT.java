package eu.cyberplan.platform.notify;

import eu.cyberplan.testing.ServiceUnderTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.Disposable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The change feed on real PostgreSQL: a subscriber is told it is ready once it hears every later change; keys are
 * announced once their transaction commits, never when it rolls back, and heard by the subscribers of every instance
 * (two feeds on one topic stand for two instances of a service).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeFeedIT implements TestPropertyProvider {

    @Inject
    DataSource dataSource;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return ServiceUnderTest.of("platform").properties();
    }

    @Test
    void shouldAnnounceKeysToEveryInstanceOnlyOnceTheirTransactionCommits() {
        try (ChangeFeed writer = new ChangeFeed(dataSource, transactions, "widgets");
             ChangeFeed reader = new ChangeFeed(dataSource, transactions, "widgets")) {
            Heard lv = Heard.on(reader, "LV REAL");
            Heard lt = Heard.on(reader, "LT REAL");
            await().atMost(Duration.ofSeconds(30)).until(() -> lv.ready() && lt.ready());

            assertThatThrownBy(() -> transactions.executeWrite(status -> {
                writer.changed(Set.of("LV REAL"));
                throw new IllegalStateException("rolled back");
            })).hasMessageContaining("rolled back");
            transactions.executeWrite(status -> {
                writer.changed(List.of("LT REAL"));
                return null;
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> lt.count() == 1);
            // One thread announces in order: had the rolled-back key been announced, it would have been heard first.
            assertThat(lv.count()).as("a rolled-back write announces nothing").isZero();

            transactions.executeWrite(status -> {
                writer.changed(Set.of("LV REAL"));
                writer.changed(Set.of("LV REAL", "LT REAL"));
                return null;
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> lv.count() >= 1 && lt.count() >= 2);
            lv.close();
            lt.close();
        }
    }

    @Test
    void shouldSayAnythingChangedWhenABurstsKeysWouldNotFitANotification() {
        try (ChangeFeed feed = new ChangeFeed(dataSource, transactions, "gadgets")) {
            Heard quiet = Heard.on(feed, "EE EXERCISE");
            await().atMost(Duration.ofSeconds(30)).until(quiet::ready);

            feed.changed(IntStream.range(0, 1_000).mapToObj(i -> "country-%04d REAL".formatted(i)).toList());

            await().atMost(Duration.ofSeconds(30)).until(() -> quiet.count() == 1);
            quiet.close();
        }
    }

    @Test
    void shouldPutEveryKeyOfABurstInOnePayloadWhileItFits() {
        assertThat(Announcer.payload(List.of("LV REAL", "LT REAL"))).isEqualTo("LV REAL,LT REAL");
        assertThat(Announcer.payload(IntStream.range(0, 1_000).mapToObj(i -> "country-%04d REAL".formatted(i)).toList()))
                .isEqualTo(ChangeFeed.ANYTHING);
    }

    /** What a subscriber of one key heard. */
    private record Heard(List<String> signals, Disposable subscription) implements AutoCloseable {

        static Heard on(ChangeFeed feed, String key) {
            List<String> signals = new CopyOnWriteArrayList<>();
            return new Heard(signals, feed.of(key).subscribe(signals::add));
        }

        /** Told that it hears every change from now on. */
        boolean ready() {
            return signals.contains(ChangeFeed.READY);
        }

        /** The changes heard. */
        long count() {
            return signals.stream().filter(signal -> !signal.equals(ChangeFeed.READY)).count();
        }

        @Override
        public void close() {
            subscription.dispose();
        }
    }
}
