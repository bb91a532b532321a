package eu.cyberplan.contactpoints.plan;

import jakarta.validation.Valid;
import eu.cyberplan.contactpoints.directory.CountryScope;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.net.URI;

/**
 * A country's national contingency plan (DESIGN §9): everyone reads the version in force (JSON, or the printable page);
 * the country's people, coordinators and auditors read every version and what changed; the country's plan owner or
 * duty officer writes drafts; only its plan owner approves one.
 */
@Controller("/api/v1/countries/{cc}/plan")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class PlanController {

    private final NationalPlans plans;
    private final PlanProposals proposals;
    private final CountryScope scope;

    public PlanController(NationalPlans plans, PlanProposals proposals, CountryScope scope) {
        this.plans = plans;
        this.proposals = proposals;
        this.scope = scope;
    }

    /** The version in force; {@code Accept: text/html} gives the printable page. */
    @Get
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public HttpResponse<?> inForce(@PathVariable String cc, @Nullable @Header("Accept") String accept) {
        PlanVersion plan = plans.inForce(scope.existing(cc));
        if (accept != null && accept.contains(MediaType.TEXT_HTML) && !accept.startsWith(MediaType.APPLICATION_JSON)) {
            return HttpResponse.ok(PlanPage.render(plan)).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
        }
        return HttpResponse.ok(plan).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get("/versions")
    public Page<PlanVersion> versions(Authentication authentication, @PathVariable String cc) {
        return Page.all(plans.versions(Caller.of(authentication), scope.existing(cc)));
    }

    @Get("/versions/{version}")
    public PlanVersion version(Authentication authentication, @PathVariable String cc, @PathVariable int version) {
        return plans.version(Caller.of(authentication), scope.existing(cc), version);
    }

    /** What changed from version {@code from} (by default the one before) to this one. */
    @Get("/versions/{version}/changes")
    public PlanChangesView changes(Authentication authentication, @PathVariable String cc, @PathVariable int version,
                                   @Nullable @QueryValue Integer from) {
        return plans.changes(Caller.of(authentication), scope.existing(cc), version, from);
    }

    /** A draft by the country's plan owner or duty officer; {@code contactPoints} are the directory's when omitted. */
    @Post("/versions")
    @Secured({Roles.PLAN_OWNER, Roles.DUTY_OFFICER})
    public HttpResponse<PlanVersion> draft(Authentication authentication, @PathVariable String cc, @Valid @Nullable @Body PlanContent body) {
        Caller caller = Caller.of(authentication);
        String code = own(caller, cc, "write drafts of its plan");
        PlanVersion draft = plans.draft(caller, code, body);
        return HttpResponse.created(draft, URI.create("/api/v1/countries/" + code + "/plan/versions/" + draft.version()));
    }

    /** Approval by the country's plan owner: the draft comes into force and the version in force is superseded. */
    @Post("/versions/{version}/approval")
    @Secured(Roles.PLAN_OWNER)
    public PlanVersion approve(Authentication authentication, @PathVariable String cc, @PathVariable int version) {
        Caller caller = Caller.of(authentication);
        return plans.approve(caller, own(caller, cc, "approve its plan"), version);
    }

    /**
     * A change proposed from a lesson learnt (DESIGN §14): by the country's people, or the planners and coordinators who
     * ran the exercise; a DRAFT that names the lesson, for the plan owner to approve or reject.
     */
    @Post("/proposals")
    @Secured({Roles.PLAN_OWNER, Roles.DUTY_OFFICER, Roles.NCP, Roles.EXERCISE_PLANNER, Roles.COORDINATOR})
    public HttpResponse<PlanVersion> propose(Authentication authentication, @PathVariable String cc, @Valid @Nullable @Body ProposalBody body) {
        Caller caller = Caller.of(authentication);
        String code = caller.hasAnyRole(Roles.EXERCISE_PLANNER, Roles.COORDINATOR) && caller.isEuLevel() ? scope.existing(cc)
                : own(caller, cc, "propose changes to its plan");
        PlanVersion draft = proposals.propose(caller, code, body);
        return HttpResponse.created(draft, URI.create("/api/v1/countries/" + code + "/plan/versions/" + draft.version()));
    }

    /** Rejection of a draft by the country's plan owner, with a reason. */
    @Post("/versions/{version}/rejection")
    @Secured(Roles.PLAN_OWNER)
    public PlanVersion reject(Authentication authentication, @PathVariable String cc, @PathVariable int version, @Valid @Nullable @Body RejectionBody body) {
        Caller caller = Caller.of(authentication);
        return proposals.reject(caller, own(caller, cc, "reject drafts of its plan"), version, body == null ? null : body.reason());
    }

    /** {@code POST …/rejection}: why the draft is rejected. */
    @Serdeable
    public record RejectionBody(@Nullable @Size(max = 2000) String reason) {
    }

    /** The caller's own country: 422 for no ISO code, 403 for another country (before its existence is told), 404 outside the plan. */
    private String own(Caller caller, String cc, String what) {
        String code = CountryCodes.normalise(cc)
                .orElseThrow(() -> ProblemException.invalid("cc", "unknown country code '" + cc + "' (ISO 3166-1 alpha-2; EL for Greece)"));
        if (!caller.belongsTo(code)) {
            throw ProblemException.forbidden("only the people of " + code + " " + what + "; you belong to " + caller.country());
        }
        return scope.existing(code);
    }
}
