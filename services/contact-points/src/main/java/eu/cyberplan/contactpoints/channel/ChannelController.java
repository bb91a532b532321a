package eu.cyberplan.contactpoints.channel;

import jakarta.validation.Valid;
import eu.cyberplan.contactpoints.directory.CountryScope;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;

/** A country's notification channels: the country's own NCP, duty officers and plan owners, or a coordinator. */
@Controller("/api/v1/countries")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChannelController {

    private final Channels channels;
    private final CountryScope scope;

    public ChannelController(Channels channels, CountryScope scope) {
        this.channels = channels;
        this.scope = scope;
    }

    @Get("/{cc}/channels")
    @Secured({Roles.NCP, Roles.DUTY_OFFICER, Roles.PLAN_OWNER, Roles.COORDINATOR})
    @Transactional(readOnly = true)
    public CountryChannels channels(Authentication authentication, @PathVariable String cc) {
        return channels.of(scope.keptBy(Caller.of(authentication), cc));
    }

    /** Replaces the whole list; the body is checked only once the caller may change this country's channels. */
    @Put("/{cc}/channels")
    @Secured({Roles.NCP, Roles.DUTY_OFFICER, Roles.PLAN_OWNER, Roles.COORDINATOR})
    public CountryChannels replace(Authentication authentication, @PathVariable String cc, @Valid @Nullable @Body ChannelsUpdate body) {
        Caller caller = Caller.of(authentication);
        return channels.replace(scope.keptBy(caller, cc), body, caller.username());
    }
}
