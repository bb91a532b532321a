package eu.cyberplan.contactpoints.channel;

import eu.cyberplan.contactpoints.directory.CountryScope;
import eu.cyberplan.platform.api.ModeQuery;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * A country's notifications, newest first: what was sent, what is being retried and why, what failed, what was cancelled.
 * Like the inbox, real by default; {@code ?mode=EXERCISE} is the exercise view, so a drill never mixes with real paging;
 * {@code ?incidentId=} keeps those about one incident's case (the case page's deliveries).
 */
@Controller("/api/v1/countries")
@ExecuteOn(TaskExecutors.BLOCKING)
public class NotificationController {

    private static final List<String> STATUSES = List.of(NotificationView.PENDING, NotificationView.SENT, NotificationView.FAILED,
            NotificationView.CANCELLED);

    private final Notifications notifications;
    private final CountryScope scope;

    public NotificationController(Notifications notifications, CountryScope scope) {
        this.notifications = notifications;
        this.scope = scope;
    }

    @Get("/{cc}/notifications")
    @Secured({Roles.NCP, Roles.DUTY_OFFICER, Roles.PLAN_OWNER, Roles.COORDINATOR})
    @Transactional(readOnly = true)
    public Page<NotificationView> list(Authentication authentication, @PathVariable String cc, @Nullable @QueryValue String status,
                                       @Nullable @QueryValue String mode, @Nullable @QueryValue String incidentId,
                                       @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        String country = scope.keptBy(Caller.of(authentication), cc);
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalid("status", "must be one of " + STATUSES);
        }
        UUID incident = incident(incidentId);
        String m = ModeQuery.of(mode).name();
        int p = Page.page(page);
        int s = Page.size(size);
        return new Page<>(notifications.list(country, m, status, incident, p, s), p, s, notifications.count(country, m, status, incident));
    }

    private static UUID incident(String incidentId) {
        try {
            return incidentId == null ? null : UUID.fromString(incidentId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("incidentId", "must be an incident's id (a UUID)");
        }
    }
}
