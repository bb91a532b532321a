package eu.cyberplan.exercises.exercise;

import jakarta.validation.Valid;
import eu.cyberplan.exercises.scenario.MselCsv;
import eu.cyberplan.exercises.scenario.ScenarioBody;
import eu.cyberplan.exercises.scenario.ScenarioProposals;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Exercises ({@code /api/v1/exercises}): planners and coordinators load a scenario (JSON, or the CSV MSEL with the
 * scenario's header in the query) and start, pause, resume and end it; the people of the countries taking part see
 * where it stands too, and nobody else ({@link ExerciseReaders}).
 */
@Controller("/api/v1/exercises")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExerciseController {

    private final ScenarioProposals proposals;
    private final Exercises exercises;
    private final MselCsv csv;

    public ExerciseController(Exercises exercises, JsonMapper json, ScenarioProposals proposals) {
        this.proposals = proposals;
        this.exercises = exercises;
        this.csv = new MselCsv(text -> {
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = json.readValue(text, Map.class);
                return object;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Post
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR})
    public HttpResponse<ExerciseView> create(Authentication authentication, @Valid @Body ScenarioBody scenario) {
        return created(exercises.create(Caller.of(authentication), scenario));
    }

    /** The CSV MSEL: {@code ?name=&participants=LV,LT&observers=CH&compression=10}; participants default to the injects' countries. */
    @Post
    @Consumes("text/csv")
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR})
    public HttpResponse<ExerciseView> createFromCsv(Authentication authentication, @Body String msel, @Nullable @QueryValue String name,
                                                    @Nullable @QueryValue String participants, @Nullable @QueryValue String observers,
                                                    @Nullable @QueryValue Integer compression) {
        MselCsv.Read read = csv.read(msel);
        if (!read.errors().isEmpty()) {
            throw ProblemException.invalid(read.errors());
        }
        List<String> players = participants == null
                ? read.injects().stream().map(ScenarioBody.Inject::country).filter(c -> c != null && !c.isBlank()).distinct().toList()
                : split(participants);
        ScenarioBody scenario = new ScenarioBody(name, players, observers == null ? List.of() : split(observers), compression, read.injects(),
                List.of(), null);
        return created(exercises.create(Caller.of(authentication), scenario));
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Page<ExerciseView> list(Authentication authentication, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return exercises.list(Caller.of(authentication), Page.page(page), Page.size(size));
    }

    /**
     * A scenario exercising every contact point and playbook step of a country's plan in force (issue 24), to review and
     * load with {@code POST /exercises}; nothing is stored.
     */
    @Get("/scenario-proposals")
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR})
    public ScenarioBody proposal(@Nullable @QueryValue String country) {
        if (country == null) {
            throw ProblemException.invalid("country", "name the country whose plan to exercise: ?country=LV");
        }
        return proposals.fromPlanOf(country);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ExerciseView get(Authentication authentication, @PathVariable UUID id) {
        return exercises.get(Caller.of(authentication), id);
    }

    @Post("/{id}/start")
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR})
    public ExerciseView start(Authentication authentication, @PathVariable UUID id) {
        return exercises.act(Caller.of(authentication), id, ExerciseStatus.Action.START);
    }

    @Post("/{id}/pause")
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR})
    public ExerciseView pause(Authentication authentication, @PathVariable UUID id) {
        return exercises.act(Caller.of(authentication), id, ExerciseStatus.Action.PAUSE);
    }

    @Post("/{id}/resume")
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR})
    public ExerciseView resume(Authentication authentication, @PathVariable UUID id) {
        return exercises.act(Caller.of(authentication), id, ExerciseStatus.Action.RESUME);
    }

    @Post("/{id}/end")
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR})
    public ExerciseView end(Authentication authentication, @PathVariable UUID id) {
        return exercises.act(Caller.of(authentication), id, ExerciseStatus.Action.END);
    }

    private static HttpResponse<ExerciseView> created(ExerciseView view) {
        return HttpResponse.created(view, URI.create("/api/v1/exercises/" + view.id()));
    }

    private static List<String> split(String codes) {
        return Arrays.stream(codes.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }
}
