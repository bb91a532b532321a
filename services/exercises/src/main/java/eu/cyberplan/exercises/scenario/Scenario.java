package eu.cyberplan.exercises.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A checked scenario: every country known and taking part, offsets at or after T0, expectations that can be scored. */
public record Scenario(String name, List<String> participants, List<String> observers, int compression, List<Inject> injects,
                       List<Expectation> expectations, Simulation simulation) {

    /** One inject, numbered in offset order; {@code ref} names it for expectations ({@code #<sequence>} unless given). */
    public record Inject(int sequence, String ref, Duration offset, String country, InjectKind kind, String title,
                         Map<String, Object> payload, String expectedAction) {
    }

    /** One expectation; {@code injectRef} null = any inject, {@code within} null = no time limit (LEVEL only). */
    public record Expectation(int sequence, ExpectationKind kind, String country, String injectRef, Duration within, String level,
                              String description) {
    }

    /** The simulated responder: countries it answers for, and how. Null when the drill has none. */
    public record Simulation(List<String> countries, DelayDistribution delay, double answerRate, long seed) {
    }
}
