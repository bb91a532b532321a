package eu.cyberplan.incidentreporting.reminder;

import eu.cyberplan.incidentreporting.deadline.ReminderSchedule;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The planned NIS2 reminders: hand SQL for an upsert that never moves a sent reminder, and a claim with
 * {@code FOR UPDATE SKIP LOCKED} so that two instances never send one twice.
 */
@Singleton
public class ReminderStore {

    private final JdbcOperations jdbc;

    public ReminderStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A claimed reminder: the incident, the clock, its share gone and the due date it was planned for. */
    public record Due(UUID incidentId, String stage, int percent, Instant dueAt) {
    }

    /** Makes the incident's unsent reminders exactly these (a sent one is never planned again). */
    public void replanUnsent(UUID incidentId, List<ReminderSchedule.Reminder> reminders) {
        jdbc.prepareStatement("DELETE FROM reporting_reminder WHERE incident_id = ? AND sent_at IS NULL", s -> {
            s.setObject(1, incidentId);
            return s.executeUpdate();
        });
        if (reminders.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO reporting_reminder (incident_id, stage, percent, remind_at, due_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (incident_id, stage, percent) DO NOTHING""", s -> {
            for (ReminderSchedule.Reminder reminder : reminders) {
                s.setObject(1, incidentId);
                s.setString(2, reminder.stage());
                s.setInt(3, reminder.percent());
                s.setTimestamp(4, Timestamp.from(reminder.at()));
                s.setTimestamp(5, Timestamp.from(reminder.dueAt()));
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    /** Up to {@code limit} reminders due by {@code now}, locked until the transaction ends; others skip them. */
    public List<Due> claimDue(Instant now, int limit) {
        return jdbc.prepareStatement("""
                SELECT incident_id, stage, percent, due_at FROM reporting_reminder WHERE sent_at IS NULL AND remind_at <= ?
                ORDER BY remind_at LIMIT ? FOR UPDATE SKIP LOCKED""", s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setInt(2, limit);
            List<Due> due = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(rs.getObject("incident_id", UUID.class), rs.getString("stage"), rs.getInt("percent"),
                            rs.getTimestamp("due_at").toInstant()));
                }
            }
            return due;
        });
    }

    public void markSent(Due reminder, Instant at) {
        jdbc.prepareStatement("UPDATE reporting_reminder SET sent_at = ? WHERE incident_id = ? AND stage = ? AND percent = ?", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, reminder.incidentId());
            s.setString(3, reminder.stage());
            s.setInt(4, reminder.percent());
            return s.executeUpdate();
        });
    }
}
