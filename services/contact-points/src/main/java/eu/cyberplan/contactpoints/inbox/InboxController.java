package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.api.ModeQuery;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
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

import java.util.List;
import java.util.UUID;

/** The caller's country inbox: newest first, every status unless filtered, real items unless {@code mode=EXERCISE}. */
@Controller("/api/v1/inbox")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.NCP, Roles.DUTY_OFFICER, Roles.COORDINATOR})
public class InboxController {

    private static final List<String> STATUSES = List.of("NEW", "ACKNOWLEDGED", "OVERDUE");

    private final InboxStore items;
    private final Inbox inbox;

    public InboxController(InboxStore items, Inbox inbox) {
        this.items = items;
        this.inbox = inbox;
    }

    @Get
    @Transactional(readOnly = true)
    public Page<InboxItem> list(Authentication authentication, @Nullable @QueryValue String status, @Nullable @QueryValue String mode,
                                @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalid("status", "must be one of " + STATUSES);
        }
        Mode m = ModeQuery.of(mode);
        String country = Caller.of(authentication).country();
        int p = Page.page(page);
        int s = Page.size(size);
        List<InboxItem> shown = items.list(country, m, status, p, s).stream().map(InboxItem::shown).toList();
        return new Page<>(shown, p, s, items.count(country, m, status));
    }

    /**
     * An NCP or duty officer acknowledges an item of their country's inbox; a coordinator one of the EU inbox; exercise
     * control (the simulated participants of a drill) an exercise item of any country, never a real one.
     */
    @Post("/{alertId}/ack")
    @Secured({Roles.NCP, Roles.DUTY_OFFICER, Roles.COORDINATOR, Roles.EXERCISE_CONTROL})
    public InboxItem acknowledge(Authentication authentication, @PathVariable UUID alertId, @Valid @Nullable @Body Acknowledgement body) {
        return inbox.acknowledge(Caller.of(authentication), alertId, body == null ? null : body.note()).shown();
    }
}
