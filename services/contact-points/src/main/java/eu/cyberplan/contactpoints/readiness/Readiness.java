package eu.cyberplan.contactpoints.readiness;

import eu.cyberplan.contactpoints.comcheck.Comcheck;
import eu.cyberplan.contactpoints.comcheck.ComcheckStatistics;
import eu.cyberplan.contactpoints.comcheck.ComcheckStore;
import eu.cyberplan.contactpoints.directory.CountryView;
import eu.cyberplan.contactpoints.directory.Directory;
import eu.cyberplan.contactpoints.plan.LessonsLearnt;
import eu.cyberplan.contactpoints.plan.PlanStore;
import eu.cyberplan.contactpoints.plan.PlanVersion;
import eu.cyberplan.contactpoints.plan.Playbook;
import eu.cyberplan.contactpoints.roster.CoverageReport;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import eu.cyberplan.platform.taxonomy.Taxonomies;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers the facts of {@link ReadinessCriteria} from this service's own records (plans, rosters, comchecks, exercise
 * scores) and assesses each country: coordinators and auditors see every country of the directory, anyone else their own.
 */
@Singleton
public class Readiness {

    private final PlanStore plans;
    private final Directory directory;
    private final CoverageReport coverage;
    private final ComcheckStore comchecks;
    private final ExerciseScores exercises;
    private final LessonsLearnt lessons;
    private final List<String> rsitClasses;
    private final Clock clock;

    public Readiness(PlanStore plans, Directory directory, CoverageReport coverage, ComcheckStore comchecks, ExerciseScores exercises,
                     LessonsLearnt lessons, Taxonomies taxonomies, Clock clock) {
        this.lessons = lessons;
        this.plans = plans;
        this.directory = directory;
        this.coverage = coverage;
        this.comchecks = comchecks;
        this.exercises = exercises;
        this.rsitClasses = taxonomies.rsit().predicates();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ReadinessView> of(Caller caller) {
        Instant now = clock.instant();
        boolean everyone = caller.hasAnyRole(Roles.COORDINATOR, Roles.AUDITOR);
        List<String> countries = directory.countries().stream().map(CountryView::code).filter(c -> everyone || caller.belongsTo(c)).toList();
        Map<String, PlanVersion> inForce = plans.allInForce().stream().collect(Collectors.toMap(PlanVersion::country, Function.identity()));
        List<Comcheck> recent = comchecks.startedBetween(Mode.REAL.name(), now.atZone(ZoneOffset.UTC).minusMonths(ReadinessCriteria.COMCHECK_MONTHS)
                .toInstant(), now);
        Map<String, List<ReadinessCriteria.ExerciseFact>> scores = exercises.byCountry();
        Map<String, int[]> lessonCounts = lessons.actedOnSince(now.atZone(ZoneOffset.UTC).minusMonths(ReadinessCriteria.LESSON_MONTHS).toInstant());
        return Page.all(countries.stream().map(country -> assess(country, inForce.get(country), recent, scores.getOrDefault(country, List.of()),
                lessonCounts.getOrDefault(country, new int[]{0, 0}), now)).toList());
    }

    private ReadinessView assess(String country, PlanVersion plan, List<Comcheck> recent, List<ReadinessCriteria.ExerciseFact> scores, int[] lessonCounts,
                                 Instant now) {
        CoverageReport.GapMinutes gaps = coverage.gapMinutes(country, now.minus(Duration.ofDays(7L * ReadinessCriteria.ROSTER_WEEKS)), now);
        // A comcheck still open and not yet answered is no miss (yet): it counts once answered or once its time is up.
        List<ComcheckStatistics.Observation> observations = recent.stream().filter(c -> c.asked(country))
                .flatMap(c -> c.onlyFor(country).observations().stream().filter(o -> o.answered() || !c.answerBy().isAfter(now))).toList();
        ComcheckStatistics.CountryFigures figures = ComcheckStatistics.perCountry(observations).stream().findFirst().orElse(null);
        ReadinessCriteria.PlanFact planFact = plan == null ? null : new ReadinessCriteria.PlanFact(plan.version(), plan.approvedBy(), plan.approvedAt(),
                plan.playbooks().stream().map(Playbook::rsitClass).distinct().toList());
        ReadinessCriteria.Facts facts = new ReadinessCriteria.Facts(country, planFact, rsitClasses, gaps.primary(), gaps.backup(),
                figures == null ? 0 : figures.asked(), figures == null ? 0 : figures.answered(),
                figures == null ? null : figures.medianResponseSeconds(), scores, lessonCounts[0], lessonCounts[1]);
        List<ReadinessCriteria.Criterion> criteria = ReadinessCriteria.assess(facts, now);
        return new ReadinessView(country, ReadinessCriteria.score(criteria), now,
                criteria.stream().map(c -> new ReadinessView.Criterion(c.id(), c.met(), c.figure(), c.source())).toList());
    }
}
