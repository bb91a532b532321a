package eu.cyberplan.contactpoints.directory;

import jakarta.validation.Valid;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.FieldError;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The directory of countries, their national contact points, CSIRTs and people. */
@Controller("/api/v1/countries")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CountryController {

    private final Directory directory;
    private final DirectoryChanges changes;
    private final People people;
    private final CountryScope scope;

    public CountryController(Directory directory, DirectoryChanges changes, People people, CountryScope scope) {
        this.directory = directory;
        this.changes = changes;
        this.people = people;
        this.scope = scope;
    }

    @Get
    public Page<CountryView> countries() {
        return Page.all(directory.countries());
    }

    @Get("/{cc}")
    public CountryView country(@PathVariable String cc) {
        return directory.country(scope.existing(cc)).orElseThrow();
    }

    /** Adds an observer partner (e.g. CH, or a partner in a joint exercise): coordinators only. */
    @Post
    @Secured(Roles.COORDINATOR)
    public HttpResponse<CountryView> addObserver(Authentication authentication, @Valid @Nullable @Body DirectoryEntry entry) {
        if (entry == null) {
            throw ProblemException.invalid("code", "must be given");
        }
        CountryView added = changes.addObserver(entry, Caller.of(authentication).username());
        return HttpResponse.created(added, URI.create("/api/v1/countries/" + added.code()));
    }

    /** Replaces the country's contact points and CSIRTs: its own people or a coordinator. */
    @Put("/{cc}")
    @Secured({Roles.NCP, Roles.DUTY_OFFICER, Roles.PLAN_OWNER, Roles.COORDINATOR})
    public CountryView update(Authentication authentication, @PathVariable String cc, @Valid @Nullable @Body DirectoryEntry entry) {
        Caller caller = Caller.of(authentication);
        String code = scope.existing(cc);
        scope.requireKeeper(caller, code);
        if (entry == null) {
            throw ProblemException.invalid("ncp.primary", "the national contact point needs a primary channel");
        }
        CountryView updated = changes.update(code, entry, caller.username());
        // Again after the commit: a lookup during the change may have remembered the old zone.
        scope.forget(code);
        return updated;
    }

    @Get("/{cc}/people")
    @Transactional(readOnly = true)
    public Page<Person> people(@PathVariable String cc) {
        return Page.all(people.of(scope.existing(cc)));
    }

    /** Adds or changes a person of the country: its own people or a coordinator. */
    @Put("/{cc}/people/{username}")
    @Secured({Roles.NCP, Roles.DUTY_OFFICER, Roles.PLAN_OWNER, Roles.COORDINATOR})
    public Person savePerson(Authentication authentication, @PathVariable String cc, @PathVariable String username, @Valid @Nullable @Body Person person) {
        String code = scope.existing(cc);
        scope.requireKeeper(Caller.of(authentication), code);
        List<FieldError> errors = new ArrayList<>();
        if (person == null || person.name() == null || person.name().isBlank()) {
            errors.add(new FieldError("name", "must be given"));
        }
        if (person != null && person.email() != null && !person.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", "is no e-mail address"));
        }
        if (!username.matches("[A-Za-z0-9._-]{1,64}")) {
            errors.add(new FieldError("username", "letters, digits, '.', '_' and '-' only, at most 64"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Person saved = new Person(username, person.name().trim(), person.email(), person.phone(), person.roles() == null ? List.of() : person.roles());
        return changes.savePerson(code, saved);
    }
}
