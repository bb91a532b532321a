package eu.cyberplan.escalation.sitrep;

import eu.cyberplan.escalation.changes.CaseStream;
import eu.cyberplan.escalation.checklist.CaseChecklist;
import eu.cyberplan.escalation.checklist.CaseChecklists;
import eu.cyberplan.escalation.protocol.CaseAccess;
import eu.cyberplan.escalation.protocol.CaseStore;
import eu.cyberplan.escalation.protocol.ProtocolCase;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.SituationReportPublished;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import eu.cyberplan.platform.sharing.Disclosure;
import eu.cyberplan.platform.sharing.TlpSharing;
import eu.cyberplan.platform.taxonomy.Taxonomies;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Situation reports of a case (DESIGN §5.8): published by a coordinator or the reporting country, versioned per case,
 * sent to every recipient of the case as {@code situation-report.published} with each country's checklist progress at that
 * moment; a closed case takes none (409).
 */
@Singleton
public class SituationReports {

    private static final Argument<List<CaseChecklist>> CHECKLISTS = Argument.listOf(CaseChecklist.class);

    private final JdbcOperations jdbc;
    private final CaseAccess access;
    private final CaseStore cases;
    private final Outbox outbox;
    private final SituationReportRules rules;
    private final CaseChecklists checklists;
    private final ObjectMapper json;
    private final CaseStream changes;
    private final Clock clock;

    public SituationReports(JdbcOperations jdbc, CaseAccess access, CaseStore cases, Outbox outbox, Taxonomies taxonomies,
                            CaseChecklists checklists, ObjectMapper json, CaseStream changes, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.outbox = outbox;
        this.rules = new SituationReportRules(taxonomies.nis2());
        this.checklists = checklists;
        this.json = json;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public SituationReport publish(Caller caller, UUID incidentId, SituationReportBody body) {
        ProtocolCase c = access.changeable(caller, incidentId);
        if (!caller.hasRole(Roles.COORDINATOR) && !caller.belongsTo(c.reporterCountry())) {
            throw ProblemException.forbidden("situation reports on " + c.reference() + " come from the coordinators or " + c.reporterCountry());
        }
        List<FieldError> errors = rules.check(body);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = clock.instant();
        List<String> countries = body.affectedCountries() == null ? List.of()
                : body.affectedCountries().stream().map(cc -> CountryCodes.normalise(cc).orElseThrow()).distinct().toList();
        SituationReport report = new SituationReport(incidentId, nextVersion(incidentId), body.impactSeverity(), body.impactOutlook(), countries,
                body.sectors() == null ? List.of() : body.sectors(), body.rootCause(), body.text(), caller.username(), now,
                checklists.of(incidentId));
        insert(report, CountryCodes.normalise(caller.country()).orElse(caller.country()));
        Mode mode = c.mode();
        Tlp tlp = c.tlp();
        List<String> recipients = cases.alertedCountries(incidentId).stream().sorted().toList();
        outbox.add(OutboxEvent.of(Topics.PROTOCOL, EventTypes.SITUATION_REPORT_PUBLISHED, incidentId, "EU",
                        new SituationReportPublished(incidentId, report.version(), report.impactSeverity(), report.impactOutlook(), countries,
                                report.sectors(), report.rootCause(), TlpSharing.onSharedCluster(tlp, report.text()), report.publishedBy(), now, recipients,
                                tlp.label(), mode.name(), c.exerciseId(),
                                report.checklists().stream().map(p -> new SituationReportPublished.CountryChecklist(p.country(), p.planVersion(),
                                        p.containment(), p.repair(), p.overdueSteps())).toList()))
                .marked(mode, c.exerciseId(), tlp));
        return report;
    }

    @Transactional(readOnly = true)
    public List<SituationReport> of(Caller caller, UUID incidentId) {
        Disclosure disclosure = access.disclosure(caller, access.readable(caller, incidentId));
        return allOf(incidentId, disclosure).stream().map(Published::report).toList();
    }

    /** A report with the country that published it ({@code EU} for the coordinators; null for reports from before it was kept). */
    public record Published(String country, SituationReport report) {
    }

    /** Every report of the case, oldest first, as this disclosure shows it (the caller's access checked by the caller). */
    public List<Published> allOf(UUID incidentId, Disclosure disclosure) {
        return reports("SELECT * FROM situation_report WHERE incident_id = ? ORDER BY version", incidentId, disclosure);
    }

    /** The latest report each country published on the case, as this disclosure shows it (the caller's access checked by the caller). */
    public List<Published> latestPerCountry(UUID incidentId, Disclosure disclosure) {
        return reports("""
                SELECT DISTINCT ON (coalesce(published_country, '')) * FROM situation_report WHERE incident_id = ?
                ORDER BY coalesce(published_country, ''), version DESC""", incidentId, disclosure);
    }

    private List<Published> reports(String sql, UUID incidentId, Disclosure disclosure) {
        return jdbc.prepareStatement(sql, s -> {
            s.setObject(1, incidentId);
            List<Published> reports = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reports.add(new Published(rs.getString("published_country"), new SituationReport(incidentId, rs.getInt("version"),
                            rs.getString("impact_severity"), rs.getString("impact_outlook"),
                            Arrays.asList((String[]) rs.getArray("affected_countries").getArray()),
                            Arrays.asList((String[]) rs.getArray("sectors").getArray()), rs.getString("root_cause"), disclosure.redact(rs.getString("text")),
                            rs.getString("published_by"), rs.getTimestamp("published_at").toInstant(), read(rs.getString("checklists")))));
                }
            }
            return reports;
        });
    }

    /** The case row is locked ({@link CaseAccess#changeable}), so two reports never take the same number. */
    private int nextVersion(UUID incidentId) {
        return jdbc.prepareStatement("SELECT coalesce(max(version), 0) + 1 FROM situation_report WHERE incident_id = ?", s -> {
            s.setObject(1, incidentId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private void insert(SituationReport r, String country) {
        jdbc.prepareStatement("""
                INSERT INTO situation_report (incident_id, version, impact_severity, impact_outlook, affected_countries, sectors, root_cause, text,
                    published_by, published_at, checklists, published_country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                RETURNING (SELECT p.mode FROM protocol_case p WHERE p.incident_id = situation_report.incident_id)""", s -> {
            s.setObject(1, r.incidentId());
            s.setInt(2, r.version());
            s.setString(3, r.impactSeverity());
            s.setString(4, r.impactOutlook());
            s.setArray(5, s.getConnection().createArrayOf("text", r.affectedCountries().toArray()));
            s.setArray(6, s.getConnection().createArrayOf("text", r.sectors().toArray()));
            s.setString(7, r.rootCause());
            s.setString(8, r.text());
            s.setString(9, r.publishedBy());
            s.setTimestamp(10, Timestamp.from(r.publishedAt()));
            s.setString(11, write(r.checklists()));
            s.setString(12, country);
            return changes.write(s);
        });
    }

    private List<CaseChecklist> read(String text) {
        try {
            return json.readValue(text, CHECKLISTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(List<CaseChecklist> list) {
        try {
            return json.writeValueAsString(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
