package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.events.v1.AlertOverdue;
import eu.cyberplan.events.v1.AssistanceRequested;
import eu.cyberplan.events.v1.CoordinatorNotified;
import eu.cyberplan.events.v1.CrisisLevelChanged;
import eu.cyberplan.contactpoints.plan.LessonsLearnt;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.LessonRecorded;
import eu.cyberplan.events.v1.SituationReportPublished;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import eu.cyberplan.platform.node.NodeIdentity;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The emergency protocol's decisions that change inboxes, each handed to what applies it, in one transaction per batch
 * with the events marked processed: missed deadlines ({@link OverdueAlerts}), coordinator notices, situation reports,
 * assistance requests and level changes (DESIGN §14: LEVEL_CHANGE items and the EU-CyCLONe liaisons' calls), and the
 * lessons learnt on real cases about this node's countries (for their plans' change proposals).
 */
@Singleton
public class ProtocolDecisions {

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final OverdueAlerts overdue;
    private final CoordinatorNotices notices;
    private final SituationReportItems sitreps;
    private final AssistanceItems assistance;
    private final LevelChangeItems levels;
    private final CycloneLiaisons liaisons;
    private final LessonsLearnt lessons;
    private final NodeIdentity node;

    public ProtocolDecisions(ProcessedEvents processed, IncomingEvents events, OverdueAlerts overdue, CoordinatorNotices notices,
                             SituationReportItems sitreps, AssistanceItems assistance, LevelChangeItems levels, CycloneLiaisons liaisons,
                             LessonsLearnt lessons, NodeIdentity node) {
        this.lessons = lessons;
        this.node = node;
        this.processed = processed;
        this.events = events;
        this.overdue = overdue;
        this.notices = notices;
        this.sitreps = sitreps;
        this.assistance = assistance;
        this.levels = levels;
        this.liaisons = liaisons;
    }

    @Transactional
    public void applyAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : processed.fresh(batch, EventTypes.ALERT_OVERDUE, EventTypes.COORDINATOR_NOTIFIED,
                EventTypes.SITUATION_REPORT_PUBLISHED, EventTypes.ASSISTANCE_REQUESTED, EventTypes.CRISIS_LEVEL_CHANGED,
                EventTypes.LESSON_RECORDED)) {
            switch (event.type()) {
                case EventTypes.CRISIS_LEVEL_CHANGED -> events.payloadIfComplete(event, CrisisLevelChanged.class,
                                c -> c.incidentId() != null && c.toLevel() != null && c.changedAt() != null)
                        .ifPresent(change -> {
                            levels.deliver(change);
                            liaisons.call(change, event.tlp());
                        });
                case EventTypes.ASSISTANCE_REQUESTED -> events.payloadIfComplete(event, AssistanceRequested.class, r -> r.requestId() != null
                                && r.incidentId() != null && r.country() != null && r.kind() != null && r.requestedAt() != null && r.mode() != null)
                        .ifPresent(request -> assistance.deliver(request, event.tlp()));
                case EventTypes.LESSON_RECORDED -> events.payloadIfComplete(event, LessonRecorded.class, LessonsLearnt::complete)
                        .filter(lesson -> node.serves(lesson.country())).ifPresent(lessons::keep);
                case EventTypes.ALERT_OVERDUE -> events.payloadIfComplete(event, AlertOverdue.class, AlertFields::complete).ifPresent(overdue::mark);
                case EventTypes.COORDINATOR_NOTIFIED -> events.payloadIfComplete(event, CoordinatorNotified.class, n -> n.noticeId() != null
                                && n.incidentId() != null && n.kind() != null && n.notifiedAt() != null && n.severity() != null && n.tlp() != null
                                && n.mode() != null)
                        .ifPresent(notices::deliver);
                default -> events.payloadIfComplete(event, SituationReportPublished.class, r -> r.incidentId() != null && r.publishedAt() != null
                        && r.tlp() != null && r.mode() != null).ifPresent(sitreps::deliver);
            }
        }
    }
}
