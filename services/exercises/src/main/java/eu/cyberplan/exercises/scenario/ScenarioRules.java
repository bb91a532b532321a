package eu.cyberplan.exercises.scenario;

import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.FieldError;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a scenario as a planner wrote it and, when every field is right, turns it into a {@link Scenario}: countries
 * known (EL read as GR), every inject for a participant or observer at or after T0, a kind and a title on each, the
 * compression between 1 and 60, expectations that name a participant, a level or an inject that exists. Each mistake
 * names its field, e.g. {@code injects[3].offsetSeconds}.
 */
public final class ScenarioRules {

    public static final int MAX_INJECTS = 100_000;
    private static final Set<String> LEVELS = Set.of("TECHNICAL", "OPERATIONAL", "POLITICAL");

    /** The outcome: a scenario, or the mistakes. */
    public record Checked(Scenario scenario, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public Checked check(ScenarioBody body) {
        List<FieldError> errors = new ArrayList<>();
        String name = body.name() == null ? "" : body.name().trim();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "a scenario needs a name of 1 to 200 characters"));
        }
        List<String> participants = countries("participants", body.participants(), errors);
        if (body.participants() == null || body.participants().isEmpty()) {
            errors.add(new FieldError("participants", "name at least one participating country"));
        }
        List<String> observers = countries("observers", body.observers(), errors);
        observers.removeAll(participants);
        int compression = body.compression() == null ? 1 : body.compression();
        if (compression < 1 || compression > 60) {
            errors.add(new FieldError("compression", "the time compression must be 1 (real time) to 60, not " + compression));
        }
        List<Scenario.Inject> injects = injects(body.injects(), participants, observers, errors);
        List<ScenarioBody.Expectation> stated = new ArrayList<>(body.expectations() == null ? List.of() : body.expectations());
        int declared = stated.size();
        for (Scenario.Inject inject : injects) {
            stated.addAll(ExpectedActions.read(inject.expectedAction(), inject.ref()));
        }
        List<Scenario.Expectation> expectations = expectations(stated, declared, participants, injects, errors);
        Scenario.Simulation simulation = SimulationRules.check(body.simulatedParticipants(), participants, observers, errors);
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new Scenario(name, participants, observers, compression, injects, expectations, simulation), List.of());
    }

    static List<String> countries(String field, List<String> codes, List<FieldError> errors) {
        Set<String> seen = new LinkedHashSet<>();
        if (codes == null) {
            return new ArrayList<>();
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            var normalised = code == null ? java.util.Optional.<String>empty() : CountryCodes.normalise(code);
            if (normalised.isEmpty()) {
                errors.add(new FieldError(field + "[" + i + "]", "'" + code + "' is not an ISO 3166-1 alpha-2 country code"));
            } else {
                seen.add(normalised.get());
            }
        }
        return new ArrayList<>(seen);
    }

    private static List<Scenario.Inject> injects(List<ScenarioBody.Inject> given, List<String> participants, List<String> observers,
                                                 List<FieldError> errors) {
        if (given == null || given.isEmpty()) {
            errors.add(new FieldError("injects", "a scenario needs at least one inject"));
            return List.of();
        }
        if (given.size() > MAX_INJECTS) {
            errors.add(new FieldError("injects", "at most " + MAX_INJECTS + " injects, not " + given.size()));
            return List.of();
        }
        record Indexed(int index, ScenarioBody.Inject inject) {
        }
        List<Indexed> valid = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            ScenarioBody.Inject inject = given.get(i);
            String at = "injects[" + i + "].";
            int before = errors.size();
            if (inject == null) {
                errors.add(new FieldError("injects[" + i + "]", "an inject cannot be null"));
                continue;
            }
            if (inject.offsetSeconds() == null || inject.offsetSeconds() < 0) {
                errors.add(new FieldError(at + "offsetSeconds", "the offset from T0 must be 0 or more seconds, not " + inject.offsetSeconds()));
            }
            String country = inject.country() == null ? null : CountryCodes.normalise(inject.country()).orElse(null);
            if (country == null) {
                errors.add(new FieldError(at + "country", "'" + inject.country() + "' is not an ISO 3166-1 alpha-2 country code"));
            } else if (!participants.contains(country) && !observers.contains(country)) {
                errors.add(new FieldError(at + "country", country + " is not a participant of this scenario " + participants));
            }
            if (kind(inject.kind()) == null) {
                errors.add(new FieldError(at + "kind", "'" + inject.kind() + "' is not one of INCIDENT, SITUATION_UPDATE, COMCHECK, MESSAGE"));
            }
            if (inject.title() == null || inject.title().isBlank() || inject.title().length() > 300) {
                errors.add(new FieldError(at + "title", "an inject needs a title of 1 to 300 characters"));
            }
            if (inject.ref() != null && !refs.add(inject.ref())) {
                errors.add(new FieldError(at + "ref", "the ref '" + inject.ref() + "' names two injects"));
            }
            if (errors.size() == before) {
                valid.add(new Indexed(i, inject));
            }
        }
        // Stable: injects at the same offset keep the planner's order.
        valid.sort(Comparator.comparingLong(v -> v.inject().offsetSeconds()));
        List<Scenario.Inject> injects = new ArrayList<>();
        for (Indexed v : valid) {
            ScenarioBody.Inject inject = v.inject();
            int sequence = injects.size() + 1;
            injects.add(new Scenario.Inject(sequence, inject.ref() == null ? "#" + (v.index() + 1) : inject.ref(),
                    Duration.ofSeconds(inject.offsetSeconds()), CountryCodes.normalise(inject.country()).orElseThrow(), kind(inject.kind()),
                    inject.title().trim(), inject.payload() == null ? Map.of() : inject.payload(), inject.expectedAction()));
        }
        return injects;
    }

    private static List<Scenario.Expectation> expectations(List<ScenarioBody.Expectation> stated, int declared, List<String> participants,
                                                           List<Scenario.Inject> injects, List<FieldError> errors) {
        Set<String> refs = new HashSet<>();
        injects.forEach(i -> refs.add(i.ref()));
        List<Scenario.Expectation> expectations = new ArrayList<>();
        for (int i = 0; i < stated.size(); i++) {
            ScenarioBody.Expectation e = stated.get(i);
            String at = i < declared ? "expectations[" + i + "]." : "injects(" + e.inject() + ").expectedAction: ";
            int before = errors.size();
            ExpectationKind kind = e == null ? null : expectationKind(e.kind());
            if (kind == null) {
                errors.add(new FieldError(at + "kind", "'" + (e == null ? null : e.kind()) + "' is not one of ACKNOWLEDGE, LEVEL, SITUATION_REPORT"));
                continue;
            }
            String country = e.country() == null ? null : CountryCodes.normalise(e.country()).orElse(null);
            if (kind == ExpectationKind.ACKNOWLEDGE && (country == null || !participants.contains(country))) {
                errors.add(new FieldError(at + "country", "'" + e.country() + "' is not a participant of this scenario " + participants));
            }
            if (kind == ExpectationKind.LEVEL && (e.level() == null || !LEVELS.contains(e.level().toUpperCase(Locale.ROOT)))) {
                errors.add(new FieldError(at + "level", "'" + e.level() + "' is not one of TECHNICAL, OPERATIONAL, POLITICAL"));
            }
            boolean timed = kind != ExpectationKind.LEVEL;
            if ((timed && e.withinMinutes() == null) || (e.withinMinutes() != null && !(e.withinMinutes() > 0))) {
                errors.add(new FieldError(at + "withinMinutes", "the time allowed must be more than 0 minutes, not " + e.withinMinutes()));
            }
            if (e.inject() != null && !refs.contains(e.inject())) {
                errors.add(new FieldError(at + "inject", "no inject has the ref '" + e.inject() + "'"));
            }
            if (errors.size() == before) {
                expectations.add(new Scenario.Expectation(expectations.size() + 1, kind, country, e.inject(),
                        e.withinMinutes() == null ? null : ExpectedActions.ofMinutes(e.withinMinutes()),
                        e.level() == null ? null : e.level().toUpperCase(Locale.ROOT), e.description()));
            }
        }
        return expectations;
    }

    private static InjectKind kind(String kind) {
        return parse(InjectKind.class, kind);
    }

    private static ExpectationKind expectationKind(String kind) {
        return parse(ExpectationKind.class, kind);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
