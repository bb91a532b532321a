package eu.cyberplan.exercises.scenario;

import eu.cyberplan.platform.problem.FieldError;

import java.time.Duration;
import java.util.List;

/** Checks the simulated participants of a scenario: countries that take part, a delay that can be drawn, a rate in 0–1. */
final class SimulationRules {

    private SimulationRules() {
    }

    static Scenario.Simulation check(ScenarioBody.SimulatedParticipants given, List<String> participants, List<String> observers,
                                     List<FieldError> errors) {
        if (given == null) {
            return null;
        }
        int before = errors.size();
        List<String> countries = ScenarioRules.countries("simulatedParticipants.countries", given.countries(), errors);
        if (countries.isEmpty() && errors.size() == before) {
            errors.add(new FieldError("simulatedParticipants.countries", "name the countries the simulated responder answers for"));
        }
        for (String country : countries) {
            if (!participants.contains(country) && !observers.contains(country)) {
                errors.add(new FieldError("simulatedParticipants.countries", country + " is not a participant of this scenario"));
            }
        }
        double rate = given.answerRate() == null ? 1.0 : given.answerRate();
        if (!(rate >= 0 && rate <= 1)) {
            errors.add(new FieldError("simulatedParticipants.answerRate", "the share of alerts answered must be 0 to 1, not " + rate));
        }
        DelayDistribution delay = delay(given.delay(), errors);
        if (errors.size() > before) {
            return null;
        }
        return new Scenario.Simulation(countries, delay, rate, given.seed() == null ? 42L : given.seed());
    }

    private static DelayDistribution delay(ScenarioBody.Delay given, List<FieldError> errors) {
        if (given == null) {
            return new DelayDistribution(DelayDistribution.Shape.UNIFORM, Duration.ofMinutes(1), Duration.ofMinutes(10), null);
        }
        DelayDistribution.Shape shape = given.distribution() == null ? DelayDistribution.Shape.UNIFORM
                : ScenarioRules.parse(DelayDistribution.Shape.class, given.distribution());
        if (shape == null) {
            errors.add(new FieldError("simulatedParticipants.delay.distribution", "'" + given.distribution() + "' is not one of FIXED, UNIFORM, EXPONENTIAL"));
            return null;
        }
        long min = given.minSeconds() == null ? 0 : given.minSeconds();
        long max = given.maxSeconds() == null ? min : given.maxSeconds();
        long mean = given.meanSeconds() == null ? 0 : given.meanSeconds();
        if (min < 0) {
            errors.add(new FieldError("simulatedParticipants.delay.minSeconds", "a delay cannot be negative"));
        }
        if (shape == DelayDistribution.Shape.UNIFORM && max < min) {
            errors.add(new FieldError("simulatedParticipants.delay.maxSeconds", "the longest delay cannot be shorter than the shortest"));
        }
        if (shape == DelayDistribution.Shape.EXPONENTIAL && mean <= 0) {
            errors.add(new FieldError("simulatedParticipants.delay.meanSeconds", "an exponential delay needs a mean of more than 0 seconds"));
        }
        return new DelayDistribution(shape, Duration.ofSeconds(min), Duration.ofSeconds(max), Duration.ofSeconds(mean));
    }
}
