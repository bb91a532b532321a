package eu.cyberplan.platform.outbox;

import eu.cyberplan.platform.kafka.KafkaClientSecurity;
import eu.cyberplan.platform.leader.IdlePause;
import eu.cyberplan.platform.leader.Leadership;
import eu.cyberplan.platform.signing.EventStamp;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Publishes committed outbox events to Kafka, in write order, with an idempotent producer ({@code acks=all}),
 * then marks them sent. One instance per service relays (advisory lock); the others stand by.
 * Whatever was written while Kafka was unreachable stays unsent and leaves once Kafka answers again. An event the
 * broker refuses for good is parked instead (DESIGN §4, {@link RelayPass}), so it never stops the relay.
 */
@Singleton
@Requires(property = "cyberplan.outbox.relay.enabled", notEquals = "false")
public class OutboxRelay implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final Duration RETENTION = Duration.ofDays(7);

    private final Leadership leadership;
    private final DataSource dataSource;
    private final RemoteCommits remoteCommits;
    private final OutboxSignal signal;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String bootstrapServers;
    private final KafkaClientSecurity security;
    private final EventStamp stamp;
    private final int maxRequestSize;
    private final int batchSize;
    private final IdlePause pause;
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;
    private TopicProbe topics;
    private Instant lastPurge = Instant.EPOCH;

    public OutboxRelay(DataSource dataSource, OutboxSignal signal, Clock clock, MeterRegistry meters, KafkaClientSecurity security,
                       EventStamp stamp, @Value("${kafka.bootstrap.servers}") String bootstrapServers, RelaySettings settings) {
        this.leadership = new Leadership(dataSource, "outbox");
        this.dataSource = dataSource;
        this.remoteCommits = new RemoteCommits(dataSource, signal);
        this.signal = signal;
        this.clock = clock;
        this.meters = meters;
        this.maxRequestSize = settings.maxRequestSize();
        this.bootstrapServers = bootstrapServers;
        this.security = security;
        this.stamp = stamp;
        this.batchSize = settings.batchSize();
        // Commits in this JVM nudge the relay, so an idle relay that looks less often still sends at once.
        this.pause = new IdlePause(settings.pollInterval(), settings.idlePollInterval());
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (running) {
            return;
        }
        producer = new KafkaProducer<>(security.applyTo(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                // Kept at or below the broker's message.max.bytes, so an oversized event is refused before it
                // leaves, and the events of its key behind it are held back with it.
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestSize)),
                new StringSerializer(), new ByteArraySerializer());
        topics = new TopicProbe(bootstrapServers, security);
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try {
                if (!leadership.tryLead()) {
                    // A standby: its own commits nudge it; the leader hears of them through PostgreSQL.
                    if (signal.await(Duration.ofSeconds(2))) {
                        RemoteCommits.announce(dataSource);
                    }
                    continue;
                }
                remoteCommits.listen();
                int read = relayBatch();
                purgeNowAndThen();
                backoff = Duration.ofMillis(200);
                if (read < batchSize) {
                    signal.await(pause.after(read > 0));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warn("Outbox relay could not publish; retrying in {} ms: {}", backoff.toMillis(), e.toString());
                if (e instanceof SQLException) {
                    leadership.release();
                    remoteCommits.close();
                }
                try {
                    signal.await(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Sends one batch (real rows before exercise rows, each in write order; rows held behind a parked row of their key
     * are not read) and marks sent what Kafka acknowledged, up to the first transient failure, so order holds.
     * Returns the number of rows read, so a full batch is followed at once by the next.
     */
    private int relayBatch() throws SQLException, InterruptedException, ExecutionException {
        List<OutboxRow> rows = OutboxStore.unsent(leadership.connection(), batchSize);
        if (rows.isEmpty()) {
            return 0;
        }
        new RelayPass(leadership.connection(), producer, topics, stamp, meters, clock.instant()).relay(rows);
        return rows.size();
    }

    private void purgeNowAndThen() throws SQLException {
        Instant now = clock.instant();
        if (Duration.between(lastPurge, now).toHours() >= 1) {
            OutboxStore.purgeSentBefore(leadership.connection(), now.minus(RETENTION));
            lastPurge = now;
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
        remoteCommits.close();
        leadership.release();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (topics != null) {
            topics.close();
        }
    }
}
