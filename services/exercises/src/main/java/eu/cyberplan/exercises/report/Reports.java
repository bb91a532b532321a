package eu.cyberplan.exercises.report;

import eu.cyberplan.exercises.exercise.Exercise;
import eu.cyberplan.exercises.lesson.LessonRepository;
import eu.cyberplan.exercises.exercise.ExerciseStore;
import eu.cyberplan.exercises.exercise.PauseHistory;
import eu.cyberplan.exercises.release.InjectStore;
import eu.cyberplan.exercises.release.StoredInject;
import eu.cyberplan.exercises.scenario.Scenario;
import eu.cyberplan.exercises.scoring.AcknowledgementTimes;
import eu.cyberplan.exercises.scoring.ExpectationScoring;
import eu.cyberplan.exercises.scoring.ExpectationStore;
import eu.cyberplan.exercises.scoring.Observations;
import eu.cyberplan.events.v1.Mode;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the after-action report of an exercise from its injects, expectations and observations (caller's transaction). */
@Singleton
public class Reports {

    static final int TIMELINE_LIMIT = 5_000;

    private final InjectStore injects;
    private final ExerciseStore exerciseStore;
    private final ExpectationStore expectations;
    private final Observations observations;
    private final LessonRepository lessons;
    private final ExpectationScoring scoring = new ExpectationScoring();
    private final AcknowledgementTimes times = new AcknowledgementTimes();

    public Reports(InjectStore injects, ExerciseStore exerciseStore, ExpectationStore expectations, Observations observations,
                   LessonRepository lessons) {
        this.lessons = lessons;
        this.injects = injects;
        this.exerciseStore = exerciseStore;
        this.expectations = expectations;
        this.observations = observations;
    }

    public AfterActionReport of(Exercise exercise, Instant now) {
        List<StoredInject> all = injects.of(exercise.id());
        List<Observations.Alert> alerts = observations.alerts(exercise.id());
        List<Observations.ProtocolEvent> events = observations.protocolEvents(exercise.id());
        Map<String, ExpectationScoring.Release> releases = new HashMap<>();
        Map<String, String> injectCountries = new HashMap<>();
        for (StoredInject i : all) {
            injectCountries.put(i.ref(), i.country());
            if (i.releasedAt() != null) {
                releases.put(i.ref(), new ExpectationScoring.Release(i.ref(), i.country(), i.releasedAt(), i.incidentId()));
            }
        }
        Instant startedAt = exercise.timeline() == null ? exercise.createdAt() : exercise.timeline().startedAt();
        boolean ended = exercise.endedAt() != null;
        ExpectationScoring.Facts facts = new ExpectationScoring.Facts(startedAt, exercise.compression(), ended ? exercise.endedAt() : now,
                ended || exercise.status() == eu.cyberplan.exercises.exercise.ExerciseStatus.ENDED, releases, alerts, events);
        List<Scenario.Expectation> expected = expectations.of(exercise.id());
        List<ExpectationScoring.Score> scores = new ArrayList<>();
        Map<String, int[]> byCountry = new HashMap<>();
        for (Scenario.Expectation e : expected) {
            ExpectationScoring.Score score = scoring.score(e, facts);
            scores.add(score);
            int[] counts = byCountry.computeIfAbsent(ExpectationScoring.countryOf(e, releases, injectCountries), c -> new int[3]);
            counts[score.outcome().ordinal()]++;
        }
        List<AcknowledgementTimes.CountryTimes> perCountry = times.perCountry(alerts, exercise.compression());
        Map<String, AcknowledgementTimes.CountryTimes> timesByCountry = new HashMap<>();
        perCountry.forEach(t -> timesByCountry.put(t.country(), t));
        Set<String> countries = new LinkedHashSet<>(exercise.countries());
        countries.addAll(timesByCountry.keySet());
        countries.addAll(byCountry.keySet());
        List<AfterActionReport.CountryReport> countryReports = new ArrayList<>();
        for (String country : countries) {
            AcknowledgementTimes.CountryTimes t = timesByCountry.get(country);
            int[] c = byCountry.getOrDefault(country, new int[3]);
            countryReports.add(new AfterActionReport.CountryReport(country, t == null ? 0 : t.alerts(), t == null ? 0 : t.acknowledged(),
                    t == null ? 0 : t.overdue(), t == null ? null : t.medianSeconds(), t == null ? null : t.p90Seconds(), c[0], c[1], c[2]));
        }
        PauseHistory pauses = exerciseStore.pauses(exercise);
        Timeline timeline = timeline(all, events, alerts, pauses);
        return new AfterActionReport(exercise.id(), exercise.name(), Mode.EXERCISE.name(), exercise.status(), exercise.compression(), startedAt,
                exercise.endedAt(), exercise.timeline() == null ? 0 : exercise.timeline().exerciseTime(facts.now()).toSeconds(),
                overall(scores, all, alerts, exercise.compression()), countryReports,
                scores.stream().map(AfterActionReport.ExpectationResult::of).toList(), overdue(alerts),
                escalations(events, pauses), timeline.entries(), timeline.truncated(), lessons.findByExerciseIdOrderByRecordedAt(exercise.id()));
    }

    private AfterActionReport.Overall overall(List<ExpectationScoring.Score> scores, List<StoredInject> all, List<Observations.Alert> alerts,
                                              int compression) {
        int met = (int) scores.stream().filter(s -> s.outcome() == ExpectationScoring.Outcome.MET).count();
        int missed = (int) scores.stream().filter(s -> s.outcome() == ExpectationScoring.Outcome.MISSED).count();
        List<Long> seconds = alerts.stream().filter(a -> a.acknowledgedAt() != null && a.dispatchedAt() != null)
                .map(a -> java.time.Duration.between(a.dispatchedAt(), a.acknowledgedAt()).multipliedBy(compression).toSeconds())
                .sorted().toList();
        return new AfterActionReport.Overall(scores.size(), met, missed, scores.size() - met - missed,
                met + missed == 0 ? null : Math.round(1000.0 * met / (met + missed)) / 10.0, all.size(),
                (int) all.stream().filter(i -> i.releasedAt() != null).count(), alerts.size(), seconds.size(),
                (int) alerts.stream().filter(a -> a.overdueAt() != null).count(),
                AcknowledgementTimes.percentile(seconds, 50), AcknowledgementTimes.percentile(seconds, 90));
    }

    private static List<AfterActionReport.OverdueAlert> overdue(List<Observations.Alert> alerts) {
        return alerts.stream().filter(a -> a.overdueAt() != null)
                .map(a -> new AfterActionReport.OverdueAlert(a.alertId(), a.incidentId(), a.country(), a.dispatchedAt(), a.overdueAt(), a.acknowledgedAt()))
                .toList();
    }

    private static List<AfterActionReport.Escalation> escalations(List<Observations.ProtocolEvent> events, PauseHistory pauses) {
        return events.stream().filter(e -> "LEVEL".equals(e.kind()) && !"case opened".equals(e.detail()))
                .map(e -> new AfterActionReport.Escalation(e.incidentId(), e.level(), e.at(), pauses.exerciseSecondsAt(e.at()), e.detail()))
                .toList();
    }

    private record Timeline(List<AfterActionReport.TimelineEntry> entries, boolean truncated) {
    }

    private static Timeline timeline(List<StoredInject> all, List<Observations.ProtocolEvent> events, List<Observations.Alert> alerts,
                                     PauseHistory pauses) {
        List<AfterActionReport.TimelineEntry> entries = new ArrayList<>();
        for (StoredInject i : all) {
            if (i.releasedAt() != null) {
                entries.add(new AfterActionReport.TimelineEntry(i.releasedAt(), i.offsetSeconds(),
                        "INJECT_" + i.kind().name(), i.country(), i.ref() + ": " + i.title()));
            }
        }
        for (Observations.ProtocolEvent e : events) {
            entries.add(new AfterActionReport.TimelineEntry(e.at(), pauses.exerciseSecondsAt(e.at()), e.kind(), null, e.detail()));
        }
        for (Observations.Alert a : alerts) {
            if (a.overdueAt() != null) {
                entries.add(new AfterActionReport.TimelineEntry(a.overdueAt(), pauses.exerciseSecondsAt(a.overdueAt()), "ALERT_OVERDUE",
                        a.country(), a.country() + " missed its acknowledgement deadline"));
            }
        }
        entries.sort(Comparator.comparing(AfterActionReport.TimelineEntry::at));
        boolean truncated = entries.size() > TIMELINE_LIMIT;
        return new Timeline(truncated ? List.copyOf(entries.subList(0, TIMELINE_LIMIT)) : entries, truncated);
    }

}
