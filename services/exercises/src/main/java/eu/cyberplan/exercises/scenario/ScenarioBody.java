package eu.cyberplan.exercises.scenario;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import eu.cyberplan.platform.input.BoundedTree;
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
        @Nullable @Size(max = 200) @SingleLine String name,
        @Nullable @Size(max = 60) List<@NotNull @Size(max = 8) @SingleLine String> participants,
        @Nullable @Size(max = 60) List<@NotNull @Size(max = 8) @SingleLine String> observers,
        @Nullable Integer compression,
        @Nullable @Size(max = ScenarioBody.MAX_INJECTS) List<@Valid @NotNull Inject> injects,
        @Nullable @Size(max = 1000) List<@Valid @NotNull Expectation> expectations,
        @Nullable @Valid SimulatedParticipants simulatedParticipants) {

    /** A Cyber Europe–scale drill has about 28,000 injects; each is released as its own event. */
    public static final int MAX_INJECTS = 50_000;

    /** One inject: an incident to file for {@code country}, a situation update, a comcheck or a message. */
    @Serdeable
    public record Inject(
            @Nullable Long offsetSeconds,
            @Nullable @Size(max = 8) @SingleLine String country,
            @Nullable @Size(max = 40) @SingleLine String kind,
            @Nullable @Size(max = 300) @SingleLine String title,
            @Nullable @Size(max = 60) @BoundedTree(maxChars = 30_000) Map<String, Object> payload,
            @Nullable @Size(max = 2000) String expectedAction,
            @Nullable @Size(max = 64) @SingleLine String ref) {
    }

    /**
     * What the players should do: {@code ACKNOWLEDGE} ({@code country} acknowledges the alert of inject {@code inject}, or
     * its first alert, within {@code withinMinutes}), {@code LEVEL} (the case of {@code inject}, or any case, reaches
     * {@code level}, within {@code withinMinutes} if given), {@code SITUATION_REPORT} (one is published on that case
     * within {@code withinMinutes}). Minutes are exercise time.
     */
    @Serdeable
    public record Expectation(
            @Nullable @Size(max = 40) @SingleLine String kind,
            @Nullable @Size(max = 8) @SingleLine String country,
            @Nullable @Size(max = 64) @SingleLine String inject,
            @Nullable Double withinMinutes,
            @Nullable @Size(max = 20) @SingleLine String level,
            @Nullable @Size(max = 2000) String description) {
    }

    /**
     * Countries for which a simulated responder acknowledges alerts, after a delay drawn from {@code delay} (exercise
     * seconds); {@code answerRate} (0–1, default 1) of the alerts are answered at all, so a drill can also miss.
     */
    @Serdeable
    public record SimulatedParticipants(
            @Nullable @Size(max = 60) List<@NotNull @Size(max = 8) @SingleLine String> countries,
            @Nullable @Valid Delay delay,
            @Nullable Double answerRate,
            @Nullable Long seed) {
    }

    /** A delay distribution: {@code FIXED} (minSeconds), {@code UNIFORM} (min–max) or {@code EXPONENTIAL} (minSeconds + mean). */
    @Serdeable
    public record Delay(
            @Nullable @Size(max = 20) @SingleLine String distribution,
            @Nullable Long minSeconds,
            @Nullable Long maxSeconds,
            @Nullable Long meanSeconds) {
    }
}
