package eu.cyberplan.exercises.exercise;

import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.ExerciseEnded;
import eu.cyberplan.events.v1.ExercisePaused;
import eu.cyberplan.events.v1.ExerciseResumed;
import eu.cyberplan.events.v1.ExerciseStarted;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.exercises.release.InjectStore;
import eu.cyberplan.exercises.report.AfterActionReport;
import eu.cyberplan.exercises.report.Reports;
import eu.cyberplan.exercises.scenario.Scenario;
import eu.cyberplan.exercises.scenario.ScenarioBody;
import eu.cyberplan.exercises.scenario.ScenarioRules;
import eu.cyberplan.exercises.scoring.ExpectationStore;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Exercises: a scenario becomes an exercise (PLANNED); start sets T0 and schedules every inject, pause stops the
 * exercise clock and the releases, resume goes on from the same exercise time, end (ENDEX) stops everything and
 * publishes the scores. Each step publishes its event on the exercise topic in the same transaction.
 */
@Singleton
public class Exercises {

    private final ExerciseStore exercises;
    private final InjectStore injects;
    private final ExpectationStore expectations;
    private final Reports reports;
    private final Outbox outbox;
    private final Clock clock;
    private final ScenarioRules rules = new ScenarioRules();
    private final AuditTrail audit;

    public Exercises(ExerciseStore exercises, InjectStore injects, ExpectationStore expectations, Reports reports, Outbox outbox, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.exercises = exercises;
        this.injects = injects;
        this.expectations = expectations;
        this.reports = reports;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ExerciseView create(Caller caller, @Valid ScenarioBody body) {
        ScenarioRules.Checked checked = rules.check(body);
        if (!checked.valid()) {
            throw ProblemException.invalid(checked.errors());
        }
        Scenario scenario = checked.scenario();
        UUID id = UUID.randomUUID();
        exercises.insert(id, scenario, caller.username(), clock.instant());
        injects.insertAll(id, scenario.injects());
        expectations.insertAll(id, scenario.expectations());
        audit.record(AuditRecord.of("exercise.created", "exercise", id, "EU").with("injects", scenario.injects().size()));
        return view(exercises.find(id).orElseThrow());
    }

    @Transactional
    public ExerciseView act(Caller caller, UUID id, ExerciseStatus.Action action) {
        Exercise exercise = exercises.lock(id).orElseThrow(() -> ProblemException.notFound("no exercise " + id));
        exercise.status().refuses(action).ifPresent(reason -> {
            throw ProblemException.conflict("cannot " + action.name().toLowerCase() + " exercise " + exercise.name() + ": " + reason);
        });
        Instant now = clock.instant();
        ReleaseTimeline timeline = switch (action) {
            case START -> ReleaseTimeline.startedAt(now, exercise.compression());
            case PAUSE -> exercise.timeline().pause(now);
            case RESUME -> exercise.timeline().resume(now);
            case END -> exercise.timeline().paused() ? exercise.timeline() : exercise.timeline().pause(now);
        };
        exercises.update(id, action.leadsTo(), timeline, caller.username(), now);
        if (timeline.paused() && !exercise.status().equals(ExerciseStatus.PAUSED)) {
            exercises.paused(id, now);
        } else if (action == ExerciseStatus.Action.RESUME) {
            exercises.resumed(id, now);
        }
        if (action == ExerciseStatus.Action.END) {
            injects.unschedule(id);
        } else {
            injects.schedule(id, timeline);
        }
        long seconds = timeline.exerciseTime(now).toSeconds();
        Object event = switch (action) {
            case START -> new ExerciseStarted(id, exercise.name(), exercise.participants(), exercise.observers(), exercise.compression(),
                    injects.progress(id).total(), caller.username(), now);
            case PAUSE -> new ExercisePaused(id, seconds, caller.username(), now);
            case RESUME -> new ExerciseResumed(id, seconds, caller.username(), now);
            case END -> ended(exercises.find(id).orElseThrow(), seconds, caller.username(), now);
        };
        String type = switch (action) {
            case START -> EventTypes.EXERCISE_STARTED;
            case PAUSE -> EventTypes.EXERCISE_PAUSED;
            case RESUME -> EventTypes.EXERCISE_RESUMED;
            case END -> EventTypes.EXERCISE_ENDED;
        };
        outbox.add(OutboxEvent.of(Topics.EXERCISES, type, id, "EU", event).marked(Mode.EXERCISE, id, Tlp.GREEN));
        return view(exercises.find(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    public ExerciseView get(Caller caller, UUID id) {
        return view(readable(caller, id));
    }

    /** The exercise, if the caller may read it; to anyone else a 403 that names nothing, whether it exists or not. */
    @Transactional(readOnly = true)
    public Exercise readable(Caller caller, UUID id) {
        Optional<Exercise> exercise = exercises.find(id);
        if (ExerciseReaders.readsAll(caller)) {
            return exercise.orElseThrow(() -> ProblemException.notFound("no exercise " + id));
        }
        return exercise.filter(e -> ExerciseReaders.mayRead(caller, e.participants(), e.observers()))
                .orElseThrow(() -> ProblemException.forbidden("only the countries taking part in an exercise read it"));
    }

    /** The exercises the caller may read: every one for those who run or review them, else those of the caller's country. */
    @Transactional(readOnly = true)
    public Page<ExerciseView> list(Caller caller, int page, int size) {
        String country = ExerciseReaders.readsAll(caller) ? null : caller.country();
        return new Page<>(exercises.list(country, page, size).stream().map(this::view).toList(), page, size, exercises.count(country));
    }

    private ExerciseEnded ended(Exercise exercise, long seconds, String by, Instant now) {
        AfterActionReport report = reports.of(exercise, now);
        InjectStore.Progress progress = injects.progress(exercise.id());
        List<ExerciseEnded.CountryScore> scores = report.countries().stream()
                .map(c -> new ExerciseEnded.CountryScore(c.country(), c.expectationsMet(), c.expectationsMissed(), c.medianSeconds()))
                .toList();
        return new ExerciseEnded(exercise.id(), seconds, progress.released(), progress.total() - progress.released(), scores, by, now);
    }

    private ExerciseView view(Exercise e) {
        ReleaseTimeline t = e.timeline();
        long seconds = t == null ? 0 : t.exerciseTime(e.endedAt() != null ? e.endedAt() : clock.instant()).toSeconds();
        List<ExerciseView.FailingInject> failing = injects.failing(e.id(), 20).stream().map(ExerciseView::failing).toList();
        return new ExerciseView(e.id(), e.name(), Mode.EXERCISE.name(), e.status(), e.participants(), e.observers(), e.compression(),
                e.createdBy(), e.createdAt(), t == null ? null : t.startedAt(), e.startedBy(), t == null ? null : t.pausedAt(), e.endedAt(),
                e.endedBy(), seconds, ExerciseView.Progress.of(injects.progress(e.id())), failing);
    }
}
