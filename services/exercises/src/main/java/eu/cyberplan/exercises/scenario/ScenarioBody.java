package eu.cyberplan.exercises.scenario;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A scenario as planners write it (DESIGN §9): the master scenario events list (MSEL) of injects at T0 + offset, the
 * participants and observers, the time compression, what is expected of the players, and optionally the simulated
 * participants that answer for some countries in an unattended drill.
 */
@Serdeable
public record ScenarioBody(
        @Nullable String name,
        @Nullable List<String> participants,
        @Nullable List<String> observers,
        @Nullable Integer compression,
        @Nullable List<Inject> injects,
        @Nullable List<Expectation> expectations,
        @Nullable SimulatedParticipants simulatedParticipants) {

    /** One inject: an incident to file for {@code country}, a situation update, a comcheck or a message. */
    @Serdeable
    public record Inject(
            @Nullable Long offsetSeconds,
            @Nullable String country,
            @Nullable String kind,
            @Nullable String title,
            @Nullable Map<String, Object> payload,
            @Nullable String expectedAction,
            @Nullable String ref) {
    }

    /**
     * What the players should do: {@code ACKNOWLEDGE} ({@code country} acknowledges the alert of inject {@code inject}, or
     * its first alert, within {@code withinMinutes}), {@code LEVEL} (the case of {@code inject}, or any case, reaches
     * {@code level}, within {@code withinMinutes} if given), {@code SITUATION_REPORT} (one is published on that case
     * within {@code withinMinutes}). Minutes are exercise time.
     */
    @Serdeable
    public record Expectation(
            @Nullable String kind,
            @Nullable String country,
            @Nullable String inject,
            @Nullable Double withinMinutes,
            @Nullable String level,
            @Nullable String description) {
    }

    /**
     * Countries for which a simulated responder acknowledges alerts, after a delay drawn from {@code delay} (exercise
     * seconds); {@code answerRate} (0–1, default 1) of the alerts are answered at all, so a drill can also miss.
     */
    @Serdeable
    public record SimulatedParticipants(
            @Nullable List<String> countries,
            @Nullable Delay delay,
            @Nullable Double answerRate,
            @Nullable Long seed) {
    }

    /** A delay distribution: {@code FIXED} (minSeconds), {@code UNIFORM} (min–max) or {@code EXPONENTIAL} (minSeconds + mean). */
    @Serdeable
    public record Delay(
            @Nullable String distribution,
            @Nullable Long minSeconds,
            @Nullable Long maxSeconds,
            @Nullable Long meanSeconds) {
    }
}
