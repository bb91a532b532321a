package eu.cyberplan.exercises.exercise;

import jakarta.validation.Valid;
import eu.cyberplan.exercises.scenario.ScenarioDrafts;
import eu.cyberplan.exercises.scenario.ScenarioBody;
import eu.cyberplan.exercises.scenario.ScenarioProposals;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.util.UUID;

/**
 * Exercises ({@code /api/v1/exercises}): planners and coordinators load a scenario (JSON, or the CSV MSEL with the
 * scenario's header in the query) and start, pause, resume and end it; the people of the countries taking part see
 * where it stands too, and nobody else ({@link ExerciseReaders}).
 */
@Controller("/api/v1/exercises")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExerciseController {

    private static final String CSV = "text/csv";

    private final ScenarioProposals proposals;
    private final ScenarioDrafts drafts;
    private final Exercises exercises;

    public ExerciseController(Exercises exercises, ScenarioDrafts drafts, ScenarioProposals proposals) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.exercises = exercises;
    }

    @Post
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR})
    public HttpResponse<ExerciseView> create(Authentication authentication, @Valid @Body ScenarioBody scenario) {
        return created(exercises.create(Caller.of(authentication), scenario));
    }

    /** The CSV MSEL: {@code ?name=&participants=LV,LT&observers=CH&compression=10}; participants default to the injects' countries. */
    @Post
    @Consumes(CSV)
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR})
    public HttpResponse<ExerciseView> createFromCsv(Authentication authentication, @Body String msel, @Nullable @QueryValue String name,
                                                    @Nullable @QueryValue String participants, @Nullable @QueryValue String observers,
                                                    @Nullable @QueryValue Integer compression) {
        ScenarioBody scenario = drafts.fromCsv(msel, name, participants, observers, compression);
        return created(exercises.create(Caller.of(authentication), scenario));
    }

    /**
     * Checks a scenario being written without storing anything: {@code 200} with what {@code POST /exercises} would refuse,
     * each mistake naming its inject ({@code injects[3].country}); with {@code Accept: text/csv}, the scenario's injects as
     * the CSV MSEL instead (the console's export).
     */
    @Post("/scenario-checks")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR})
    public HttpResponse<?> check(@Valid @Body ScenarioBody scenario, @Nullable @Header("Accept") String accept) {
        return answer(scenario, accept);
    }

    /** The CSV MSEL checked, with the scenario's header in the query as when loading it; comes back as JSON (the console's import). */
    @Post("/scenario-checks")
    @Consumes(CSV)
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR})
    public HttpResponse<?> checkCsv(@Body String msel, @Nullable @QueryValue String name, @Nullable @QueryValue String participants,
                                    @Nullable @QueryValue String observers, @Nullable @QueryValue Integer compression,
                                    @Nullable @Header("Accept") String accept) {
        return answer(drafts.fromCsv(msel, name, participants, observers, compression), accept);
    }

    private HttpResponse<?> answer(ScenarioBody scenario, String accept) {
        if (accept != null && accept.startsWith(CSV)) {
            return HttpResponse.ok(drafts.csv(scenario)).contentType(CSV + ";charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"msel.csv\"");
        }
        return HttpResponse.ok(drafts.check(scenario)).contentType(MediaType.APPLICATION_JSON_TYPE);
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
}
