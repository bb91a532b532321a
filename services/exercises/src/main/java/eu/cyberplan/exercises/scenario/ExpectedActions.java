package eu.cyberplan.exercises.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "expected action" column of an MSEL into expectations that can be scored, where it follows one of these
 * forms (case does not matter; several separated by {@code ;}):
 * <pre>
 *   ACKNOWLEDGE LV WITHIN 15m      LV acknowledges this inject's alert within 15 exercise minutes (ACK works too)
 *   LEVEL OPERATIONAL [WITHIN 60m] the case of this inject reaches OPERATIONAL (in time)
 *   SITREP WITHIN 60m              a situation report is published on this inject's case within 60 minutes
 * </pre>
 * Any other text is an instruction for the exercise control staff: kept on the inject, not scored.
 */
public final class ExpectedActions {

    private static final Pattern ACKNOWLEDGE = Pattern.compile("(?:ACKNOWLEDGE|ACK)\\s+([A-Z]{2})\\s+WITHIN\\s+(\\d+(?:\\.\\d+)?)\\s*(M|MIN|MINUTES|H|HOURS)?");
    private static final Pattern LEVEL = Pattern.compile("LEVEL\\s+(TECHNICAL|OPERATIONAL|POLITICAL)(?:\\s+WITHIN\\s+(\\d+(?:\\.\\d+)?)\\s*(M|MIN|MINUTES|H|HOURS)?)?");
    private static final Pattern SITREP = Pattern.compile("(?:SITREP|SITUATION[_ ]REPORT)\\s+WITHIN\\s+(\\d+(?:\\.\\d+)?)\\s*(M|MIN|MINUTES|H|HOURS)?");

    private ExpectedActions() {
    }

    /** The expectations the text states for the inject {@code injectRef}, in their order; none for free text. */
    public static List<ScenarioBody.Expectation> read(String expectedAction, String injectRef) {
        List<ScenarioBody.Expectation> expectations = new ArrayList<>();
        if (expectedAction == null) {
            return expectations;
        }
        for (String part : expectedAction.split(";")) {
            parse(part.trim().toUpperCase(Locale.ROOT), injectRef).ifPresent(expectations::add);
        }
        return expectations;
    }

    private static Optional<ScenarioBody.Expectation> parse(String text, String injectRef) {
        Matcher m = ACKNOWLEDGE.matcher(text);
        if (m.matches()) {
            return Optional.of(new ScenarioBody.Expectation("ACKNOWLEDGE", m.group(1), injectRef, minutes(m.group(2), m.group(3)), null, text));
        }
        m = LEVEL.matcher(text);
        if (m.matches()) {
            Double within = m.group(2) == null ? null : minutes(m.group(2), m.group(3));
            return Optional.of(new ScenarioBody.Expectation("LEVEL", null, injectRef, within, m.group(1), text));
        }
        m = SITREP.matcher(text);
        if (m.matches()) {
            return Optional.of(new ScenarioBody.Expectation("SITUATION_REPORT", null, injectRef, minutes(m.group(1), m.group(2)), null, text));
        }
        return Optional.empty();
    }

    private static double minutes(String figure, String unit) {
        double value = Double.parseDouble(figure);
        return unit != null && unit.startsWith("H") ? value * 60 : value;
    }

    /** A duration of {@code minutes} exercise minutes. */
    static Duration ofMinutes(double minutes) {
        return Duration.ofMillis(Math.round(minutes * 60_000));
    }
}
