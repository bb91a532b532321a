package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.IncidentReported;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.incidentreporting.deadline.ReportingTimeline;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.node.NodeIdentity;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.sharing.TlpSharing;
import eu.cyberplan.platform.taxonomy.Taxonomies;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Files an early warning: the incident, its first version and its {@code incident.reported} event commit together or not at all. */
@Singleton
public class IncidentFiling {

    private final IncidentStore incidents;
    private final IncidentLedger ledger;
    private final IncidentSignificance significance;
    private final Outbox outbox;
    private final EarlyWarningRules rules;
    private final Clock clock;
    private final NodeIdentity node;

    public IncidentFiling(IncidentStore incidents, IncidentLedger ledger, IncidentSignificance significance, Outbox outbox,
                          Taxonomies taxonomies, Clock clock, NodeIdentity node) {
        this.node = node;
        this.incidents = incidents;
        this.ledger = ledger;
        this.significance = significance;
        this.outbox = outbox;
        this.rules = new EarlyWarningRules(taxonomies.rsit(), taxonomies.nis2());
        this.clock = clock;
    }

    @Transactional
    public Incident file(Caller caller, EarlyWarning warning) {
        String reporter = FilingAuthority.reporterCountry(caller, warning);
        if (!node.serves(reporter)) {
            // The incidents of a country stay on the node that serves it (DESIGN §11): no copy here, no event from here.
            throw ProblemException.forbidden("this node does not serve " + reporter + ": file on the node that serves it");
        }
        List<FieldError> errors = rules.check(warning);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = clock.instant();
        Mode mode = warning.ofExercise() ? Mode.EXERCISE : Mode.REAL;
        List<String> affected = countries(warning.affectedCountries());
        Entity entity = warning.entity();
        Incident incident = new Incident(UUID.randomUUID(), incidents.nextReference(reporter, now), reporter,
                warning.title().strip(), warning.summary(), warning.awareAt(), Severity.valueOf(warning.severity()),
                warning.rsitClass(), warning.rsitType(), Tlp.fromLabel(warning.tlp()).orElseThrow(), warning.pap(), affected,
                Boolean.TRUE.equals(warning.crossBorder()) || affected.stream().anyMatch(c -> !c.equals(reporter)),
                Boolean.TRUE.equals(warning.suspectedMalicious()), listOf(warning.sectors()), listOf(warning.subsectors()),
                Optional.ofNullable(warning.impact()).orElse(Impact.NONE), listOf(warning.indicators()).stream().distinct().toList(),
                countries(warning.recipients()), entity, Incident.EARLY_WARNING, Incident.OPEN, mode,
                mode == Mode.EXERCISE ? warning.exerciseId() : null, now, caller.username(), 1, now,
                ReportingTimeline.filed(warning.awareAt(), entity != null && Entity.TRUST_SERVICE.equals(entity.entityType()), now), null);
        IncidentSignificance.Result assessed = significance.of(incident, null, warning.significanceFigures());
        boolean significant = assessed.significant();
        ledger.filed(incident, assessed);
        Integer compression = mode == Mode.EXERCISE ? warning.exerciseCompression() : null;
        outbox.add(OutboxEvent.of(Topics.INCIDENTS, EventTypes.INCIDENT_REPORTED, incident.id(), reporter, reported(incident, significant, compression))
                .marked(incident.mode(), incident.exerciseId(), incident.tlp()));
        return incident;
    }

    /** TLP:RED events carry ids, markings and severity, never the title or summary (DESIGN §4). */
    private static IncidentReported reported(Incident incident, boolean significant, Integer compression) {
        Tlp tlp = incident.tlp();
        return new IncidentReported(incident.id(), incident.reference(), incident.reporterCountry(),
                TlpSharing.onSharedCluster(tlp, incident.title()), TlpSharing.onSharedCluster(tlp, incident.summary()), incident.severity().name(), incident.tlp().label(),
                incident.pap(), incident.rsitClass(), incident.rsitType(), incident.affectedCountries(), incident.crossBorder(),
                incident.suspectedMalicious(), incident.sectors(), incident.recipients(), incident.awareAt(), incident.reportedAt(),
                incident.reportedBy(), incident.mode().name(), incident.exerciseId(), significant, compression);
    }

    static List<String> countries(List<String> codes) {
        return listOf(codes).stream()
                .map(code -> "EU".equalsIgnoreCase(code) ? "EU" : CountryCodes.normalise(code).orElseThrow())
                .distinct().toList();
    }

    private static <T> List<T> listOf(List<T> values) {
        return Optional.ofNullable(values).orElse(List.of());
    }
}
