package eu.cyberplan.contactpoints.comcheck;

import eu.cyberplan.events.v1.ComcheckStarted;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Communication checks of the contact points: a coordinator starts one, each asked country's inbox gets it, answers
 * are collected. Coordinators and auditors see every country's row; anyone else sees only their own country's.
 */
@Singleton
public class Comchecks {

    private final ComcheckStore store;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration answerWithin;

    public Comchecks(ComcheckStore store, Outbox outbox, Clock clock,
                     ComcheckSettings settings) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.answerWithin = settings.answerWithin();
    }

    /** Records the comcheck with one row per country and publishes {@code comcheck.started}, in one transaction. */
    @Transactional
    public ComcheckView start(Caller caller, ComcheckRequest request) {
        List<String> countries = request.countriesOf(store.countriesOfThePlan());
        Duration within = request.answerWithin(answerWithin);
        // PostgreSQL keeps microseconds: the response shows the times every later read will show.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Comcheck comcheck = Comcheck.started(UUID.randomUUID(), countries, caller.username(), now, now.plus(within));
        store.insert(comcheck);
        ComcheckStarted started = new ComcheckStarted(comcheck.id(), countries, caller.username(), now, comcheck.answerBy(),
                Mode.REAL.name(), null);
        outbox.add(OutboxEvent.of(Topics.COMCHECKS, EventTypes.COMCHECK_STARTED, comcheck.id(), caller.country(), started)
                .marked(Mode.REAL, null, Tlp.GREEN));
        return ComcheckView.of(comcheck, now);
    }

    /**
     * A COMCHECK inject of an exercise: a comcheck of the inject's country in the exercise's mode, its id derived from
     * the inject so a redelivered inject starts none twice; false when it was started already.
     */
    @Transactional
    public boolean startForExercise(UUID exerciseId, int injectSequence, String country, String startedBy, Instant at) {
        UUID id = UUID.nameUUIDFromBytes(("comcheck/" + exerciseId + "/" + injectSequence).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (store.find(id).isPresent()) {
            return false;
        }
        Instant startedAt = at.truncatedTo(ChronoUnit.MICROS);
        Comcheck comcheck = Comcheck.exercise(id, exerciseId, List.of(country), startedBy, startedAt, startedAt.plus(answerWithin));
        store.insert(comcheck);
        outbox.add(OutboxEvent.of(Topics.COMCHECKS, EventTypes.COMCHECK_STARTED, id, "EU", new ComcheckStarted(id, List.of(country), startedBy,
                        startedAt, comcheck.answerBy(), Mode.EXERCISE.name(), exerciseId))
                .marked(Mode.EXERCISE, exerciseId, Tlp.GREEN));
        return true;
    }

    /** One comcheck; 404 for someone whose country it did not ask. */
    public ComcheckView view(Caller caller, UUID id) {
        String scope = scopeOf(caller);
        Comcheck comcheck = store.find(id).filter(c -> scope == null || c.asked(scope))
                .orElseThrow(() -> ProblemException.notFound("no comcheck " + id + (scope == null ? "" : " asked " + scope)));
        return ComcheckView.of(shown(comcheck, scope), clock.instant());
    }

    /** Newest first; someone of a country sees only the comchecks that asked it. */
    public Page<ComcheckView> list(Caller caller, Mode mode, int page, int size) {
        String scope = scopeOf(caller);
        Instant now = clock.instant();
        List<ComcheckView> views = store.newest(mode.name(), scope, size, page * size).stream()
                .map(comcheck -> ComcheckView.of(shown(comcheck, scope), now)).toList();
        return new Page<>(views, page, size, store.count(mode.name(), scope));
    }

    /** The figures per country over the last {@code last} comchecks (of the caller's country, unless EU-wide). */
    public StatisticsView statistics(Caller caller, Mode mode, int last) {
        String scope = scopeOf(caller);
        List<Comcheck> comchecks = store.newest(mode.name(), scope, last, 0);
        List<ComcheckStatistics.Observation> observations = comchecks.stream()
                .flatMap(comcheck -> shown(comcheck, scope).observations().stream()).toList();
        return StatisticsView.of(comchecks.size(), ComcheckStatistics.perCountry(observations));
    }

    /** The country whose rows the caller may see, or null for every country. */
    private static String scopeOf(Caller caller) {
        return caller.hasAnyRole(Roles.COORDINATOR, Roles.AUDITOR) ? null : caller.country();
    }

    private static Comcheck shown(Comcheck comcheck, String scope) {
        return scope == null ? comcheck : comcheck.onlyFor(scope);
    }
}
