package eu.cyberplan.contactpoints.node;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Clock;
import java.util.List;

/**
 * The nodes of the federation this node has heard (DESIGN §11), for anyone signed in: which countries each serves and
 * where its API is. A console uses it to find the node holding another country's incident.
 */
@Controller("/api/v1/nodes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class NodesController {

    private final NodeRegister register;
    private final Clock clock;

    public NodesController(NodeRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Serdeable
    public record Nodes(List<KnownNode> items) {
    }

    @Get
    public Nodes list() {
        return new Nodes(register.known(clock.instant()));
    }
}
