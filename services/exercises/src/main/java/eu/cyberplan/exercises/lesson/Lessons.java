package eu.cyberplan.exercises.lesson;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.LessonRecorded;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.exercises.exercise.Exercise;
import eu.cyberplan.exercises.exercise.Exercises;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.taxonomy.Taxonomies;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Lessons learned in an exercise (DESIGN §14, rules in {@link LessonRules}): recorded and edited by those who may, read
 * by whoever reads the exercise, and published ({@code lesson.recorded}, TLP:AMBER) for the country's node, which turns
 * them into change proposals of its plan.
 */
@Singleton
public class Lessons {

    private final Exercises exercises;
    private final LessonRepository lessons;
    private final Outbox outbox;
    private final List<String> rsitClasses;
    private final Clock clock;

    public Lessons(Exercises exercises, LessonRepository lessons, Outbox outbox, Taxonomies taxonomies, Clock clock) {
        this.exercises = exercises;
        this.lessons = lessons;
        this.outbox = outbox;
        this.rsitClasses = taxonomies.rsit().predicates();
        this.clock = clock;
    }

    @Transactional
    public Lesson record(Caller caller, UUID exerciseId, LessonBody body) {
        Exercise exercise = exercises.readable(caller, exerciseId);
        if (body != null && body.country() != null) {
            LessonRules.refusal(caller, body.country()).ifPresent(why -> {
                throw ProblemException.forbidden(why);
            });
        }
        invalidIfAny(LessonRules.check(body, exercise.countries(), rsitClasses, false));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Lesson lesson = lessons.save(Lesson.recorded(UUID.randomUUID(), exerciseId, body.country(), body.text().strip(), blankless(body.planStepId()),
                body.rsitClass(), caller.username(), now));
        publish(lesson);
        return lesson;
    }

    /** Edits a lesson: 404 when it is not one of this exercise's, 403 for a lesson about another country. */
    @Transactional
    public Lesson edit(Caller caller, UUID exerciseId, UUID lessonId, LessonBody body) {
        Exercise exercise = exercises.readable(caller, exerciseId);
        Lesson lesson = lessons.findByIdAndExerciseId(lessonId, exerciseId)
                .orElseThrow(() -> ProblemException.notFound("no lesson " + lessonId + " in this exercise"));
        LessonRules.refusal(caller, lesson.country()).ifPresent(why -> {
            throw ProblemException.forbidden(why);
        });
        invalidIfAny(LessonRules.check(body, exercise.countries(), rsitClasses, true));
        Lesson edited = lessons.update(lesson.edited(body.text().strip(), blankless(body.planStepId()), body.rsitClass(), caller.username(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        publish(edited);
        return edited;
    }

    @Transactional(readOnly = true)
    public List<Lesson> of(Caller caller, UUID exerciseId) {
        exercises.readable(caller, exerciseId);
        return lessons.findByExerciseIdOrderByRecordedAt(exerciseId);
    }

    private void publish(Lesson lesson) {
        outbox.add(OutboxEvent.of(Topics.EXERCISES, EventTypes.LESSON_RECORDED, lesson.exerciseId(), "EU",
                        new LessonRecorded(lesson.id(), lesson.exerciseId(), lesson.country(), lesson.text(), lesson.planStepId(), lesson.rsitClass(),
                                lesson.recordedBy(), lesson.recordedAt(), lesson.updatedBy(), lesson.updatedAt(), null))
                .marked(Mode.EXERCISE, lesson.exerciseId(), Tlp.AMBER));
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void invalidIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
