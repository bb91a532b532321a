package eu.cyberplan.exercises.scenario;

import eu.cyberplan.platform.problem.ConstraintViolationHandler;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scenarios being written (issue 24): the CSV MSEL read into a scenario and a scenario written as the CSV MSEL, with
 * one reader and one writer ({@link MselCsv}) for the loading endpoint and the console's editor alike, and a check that
 * says everything {@code POST /exercises} would refuse without storing anything.
 */
@Singleton
public class ScenarioDrafts {

    /** What a check found: {@code scenario} is the draft as read (so the CSV MSEL comes back as JSON), {@code errors} name their inject. */
    @Serdeable
    public record Check(boolean valid, int injects, List<FieldError> errors, ScenarioBody scenario) {
    }

    private final ScenarioRules rules = new ScenarioRules();
    private final Validator validator;
    private final MselCsv csv;

    public ScenarioDrafts(JsonMapper json, Validator validator) {
        this.validator = validator;
        this.csv = new MselCsv(new MselCsv.JsonObjects() {
            @Override
            public Map<String, Object> read(String text) {
                try {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> object = json.readValue(text, Map.class);
                    return object;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String write(Map<String, Object> object) {
                try {
                    return json.writeValueAsString(object);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /**
     * The CSV MSEL with the scenario's header from the query ({@code participants} and {@code observers} comma-separated;
     * participants default to the injects' countries); a line that cannot be read is a 422 naming it.
     */
    public ScenarioBody fromCsv(String msel, String name, String participants, String observers, Integer compression) {
        MselCsv.Read read = csv.read(msel);
        if (!read.errors().isEmpty()) {
            throw ProblemException.invalid(read.errors());
        }
        List<String> players = participants == null
                ? read.injects().stream().map(ScenarioBody.Inject::country).filter(c -> c != null && !c.isBlank()).distinct().toList()
                : split(participants);
        return new ScenarioBody(name, players, observers == null ? List.of() : split(observers), compression, read.injects(), List.of(), null);
    }

    /** The limits of the JSON body (which a CSV MSEL did not pass through), then the scenario's rules. */
    public Check check(ScenarioBody draft) {
        List<FieldError> errors = new ArrayList<>(validator.validate(draft).stream()
                .map(v -> new FieldError(ConstraintViolationHandler.fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
        errors.addAll(rules.check(draft).errors());
        return new Check(errors.isEmpty(), draft.injects() == null ? 0 : draft.injects().size(), errors, draft);
    }

    /** The scenario's injects as the CSV MSEL, in the planner's order (the scenario's header and expectations are JSON only). */
    public String csv(ScenarioBody draft) {
        return csv.write(draft.injects() == null ? List.of() : draft.injects());
    }

    private static List<String> split(String codes) {
        return Arrays.stream(codes.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }
}
