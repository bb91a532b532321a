package eu.cyberplan.contactpoints.checklist;

import eu.cyberplan.contactpoints.plan.PlanStore;
import eu.cyberplan.contactpoints.plan.PlanVersion;
import eu.cyberplan.contactpoints.plan.PlaybookChoice;
import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.AlertRecalled;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.IncidentReported;
import eu.cyberplan.events.v1.IncidentUpdated;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import eu.cyberplan.platform.node.NodeIdentity;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Attaches checklists to live incidents: the reporter's when it files one ({@code incident.reported}, from its
 * awareness), each recipient's when the alert reaches it ({@code alert.dispatched}, from the dispatch). The playbook
 * comes from the country's plan in force at that moment and is copied, so a later plan version changes no running
 * checklist. An alert read before its incident waits for it; {@code incident.updated} carries a TLP change over to the
 * checklists ({@link ChecklistMarkings}), and a recall that withdraws a country's access closes its checklist. Each event
 * has its effect once.
 */
@Singleton
public class ChecklistAttachment {

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private static final Set<String> FOLLOWED = Set.of(EventTypes.INCIDENT_REPORTED, EventTypes.INCIDENT_UPDATED, EventTypes.ALERT_DISPATCHED,
            EventTypes.ALERT_RECALLED);

    private final ChecklistStore store;
    private final ChecklistMarkings markings;
    private final PlanStore plans;
    private final Clock clock;
    private final NodeIdentity node;

