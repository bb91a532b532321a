package eu.cyberplan.contactpoints.plan;

import eu.cyberplan.events.v1.LessonRecorded;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/**
 * The lessons learnt about this node's countries (DESIGN §14), as {@code lesson.recorded} brings them, in the caller's
 * transaction: the latest version of each lesson is kept (a redelivered or older one changes nothing).
 */
@Singleton
public class LessonsLearnt {

    /** What a lesson says here when the case's marking kept its text off the shared cluster. */
    static final String WITHHELD = "(its text stays on the case under its TLP marking)";

    private final JdbcOperations jdbc;

    public LessonsLearnt(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A lesson the plan can be changed from. */
    public record Lesson(UUID lessonId, UUID exerciseId, UUID incidentId, String country, String text) {
    }

    /** Whether the event says enough to keep: the lesson, its country, who recorded it when, and where it was learnt. */
    public static boolean complete(LessonRecorded l) {
        return l.lessonId() != null && l.country() != null && l.recordedBy() != null && l.recordedAt() != null
                && (l.exerciseId() != null || l.incidentId() != null);
    }

    public void keep(LessonRecorded recorded) {
        java.time.Instant changedAt = recorded.updatedAt() != null ? recorded.updatedAt() : recorded.recordedAt();
        jdbc.prepareStatement("""
                INSERT INTO lesson (lesson_id, exercise_id, country, text, plan_step_id, rsit_class, recorded_by, recorded_at, changed_at, incident_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (lesson_id) DO UPDATE SET text = excluded.text, plan_step_id = excluded.plan_step_id, rsit_class = excluded.rsit_class,
                    changed_at = excluded.changed_at
                WHERE lesson.changed_at < excluded.changed_at""", s -> {
            s.setObject(1, recorded.lessonId());
            s.setObject(2, recorded.exerciseId());
            s.setString(3, recorded.country());
            s.setString(4, recorded.text() == null ? WITHHELD : recorded.text());
            s.setString(5, recorded.planStepId());
            s.setString(6, recorded.rsitClass());
            s.setString(7, recorded.recordedBy());
            s.setTimestamp(8, Timestamp.from(recorded.recordedAt()));
            s.setTimestamp(9, Timestamp.from(changedAt));
            s.setObject(10, recorded.incidentId());
            return s.executeUpdate();
        });
    }

    /** Per country: the lessons recorded since {@code since}, and those acted on — a change proposed from them approved, or rejected with a reason. */
    public java.util.Map<String, int[]> actedOnSince(java.time.Instant since) {
        return jdbc.prepareStatement("""
                SELECT l.country, count(*), count(*) FILTER (WHERE EXISTS (
                    SELECT 1 FROM national_plan p WHERE p.proposed_from_lesson = l.lesson_id AND (p.approved_at IS NOT NULL OR p.status = 'REJECTED')))
                FROM lesson l WHERE l.recorded_at >= ? GROUP BY l.country""", s -> {
            s.setTimestamp(1, Timestamp.from(since));
            java.util.Map<String, int[]> counts = new java.util.HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1).trim(), new int[]{rs.getInt(2), rs.getInt(3)});
                }
            }
            return counts;
        });
    }

    public Optional<Lesson> find(UUID lessonId) {
        return jdbc.prepareStatement("SELECT lesson_id, exercise_id, incident_id, country, text FROM lesson WHERE lesson_id = ?", s -> {
            s.setObject(1, lessonId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Lesson(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4).trim(), rs.getString(5))) : Optional.empty();
            }
        });
    }
}
