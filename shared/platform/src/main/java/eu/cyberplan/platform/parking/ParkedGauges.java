package eu.cyberplan.platform.parking;

import eu.cyberplan.platform.parking.ParkedEvent.Side;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import io.micronaut.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many parked events wait for an operator, per side, on {@code /prometheus} as {@code cyberplan_parked_events}:
 * the database is the truth (any instance may park or resolve), read now and then rather than on every scrape.
 * The counters {@code cyberplan_outbox_parked_total} and {@code cyberplan_inbox_parked_total} count parkings.
 */
@Singleton
public class ParkedGauges {

    private static final Logger LOG = LoggerFactory.getLogger(ParkedGauges.class);

    private final ParkedEvents parked;
    private final Map<Side, AtomicLong> waiting = new EnumMap<>(Side.class);

    public ParkedGauges(ParkedEvents parked, MeterRegistry meters) {
        this.parked = parked;
        for (Side side : Side.values()) {
            AtomicLong value = new AtomicLong();
            waiting.put(side, value);
            Gauge.builder("cyberplan.parked.events", value, AtomicLong::get)
                    .description("Parked events waiting for an operator (GET /api/v1/parked-events)")
                    .tag("side", side.name())
                    .register(meters);
        }
    }

    @Scheduled(fixedDelay = "${cyberplan.parking.gauge-refresh:15s}", initialDelay = "2s")
    public void refresh() {
        try {
            for (Side side : Side.values()) {
                waiting.get(side).set(parked.waiting(side));
            }
        } catch (RuntimeException e) {
            // The database is away: the last figures stand until it answers again.
            LOG.debug("Parked events not counted: {}", e.toString());
        }
    }
}
