package eu.cyberplan.contactpoints.comcheck;

import eu.cyberplan.events.v1.ComcheckStarted;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.node.NodeIdentity;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Puts each started comcheck into the inbox of every country it asks, once whatever the redeliveries. */
@Singleton
public class ComcheckInbox {

    private static final Logger LOG = LoggerFactory.getLogger(ComcheckInbox.class);

    private final ComcheckItems items;
    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final Clock clock;
    private final Duration answerWithin;
    private final NodeIdentity node;

    public ComcheckInbox(ComcheckItems items, ProcessedEvents processed, IncomingEvents events, Clock clock,
                         ComcheckSettings settings, NodeIdentity node) {
        this.node = node;
        this.items = items;
        this.processed = processed;
        this.events = events;
        this.clock = clock;
        this.answerWithin = settings.answerWithin();
    }

    /** Delivers a polled batch of comcheck events in one transaction; events seen before change nothing. */
    @Transactional
    public void deliverAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : processed.fresh(batch, EventTypes.COMCHECK_STARTED)) {
            events.payloadIfReadable(event, ComcheckStarted.class).ifPresent(started -> deliver(event, started));
        }
    }

    private void deliver(IncomingEvent event, ComcheckStarted started) {
        if (started.comcheckId() == null || started.countries() == null || started.startedAt() == null) {
            // Retrying could never make it whole, and would hold up every comcheck behind it.
            LOG.warn("comcheck.started event {} lacks comcheckId, countries or startedAt; skipped", event.id());
            return;
        }
        Instant answerBy = started.answerBy() != null ? started.answerBy() : started.startedAt().plus(answerWithin);
        Instant now = clock.instant();
        for (String named : started.countries()) {
            Optional<String> country = CountryCodes.normalise(named);
            if (country.isEmpty()) {
                LOG.warn("comcheck {} names '{}', no country code; skipped", started.comcheckId(), named);
                continue;
            }
            if (!node.serves(country.get())) {
                continue; // the node serving that country asks it (DESIGN §11)
            }
            items.insert(new ComcheckItems.Item(ComcheckItems.alertId(started.comcheckId(), country.get()), started.comcheckId(),
                    country.get(), started.startedAt(), event.mode(), event.exerciseId()), answerBy, now);
        }
    }
}
