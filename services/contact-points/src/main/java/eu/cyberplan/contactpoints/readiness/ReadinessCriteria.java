package eu.cyberplan.contactpoints.readiness;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * A country's readiness, computed from what it did rather than what it declares: a national plan approved within the
 * last 12 months; playbooks for every RSIT class; a 24/7 roster (no gap without a primary or a backup) over the last 4
 * weeks; comchecks of the last quarter answered (at least 90 %) and quickly (median within the 15 minutes of a critical
 * alert's deadline); a part in an exercise ended within 12 months, with at least 75 % of its expectations met in the last one;
 * at least 75 % of the lessons learnt in the last 12 months acted on (an approved change of the plan, or one rejected with a reason).
 * The score is the percentage of criteria met.
 */
public final class ReadinessCriteria {

    public static final int PLAN_MAX_AGE_MONTHS = 12;
    public static final int ROSTER_WEEKS = 4;
    public static final int COMCHECK_MONTHS = 3;
    public static final double MIN_ANSWER_RATE = 0.9;
    public static final long MAX_MEDIAN_RESPONSE_SECONDS = 15 * 60;
    public static final int EXERCISE_MONTHS = 12;
    public static final double MIN_EXERCISE_SCORE = 0.75;
    public static final int LESSON_MONTHS = 12;
    public static final double MIN_LESSONS_ACTED_ON = 0.75;

    private ReadinessCriteria() {
    }

    /** The plan in force: its version, approval and the RSIT classes its playbooks cover. */
    public record PlanFact(int version, String approvedBy, Instant approvedAt, List<String> coveredClasses) {
    }

    /** One ended exercise the country took part in, with its expectations met and missed. */
    public record ExerciseFact(String exerciseId, Instant endedAt, int met, int missed) {
    }

    /**
     * What readiness is computed from. {@code exercises} newest first; {@code comchecksAsked} counts the comchecks of the
     * last quarter that asked the country, but not those still open and unanswered; {@code medianResponseSeconds} is null
     * when it answered none.
     */
    public record Facts(String country, @Nullable PlanFact plan, List<String> rsitClasses, long primaryGapMinutes, long backupGapMinutes,
                        int comchecksAsked, int comchecksAnswered, @Nullable Double medianResponseSeconds, List<ExerciseFact> exercises,
                        int lessons, int lessonsActedOn) {

        /** Facts of a country without a lesson learnt in the last 12 months. */
        public Facts(String country, PlanFact plan, List<String> rsitClasses, long primaryGapMinutes, long backupGapMinutes, int comchecksAsked,
                     int comchecksAnswered, Double medianResponseSeconds, List<ExerciseFact> exercises) {
            this(country, plan, rsitClasses, primaryGapMinutes, backupGapMinutes, comchecksAsked, comchecksAnswered, medianResponseSeconds, exercises,
                    0, 0);
        }
    }

    /** One criterion: met or not, the figure it was judged on, and where the figure comes from. */
    public record Criterion(String id, boolean met, String figure, String source) {
    }

    public static List<Criterion> assess(Facts f, Instant now) {
        return List.of(planApproved(f, now), playbooksCover(f), roster(f), answerRate(f), medianResponse(f), exerciseParticipation(f, now),
                exerciseScore(f), lessonsActedOn(f));
    }

    /** The percentage of criteria met, rounded down. */
    public static int score(List<Criterion> criteria) {
        return criteria.isEmpty() ? 0 : (int) (100L * criteria.stream().filter(Criterion::met).count() / criteria.size());
    }

    static Criterion planApproved(Facts f, Instant now) {
        String source = "national plan in force (GET /api/v1/countries/" + f.country() + "/plan)";
        if (f.plan() == null) {
            return new Criterion("plan-approved", false, "no approved national plan", source);
        }
        boolean current = !f.plan().approvedAt().isBefore(monthsBefore(now, PLAN_MAX_AGE_MONTHS));
        return new Criterion("plan-approved", current, "version " + f.plan().version() + " approved by " + f.plan().approvedBy() + " on "
                + f.plan().approvedAt() + (current ? "" : ", older than " + PLAN_MAX_AGE_MONTHS + " months"), source);
    }

    static Criterion playbooksCover(Facts f) {
        List<String> covered = f.plan() == null ? List.of() : f.plan().coveredClasses();
        List<String> missing = f.rsitClasses().stream().filter(c -> !covered.contains(c)).toList();
        long count = f.rsitClasses().size() - missing.size();
        return new Criterion("playbooks-cover-rsit", missing.isEmpty() && !f.rsitClasses().isEmpty(),
                count + "/" + f.rsitClasses().size() + " RSIT classes" + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing)),
                "playbooks of the plan in force against the MISP rsit taxonomy");
    }

    static Criterion roster(Facts f) {
        return new Criterion("roster-24-7", f.primaryGapMinutes() == 0 && f.backupGapMinutes() == 0,
                "gaps over the last " + ROSTER_WEEKS + " weeks: " + f.primaryGapMinutes() + " min without a primary, " + f.backupGapMinutes()
                        + " min without a backup", "duty roster (GET /api/v1/countries/" + f.country() + "/coverage)");
    }

    static Criterion answerRate(Facts f) {
        String source = "comchecks of the last " + COMCHECK_MONTHS + " months (GET /api/v1/comchecks/statistics)";
        if (f.comchecksAsked() == 0) {
            return new Criterion("comcheck-answer-rate", false, "no comcheck in the last " + COMCHECK_MONTHS + " months", source);
        }
        double rate = (double) f.comchecksAnswered() / f.comchecksAsked();
        return new Criterion("comcheck-answer-rate", rate >= MIN_ANSWER_RATE, f.comchecksAnswered() + "/" + f.comchecksAsked() + " answered ("
                + percent(rate) + ")", source);
    }

    static Criterion medianResponse(Facts f) {
        String source = "comchecks of the last " + COMCHECK_MONTHS + " months (GET /api/v1/comchecks/statistics)";
        if (f.medianResponseSeconds() == null) {
            return new Criterion("comcheck-median-response", false, "no comcheck answered in the last " + COMCHECK_MONTHS + " months", source);
        }
        return new Criterion("comcheck-median-response", f.medianResponseSeconds() <= MAX_MEDIAN_RESPONSE_SECONDS,
                "median response " + Math.round(f.medianResponseSeconds()) + " s (at most " + MAX_MEDIAN_RESPONSE_SECONDS + " s)", source);
    }

    static Criterion exerciseParticipation(Facts f, Instant now) {
        Instant since = monthsBefore(now, EXERCISE_MONTHS);
        List<ExerciseFact> recent = f.exercises().stream().filter(e -> !e.endedAt().isBefore(since)).toList();
        return new Criterion("exercise-participation", !recent.isEmpty(), recent.isEmpty()
                ? "no exercise in the last " + EXERCISE_MONTHS + " months"
                : recent.size() + " exercise(s) in the last " + EXERCISE_MONTHS + " months, the last ended " + recent.get(0).endedAt(),
                "exercise.ended scores (exercises service)");
    }

    static Criterion exerciseScore(Facts f) {
        if (f.exercises().isEmpty()) {
            return new Criterion("exercise-score", false, "no exercise scored", "exercise.ended scores (exercises service)");
        }
        ExerciseFact last = f.exercises().get(0);
        int total = last.met() + last.missed();
        double share = total == 0 ? 0 : (double) last.met() / total;
        return new Criterion("exercise-score", total > 0 && share >= MIN_EXERCISE_SCORE, total == 0 ? "no expectation scored in the last exercise"
                : last.met() + "/" + total + " expectations met in the last exercise (" + percent(share) + ")",
                "exercise.ended of exercise " + last.exerciseId());
    }

    /**
     * Lessons learnt that changed the plan (DESIGN §14): of the lessons of the last 12 months about the country, the share
     * with an approved change of its plan or a change rejected with a reason. A country without lessons meets it.
     */
    static Criterion lessonsActedOn(Facts f) {
        String source = "lessons learnt (exercises) and the plan versions proposed from them (GET /api/v1/countries/" + f.country() + "/plan/versions)";
        if (f.lessons() == 0) {
            return new Criterion("lessons-acted-on", true, "no lesson learnt in the last " + LESSON_MONTHS + " months", source);
        }
        double share = (double) f.lessonsActedOn() / f.lessons();
        return new Criterion("lessons-acted-on", share >= MIN_LESSONS_ACTED_ON, f.lessonsActedOn() + "/" + f.lessons() + " lessons of the last "
                + LESSON_MONTHS + " months acted on (" + percent(share) + ")", source);
    }

    private static Instant monthsBefore(Instant now, int months) {
        return now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
