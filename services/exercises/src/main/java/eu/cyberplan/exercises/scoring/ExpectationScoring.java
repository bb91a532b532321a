package eu.cyberplan.exercises.scoring;

import eu.cyberplan.exercises.scenario.ExpectationKind;
import eu.cyberplan.exercises.scenario.Scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Scores expectations from what the protocol did: an acknowledgement is measured from its alert's dispatch, a level or
 * a situation report from the release of its inject (or T0). Times are exercise time (wall time × compression), the
 * time the scenario speaks in. An expectation still open is {@code PENDING} while its time has not run out and the
 * exercise goes on, {@code MISSED} once it has or at ENDEX.
 */
public final class ExpectationScoring {

    private static final List<String> LEVELS = List.of("TECHNICAL", "OPERATIONAL", "POLITICAL");

    /** An outcome of one expectation. */
    public enum Outcome { MET, MISSED, PENDING }

    /** The score of one expectation: who it concerns, its outcome, the exercise time it took and the time allowed. */
    public record Score(int sequence, ExpectationKind kind, String country, String injectRef, String description, Outcome outcome,
                        Long tookSeconds, Long withinSeconds, String reason) {
    }

    /** A released inject: its ref, country, when it was released and the incident it filed. */
    public record Release(String ref, String country, Instant releasedAt, UUID incidentId) {
    }

    /**
     * The facts scoring looks at.
     *
     * @param startedAt   T0 on the wall clock
     * @param compression the exercise's time compression
     * @param now         the wall instant of the scoring (the end, once ended)
     * @param ended       true at ENDEX: nothing is pending any more
     */
    public record Facts(Instant startedAt, int compression, Instant now, boolean ended, Map<String, Release> releases,
                        List<Observations.Alert> alerts, List<Observations.ProtocolEvent> protocolEvents) {
    }

    public Score score(Scenario.Expectation e, Facts facts) {
        Release release = e.injectRef() == null ? null : facts.releases().get(e.injectRef());
        if (e.injectRef() != null && release == null) {
            return open(e, facts, null, "inject " + e.injectRef() + " not released");
        }
        UUID incident = release == null ? null : release.incidentId();
        return switch (e.kind()) {
            case ACKNOWLEDGE -> acknowledgement(e, facts, incident);
            case LEVEL -> protocolEvent(e, facts, release, incident,
                    p -> "LEVEL".equals(p.kind()) && rank(p.level()) >= rank(e.level()), "the case did not reach " + e.level());
            case SITUATION_REPORT -> protocolEvent(e, facts, release, incident, p -> "SITUATION_REPORT".equals(p.kind()),
                    "no situation report was published");
        };
    }

    /** The country an expectation counts for: the acknowledging country, else the country of its inject, else EU. */
    public static String countryOf(Scenario.Expectation e, Map<String, Release> releases, Map<String, String> injectCountries) {
        if (e.country() != null) {
            return e.country();
        }
        if (e.injectRef() != null && injectCountries.containsKey(e.injectRef())) {
            return injectCountries.get(e.injectRef());
        }
        return "EU";
    }

    private Score acknowledgement(Scenario.Expectation e, Facts facts, UUID incident) {
        Optional<Observations.Alert> alert = facts.alerts().stream()
                .filter(a -> a.country().equals(e.country()) && (incident == null || incident.equals(a.incidentId())) && a.dispatchedAt() != null)
                .min(Comparator.comparing(Observations.Alert::dispatchedAt));
        if (alert.isEmpty()) {
            return open(e, facts, null, "no alert reached " + e.country());
        }
        Observations.Alert a = alert.get();
        if (a.acknowledgedAt() != null) {
            return timed(e, facts, a.dispatchedAt(), a.acknowledgedAt(), "acknowledged by " + a.acknowledgedBy());
        }
        return open(e, facts, a.dispatchedAt(), e.country() + " has not acknowledged");
    }

    private Score protocolEvent(Scenario.Expectation e, Facts facts, Release release, UUID incident, Predicate<Observations.ProtocolEvent> wanted,
                                String notYet) {
        Instant from = release == null ? facts.startedAt() : release.releasedAt();
        Optional<Observations.ProtocolEvent> first = facts.protocolEvents().stream()
                .filter(p -> incident == null || incident.equals(p.incidentId()))
                .filter(wanted)
                .filter(p -> !p.at().isBefore(from))
                .min(Comparator.comparing(Observations.ProtocolEvent::at));
        if (first.isPresent()) {
            return timed(e, facts, from, first.get().at(), first.get().detail());
        }
        return open(e, facts, from, notYet);
    }

    private Score timed(Scenario.Expectation e, Facts facts, Instant from, Instant at, String reason) {
        long took = exerciseSeconds(from, at, facts.compression());
        boolean inTime = e.within() == null || took <= e.within().toSeconds();
        return score(e, inTime ? Outcome.MET : Outcome.MISSED, took, inTime ? reason : reason + ", after the " + minutes(e.within()) + " allowed");
    }

    private Score open(Scenario.Expectation e, Facts facts, Instant from, String reason) {
        boolean timeUp = from != null && e.within() != null && exerciseSeconds(from, facts.now(), facts.compression()) > e.within().toSeconds();
        return score(e, facts.ended() || timeUp ? Outcome.MISSED : Outcome.PENDING, null, reason);
    }

    private static Score score(Scenario.Expectation e, Outcome outcome, Long took, String reason) {
        return new Score(e.sequence(), e.kind(), e.country(), e.injectRef(), e.description(), outcome, took,
                e.within() == null ? null : e.within().toSeconds(), reason);
    }

    static long exerciseSeconds(Instant from, Instant to, int compression) {
        Duration wall = Duration.between(from, to);
        return wall.isNegative() ? 0 : wall.multipliedBy(compression).toSeconds();
    }

    private static int rank(String level) {
        return LEVELS.indexOf(level);
    }

    private static String minutes(Duration d) {
        long s = d.toSeconds();
        return s % 60 == 0 ? (s / 60) + " min" : s + " s";
    }
}
