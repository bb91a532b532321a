package eu.cyberplan.exercises.lesson;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.PlanProposalChanged;
import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.transaction.annotation.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * What became of the changes proposed from this node's lessons ({@code plan.proposal-changed}, from the directory topic
 * the countries' nodes publish on): the lesson shows it, and so does its exercise's after-action report. Applying news
 * twice changes nothing ({@link ProposalStates}).
 */
@EventConsumer(EventConsumer.GROUP_PREFIX + "exercises-plan-proposals")
public class ProposalListener {

    private final IncomingEvents events;
    private final LessonRepository lessons;

    public ProposalListener(IncomingEvents events, LessonRepository lessons) {
        this.events = events;
        this.lessons = lessons;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.directory.v1")
    void directory(ConsumerRecords<String, byte[]> records) {
        apply(events.readAll(records));
    }

    @Transactional
    void apply(java.util.List<IncomingEvent> batch) {
        for (IncomingEvent event : batch) {
            if (EventTypes.PLAN_PROPOSAL_CHANGED.equals(event.type())) {
                events.payloadIfComplete(event, PlanProposalChanged.class, p -> p.lessonId() != null && p.exerciseId() != null && p.state() != null)
                        .ifPresent(this::changed);
            }
        }
    }

    private void changed(PlanProposalChanged change) {
        lessons.findByIdAndExerciseId(change.lessonId(), change.exerciseId())
                .filter(lesson -> lesson.country().equals(change.country()))
                .filter(lesson -> ProposalStates.replaces(lesson.proposalState(), lesson.proposalVersion(), change.state(), change.version()))
                .ifPresent(lesson -> lessons.update(lesson.proposal(change.state(), change.version(), change.reason())));
    }
}
