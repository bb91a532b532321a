package eu.cyberplan.incidentreporting.exchange;

import eu.cyberplan.incidentreporting.incident.EarlyWarning;
import eu.cyberplan.incidentreporting.incident.Incident;
import eu.cyberplan.incidentreporting.incident.IncidentAccess;
import eu.cyberplan.incidentreporting.incident.IncidentViews;
import eu.cyberplan.incidentreporting.incident.SensitiveReads;
import eu.cyberplan.incidentreporting.incident.IncidentFiling;
import eu.cyberplan.incidentreporting.incident.IncidentView;
import eu.cyberplan.incidentreporting.report.ReportStore;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.validation.validator.Validator;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Exchange with other tools: an incident as a STIX 2.1 bundle or a MISP event (under its TLP: AMBER+STRICT never
 * leaves, RED only to the reporter and the named recipients; personal data only for the reporting country when asked),
 * and a STIX 2.1 bundle filed as an early warning.
 */
@Controller("/api/v1/incidents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExchangeController {

    private final IncidentAccess access;
    private final ReportStore reports;
    private final StixImport stixImport;
    private final IncidentFiling filing;
    private final IncidentViews incidents;
    private final Validator validator;
    private final SensitiveReads reads;
    private final StixExport stix = new StixExport();
    private final MispExport misp = new MispExport();

    public ExchangeController(IncidentAccess access, ReportStore reports, StixImport stixImport, IncidentFiling filing,
                              IncidentViews incidents, Validator validator, SensitiveReads reads) {
        this.reads = reads;
        this.access = access;
        this.reports = reports;
        this.stixImport = stixImport;
        this.filing = filing;
        this.incidents = incidents;
        this.validator = validator;
    }

    @Get(value = "/{id}/stix", produces = StixExport.MEDIA_TYPE)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public String stix(Authentication authentication, @PathVariable UUID id, @Nullable @QueryValue Boolean personalData) {
        Caller caller = Caller.of(authentication);
        Incident incident = exportable(caller, id);
        boolean personal = Boolean.TRUE.equals(personalData);
        if (personal && !caller.belongsTo(incident.reporterCountry())) {
            throw ProblemException.forbidden("only " + incident.reporterCountry() + "'s CSIRT exports the personal data of its incident");
        }
        String bundle = stix.json(incident, reports.of(id), personal);
        reads.read(incident, "incident.exported", personal ? "stix+personal-data" : "stix");
        return bundle;
    }

    @Get(value = "/{id}/misp", produces = MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public String misp(Authentication authentication, @PathVariable UUID id) {
        Incident incident = exportable(Caller.of(authentication), id);
        String event = misp.json(incident);
        reads.read(incident, "incident.exported", "misp");
        return event;
    }

    /** Files the single incident of a STIX 2.1 bundle, with its indicators, as an early warning of the caller's country. */
    @Post(value = "/imports", consumes = {"application/stix+json", MediaType.APPLICATION_JSON})
    @Consumes({"application/stix+json", MediaType.APPLICATION_JSON})
    @Secured({Roles.DUTY_OFFICER, Roles.EXERCISE_CONTROL})
    @Transactional
    public HttpResponse<IncidentView> importBundle(Authentication authentication, @Body byte[] bundle) {
        EarlyWarning warning = stixImport.read(bundle);
        List<FieldError> errors = validator.validate(warning).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Incident incident = filing.file(Caller.of(authentication), warning);
        return HttpResponse.created(incidents.of(incident), URI.create("/api/v1/incidents/" + incident.id()));
    }

    private Incident exportable(Caller caller, UUID id) {
        Incident incident = access.readable(caller, id);
        if (!ExportPolicy.exportable(incident.tlp())) {
            throw ProblemException.conflict("TLP:AMBER+STRICT incident " + incident.reference() + " is not exported: no onward forwarding");
        }
        return incident;
    }
}
