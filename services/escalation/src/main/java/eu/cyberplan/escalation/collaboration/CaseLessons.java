package eu.cyberplan.escalation.collaboration;

import eu.cyberplan.escalation.protocol.CaseAccess;
import eu.cyberplan.escalation.protocol.CaseStore;
import eu.cyberplan.escalation.protocol.ProtocolCase;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.LessonRecorded;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.sharing.Disclosure;
import eu.cyberplan.platform.sharing.TlpSharing;
import eu.cyberplan.platform.taxonomy.Taxonomies;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Lessons learnt on a real case (DESIGN §14, rules in {@link CaseLessonRules}): about one country taking part, by the
 * coordinators or that country's own people; read under the case's marking; published ({@code lesson.recorded} on the
 * protocol topic, the text only as far as the marking lets it travel) for the country's node to turn into a change of
 * its plan.
 */
@Singleton
public class CaseLessons {

    private final CaseAccess access;
    private final CaseStore cases;
    private final CaseLessonRepository lessons;
    private final Outbox outbox;
    private final List<String> rsitClasses;
    private final Clock clock;

    public CaseLessons(CaseAccess access, CaseStore cases, CaseLessonRepository lessons, Outbox outbox, Taxonomies taxonomies, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.lessons = lessons;
        this.outbox = outbox;
        this.rsitClasses = taxonomies.rsit().predicates();
        this.clock = clock;
    }

    @Transactional
    public CaseLesson record(Caller caller, UUID incidentId, CaseLessonBody body) {
        // Lessons come during a case and after it: a closed case takes them too.
        ProtocolCase c = access.readable(caller, incidentId);
        if (body != null && body.country() != null) {
            CaseLessonRules.refusal(caller, body.country()).ifPresent(why -> {
                throw ProblemException.forbidden(why);
            });
        }
        Set<String> parties = new LinkedHashSet<>(cases.partiesOf(incidentId));
        parties.add(c.reporterCountry());
        List<FieldError> errors = CaseLessonRules.check(body, parties, rsitClasses);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        CaseLesson lesson = lessons.save(new CaseLesson(UUID.randomUUID(), incidentId, body.country(), body.text().strip(),
                body.planStepId() == null || body.planStepId().isBlank() ? null : body.planStepId().strip(), body.rsitClass(), caller.username(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        outbox.add(OutboxEvent.of(Topics.PROTOCOL, EventTypes.LESSON_RECORDED, incidentId, "EU",
                        new LessonRecorded(lesson.id(), null, lesson.country(), TlpSharing.onSharedCluster(c.tlp(), lesson.text()), lesson.planStepId(),
                                lesson.rsitClass(), lesson.recordedBy(), lesson.recordedAt(), null, null, incidentId))
                .marked(c.mode(), c.exerciseId(), c.tlp()));
        return lesson;
    }

    @Transactional(readOnly = true)
    public List<CaseLesson> of(Caller caller, UUID incidentId) {
        Disclosure disclosure = access.disclosure(caller, access.readable(caller, incidentId));
        return lessons.findByIncidentIdOrderByRecordedAt(incidentId).stream().map(l -> l.redacted(disclosure)).toList();
    }
}
