package eu.cyberplan.escalation.changes;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.api.ModeQuery;
import eu.cyberplan.platform.notify.ChangeFeed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import reactor.core.publisher.Flux;

import java.util.Map;

/**
 * {@code GET /api/v1/cases/changes}: the cases of a mode pushed to an open case board or case page (server-sent events):
 * {@code ready} at once, {@code cases} each time a case of that mode, its alerts and receipts, level, situation reports,
 * assistance or updates change, {@code ping} every 15 s, for 10 minutes a stream. The events say only that cases of the
 * mode changed: the page reads them again with {@code GET /cases}, which shows each person only the cases their country
 * takes part in.
 */
@Controller("/api/v1/cases/changes")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CaseStreamController {

    private final CaseStream changes;

    public CaseStreamController(CaseStream changes) {
        this.changes = changes;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    public Flux<Event<Map<String, String>>> changes(@Nullable @QueryValue String mode) {
        Mode m = ModeQuery.of(mode);
        return ChangeFeed.stream(changes.of(m), "cases", Map.of("mode", m.name()));
    }
}
