package eu.cyberplan.exercises.exercise;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One exercise as stored: its scenario's header, where it stands, and its clock once started (null before). */
public record Exercise(UUID id, String name, ExerciseStatus status, List<String> participants, List<String> observers, int compression,
                       String createdBy, Instant createdAt, ReleaseTimeline timeline, String startedBy, Instant endedAt, String endedBy) {

    /** Every country of the exercise, participants first. */
    public List<String> countries() {
        return java.util.stream.Stream.concat(participants.stream(), observers.stream()).toList();
    }
}
