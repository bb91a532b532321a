package eu.cyberplan.platform.parking;

import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.inbox.ListenerReplay;
import eu.cyberplan.platform.inbox.ParkedRecords;
import eu.cyberplan.platform.outbox.OutboxSignal;
import eu.cyberplan.platform.parking.ParkedEvent.Side;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.time.Clock;
import java.util.UUID;

/**
 * What this service parked (DESIGN §4): events it could not publish and records its listeners could not apply, for
 * the coordinator to retry or discard. Auditors read along. Never the payload: it may be TLP:RED.
 */
@Controller("/api/v1/parked-events")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ParkedEventsController {

    private final ParkedEvents parked;
    private final ParkedRecords records;
    private final ListenerReplay replay;
    private final OutboxSignal outbox;
    private final ParkedGauges gauges;
    private final Clock clock;

    public ParkedEventsController(ParkedEvents parked, ParkedRecords records, ListenerReplay replay, OutboxSignal outbox,
                                  ParkedGauges gauges, Clock clock) {
        this.parked = parked;
        this.records = records;
        this.replay = replay;
        this.outbox = outbox;
        this.gauges = gauges;
        this.clock = clock;
    }

    /** Newest first; {@code status} defaults to PARKED, what waits for an operator. */
    @Get
    @Secured({Roles.COORDINATOR, Roles.AUDITOR})
    public Page<ParkedEvent> list(@Nullable @QueryValue String status, @Nullable @QueryValue String side,
                                  @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return parked.list(status == null ? ParkedStatus.PARKED : parse(ParkedStatus.class, "status", status),
                side == null ? null : parse(Side.class, "side", side), Page.page(page), Page.size(size));
    }

    @Get("/{id}")
    @Secured({Roles.COORDINATOR, Roles.AUDITOR})
    public ParkedEvent get(@PathVariable UUID id) {
        return existing(id);
    }

    /**
     * An outbox event goes back to the relay, which publishes it first among its key (or parks it again); a consumed
     * record is applied again at once through its listener: RETRIED when that worked, PARKED again (new reason) if not.
     */
    @Post("/{id}/retry")
    @Secured(Roles.COORDINATOR)
    public ParkedEvent retry(@PathVariable UUID id, Authentication authentication) {
        ParkedEvent event = waiting(id);
        if (event.side() == Side.OUTBOX) {
            if (!parked.releaseOutbox(id, authentication.getName(), clock.instant())) {
                throw ProblemException.conflict("parked event " + id + " is no longer parked");
            }
            outbox.nudge();
        } else {
            retryRecord(id, authentication.getName());
        }
        gauges.refresh();
        return existing(id);
    }

    /** Gives up on it: kept for the record, never published or applied, and no longer holding anything up. */
    @Post("/{id}/discard")
    @Secured(Roles.COORDINATOR)
    public ParkedEvent discard(@PathVariable UUID id, Authentication authentication) {
        ParkedEvent event = waiting(id);
        boolean discarded = event.side() == Side.OUTBOX
                ? parked.discardOutbox(id, authentication.getName(), clock.instant())
                : parked.resolveRecord(id, ParkedStatus.DISCARDED, authentication.getName(), clock.instant());
        if (!discarded) {
            throw ProblemException.conflict("parked event " + id + " is no longer parked");
        }
        gauges.refresh();
        return existing(id);
    }

    private void retryRecord(UUID id, String by) {
        ParkedRecords.Parked record = records.find(id).orElseThrow(() -> ProblemException.notFound("no parked event " + id));
        if (!parked.resolveRecord(id, ParkedStatus.RETRIED, by, clock.instant())) {
            throw ProblemException.conflict("parked event " + id + " is no longer parked");
        }
        boolean taken;
        try {
            // Fails again deterministically: the listener parks it again (PARKED, new reason). Transiently: it stays PARKED.
            taken = replay.replay(record.consumerGroup(), record.record());
        } catch (RuntimeException e) {
            parked.reparkRecord(id);
            throw e;
        }
        if (!taken) {
            parked.reparkRecord(id);
            throw ProblemException.conflict("no listener of this service consumes " + record.record().topic()
                    + " for consumer group " + record.consumerGroup());
        }
    }

    private ParkedEvent waiting(UUID id) {
        ParkedEvent event = existing(id);
        if (event.status() != ParkedStatus.PARKED) {
            throw ProblemException.conflict("parked event " + id + " is " + event.status() + ", not PARKED");
        }
        return event;
    }

    private ParkedEvent existing(UUID id) {
        return parked.find(id).orElseThrow(() -> ProblemException.notFound("no parked event " + id));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
