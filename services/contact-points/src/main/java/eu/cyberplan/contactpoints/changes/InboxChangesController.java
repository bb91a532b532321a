package eu.cyberplan.contactpoints.changes;

import eu.cyberplan.platform.api.ModeQuery;
import eu.cyberplan.platform.notify.ChangeFeed;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import reactor.core.publisher.Flux;

import java.util.Map;

/**
 * {@code GET /api/v1/inbox/changes}: the caller's inbox pushed to an open console (server-sent events). {@code ready} as
 * soon as the stream is open, then {@code inbox} each time an item lands or changes in the caller's country inbox of that
 * mode, {@code ping} every 15 s so that proxies keep it open. The events say only that the inbox changed: the page reads
 * it again with {@code GET /inbox}, which applies every rule of what the person may see; reading it on {@code ready} is
 * the catch-up after a dropped connection. A stream ends after 10 minutes, so that it never outlives its token by much:
 * the page opens the next one with a fresh token.
 */
@Controller("/api/v1/inbox/changes")
@Secured({Roles.NCP, Roles.DUTY_OFFICER, Roles.COORDINATOR})
public class InboxChangesController {

    private final InboxChanges changes;

    public InboxChangesController(InboxChanges changes) {
        this.changes = changes;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    public Flux<Event<Map<String, String>>> changes(Authentication authentication, @Nullable @QueryValue String mode) {
        InboxChanges.Desk desk = new InboxChanges.Desk(Caller.of(authentication).country(), ModeQuery.of(mode));
        return ChangeFeed.stream(changes.of(desk), "inbox", Map.of("country", desk.country(), "mode", desk.mode().name()));
    }
}
