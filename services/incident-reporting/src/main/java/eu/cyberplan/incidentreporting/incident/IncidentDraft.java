package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.deadline.ReportingTimeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An incident being changed into its next version: a copy of the current one whose fields a report or correction sets. */
public final class IncidentDraft {

    public UUID id;
    public String reference;
    public String reporterCountry;
    public String title;
    public String summary;
    public Instant awareAt;
    public Severity severity;
    public String rsitClass;
    public String rsitType;
    public Tlp tlp;
    public String pap;
    public List<String> affectedCountries;
    public boolean crossBorder;
    public boolean suspectedMalicious;
    public List<String> sectors;
    public List<String> subsectors;
    public Impact impact;
    public List<Indicator> indicators;
    public List<String> recipients;
    public Entity entity;
    public String stage;
    public String status;
    public Mode mode;
    public UUID exerciseId;
    public Instant reportedAt;
    public String reportedBy;
    public int version;
    public Instant updatedAt;
    public ReportingTimeline timeline;
    public Incident.Closure closure;

    IncidentDraft(Incident incident) {
        id = incident.id();
        reference = incident.reference();
        reporterCountry = incident.reporterCountry();
        title = incident.title();
        summary = incident.summary();
        awareAt = incident.awareAt();
        severity = incident.severity();
        rsitClass = incident.rsitClass();
        rsitType = incident.rsitType();
        tlp = incident.tlp();
        pap = incident.pap();
        affectedCountries = incident.affectedCountries();
        crossBorder = incident.crossBorder();
        suspectedMalicious = incident.suspectedMalicious();
        sectors = incident.sectors();
        subsectors = incident.subsectors();
        impact = incident.impact();
        indicators = incident.indicators();
        recipients = incident.recipients();
        entity = incident.entity();
        stage = incident.stage();
        status = incident.status();
        mode = incident.mode();
        exerciseId = incident.exerciseId();
        reportedAt = incident.reportedAt();
        reportedBy = incident.reportedBy();
        version = incident.version();
        updatedAt = incident.updatedAt();
        timeline = incident.timeline();
        closure = incident.closure();
    }

    public static IncidentDraft of(Incident incident) {
        return new IncidentDraft(incident);
    }

    /** The next version, changed at {@code at}. */
    public Incident next(Instant at) {
        return new Incident(id, reference, reporterCountry, title, summary, awareAt, severity, rsitClass, rsitType, tlp, pap,
                affectedCountries, crossBorder, suspectedMalicious, sectors, subsectors, impact, indicators, recipients, entity, stage,
                status, mode, exerciseId, reportedAt, reportedBy, version + 1, at, timeline, closure);
    }
}
