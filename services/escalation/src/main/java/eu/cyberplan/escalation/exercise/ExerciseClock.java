package eu.cyberplan.escalation.exercise;

import eu.cyberplan.escalation.protocol.CaseNotices;
import eu.cyberplan.escalation.protocol.CaseStore;
import eu.cyberplan.escalation.protocol.ProtocolCase;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.ExerciseEnded;
import eu.cyberplan.events.v1.ExercisePaused;
import eu.cyberplan.events.v1.ExerciseResumed;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An exercise's clock on its cases (DESIGN §14): {@code exercise.paused} holds the deadlines still ahead, and
 * {@code exercise.resumed} moves them by the pause ({@link ExercisePause}); {@code exercise.ended} (ENDEX) closes every
 * case of the exercise still open — cancelling its timers and, through {@code case.closed}, every page still pending —
 * and no case of it opens afterwards. Each event applies once (claimed), in one transaction per batch.
 */
@Singleton
public class ExerciseClock {

    private static final Logger LOG = LoggerFactory.getLogger(ExerciseClock.class);
    static final String ENDEX = "exercise";

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final ExerciseClocks clocks;
    private final CaseStore cases;
    private final CaseNotices notices;
    private final Clock clock;

    public ExerciseClock(ProcessedEvents processed, IncomingEvents events, ExerciseClocks clocks, CaseStore cases, CaseNotices notices, Clock clock) {
        this.processed = processed;
        this.events = events;
        this.clocks = clocks;
        this.cases = cases;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public void applyAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : processed.fresh(batch, EventTypes.EXERCISE_PAUSED, EventTypes.EXERCISE_RESUMED, EventTypes.EXERCISE_ENDED)) {
            switch (event.type()) {
                case EventTypes.EXERCISE_PAUSED -> events.payloadIfComplete(event, ExercisePaused.class,
                        p -> p.exerciseId() != null && p.pausedAt() != null).ifPresent(this::paused);
                case EventTypes.EXERCISE_RESUMED -> events.payloadIfComplete(event, ExerciseResumed.class,
                        r -> r.exerciseId() != null && r.resumedAt() != null).ifPresent(this::resumed);
                default -> events.payloadIfComplete(event, ExerciseEnded.class, e -> e.exerciseId() != null && e.endedAt() != null)
                        .ifPresent(this::ended);
            }
        }
    }

    private void paused(ExercisePaused pause) {
        if (clocks.pause(pause.exerciseId(), pause.pausedAt())) {
            int held = clocks.hold(pause.exerciseId(), pause.pausedAt());
            LOG.info("Exercise {} paused at {}: {} deadline(s) of its cases held", pause.exerciseId(), pause.pausedAt(), held);
        }
    }

    private void resumed(ExerciseResumed resumption) {
        clocks.resume(resumption.exerciseId()).ifPresent(pausedAt -> {
            int moved = clocks.release(resumption.exerciseId(), resumption.resumedAt());
            LOG.info("Exercise {} resumed at {} after a pause of {}: {} deadline(s) of its cases moved", resumption.exerciseId(),
                    resumption.resumedAt(), ExercisePause.shift(pausedAt, resumption.resumedAt()), moved);
        });
    }

    private void ended(ExerciseEnded endex) {
        Instant now = clock.instant();
        List<UUID> open = clocks.end(endex.exerciseId(), endex.endedAt());
        for (ProtocolCase c : cases.lockAll(open).values()) {
            if (c.open()) {
                notices.close(c, "ENDEX: exercise ended", endex.endedBy() == null ? ENDEX : endex.endedBy(), now);
            }
        }
        if (!open.isEmpty()) {
            LOG.info("ENDEX of exercise {}: {} case(s) closed, their deadlines cancelled", endex.exerciseId(), open.size());
        }
    }
}
