package eu.cyberplan.contactpoints.comcheck;

import eu.cyberplan.events.v1.ComcheckAnswered;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Answers to comchecks. A country answers by acknowledging its COMCHECK inbox item; the answer is published as
 * {@code comcheck.answered}, so the node that started the comcheck records it whichever node the country uses.
 * The first answer stands.
 */
@Singleton
public class ComcheckAnswers {

    /** The inbox item kind of a comcheck. */
    public static final String KIND = ComcheckItems.KIND;

    private static final Logger LOG = LoggerFactory.getLogger(ComcheckAnswers.class);

    private final ComcheckItems items;
    private final ComcheckStore comchecks;
    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final Outbox outbox;

    public ComcheckAnswers(ComcheckItems items, ComcheckStore comchecks, ProcessedEvents processed, IncomingEvents events, Outbox outbox) {
        this.items = items;
        this.comchecks = comchecks;
        this.processed = processed;
        this.events = events;
        this.outbox = outbox;
    }

    /** The answer given by acknowledging the COMCHECK item {@code alertId}, in the acknowledging transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void answer(UUID alertId, String answeredBy, Instant answeredAt) {
        ComcheckItems.Item item = items.find(alertId)
                .orElseThrow(() -> new IllegalStateException("inbox item " + alertId + " is not the item of a comcheck"));
        // Recorded here at once when this node started the comcheck; its own event then finds the answer taken.
        comchecks.recordAnswer(item.comcheckId(), item.country(), answeredBy, answeredAt);
        ComcheckAnswered answered = new ComcheckAnswered(item.comcheckId(), item.country(), answeredBy, item.startedAt(), answeredAt,
                item.mode().name(), item.exerciseId());
        outbox.add(OutboxEvent.of(Topics.RECEIPTS, EventTypes.COMCHECK_ANSWERED, item.comcheckId(), item.country(), answered)
                .marked(item.mode(), item.exerciseId(), Tlp.GREEN));
    }

    /** Records the answers of a polled batch of receipts in one transaction; other receipts and repeats change nothing. */
    @Transactional
    public void recordAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : processed.fresh(batch, EventTypes.COMCHECK_ANSWERED)) {
            ComcheckAnswered answered = events.payloadIfReadable(event, ComcheckAnswered.class).orElse(null);
            if (answered == null) {
                continue;
            }
            if (answered.comcheckId() == null || answered.country() == null || answered.answeredAt() == null) {
                // Retrying could never make it whole, and would hold up every receipt behind it.
                LOG.warn("comcheck.answered event {} lacks comcheckId, country or answeredAt; skipped", event.id());
                continue;
            }
            comchecks.recordAnswer(answered.comcheckId(), answered.country(), answered.answeredBy(), answered.answeredAt());
        }
    }
}
