package eu.cyberplan.contactpoints.directory;

import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** The directory of countries and their national contact points. */
@Controller("/api/v1/countries")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CountryController {

    private final Directory directory;

    public CountryController(Directory directory) {
        this.directory = directory;
    }

    @Get
    public Page<CountryView> countries() {
        return Page.all(directory.countries());
    }

    @Get("/{cc}")
    public CountryView country(@PathVariable String cc) {
        String code = CountryCodes.normalise(cc).orElseThrow(() -> ProblemException.invalid("cc", "unknown country code '" + cc + "' (ISO 3166-1 alpha-2)"));
        return directory.country(code).orElseThrow(() -> ProblemException.notFound("country " + code + " is not part of the plan"));
    }
}
