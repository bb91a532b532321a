package eu.cyberplan.platform.audit;

import eu.cyberplan.platform.leader.IdlePause;
import eu.cyberplan.platform.leader.Leadership;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals the audit trail: fills {@code prev_hash}/{@code hash} in id order, shortly after commit. One instance per
 * service seals (advisory lock); the others stand by.
 * <p>
 * Why not simply "every unsealed row in id order": ids come from a sequence when the row is inserted, not when it
 * commits. A slow transaction can hold id 7 while 8 and 9 commit; sealing 8 and 9 then would leave 7, once it commits,
 * behind the end of the chain, and the chain would no longer follow id order. So each tick remembers a horizon
 * (H = highest id handed out, S = a snapshot taken just after) and seals rows up to H only once
 * {@code xmin(now) >= xmax(S)}: every transaction that could hold an id up to H has then committed or rolled back, so
 * the rows up to H are final. Rolled-back ids leave gaps; the chain runs over the rows that exist.
 */
@Singleton
@Requires(property = "cyberplan.audit.sealer.enabled", notEquals = "false")
public class AuditSealer implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);
    private static final int BATCH = 1000;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final Leadership leadership;
    private final IdlePause pause;
    private volatile boolean running;
    private Thread thread;
    private SealHorizon pending;
    /** The highest id this leader has sealed through; a horizon no higher than it has nothing new to seal. */
    private long sealedThrough;

    public AuditSealer(DataSource dataSource, SealerSettings settings) {
        this.leadership = new Leadership(dataSource, "audit");
        this.pause = new IdlePause(settings.interval(), settings.idleInterval());
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "audit-sealer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try {
                if (!leadership.tryLead()) {
                    pause(Duration.ofSeconds(2));
                    continue;
                }
                boolean busy = tick();
                backoff = Duration.ofMillis(200);
                pause(pause.after(busy));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Audit sealer could not seal; retrying in {} ms: {}", backoff.toMillis(), e.toString());
                // A new leader (this one or another) starts from a fresh horizon.
                leadership.release();
                pending = null;
                sealedThrough = 0;
                try {
                    pause(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Seals up to the pending horizon once it has settled, then takes the next horizon. Answers whether there was
     * anything to do: no id handed out since the last seal means an idle trail, and the sealer looks less often.
     */
    boolean tick() throws SQLException {
        Connection connection = leadership.connection();
        if (pending != null && SealStore.settled(connection, pending)) {
            sealUpTo(pending.highestId());
            sealedThrough = pending.highestId();
            pending = null;
        }
        if (pending == null) {
            SealHorizon next = SealStore.horizon(connection);
            if (next.highestId() <= sealedThrough) {
                return false;
            }
            pending = next;
        }
        return true;
    }

    private void sealUpTo(long highest) throws SQLException {
        Connection connection = leadership.connection();
        while (true) {
            connection.setAutoCommit(false);
            try {
                SealStore.ChainEnd end = SealStore.chainEnd(connection);
                List<AuditEntry> unsealed = SealStore.unsealedAfter(connection, end.id(), highest, BATCH);
                if (unsealed.isEmpty()) {
                    connection.commit();
                    return;
                }
                String previous = end.hash();
                List<AuditEntry> sealed = new ArrayList<>(unsealed.size());
                for (AuditEntry entry : unsealed) {
                    AuditEntry next = entry.sealedAfter(previous);
                    sealed.add(next);
                    previous = next.hash();
                }
                SealStore.seal(connection, sealed);
                connection.commit();
                if (unsealed.size() < BATCH) {
                    return;
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(Math.max(1, duration.toMillis()));
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
        leadership.release();
    }
}
