package eu.cyberplan.platform.quarantine;

import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.UUID;

/** What this service's consumers quarantined (DESIGN §11), for the coordinator and auditors; others get 403. */
@Controller("/api/v1/quarantine")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.COORDINATOR, Roles.AUDITOR})
public class QuarantineController {

    private final Quarantine quarantine;

    public QuarantineController(Quarantine quarantine) {
        this.quarantine = quarantine;
    }

    @Get
    public Page<QuarantinedEvent> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return quarantine.list(Page.page(page), Page.size(size));
    }

    @Get("/{id}")
    public QuarantinedEvent get(@PathVariable UUID id) {
        return quarantine.find(id).orElseThrow(() -> ProblemException.notFound("no quarantined event " + id));
    }
}
