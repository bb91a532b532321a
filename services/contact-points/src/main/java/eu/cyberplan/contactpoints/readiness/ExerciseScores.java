package eu.cyberplan.contactpoints.readiness;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.ExerciseEnded;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The scores per country of ended exercises ({@code exercise.ended}), kept for readiness; each ending counts once. */
@Singleton
public class ExerciseScores {

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final JdbcOperations jdbc;

    public ExerciseScores(ProcessedEvents processed, IncomingEvents events, JdbcOperations jdbc) {
        this.processed = processed;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional
    public void recordAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : processed.fresh(batch, EventTypes.EXERCISE_ENDED)) {
            events.payloadIfComplete(event, ExerciseEnded.class, e -> e.exerciseId() != null && e.endedAt() != null).ifPresent(this::record);
        }
    }

    private void record(ExerciseEnded ended) {
        List<ExerciseEnded.CountryScore> scores = ended.scores() == null ? List.of() : ended.scores();
        jdbc.prepareStatement("""
                INSERT INTO exercise_score (exercise_id, country, met, missed, median_acknowledgement_seconds, ended_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", s -> {
            for (ExerciseEnded.CountryScore score : scores) {
                if (score == null || score.country() == null) {
                    continue;
                }
                s.setObject(1, ended.exerciseId());
                s.setString(2, score.country());
                s.setInt(3, score.met());
                s.setInt(4, score.missed());
                s.setObject(5, score.medianAcknowledgementSeconds());
                s.setTimestamp(6, Timestamp.from(ended.endedAt()));
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    /** The ended exercises of every country, newest first per country. */
    public Map<String, List<ReadinessCriteria.ExerciseFact>> byCountry() {
        return jdbc.prepareStatement("SELECT * FROM exercise_score ORDER BY country, ended_at DESC", s -> {
            Map<String, List<ReadinessCriteria.ExerciseFact>> facts = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facts.computeIfAbsent(rs.getString("country"), c -> new ArrayList<>()).add(new ReadinessCriteria.ExerciseFact(
                            rs.getObject("exercise_id", UUID.class).toString(), rs.getTimestamp("ended_at").toInstant(), rs.getInt("met"), rs.getInt("missed")));
                }
            }
            return facts;
        });
    }
}
