package eu.cyberplan.contactpoints.comcheck;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.api.ModeQuery;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

/** Communication checks (DESIGN §9): only a coordinator starts one; the people of a country see their own country's answers. */
@Controller("/api/v1/comchecks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.COORDINATOR, Roles.AUDITOR, Roles.NCP, Roles.DUTY_OFFICER})
public class ComcheckController {

    static final int DEFAULT_LAST = 10;
    static final int MAX_LAST = 100;

    private final Comchecks comchecks;

    public ComcheckController(Comchecks comchecks) {
        this.comchecks = comchecks;
    }

    /** Starts a comcheck of the named countries, or of every member when none are named. */
    @Post
    @Secured(Roles.COORDINATOR)
    public HttpResponse<ComcheckView> startComcheck(Authentication authentication, @Valid @Nullable @Body ComcheckRequest request) {
        ComcheckView started = comchecks.start(Caller.of(authentication), request == null ? new ComcheckRequest(null, null) : request);
        return HttpResponse.created(started, URI.create("/api/v1/comchecks/" + started.id()));
    }

    /** Comchecks newest first; the people of a country see those that asked it, with their own row only. */
    @Get
    @Transactional(readOnly = true)
    public Page<ComcheckView> comchecks(Authentication authentication, @Nullable @QueryValue String mode, @Nullable @QueryValue Integer page,
                                   @Nullable @QueryValue Integer size) {
        return comchecks.list(Caller.of(authentication), ModeQuery.of(mode), Page.page(page), Page.size(size));
    }

    /** Answer rate, median and 90th percentile response time per country over the last {@code last} comchecks. */
    @Get("/statistics")
    @Transactional(readOnly = true)
    public StatisticsView statistics(Authentication authentication, @Nullable @QueryValue Integer last, @Nullable @QueryValue String mode) {
        int n = last == null ? DEFAULT_LAST : last;
        if (n < 1 || n > MAX_LAST) {
            throw ProblemException.invalid("last", "must be from 1 to " + MAX_LAST);
        }
        return comchecks.statistics(Caller.of(authentication), ModeQuery.of(mode), n);
    }

    /** One comcheck with a row per country: answered or not, by whom, when, and the response time. */
    @Get("/{id}")
    @Transactional(readOnly = true)
    public ComcheckView comcheck(Authentication authentication, @PathVariable UUID id) {
        return comchecks.view(Caller.of(authentication), id);
    }

}
