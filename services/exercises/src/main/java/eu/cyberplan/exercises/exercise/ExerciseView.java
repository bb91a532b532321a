package eu.cyberplan.exercises.exercise;

import eu.cyberplan.exercises.release.InjectStore;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An exercise as {@code GET /exercises/{id}} shows it: where it stands, its exercise time and the release progress. */
@Serdeable
public record ExerciseView(UUID id, String name, String mode, ExerciseStatus status, List<String> participants, List<String> observers,
                           int compression, String createdBy, Instant createdAt, Instant startedAt, String startedBy, Instant pausedAt,
                           Instant endedAt, String endedBy, long exerciseSeconds, Progress progress, List<FailingInject> failingInjects) {

    /** How far the release has come. */
    @Serdeable
    public record Progress(int injects, int released, int failing, Long nextOffsetSeconds) {
        static Progress of(InjectStore.Progress p) {
            return new Progress(p.total(), p.released(), p.failing(), p.nextOffsetSeconds());
        }
    }

    static FailingInject failing(eu.cyberplan.exercises.release.StoredInject i) {
        return new FailingInject(i.sequence(), i.ref(), i.offsetSeconds(), i.country(), i.title(), i.attempts(), i.lastError());
    }

    /** An inject whose release failed, with the reason (visible, never dropped). */
    @Serdeable
    public record FailingInject(int sequence, String ref, long offsetSeconds, String country, String title, int attempts, String error) {
    }
}
