package eu.cyberplan.escalation.collaboration;

import eu.cyberplan.escalation.assistance.Assistance;
import eu.cyberplan.escalation.changes.CaseStream;
import eu.cyberplan.escalation.protocol.CaseAccess;
import eu.cyberplan.escalation.protocol.CaseStore;
import eu.cyberplan.escalation.protocol.ProtocolCase;
import eu.cyberplan.escalation.sitrep.SituationReports;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.sharing.Disclosure;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Working a case together: each country taking part posts its status and short updates (the coordinators post updates
 * as {@code EU}), and everyone who may read the case sees its timeline under the case's marking.
 */
@Singleton
public class Collaboration {

    private final CaseAccess access;
    private final CaseStore cases;
    private final CaseUpdates updates;
    private final SituationReports reports;
    private final Assistance assistance;
    private final CaseStream changes;
    private final Clock clock;

    public Collaboration(CaseAccess access, CaseStore cases, CaseUpdates updates, SituationReports reports, Assistance assistance,
                         CaseStream changes, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.updates = updates;
        this.reports = reports;
        this.assistance = assistance;
        this.changes = changes;
        this.clock = clock;
    }

    /** Posts the caller's country's update: 403 for a country not taking part, 409 on a closed case, 422 naming the field. */
    @Transactional
    public CaseUpdate post(Caller caller, UUID incidentId, UpdateBody body) {
        ProtocolCase c = access.changeable(caller, incidentId);
        String country = caller.isEuLevel() ? UpdateRules.EU : caller.country();
        List<FieldError> errors = UpdateRules.check(body, country);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String text = body.text() == null || body.text().isBlank() ? null : body.text().strip();
        changes.changed(Set.of(c.mode()));
        return updates.save(new CaseUpdate(UUID.randomUUID(), c.incidentId(), country, body.status() == null ? null : CountryStatus.valueOf(body.status()),
                text, caller.username(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    @Transactional(readOnly = true)
    public List<CaseUpdate> updates(Caller caller, UUID incidentId) {
        ProtocolCase c = access.readable(caller, incidentId);
        Disclosure disclosure = access.disclosure(caller, c);
        return updates.findByIncidentIdOrderByPostedAt(incidentId).stream().map(u -> u.redacted(disclosure)).toList();
    }

    @Transactional(readOnly = true)
    public CaseTimeline timeline(Caller caller, UUID incidentId) {
        ProtocolCase c = access.readable(caller, incidentId);
        Disclosure disclosure = access.disclosure(caller, c);
        return CaseTimeline.of(c, cases.alerts(incidentId), cases.levelHistory(incidentId), reports.allOf(incidentId, disclosure),
                assistance.ofCase(caller, incidentId), updates.findByIncidentIdOrderByPostedAt(incidentId), disclosure);
    }

    /** Where each country taking part stands, for the situation view. */
    @Transactional(readOnly = true)
    public List<CaseTimeline.CountryState> states(UUID incidentId) {
        return CaseTimeline.states(updates.findByIncidentIdOrderByPostedAt(incidentId));
    }
}
