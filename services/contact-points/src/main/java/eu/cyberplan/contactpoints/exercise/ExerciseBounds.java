package eu.cyberplan.contactpoints.exercise;

import eu.cyberplan.contactpoints.channel.Notifications;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.contactpoints.plan.LessonsLearnt;
import eu.cyberplan.events.v1.ExerciseEnded;
import eu.cyberplan.events.v1.LessonRecorded;
import eu.cyberplan.platform.node.NodeIdentity;
import eu.cyberplan.events.v1.ExercisePaused;
import eu.cyberplan.events.v1.ExerciseResumed;
import eu.cyberplan.events.v1.ExerciseStarted;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Who an exercise may reach, and until when: {@code exercise.started} records its parties (so nothing of it lands in
 * another country's inbox), {@code exercise.paused} and {@code exercise.resumed} hold its items' deadlines and move them
 * by the pause, {@code lesson.recorded} keeps the lessons learnt about this node's countries (for their plans' change
 * proposals), {@code exercise.ended} (ENDEX) records its end and cancels every notification of it still pending, so
 * no exercise page reaches anyone after ENDEX. Both are idempotent by themselves, so a redelivery changes nothing and the
 * events stay free for the other consumers of this service that claim them.
 */
@Singleton
public class ExerciseBounds {

    private final IncomingEvents events;
    private final ExerciseRoster roster;
    private final Notifications notifications;
    private final LessonsLearnt lessons;
    private final NodeIdentity node;

    public ExerciseBounds(IncomingEvents events, ExerciseRoster roster, Notifications notifications, LessonsLearnt lessons, NodeIdentity node) {
        this.lessons = lessons;
        this.node = node;
        this.events = events;
        this.roster = roster;
        this.notifications = notifications;
    }

    @Transactional
    public void applyAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : batch) {
            if (EventTypes.EXERCISE_STARTED.equals(event.type())) {
                events.payloadIfComplete(event, ExerciseStarted.class, s -> s.exerciseId() != null && s.participants() != null
                                && s.startedAt() != null)
                        .ifPresent(s -> roster.record(new ExerciseParties(s.exerciseId(), List.copyOf(s.participants()),
                                s.observers() == null ? List.of() : List.copyOf(s.observers())), s.startedAt()));
            } else if (EventTypes.EXERCISE_PAUSED.equals(event.type())) {
                events.payloadIfComplete(event, ExercisePaused.class, p -> p.exerciseId() != null && p.pausedAt() != null)
                        .ifPresent(p -> roster.paused(p.exerciseId(), p.pausedAt()));
            } else if (EventTypes.EXERCISE_RESUMED.equals(event.type())) {
                events.payloadIfComplete(event, ExerciseResumed.class, r -> r.exerciseId() != null && r.resumedAt() != null)
                        .ifPresent(r -> roster.resumed(r.exerciseId(), r.resumedAt()));
            } else if (EventTypes.LESSON_RECORDED.equals(event.type())) {
                events.payloadIfComplete(event, LessonRecorded.class, LessonsLearnt::complete).filter(l -> node.serves(l.country())).ifPresent(lessons::keep);
            } else if (EventTypes.EXERCISE_ENDED.equals(event.type())) {
                events.payloadIfComplete(event, ExerciseEnded.class, e -> e.exerciseId() != null && e.endedAt() != null).ifPresent(e -> {
                    roster.ended(e.exerciseId(), e.endedAt());
                    notifications.cancelForExercise(e.exerciseId(), "ENDEX: exercise ended" + (e.endedBy() == null ? "" : " by " + e.endedBy()));
                });
            }
        }
    }
}
