package eu.cyberplan.exercises.responder;

import eu.cyberplan.exercises.release.ControlClient;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Acknowledges due simulated answers at contact-points, as the country's NCP would, through its public API; claimed
 * with FOR UPDATE SKIP LOCKED and marked done in the same transaction. An acknowledgement is idempotent there, so a
 * retry after a crash changes nothing. Answers of ended exercises are dropped: ENDEX stops the players.
 */
@Singleton
@Requires(property = "cyberplan.exercises.release.enabled", notEquals = "false")
public class SimulatedAcknowledgements {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedAcknowledgements.class);

    private final JdbcOperations jdbc;
    private final ControlClient client;
    private final Clock clock;

    public SimulatedAcknowledgements(JdbcOperations jdbc, ControlClient client, Clock clock) {
        this.jdbc = jdbc;
        this.client = client;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${cyberplan.exercises.release.poll-interval}", initialDelay = "1s")
    void poll() {
        try {
            answerDue(50);
        } catch (RuntimeException e) {
            LOG.warn("Cannot send simulated acknowledgements yet: {}", e.toString());
        }
    }

    @Transactional
    public int answerDue(int limit) {
        Instant now = clock.instant();
        List<UUID> due = jdbc.prepareStatement("""
                SELECT a.alert_id FROM simulated_ack a JOIN exercise e ON e.id = a.exercise_id
                WHERE a.done_at IS NULL AND a.due_at <= ? AND e.status <> 'ENDED'
                ORDER BY a.due_at LIMIT ? FOR UPDATE OF a SKIP LOCKED""", s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setInt(2, limit);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        });
        for (UUID alertId : due) {
            String error = null;
            try {
                ControlClient.Answer answer = client.acknowledge(alertId, "simulated participant").get(15, TimeUnit.SECONDS);
                if (!answer.ok()) {
                    error = "contact-points answered " + answer.status() + ": " + answer.body();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return due.size();
            } catch (Exception e) {
                error = e.toString();
            }
            String failure = error;
            jdbc.prepareStatement(failure == null
                    ? "UPDATE simulated_ack SET done_at = ?, attempts = attempts + 1 WHERE alert_id = ?"
                    : "UPDATE simulated_ack SET due_at = ?, attempts = attempts + 1, last_error = ? WHERE alert_id = ?", s -> {
                if (failure == null) {
                    s.setTimestamp(1, Timestamp.from(now));
                    s.setObject(2, alertId);
                } else {
                    s.setTimestamp(1, Timestamp.from(now.plusSeconds(5)));
                    s.setString(2, failure.length() > 1000 ? failure.substring(0, 1000) : failure);
                    s.setObject(3, alertId);
                }
                return s.executeUpdate();
            });
        }
        return due.size();
    }
}