    public ChecklistAttachment(ProcessedEvents processed, IncomingEvents events, ChecklistStore store, ChecklistMarkings markings,
                               PlanStore plans, Clock clock, NodeIdentity node) {
        this.node = node;
        this.markings = markings;
        this.processed = processed;
        this.events = events;
        this.store = store;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    public void attachAll(List<IncomingEvent> batch) {
        List<IncomingEvent> relevant = batch.stream()
                .filter(e -> FOLLOWED.contains(e.type())).toList();
        // The inbox consumes the same alerts and claims their ids: this consumer claims ids of its own, derived from them.
        Set<UUID> fresh = processed.claimAll(relevant.stream().map(ChecklistAttachment::ours).toList());
        for (IncomingEvent event : relevant) {
            if (!fresh.contains(ours(event).id())) {
                continue;
            }
            if (EventTypes.INCIDENT_REPORTED.equals(event.type())) {
                events.payloadIfComplete(event, IncidentReported.class,
                        i -> i.incidentId() != null && i.reporterCountry() != null && i.awareAt() != null).ifPresent(i -> reported(event, i));
            } else if (EventTypes.INCIDENT_UPDATED.equals(event.type())) {
                events.payloadIfComplete(event, IncidentUpdated.class, u -> u.incidentId() != null && u.tlp() != null)
                        .ifPresent(u -> {
                            markings.adopt(u.incidentId(), u.tlp(), u.recipients() == null ? List.of() : u.recipients());
                            reclassified(u);
                        });
            } else if (EventTypes.ALERT_RECALLED.equals(event.type())) {
                // Closed here, in the consumer that reopens on a later alert, so the two keep the order they were sent in.
                events.payloadIfComplete(event, AlertRecalled.class, r -> r.incidentId() != null && r.country() != null)
                        .filter(AlertRecalled::accessWithdrawn)
                        .ifPresent(r -> markings.closeOrReopen(r.incidentId(), r.country(), r.dispatchedAt() == null ? clock.instant() : r.dispatchedAt()));
            } else {
                events.payloadIfComplete(event, AlertDispatched.class,
                        a -> a.incidentId() != null && a.country() != null && a.dispatchedAt() != null).ifPresent(this::alerted);
            }
        }
    }

    private static IncomingEvent ours(IncomingEvent e) {
        UUID id = UUID.nameUUIDFromBytes(("checklists/" + e.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new IncomingEvent(id, e.type(), e.source(), e.subject(), e.time(), e.mode(), e.exerciseId(), e.tlp(), e.data());
    }

    private void reported(IncomingEvent event, IncidentReported i) {
        ChecklistStore.Incident incident = new ChecklistStore.Incident(i.incidentId(), i.reporterCountry(), i.rsitClass(), i.rsitType(),
                i.awareAt(), i.tlp(), event.mode().name(), event.exerciseId(), i.exerciseCompression() == null ? 1 : i.exerciseCompression());
        if (!store.insertIncident(incident)) {
            return;
        }
        markings.recipients(i.incidentId(), i.recipients() == null ? List.of() : i.recipients());
        attach(incident, i.reporterCountry(), i.awareAt());
        for (Map.Entry<String, Instant> alert : store.takePendingAlerts(i.incidentId()).entrySet()) {
            attach(incident, alert.getKey(), alert.getValue());
        }
    }

    /**
     * A correction that re-files the incident under another RSIT class or type moves each open checklist of it to the
     * playbook the plan in force has for the new one (what was done stays, as history), and gives the reporter one if
     * its plan had no playbook for the old class. A country whose plan has none for the new class keeps what it had.
     */
    private void reclassified(IncidentUpdated u) {
        if (u.rsitClass() == null || u.rsitClass().isBlank()) {
            return;
        }
        store.incident(u.incidentId())
                .filter(before -> !u.rsitClass().equals(before.rsitClass()) || !Objects.equals(u.rsitType(), before.rsitType()))
                .ifPresent(before -> {
                    store.reclassifyIncident(u.incidentId(), u.rsitClass(), u.rsitType());
                    ChecklistStore.Incident after = new ChecklistStore.Incident(before.incidentId(), before.reporter(), u.rsitClass(), u.rsitType(),
                            before.awareAt(), before.tlp(), before.mode(), before.exerciseId(), before.compression());
                    Set<String> withChecklist = new HashSet<>();
                    for (ChecklistStore.Stored checklist : store.openForIncident(u.incidentId())) {
                        withChecklist.add(checklist.country());
                        plans.inForce(checklist.country()).ifPresent(plan -> PlaybookChoice.forIncident(plan.playbooks(), after.rsitClass(), after.rsitType())
                                .filter(playbook -> !after.rsitClass().equals(checklist.rsitClass()) || !Objects.equals(playbook.rsitType(), checklist.rsitType()))
                                .ifPresent(playbook -> store.replacePlaybook(checklist.id(), plan.version(), after.rsitClass(), playbook.rsitType(),
                                        checklist.rsitClass() + (checklist.rsitType() == null ? "" : "/" + checklist.rsitType()),
                                        steps(plan, playbook, checklist.startedAt(), after.compression()))));
                    }
                    if (!withChecklist.contains(after.reporter())) {
                        attach(after, after.reporter(), after.awareAt());
                    }
                });
    }

    private void alerted(AlertDispatched a) {
        if (a.kind() != null && !"ALERT".equals(a.kind()) || !node.serves(a.country())) {
            return; // only alerts start checklists, and another node keeps that country's (DESIGN §11): nothing of it is stored here
        }
        // A country alerted again after a TLP change had withdrawn it takes up the checklist it had.
        markings.closeOrReopen(a.incidentId(), a.country(), null);
        store.incident(a.incidentId()).ifPresentOrElse(incident -> attach(incident, a.country(), a.dispatchedAt()),
                () -> store.addPendingAlert(a.incidentId(), a.country(), a.dispatchedAt()));
    }

    private void attach(ChecklistStore.Incident incident, String country, Instant startedAt) {
        if (!node.serves(country)) {
            return; // another node keeps that country's checklist (DESIGN §11)
        }
        plans.inForce(country).ifPresent(plan -> PlaybookChoice.forIncident(plan.playbooks(), incident.rsitClass(), incident.rsitType())
                .ifPresent(playbook -> store.insert(new ChecklistStore.Stored(UUID.randomUUID(), incident.incidentId(), country, plan.version(),
                        incident.rsitClass(), playbook.rsitType(), incident.mode(), incident.exerciseId(), incident.tlp(), startedAt,
                        steps(plan, playbook, startedAt, incident.compression())), clock.instant().truncatedTo(ChronoUnit.MICROS))));
    }

    private static List<ChecklistStore.StoredStep> steps(PlanVersion plan, eu.cyberplan.contactpoints.plan.Playbook playbook, Instant startedAt,
                                                         int compression) {
        return playbook.stepList().stream().map(step -> new ChecklistStore.StoredStep(step.id(), step.phase(), step.title(), step.ownerRole(),
                ChecklistSchedule.dueAt(step, startedAt, compression), step.reported(), null, null, null)).toList();
    }
}
